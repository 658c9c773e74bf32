// The Node side of scripts/gpu-check.sh, bundled into .tmp/gpu-check/check.mjs: on a real
// NVIDIA GPU through libcuda (or, with --driver, any library with the same API, e.g. the
// cuda-cpu harness), (1) every exit of tiny-cifar, ranet-cifar10 and imagenet-mini against the
// fixtures, and digits' exits written for the PyTorch side to compare; (2) the plain forward
// (all exits) of digits and ranet-cifar10 at batch 1, 64, 256; (3) budgeted classification of
// digits at three budgets (thresholds calibrated on its validation set, the public rule). Times
// are CUDA events around each submission, from before the input copy to after the results
// copy (median after warm-up). Writes results.json for the PyTorch side.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exitPredictions } from '../../src/adaptive/confidence.ts';
import { findThresholds } from '../../src/adaptive/calibrate.ts';
import { readCifarFile, toNormalizedBatch } from '../../src/adaptive/datasets.ts';
import { exitShares, qForP } from '../../src/adaptive/shares.ts';
import { createCudaModel } from '@ranetc/runtime/node';
import type { CudaPlan } from '@ranetc/runtime/node';
import type { CompiledModel } from '@ranetc/runtime';
import { readSafetensors } from '@ranetc/runtime';

const root = path.dirname(process.argv[1]);
const driverAt = process.argv.indexOf('--driver');
/** Another Driver API library instead of libcuda; `{model}` is replaced by the model's name. */
const driver = driverAt > 0 ? process.argv[driverAt + 1] : undefined;
/** A rehearsal on the cuda-cpu harness: small batches, one repetition, 256 validation images. */
const quick = process.argv.includes('--quick');
const REL = 1e-3;
const BATCHES = quick ? [1, 4] : [1, 64, 256];
const reps = (batch: number): number => (quick ? 2 : batch === 256 ? 20 : 50);
/** Public-rule p of the three budgets (q = p / 20: few, some, many inputs go on). */
const BUDGET_P = [4, 10, 20];
let failures = 0;
const images: string[] = [];

interface Opened {
  model: CompiledModel;
  plan: CudaPlan;
  dir: string;
  /** Event times of the submissions since the last `take()`. */
  take: () => number[];
}

async function open(set: string, graphs = true): Promise<Opened> {
  const dir = path.join(root, 'models', set);
  const plan = JSON.parse(readFileSync(path.join(dir, 'plan.json'), 'utf8')) as CudaPlan;
  let times: number[] = [];
  const model = await createCudaModel(plan, readFileSync(path.join(dir, 'model.safetensors')), {
    ptx: Object.fromEntries(plan.archs.map((a) => [a, readFileSync(path.join(dir, `sm_${a}.ptx`), 'utf8')])),
    source: readFileSync(path.join(dir, 'model.cu'), 'utf8'),
    graphs,
    onImage: (choice) => images.push(`${set}: ${choice.description}`),
    onTimed: (ms) => times.push(ms),
    ...(driver ? { driver: driver.replace('{model}', set) } : {}),
  });
  return {
    model,
    plan,
    dir,
    take: () => {
      const t = times;
      times = [];
      return t;
    },
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median event time (ms) of `run` after one warm-up; every call is one device submission here. */
async function timed(m: Opened, run: () => Promise<unknown>, count: number): Promise<number> {
  await run();
  m.take();
  const per: number[] = [];
  for (let r = 0; r < count; r++) {
    await run();
    per.push(m.take().reduce((a, b) => a + b, 0));
  }
  return median(per);
}

for (const [set, graphs] of [
  ['tiny-cifar', true],
  ['ranet-cifar10', true],
  ['ranet-cifar10', false],
  ['imagenet-mini', true],
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
      `${ok ? 'ok  ' : 'FAIL'} ${set}${graphs ? '' : ' (no graphs)'} exit${e}: rel ${(diff / scale).toExponential(2)}`,
    );
  });
  model.destroy();
}

const testImages = (dir: string, plan: CudaPlan, part: string): Float32Array => {
  const set = readCifarFile(path.join(dir, `${part}.bin`), { classes: plan.classes });
  const all = Array.from({ length: set.count }, (_, i) => i);
  return toNormalizedBatch(set.pixels, all, plan.normalize!.mean, plan.normalize!.std);
};

interface Row {
  model: string;
  batch: number;
  mode: string;
  ms: number;
  meanMFlops?: number;
  predictions?: number[][];
}
const rows: Row[] = [];
let digitsExits: number[][] = [];
let budgets: { p: number; thresholds: number[] }[] = [];

for (const set of ['digits', 'ranet-cifar10']) {
  const m = await open(set);
  const { model, plan, dir } = m;
  const per = plan.input.channels * plan.input.height * plan.input.width;
  const test =
    set === 'digits'
      ? testImages(dir, plan, 'test')
      : readSafetensors(readFileSync(path.join(dir, 'bench.safetensors'))).get('input')!;
  if (set === 'digits') {
    digitsExits = (await model.allExits(test.subarray(0, 64 * per))).map((e) => Array.from(e));
    const val = testImages(dir, plan, 'val');
    const n = quick ? 256 : val.length / per;
    const confidences = plan.exitFlops.map(() => new Float32Array(n));
    for (let start = 0; start < n; start += plan.maxBatch) {
      const count = Math.min(plan.maxBatch, n - start);
      const outs = await model.allExits(val.subarray(start * per, (start + count) * per));
      outs.forEach((logits, e) =>
        confidences[e].set(exitPredictions(logits, count, plan.classes).confidence, start),
      );
    }
    budgets = BUDGET_P.map((p) => ({
      p,
      thresholds: Array.from(findThresholds(confidences, exitShares(qForP(p), plan.exits))),
    }));
  }
  for (const batch of BATCHES) {
    const x = test.subarray(0, batch * per);
    const ms = await timed(m, () => model.allExits(x), reps(batch));
    rows.push({ model: set, batch, mode: 'forward', ms });
    console.log(`ranetc ${set} batch ${batch} plain forward (all exits): ${ms.toFixed(3)} ms`);
    if (set !== 'digits') continue;
    for (const { p, thresholds } of budgets) {
      const got = await model.classify(x, { thresholds });
      const meanMFlops = got.reduce((s, r) => s + plan.exitFlops[r.exit], 0) / got.length / 1e6;
      const bms = await timed(m, () => model.classify(x, { thresholds }), reps(batch));
      rows.push({
        model: set,
        batch,
        mode: `budget p=${p}`,
        ms: bms,
        meanMFlops,
        predictions: got.map((r) => [r.exit, r.class]),
      });
      console.log(
        `ranetc digits batch ${batch} budget p=${p}: ${bms.toFixed(3)} ms, ${meanMFlops.toFixed(2)} MFLOPs/input`,
      );
    }
  }
  model.destroy();
}
console.log(images.map((i) => `module image ${i}`).join('\n'));
writeFileSync(
  path.join(root, 'results.json'),
  JSON.stringify({ rows, budgets, digitsExits, failures, quick, images }, null, 1),
);
if (failures > 0) process.exitCode = 1;
