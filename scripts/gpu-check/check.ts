// The Node side of scripts/gpu-check.sh, bundled into check.mjs of the unpacked payload: on a
// real NVIDIA GPU through libcuda (or, with --driver, any library with the same API, e.g. the
// cuda-cpu harness), (0) writes what the payload carries packed or leaves to a seed: each
// model's weights from their byte planes and ranet-cifar10's timing inputs; (1) every exit of
// tiny-cifar, ranet-cifar10 and imagenet-mini against the fixtures, for the f32, tf32 and f16
// builds within each precision's tolerance, and digits' exits written for the PyTorch side to
// compare; (2) the plain forward (all exits) of digits (f32) and ranet-cifar10 (f32, tf32, f16) at
// batch 1, 64, 256; (3) budgeted classification of digits at three budgets (thresholds
// calibrated on its validation set, the public rule). Times are CUDA events around each
// submission, from before the input copy to after the results copy (median after warm-up).
// Writes results.json for the PyTorch side.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exitPredictions } from '../../src/adaptive/confidence.ts';
import { findThresholds } from '../../src/adaptive/calibrate.ts';
import { readCifarFile, toNormalizedBatch } from '../../src/adaptive/datasets.ts';
import { exitShares, qForP } from '../../src/adaptive/shares.ts';
import { createCudaModel } from '@ranetc/runtime/node';
import type { CudaPlan } from '@ranetc/runtime/node';
import type { CompiledModel } from '@ranetc/runtime';
import { readSafetensors } from '@ranetc/runtime';
import { writeSafetensors } from '../../src/weights/safetensors.ts';
import { F16_OVERFLOW, F16_TENSOR_FIXTURE_REL, TF32_FIXTURE_REL } from '../../test/helpers/tolerances.ts';
import { fromPlanes } from './planes.ts';

const root = path.dirname(process.argv[1]);
const driverAt = process.argv.indexOf('--driver');
/** Another Driver API library instead of libcuda; `{model}` is replaced by `<model>-<precision>`. */
const driver = driverAt > 0 ? process.argv[driverAt + 1] : undefined;
/** A rehearsal on the cuda-cpu harness: small batches, one repetition, 256 validation images. */
const quick = process.argv.includes('--quick');
type Precision = 'f32' | 'tf32' | 'f16';
/**
 * Tolerance per build against the fixtures, scaled by max(1, max |expected|): f32 as before on
 * a GPU (1e-3; the harness is held to 2e-5), tf32 and f16 as the harness suite states them
 * (test/helpers/tolerances.ts), with f16's overflowing exits reported, not compared.
 */
const REL: Record<Precision, number> = { f32: 1e-3, tf32: TF32_FIXTURE_REL, f16: F16_TENSOR_FIXTURE_REL };
/** Timed batches; the rehearsal times the tensor-core builds (5x slower on the harness) at batch 1 only. */
const batches = (precision: Precision): number[] =>
  !quick ? [1, 64, 256] : precision === 'f32' ? [1, 4] : [1];
const reps = (batch: number, precision: Precision): number =>
  quick ? (precision === 'f32' ? 2 : 1) : batch === 256 ? 20 : 50;
/** Public-rule p of the three budgets (q = p / 20: few, some, many inputs go on). */
const BUDGET_P = [4, 10, 20];
let failures = 0;
const images: string[] = [];

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

// (0) What the payload leaves to this machine: plain weights (for this side and PyTorch's) and
// 256 seeded inputs of ranet-cifar10's shape for both sides' timings.
for (const set of ['tiny-cifar', 'ranet-cifar10', 'imagenet-mini', 'digits']) {
  const dir = path.join(root, 'models', set);
  const weights = path.join(dir, 'model.safetensors');
  if (!existsSync(weights)) writeFileSync(weights, fromPlanes(readFileSync(`${weights}.planes`)));
}
{
  const dir = path.join(root, 'models', 'ranet-cifar10');
  const { channels, height, width } = (
    JSON.parse(readFileSync(path.join(dir, 'f32', 'plan.json'), 'utf8')) as CudaPlan
  ).input;
  const shape = [256, channels, height, width];
  const data = normals(256 * channels * height * width, 13);
  writeFileSync(
    path.join(dir, 'bench.safetensors'),
    writeSafetensors({ input: { dtype: 'F32', shape, data } }),
  );
}

interface Opened {
  model: CompiledModel;
  precision: Precision;
  plan: CudaPlan;
  dir: string;
  /** Event times of the submissions since the last `take()`. */
  take: () => number[];
}

async function open(set: string, precision: Precision, graphs = true): Promise<Opened> {
  const dir = path.join(root, 'models', set);
  const built = path.join(dir, precision);
  const plan = JSON.parse(readFileSync(path.join(built, 'plan.json'), 'utf8')) as CudaPlan;
  // A rehearsal carries only the PTX its harness loads (sm_90).
  const archs = plan.archs.filter((a) => existsSync(path.join(built, `sm_${a}.ptx`)));
  let times: number[] = [];
  const model = await createCudaModel(plan, readFileSync(path.join(dir, 'model.safetensors')), {
    ptx: Object.fromEntries(archs.map((a) => [a, readFileSync(path.join(built, `sm_${a}.ptx`), 'utf8')])),
    source: readFileSync(path.join(built, 'model.cu'), 'utf8'),
    graphs,
    onImage: (choice) => images.push(`${set} ${precision}: ${choice.description}`),
    onTimed: (ms) => times.push(ms),
    ...(driver ? { driver: driver.replace('{model}', `${set}-${precision}`) } : {}),
  });
  return {
    model,
    precision,
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

/**
 * Runs one build's part: a build that fails (none has run on a GPU yet) is a FAIL line with the
 * reason, counted, and the other builds go on. Whether it ran.
 */
async function guarded(name: string, part: () => Promise<void>): Promise<boolean> {
  try {
    await part();
    return true;
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}: ${(e as Error).message.split('\n')[0]}`);
    return false;
  }
}

interface Accuracy {
  model: string;
  precision: Precision;
  graphs: boolean;
  /** Worst scaled difference over the compared exits. */
  rel: number;
  tolerance: number;
  /** Exits past f16's range (non-finite, as expected), not compared. */
  overflow: number[];
  ok: boolean;
}
const accuracy: Accuracy[] = [];

for (const [set, precision, graphs] of [
  ['tiny-cifar', 'f32', true],
  ['ranet-cifar10', 'f32', true],
  ['ranet-cifar10', 'f32', false],
  ['imagenet-mini', 'f32', true],
  ...(['tf32', 'f16'] as const).flatMap((p) =>
    (['tiny-cifar', 'ranet-cifar10', 'imagenet-mini'] as const).map((set) => [set, p, true] as const),
  ),
] as const) {
  const name = `${set} ${precision}${graphs ? '' : ' (no graphs)'}`;
  const entry: Accuracy = {
    model: set,
    precision,
    graphs,
    rel: 0,
    tolerance: REL[precision],
    overflow: [],
    ok: true,
  };
  accuracy.push(entry);
  const ran = await guarded(name, async () => {
    const { model, dir } = await open(set, precision, graphs);
    try {
      const io = readSafetensors(readFileSync(path.join(dir, 'io.safetensors')));
      const outs = await model.allExits(io.get('input')!);
      const overflowing = precision === 'f16' ? (F16_OVERFLOW[set] ?? []) : [];
      outs.forEach((out, e) => {
        if (overflowing.includes(e)) {
          const ok = out.some((v) => !Number.isFinite(v));
          entry.overflow.push(e);
          entry.ok &&= ok;
          console.log(
            `${ok ? 'ok  ' : 'FAIL'} ${name} exit${e}: ${ok ? 'overflows f16, as expected' : 'finite, expected to overflow f16'}`,
          );
          return;
        }
        const want = io.get(`exit${e}`)!;
        const scale = Math.max(1, ...Array.from(want, Math.abs));
        const diff = Math.max(...Array.from(out, (v, i) => Math.abs(v - want[i])));
        const rel = diff / scale;
        const ok = rel <= REL[precision];
        entry.rel = Math.max(entry.rel, Number.isNaN(rel) ? Infinity : rel);
        entry.ok &&= ok;
        console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} exit${e}: rel ${rel.toExponential(2)}`);
      });
    } finally {
      model.destroy();
    }
  });
  if (!ran) Object.assign(entry, { rel: Infinity, ok: false });
  else if (!entry.ok) failures++;
}

const testImages = (dir: string, plan: CudaPlan, part: string): Float32Array => {
  const set = readCifarFile(path.join(dir, `${part}.bin`), { classes: plan.classes });
  const all = Array.from({ length: set.count }, (_, i) => i);
  return toNormalizedBatch(set.pixels, all, plan.normalize!.mean, plan.normalize!.std);
};

interface Row {
  model: string;
  precision: Precision;
  batch: number;
  mode: string;
  ms: number;
  meanMFlops?: number;
  predictions?: number[][];
}
const rows: Row[] = [];
let digitsExits: number[][] = [];
let budgets: { p: number; thresholds: number[] }[] = [];

for (const [set, precision] of [
  ['digits', 'f32'],
  ['ranet-cifar10', 'f32'],
  ['ranet-cifar10', 'tf32'],
  ['ranet-cifar10', 'f16'],
] as const) {
  await guarded(`${set} ${precision} timings`, async () => {
    const m = await open(set, precision);
    const { model, plan, dir } = m;
    const per = plan.input.channels * plan.input.height * plan.input.width;
    const test =
      set === 'digits'
        ? testImages(dir, plan, 'test')
        : readSafetensors(readFileSync(path.join(dir, 'bench.safetensors'))).get('input')!;
    if (set === 'digits' && precision === 'f32') {
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
    for (const batch of batches(precision)) {
      const x = test.subarray(0, batch * per);
      const ms = await timed(m, () => model.allExits(x), reps(batch, precision));
      rows.push({ model: set, precision, batch, mode: 'forward', ms });
      console.log(`ranetc ${set} ${precision} batch ${batch} plain forward (all exits): ${ms.toFixed(3)} ms`);
      if (set !== 'digits') continue;
      for (const { p, thresholds } of budgets) {
        const got = await model.classify(x, { thresholds });
        const meanMFlops = got.reduce((s, r) => s + plan.exitFlops[r.exit], 0) / got.length / 1e6;
        const bms = await timed(m, () => model.classify(x, { thresholds }), reps(batch, precision));
        rows.push({
          model: set,
          precision,
          batch,
          mode: `budget p=${p}`,
          ms: bms,
          meanMFlops,
          predictions: got.map((r) => [r.exit, r.class]),
        });
        console.log(
          `ranetc digits ${precision} batch ${batch} budget p=${p}: ${bms.toFixed(3)} ms, ${meanMFlops.toFixed(2)} MFLOPs/input`,
        );
      }
    }
    model.destroy();
  });
}
console.log(images.map((i) => `module image ${i}`).join('\n'));
writeFileSync(
  path.join(root, 'results.json'),
  JSON.stringify({ rows, accuracy, budgets, digitsExits, failures, quick, images }, null, 1),
);
if (failures > 0) process.exitCode = 1;
