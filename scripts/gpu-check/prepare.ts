// Prepares the payload of scripts/gpu-check.sh for an NVIDIA machine without Node, in
// <out>/run/ (gpu-check.sh packs it): per model and CUDA precision (f32 for all; tf32 and f16
// for the three fixtures, whose exits are checked, ranet-cifar10's also timed) the plan, the .cu
// (NVRTC compiles it there when libnvrtc is found) and PTX (built here with nvcc, declared ISA
// 7.0 / 7.8); per model the graph for the PyTorch baseline, the fixture weights in byte planes
// (planes.ts) and the fixture inputs and outputs; the digits validation set and the first 256
// test images. Nothing is carried that the GPU machine can make: check.ts draws the timing
// inputs of ranet-cifar10 from a seed there, and the WGSL build reads digits' weights.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '../../src/compile.ts';
import { buildHarness } from '../../src/backends/cuda/cpu/harness.ts';
import { findNvcc, nvccCompile } from '../../src/backends/cuda/nvcc.ts';
import { expandRanet } from '../../src/frontend/ranet.ts';
import { loadSpec } from '../../src/spec/parse.ts';
import { fixture } from '../../test/helpers/fixtures.ts';
import { toPlanes } from './planes.ts';

const OUT = process.argv[2] ?? '.tmp/gpu-check';
const RUN = path.join(OUT, 'run');
/**
 * For a rehearsal without a GPU: also build each build's cuda-cpu harness as
 * <out>-harness/<model>-<precision>.so (beside the folder that travels), and only the sm_90 PTX
 * (the harness loads no other).
 */
const rehearse = process.argv.includes('--rehearse');
/** maxBatch and CUDA precisions per model: the timed ones take batch 256. */
const MODELS = [
  ['tiny-cifar', 256, ['f32', 'tf32', 'f16']],
  ['ranet-cifar10', 256, ['f32', 'tf32', 'f16']],
  ['imagenet-mini', 8, ['f32', 'tf32', 'f16']],
  ['digits', 256, ['f32']],
] as const;
const nvcc = findNvcc();
if (nvcc === undefined) throw new Error('gpu-check prepare needs nvcc to build the PTX');

for (const [set, maxBatch, precisions] of MODELS) {
  const dir = path.join(RUN, 'models', set);
  const { spec } = loadSpec(`specs/${set}.yaml`);
  for (const precision of precisions) {
    const built = path.join(dir, precision);
    mkdirSync(built, { recursive: true });
    const { plan, source } = compile(spec, { target: 'cuda', maxBatch, precision });
    writeFileSync(path.join(built, 'plan.json'), JSON.stringify(plan));
    writeFileSync(path.join(built, 'model.cu'), source);
    for (const arch of rehearse ? [90] : plan.archs)
      writeFileSync(path.join(built, `sm_${arch}.ptx`), nvccCompile(nvcc, source, arch, 'ptx').output);
    if (rehearse) {
      mkdirSync(`${OUT}-harness`, { recursive: true });
      const library = buildHarness(source, plan.kernels).library;
      copyFileSync(library, path.join(`${OUT}-harness`, `${set}-${precision}.so`));
    }
    if (precision !== 'f32') continue;
    const graph = expandRanet(spec);
    writeFileSync(
      path.join(dir, 'graph.json'),
      JSON.stringify({
        nodes: graph.nodes.map((n) => ({
          id: n.id,
          op: n.op,
          inputs: n.inputs,
          attrs: n.attrs,
          name: n.name,
        })),
        exits: graph.exits.map((e) => e.logits),
        exitFlops: plan.exitFlops,
      }),
    );
  }
  writeFileSync(
    path.join(dir, 'model.safetensors.planes'),
    toPlanes(readFileSync(fixture(set, 'model.safetensors'))),
  );
  if (set !== 'digits') copyFileSync(fixture(set, 'io.safetensors'), path.join(dir, 'io.safetensors'));
  // Digits images stay in their CIFAR binary form (a quarter of the f32 size): check.ts and
  // torch_ranet.py normalize them with the plan's mean and std. The test set only feeds the
  // timings (batches up to 256): its first 256 records are enough.
  if (set === 'digits') {
    copyFileSync(fixture(set, 'val.bin'), path.join(dir, 'val.bin'));
    const record = 1 + 3 * 32 * 32;
    writeFileSync(
      path.join(dir, 'test.bin'),
      readFileSync(fixture(set, 'test.bin')).subarray(0, 256 * record),
    );
  }
}
// The WGSL build of digits, for the Dawn probe on the GPU machine (weights: models/digits).
const wgslDir = path.join(RUN, 'models', 'digits-wgsl');
mkdirSync(wgslDir, { recursive: true });
const digits = loadSpec('specs/digits.yaml').spec;
const wgsl = compile(digits, { target: 'wgsl' });
writeFileSync(path.join(wgslDir, 'plan.json'), JSON.stringify(wgsl.plan));
// And with stage kernels (one dispatch per stage) for every chunk, timed at batch 1.
const stage = compile(digits, { target: 'wgsl', kernels: { stageKernels: 'always' } });
writeFileSync(path.join(wgslDir, 'plan-stage.json'), JSON.stringify(stage.plan));
console.log(`prepared ${RUN}`);
