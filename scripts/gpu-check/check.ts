// The Node side of scripts/gpu-check.sh, bundled into .tmp/gpu-check/check.mjs: on a real
// NVIDIA GPU through libcuda (or, with --driver, any library with the same API, e.g. the
// cuda-cpu harness), (1) every exit of tiny-cifar and ranet-cifar10 against the fixtures,
// (2) digits thresholds calibrated on its validation set (public rule, q = 1), and
// (3) wall time of classify at batch 1, 64, 256: full network and budgeted. Writes
// results.json for the PyTorch side.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exitPredictions } from '../../src/adaptive/confidence.ts';
import { readCifarFile, toNormalizedBatch } from '../../src/adaptive/datasets.ts';
import { findThresholds } from '../../src/adaptive/calibrate.ts';
import { exitShares } from '../../src/adaptive/shares.ts';
import { medianTime } from '../../src/cli/timing.ts';
import { createCudaModel } from '../../src/runtime/cuda.ts';
import type { CudaPlan } from '../../src/runtime/cuda-plan.ts';
import type { CompiledModel } from '../../src/runtime/scheduler.ts';
import { readSafetensors } from '../../src/runtime/weights.ts';

const root = path.dirname(process.argv[1]);
const driverAt = process.argv.indexOf('--driver');
/** Another Driver API library instead of libcuda; `{model}` is replaced by the model's name. */
const driver = driverAt > 0 ? process.argv[driverAt + 1] : undefined;
/** A rehearsal on the cuda-cpu harness: small batches, one repetition, 256 validation images. */
const quick = process.argv.includes('--quick');
const REL = 1e-3;
const BATCHES = quick ? [1, 4] : [1, 64, 256];
const reps = (batch: number): number => (quick ? 1 : batch === 256 ? 10 : 30);
let failures = 0;

async function open(
  set: string,
  graphs = true,
): Promise<{ model: CompiledModel; plan: CudaPlan; dir: string }> {
  const dir = path.join(root, 'models', set);
  const plan = JSON.parse(readFileSync(path.join(dir, 'plan.json'), 'utf8')) as CudaPlan;
  const ptx = Object.fromEntries(
    plan.archs.map((a) => [a, readFileSync(path.join(dir, `sm_${a}.ptx`), 'utf8')]),
  );
  const weights = readFileSync(path.join(dir, 'model.safetensors'));
  const model = await createCudaModel(plan, weights, {
    ptx,
    graphs,
    ...(driver ? { driver: driver.replace('{model}', set) } : {}),
  });
  return { model, plan, dir };
}

for (const [set, graphs] of [
  ['tiny-cifar', true],
  ['ranet-cifar10', true],
  ['ranet-cifar10', false],
] as const) {
  const { model, dir } = await open(set, graphs);
  const io = readSafetensors(readFileSync(path.join(dir, 'io.safetensors')));
  const outs = await model.allExits(io.get('input')!);
  outs.forEach((out, e) => {
    const want = io.get(`exit${e}`)!;
    const scale = Math.max(1, ...Array.from(want, Math.abs));
    const diff = Math.max(...Array.from(out, (v, i) => Math.abs(v - want[i])));
    const ok = diff <= REL * scale;
    if (!ok) failures++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${set}${graphs ? '' : ' (no graphs)'} exit${e}: max|diff| ${diff.toExponential(2)}, rel ${(diff / scale).toExponential(2)}`,
    );
  });
  model.destroy();
}

const { model, plan, dir } = await open('digits');
const per = plan.input.channels * plan.input.height * plan.input.width;
const images = (part: string): Float32Array => {
  const set = readCifarFile(path.join(dir, `${part}.bin`), { classes: plan.classes });
  const all = Array.from({ length: set.count }, (_, i) => i);
  return toNormalizedBatch(set.pixels, all, plan.normalize!.mean, plan.normalize!.std);
};
const val = images('val');
const test = images('test');
// allExits takes at most maxBatch inputs: the validation set goes through in chunks.
const n = quick ? 256 : val.length / per;
const confidences = plan.exitFlops.map(() => new Float32Array(n));
for (let start = 0; start < n; start += plan.maxBatch) {
  const count = Math.min(plan.maxBatch, n - start);
  const outs = await model.allExits(val.subarray(start * per, (start + count) * per));
  outs.forEach((logits, e) =>
    confidences[e].set(exitPredictions(logits, count, plan.classes).confidence, start),
  );
}
const thresholds = Array.from(findThresholds(confidences, exitShares(1, plan.exits)));
const full = plan.exitFlops.map((_, e) => (e === plan.exits - 1 ? -1e8 : 1e8));
const timings: { batch: number; mode: string; ms: number; meanExitMFlops: number }[] = [];
for (const batch of BATCHES) {
  const batchImages = test.subarray(0, batch * per);
  for (const [mode, t] of [
    ['full', full],
    ['budgeted', thresholds],
  ] as const) {
    const got = await model.classify(batchImages, { thresholds: t });
    const meanExitMFlops = got.reduce((s, p) => s + plan.exitFlops[p.exit], 0) / got.length / 1e6;
    const ms = await medianTime(() => model.classify(batchImages, { thresholds: t }), reps(batch));
    timings.push({ batch, mode, ms, meanExitMFlops });
    console.log(
      `ranetc CUDA digits batch ${batch} ${mode}: ${ms.toFixed(3)} ms (${meanExitMFlops.toFixed(2)} MFLOPs/input)`,
    );
  }
}
model.destroy();
writeFileSync(
  path.join(root, 'results.json'),
  JSON.stringify({ thresholds, timings, failures, quick }, null, 1),
);
if (failures > 0) process.exitCode = 1;
