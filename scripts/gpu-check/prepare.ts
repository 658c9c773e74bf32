// Prepares .tmp/gpu-check/ for scripts/gpu-check.sh on an NVIDIA machine without Node: the
// CUDA plans and PTX (built here with nvcc, maxBatch 256), the graphs for the PyTorch eager
// baseline, the weights and fixture inputs, and the digits validation and test sets.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '../../src/compile.ts';
import { buildHarness } from '../../src/backends/cuda/cpu/harness.ts';
import { findNvcc, nvccCompile } from '../../src/backends/cuda/nvcc.ts';
import { expandRanet } from '../../src/frontend/ranet.ts';
import { loadSpec } from '../../src/spec/parse.ts';
import { fixture } from '../../test/helpers/fixtures.ts';

const OUT = process.argv[2] ?? '.tmp/gpu-check';
/** For a rehearsal without a GPU: also build each model's cuda-cpu harness as harness-<model>.so. */
const rehearse = process.argv.includes('--rehearse');
const MAX_BATCH = 256;
const nvcc = findNvcc();
if (nvcc === undefined) throw new Error('gpu-check prepare needs nvcc to build the PTX');

for (const set of ['tiny-cifar', 'ranet-cifar10', 'digits']) {
  const dir = path.join(OUT, 'models', set);
  mkdirSync(dir, { recursive: true });
  const { spec } = loadSpec(`specs/${set}.yaml`);
  const { plan, source } = compile(spec, { target: 'cuda', maxBatch: MAX_BATCH });
  writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan));
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
  // Digits images stay in their CIFAR binary form (a quarter of the f32 size): check.ts and
  // torch_ranet.py normalize them with the plan's mean and std.
  // The test set only feeds the timings (batches up to 256): its first 256 records are enough,
  // and everything must fit the 64 MiB that travels to the GPU machine.
  if (set === 'digits') {
    copyFileSync(fixture(set, 'val.bin'), path.join(dir, 'val.bin'));
    const record = 1 + 3 * 32 * 32;
    writeFileSync(
      path.join(dir, 'test.bin'),
      readFileSync(fixture(set, 'test.bin')).subarray(0, 256 * record),
    );
  }
}
console.log(`prepared ${OUT}`);
