/**
 * `ranetc bench --only serve`: the compute budget on a drifting stream. The digits model is
 * served (wasm) twice: with its calibrated thresholds for 7 MFLOPs per input fixed, and with
 * the controller holding 7. The stream is the 2000 test images from easiest to hardest (by the
 * first exit's confidence) and back, sent by 4 concurrent clients as seeded requests of 1 to 16
 * images; the figures are the realized MFLOPs per input over disjoint windows of 500 inputs and
 * the accuracy. Then a step: the 1000 easiest images, then the 1000 hardest.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cifarImages, readCifarFile, toNormalizedBatch } from '../../adaptive/datasets.ts';
import { runAllExits } from '../../adaptive/evaluate.ts';
import { calibrateThresholdsFile, serializeThresholdsFile } from '../../adaptive/thresholds-file.ts';
import type { CompiledModel } from '@ranetc/runtime';
import type { ModelPlan, WasmPlan } from '@ranetc/runtime';
import { createWasmModel, readPlanFile } from '@ranetc/runtime';
import { openPackage } from '../../serve/package.ts';
import { startServer } from '../../serve/server.ts';
import { loadSpec } from '../../spec/parse.ts';
import { build } from '../build.ts';

export const DRIFT_BUDGET = 7;
export const DRIFT_WINDOW = 500;
/**
 * Batches of at most 16 inputs: the controller decides once per batch, so its bandwidth is set
 * by the batch size (docs/serving.md); at 64 the windows stray to about 7% on this stream.
 */
export const DRIFT_MAX_BATCH = 16;

/**
 * Builds the digits package into `dir` (`ranetc build --weights`: the spec's WGSL build with its
 * wasm fallback, or `target: 'wasm'`) and calibrates it for `budget` MFLOPs per input on the
 * validation set, as `ranetc calibrate --budget-mflops` does (computed here on the wasm model).
 * Returns each exit's cumulative FLOPs.
 */
export async function buildServedDigits(
  fixtures: string,
  dir: string,
  options: { readonly target?: 'wasm'; readonly budget?: number } = {},
): Promise<number[]> {
  const specFile = 'specs/digits.yaml';
  const { spec } = loadSpec(specFile);
  const weights = path.join(fixtures, 'digits', 'checkpoint.pth.tar');
  await build(
    specFile,
    spec,
    { out: dir, weights, ...(options.target ? { target: options.target } : {}) },
    () => {},
  );
  const model = await openBuiltWasm(dir);
  const exitFlops = [...model.plan.exitFlops];
  try {
    const val = cifarImages(path.join(fixtures, 'digits', 'val.bin'), spec.classes, spec.input);
    const { outputs } = await runAllExits(model, val);
    const file = calibrateThresholdsFile(spec.name, outputs, exitFlops, {
      budgetMFlops: options.budget ?? DRIFT_BUDGET,
    });
    writeFileSync(path.join(dir, 'thresholds.json'), serializeThresholdsFile(file));
  } finally {
    model.destroy();
  }
  return exitFlops;
}

/**
 * A built package's wasm model (a wasm build, or a WGSL build's fallback), one thread, opened as
 * its users would.
 */
export async function openBuiltWasm(dir: string): Promise<CompiledModel> {
  const file = path.join(dir, 'plan.json');
  const { plan, fallback } = readPlanFile<ModelPlan, WasmPlan>(JSON.parse(readFileSync(file, 'utf8')), file);
  return createWasmModel(fallback ?? (plan as WasmPlan), readFileSync(path.join(dir, 'weights.bin')), {
    module: readFileSync(path.join(dir, 'model.wasm')),
    relaxedModule: readFileSync(path.join(dir, 'model-relaxed.wasm')),
    packedFor: plan,
  });
}

/** Test images ordered from easiest to hardest: by the first exit's confidence, highest first. */
export async function difficultyOrder(model: CompiledModel, images: Float32Array): Promise<number[]> {
  const first = model.plan.exitFlops.map(() => -1e8);
  const p = await model.classify(images, { thresholds: first });
  return p
    .map((x, i) => [x.confidence, i])
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .map(([, i]) => i);
}

/** One answered input of the stream. */
export interface StreamAnswer {
  readonly class: number;
  readonly exit: number;
  readonly mflops: number;
}

/**
 * Sends `stream` (image indices) to the REST endpoint with `clients` concurrent clients, each
 * taking the next 1..16 inputs (seeded) of the stream per request; answers in stream order.
 */
export async function sendStream(
  base: string,
  stream: readonly number[],
  image: (i: number) => Float32Array,
  options: { clients: number; seed: number; maxRequest: number },
): Promise<StreamAnswer[]> {
  const out = new Array<StreamAnswer>(stream.length);
  let next = 0;
  let state = options.seed >>> 0 || 1;
  const random = (): number => {
    // xorshift32: the request sizes are the same in every run.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
  const client = async (): Promise<void> => {
    while (next < stream.length) {
      const start = next;
      const n = Math.min(1 + Math.floor(random() * options.maxRequest), stream.length - start);
      next += n;
      const per = image(stream[start]).length;
      const x = new Float32Array(n * per);
      for (let i = 0; i < n; i++) x.set(image(stream[start + i]), i * per);
      const header = Buffer.from(
        JSON.stringify({
          inputs: [
            {
              name: 'input',
              datatype: 'FP32',
              shape: [n, 3, 32, 32],
              parameters: { binary_data_size: x.byteLength },
            },
          ],
          outputs: ['class', 'exit', 'mflops'].map((name) => ({ name })),
        }),
      );
      const res = await fetch(`${base}/v2/models/digits/infer`, {
        method: 'POST',
        body: Buffer.concat([header, Buffer.from(x.buffer)]),
        headers: { 'inference-header-content-length': String(header.length) },
      });
      const body = (await res.json()) as { outputs?: { name: string; data: number[] }[]; error?: string };
      if (res.status !== 200) throw new Error(`request of ${n} inputs: ${res.status} ${body.error}`);
      const t = new Map(body.outputs!.map((o) => [o.name, o.data]));
      for (let i = 0; i < n; i++)
        out[start + i] = { class: t.get('class')![i], exit: t.get('exit')![i], mflops: t.get('mflops')![i] };
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  return out;
}

/** Mean MFLOPs per input over disjoint windows of `size` inputs (a last partial window dropped). */
export function windowMeans(answers: readonly StreamAnswer[], size: number): number[] {
  const out: number[] = [];
  for (let s = 0; s + size <= answers.length; s += size)
    out.push(answers.slice(s, s + size).reduce((sum, a) => sum + a.mflops, 0) / size);
  return out;
}

export interface DriftRun {
  readonly windows: number[];
  readonly mean: number;
  readonly accuracy: number;
  /** Largest |window / budget - 1| over the windows after the first. */
  readonly worstAfterFirst: number;
}

export interface DriftFigures {
  readonly budget: number;
  readonly maxBatch: number;
  readonly static: DriftRun;
  readonly controlled: DriftRun;
  /** The step (1000 easiest, then 1000 hardest): MFLOPs per input over windows of 100. */
  readonly step?: { readonly static: number[]; readonly controlled: number[] };
}

/** Serves `dir` on wasm (static thresholds, then the controller) and sends the drifting stream to each. */
export async function driftExperiment(
  dir: string,
  testFile: string,
  options: {
    budget?: number;
    clients?: number;
    seed?: number;
    step?: boolean;
    threads?: number;
    maxBatch?: number;
  } = {},
): Promise<DriftFigures> {
  const budget = options.budget ?? DRIFT_BUDGET;
  const opened = await openPackage(dir, { backend: 'wasm', threads: options.threads ?? 1 });
  const plan = opened.model.plan;
  const { mean, std } = plan.normalize!;
  const test = readCifarFile(testFile, { classes: plan.classes });
  const all = toNormalizedBatch(
    test.pixels,
    Array.from({ length: test.count }, (_, i) => i),
    mean,
    std,
  );
  const per = 3 * 32 * 32;
  const image = (i: number): Float32Array => all.subarray(i * per, (i + 1) * per);
  try {
    const order = await difficultyOrder(opened.model, all);
    const drift = [...order, ...[...order].reverse()];
    const half = Math.floor(order.length / 2);
    const stepStream = [...order.slice(0, half), ...order.slice(order.length - half)];
    const run = async (controlled: boolean, stream: readonly number[]): Promise<StreamAnswer[]> => {
      const server = await startServer(
        [
          {
            model: opened.model,
            thresholds: opened.thresholds,
            device: opened.device,
            ...(controlled ? { budgetMFlops: budget } : {}),
          },
        ],
        {
          host: '127.0.0.1',
          httpPort: 0,
          grpcPort: 0,
          maxBody: 1 << 24,
          maxBatch: options.maxBatch ?? DRIFT_MAX_BATCH,
          maxQueue: 16,
          maxQueueDelayMs: 2,
          log: () => {},
        },
      );
      try {
        return await sendStream(server.httpUrl, stream, image, {
          clients: options.clients ?? 4,
          seed: options.seed ?? 1,
          maxRequest: 16,
        });
      } finally {
        await server.shutdown(10_000, 0);
      }
    };
    const figures = (answers: StreamAnswer[]): DriftRun => {
      const windows = windowMeans(answers, DRIFT_WINDOW);
      const correct = answers.filter((a, k) => a.class === test.labels[drift[k]]).length;
      return {
        windows,
        mean: answers.reduce((s, a) => s + a.mflops, 0) / answers.length,
        accuracy: (100 * correct) / answers.length,
        worstAfterFirst: Math.max(...windows.slice(1).map((w) => Math.abs(w / budget - 1))),
      };
    };
    const result: DriftFigures = {
      budget,
      maxBatch: options.maxBatch ?? DRIFT_MAX_BATCH,
      static: figures(await run(false, drift)),
      controlled: figures(await run(true, drift)),
    };
    if (!options.step) return result;
    return {
      ...result,
      step: {
        static: windowMeans(await run(false, stepStream), 100),
        controlled: windowMeans(await run(true, stepStream), 100),
      },
    };
  } finally {
    opened.close();
  }
}

export function formatDrift(f: DriftFigures): string {
  const row = (label: string, r: DriftRun): string =>
    `${label.padEnd(11)} ${r.windows.map((w) => w.toFixed(2).padStart(6)).join('')}   ${r.mean.toFixed(2).padStart(5)}  ${r.accuracy.toFixed(2).padStart(6)}%  ${(100 * r.worstAfterFirst).toFixed(1).padStart(5)}%`;
  const lines = [
    `digits on wasm, budget ${f.budget} MFLOPs per input, --max-batch ${f.maxBatch}; the 2000 test images easiest -> hardest -> easiest (4000 inputs), 4 clients, requests of 1-16 images`,
    `MFLOPs per input in windows of ${DRIFT_WINDOW} inputs, mean, top-1, worst window after the first (|window/budget - 1|):`,
    row('static', f.static),
    row('controlled', f.controlled),
  ];
  if (f.step !== undefined)
    lines.push(
      '',
      'step: the 1000 easiest images, then the 1000 hardest; MFLOPs per input in windows of 100 inputs:',
      `static      ${f.step.static.map((w) => w.toFixed(1).padStart(5)).join('')}`,
      `controlled  ${f.step.controlled.map((w) => w.toFixed(1).padStart(5)).join('')}`,
    );
  return lines.join('\n');
}

/** The bench section: builds and calibrates the package in a temporary directory, then runs the experiment. */
export async function benchServe(fixtures: string, out: (s: string) => void): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'ranetc-bench-serve-'));
  try {
    const dir = path.join(root, 'digits');
    await buildServedDigits(fixtures, dir, { target: 'wasm' });
    const f = await driftExperiment(dir, path.join(fixtures, 'digits', 'test.bin'), { step: true });
    out(formatDrift(f));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
