// Prepares .tmp/gpu-check/ for scripts/gpu-check.sh on an NVIDIA machine without Node: the
// CUDA plans, each model's .cu (NVRTC compiles it there when libnvrtc is found) and PTX
// (built here with nvcc, declared ISA 7.0 / 7.8), the graphs for the PyTorch baseline, the
// weights and fixture inputs, 256 seeded inputs for ranet-cifar10's timings, and the digits
// validation and test sets.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '../../src/compile.ts';
import { buildHarness } from '../../src/backends/cuda/cpu/harness.ts';
import { findNvcc, nvccCompile } from '../../src/backends/cuda/nvcc.ts';
import { expandRanet } from '../../src/frontend/ranet.ts';
import { loadSpec } from '../../src/spec/parse.ts';
import { writeSafetensors } from '../../src/weights/safetensors.ts';
import { fixture } from '../../test/helpers/fixtures.ts';

const OUT = process.argv[2] ?? '.tmp/gpu-check';
/** For a rehearsal without a GPU: also build each model's cuda-cpu harness as harness-<model>.so. */
const rehearse = process.argv.includes('--rehearse');
/** maxBatch per model: the timed ones take batch 256; imagenet-mini only runs its fixture. */
const MODELS = [
  ['tiny-cifar', 256],
  ['ranet-cifar10', 256],
  ['imagenet-mini', 8],
  ['digits', 256],
] as const;
const nvcc = findNvcc();
if (nvcc === undefined) throw new Error('gpu-check prepare needs nvcc to build the PTX');

/** Standard normal inputs from a fixed seed (mulberry32 + Box-Muller), like the fixtures'. */
function normals(count: number, seed: number): Float32Array {
  let s = seed >>> 0;
  const uniform = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Float32Array.from(
    { length: count },
    () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform()),
  );
}

for (const [set, maxBatch] of MODELS) {
  const dir = path.join(OUT, 'models', set);
  mkdirSync(dir, { recursive: true });
  const { spec } = loadSpec(`specs/${set}.yaml`);
  const { plan, source } = compile(spec, { target: 'cuda', maxBatch });
  writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan));
  writeFileSync(path.join(dir, 'model.cu'), source);
  for (const arch of plan.archs)
    writeFileSync(path.join(dir, `sm_${arch}.ptx`), nvccCompile(nvcc, source, arch, 'ptx').output);
  if (rehearse) copyFileSync(buildHarness(source, plan.kernels).library, path.join(OUT, `harness-${set}.so`));
  const graph = expandRanet(spec);
  writeFileSync(
    path.join(dir, 'graph.json'),
    JSON.stringify({
      nodes: graph.nodes.map((n) => ({ id: n.id, op: n.op, inputs: n.inputs, attrs: n.attrs, name: n.name })),
      exits: graph.exits.map((e) => e.logits),
      exitFlops: plan.exitFlops,
    }),
  );
  copyFileSync(fixture(set, 'model.safetensors'), path.join(dir, 'model.safetensors'));
  if (set !== 'digits') copyFileSync(fixture(set, 'io.safetensors'), path.join(dir, 'io.safetensors'));
  if (set === 'ranet-cifar10') {
    const { channels, height, width } = plan.input;
    const shape = [256, channels, height, width];
    const data = normals(256 * channels * height * width, 13);
    writeFileSync(
      path.join(dir, 'bench.safetensors'),
      writeSafetensors({ input: { dtype: 'F32', shape, data } }),
    );
  }
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
// The WGSL build of digits, for the Dawn probe on the GPU machine.
const wgslDir = path.join(OUT, 'models', 'digits-wgsl');
mkdirSync(wgslDir, { recursive: true });
const wgsl = compile(loadSpec('specs/digits.yaml').spec, { target: 'wgsl' });
writeFileSync(path.join(wgslDir, 'plan.json'), JSON.stringify(wgsl.plan));
copyFileSync(fixture('digits', 'model.safetensors'), path.join(wgslDir, 'model.safetensors'));
console.log(`prepared ${OUT}`);
