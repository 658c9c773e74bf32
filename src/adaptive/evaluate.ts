/**
 * Evaluating a data set on a compiled model: every exit's outputs (anytime prediction, and the
 * input to calibration), and budgeted classification with real early exit. Works with anything
 * shaped like the runtime's `CompiledModel`, so generated models can be evaluated the same way.
 */
import { scoreCurve, validationCurve, type BudgetPoint } from './budget.ts';
import { anytimeAccuracy, evaluateThresholds, type ExitOutputs } from './calibrate.ts';
import { exitPredictions, percentCorrect, topkCorrect } from './confidence.ts';
import type { LabelledImages } from './datasets.ts';
import type { CurveEntry } from './thresholds-file.ts';

/** What evaluation needs of a compiled model (the runtime's `CompiledModel` has it). */
export interface EvaluableModel {
  readonly plan: {
    readonly exits: number;
    readonly classes: number;
    readonly maxBatch: number;
    /** Cumulative FLOPs per input up to each exit. */
    readonly exitFlops: readonly number[];
    /** Present in builds with executed-work counters: budgeted runs then count on the device. */
    readonly counters?: unknown;
  };
  anytime(
    images: Float32Array,
    options: { logits?: boolean },
  ): AsyncIterable<{ readonly exit: number; readonly predictions: readonly { logits?: Float32Array }[] }>;
  classify(
    images: Float32Array,
    options: { thresholds?: readonly number[]; count: true },
  ): Promise<{
    readonly predictions: readonly Classified[];
    readonly work: { readonly executedMFlops: number };
  }>;
  classify(images: Float32Array, options: { thresholds?: readonly number[] }): Promise<readonly Classified[]>;
}

/** What evaluation reads of one input's result: the class predicted and the exit taken. */
export interface Classified {
  readonly class: number;
  readonly exit: number;
}

/** Called after each batch with the images done so far. */
export type ProgressCallback = (done: number, total: number) => void;

export interface AllExitsRun {
  /** Confidences and predictions from each exit's logits (as `findThresholds` takes them). */
  readonly outputs: ExitOutputs;
  /** Per exit, 1 where the label is among the 5 highest logits; only when there are more than 5 classes. */
  readonly top5?: Uint8Array[];
  /** Wall time of running the model (data loading included), seconds. */
  readonly seconds: number;
}

/** Runs every input through every exit (anytime mode) and keeps what each exit says. */
export async function runAllExits(
  model: EvaluableModel,
  data: LabelledImages,
  onProgress?: ProgressCallback,
): Promise<AllExitsRun> {
  const { exits, classes, maxBatch } = model.plan;
  const n = data.count;
  const confidences = Array.from({ length: exits }, () => new Float32Array(n));
  const predictions = Array.from({ length: exits }, () => new Int32Array(n));
  const top5 = classes > 5 ? Array.from({ length: exits }, () => new Uint8Array(n)) : undefined;
  const t0 = performance.now();
  for (let start = 0; start < n; start += maxBatch) {
    const count = Math.min(maxBatch, n - start);
    const labels = Array.from({ length: count }, (_, i) => data.labels[start + i]);
    for await (const step of model.anytime(data.batch(start, count), { logits: true })) {
      const logits = new Float32Array(count * classes);
      step.predictions.forEach((p, i) => logits.set(p.logits!, i * classes));
      const p = exitPredictions(logits, count, classes);
      confidences[step.exit].set(p.confidence, start);
      predictions[step.exit].set(p.prediction, start);
      top5?.[step.exit].set(topkCorrect(logits, count, classes, labels, 5), start);
    }
    onProgress?.(start + count, n);
  }
  return {
    outputs: { confidences, predictions, labels: data.labels },
    ...(top5 === undefined ? {} : { top5 }),
    seconds: (performance.now() - t0) / 1000,
  };
}

/** Top-5 accuracy (%) per exit, from `runAllExits`. */
export function top5Accuracy(run: AllExitsRun): number[] | undefined {
  return run.top5?.map(percentCorrect);
}

export interface BudgetedRun {
  readonly thresholds: number[];
  /** Top-1 accuracy (%) of the classes the model returned. */
  readonly accuracy: number;
  /** Inputs that left at each exit. */
  readonly exitCounts: number[];
  /** Mean over inputs of the cumulative MFLOPs of the exit each left at: the computation spent. */
  readonly realizedMFlops: number;
  /** MFLOPs per input the kernels executed, counted on the device (builds with counters only). */
  readonly executedMFlops?: number;
  readonly seconds: number;
  readonly imagesPerSecond: number;
}

/** Budgeted batch classification on the model itself: inputs stop computing where they leave. */
export async function runBudgeted(
  model: EvaluableModel,
  data: LabelledImages,
  thresholds: readonly number[],
  onProgress?: ProgressCallback,
): Promise<BudgetedRun> {
  const { exits, maxBatch, exitFlops } = model.plan;
  if (thresholds.length !== exits) {
    throw new RangeError(`thresholds: ${thresholds.length} values for a model with ${exits} exits`);
  }
  const exitCounts = new Array<number>(exits).fill(0);
  let correct = 0;
  let flops = 0;
  let executed = 0;
  const counting = model.plan.counters !== undefined;
  const t0 = performance.now();
  for (let start = 0; start < data.count; start += maxBatch) {
    const count = Math.min(maxBatch, data.count - start);
    const images = data.batch(start, count);
    let results: readonly Classified[];
    if (counting) {
      const counted = await model.classify(images, { thresholds, count: true });
      executed += counted.work.executedMFlops * count;
      results = counted.predictions;
    } else results = await model.classify(images, { thresholds });
    results.forEach((r, i) => {
      exitCounts[r.exit]++;
      flops += exitFlops[r.exit];
      if (r.class === data.labels[start + i]) correct++;
    });
    onProgress?.(start + count, data.count);
  }
  const seconds = (performance.now() - t0) / 1000;
  const n = data.count;
  return {
    thresholds: [...thresholds],
    accuracy: n === 0 ? 0 : (correct * 100) / n,
    exitCounts,
    realizedMFlops: n === 0 ? 0 : flops / n / 1e6,
    ...(counting ? { executedMFlops: n === 0 ? 0 : executed / n } : {}),
    seconds,
    imagesPerSecond: n / seconds,
  };
}

export interface EvaluationOptions {
  /** Validation set: the budgeted curve is calibrated on it (39 standard p). */
  readonly val?: LabelledImages;
  /** Otherwise the curve from a thresholds file (`ranetc calibrate` writes one). */
  readonly curve?: readonly CurveEntry[];
  /** Thresholds to run budgeted classification with, on the model itself. */
  readonly thresholds?: readonly number[];
  /** Progress per phase: 'test', 'val', 'budgeted'. */
  readonly onProgress?: (phase: 'test' | 'val' | 'budgeted') => ProgressCallback | undefined;
}

export interface Evaluation {
  readonly images: number;
  /** Per exit: cumulative MFLOPs, top-1 and (more than 5 classes) top-5 accuracy, percent. */
  readonly exits: { exit: number; mflops: number; top1: number; top5?: number }[];
  /** Running every input to the last exit, keeping every exit's logits (anytime mode). */
  readonly anytime: { seconds: number; imagesPerSecond: number };
  /** The accuracy-vs-budget curve on this set; thresholds from `val` or from `curve`. */
  readonly budgetedCurve?: { thresholdsFrom: 'val' | 'thresholds file'; points: BudgetPoint[] };
  /**
   * Budgeted classification run on the model with `thresholds`; `simulated*` are the same
   * thresholds applied to the anytime outputs (confidences from the logits), which agree with
   * the run unless a device confidence and its recomputation straddle a threshold.
   */
  readonly budgeted?: BudgetedRun & { simulatedAccuracy: number; simulatedExitCounts: number[] };
}

/** Anytime accuracy per exit, the budgeted curve, and a real budgeted run, on one data set. */
export async function evaluateDataset(
  model: EvaluableModel,
  test: LabelledImages,
  options: EvaluationOptions = {},
): Promise<Evaluation> {
  const flops = model.plan.exitFlops;
  const progress = options.onProgress ?? (() => undefined);
  const run = await runAllExits(model, test, progress('test'));
  const top1 = anytimeAccuracy(run.outputs);
  const top5 = top5Accuracy(run);
  const exits = top1.map((acc, e) => ({
    exit: e,
    mflops: flops[e] / 1e6,
    top1: acc,
    ...(top5 === undefined ? {} : { top5: top5[e] }),
  }));
  let budgetedCurve: Evaluation['budgetedCurve'];
  if (options.val !== undefined) {
    const val = await runAllExits(model, options.val, progress('val'));
    const points = scoreCurve(validationCurve(val.outputs, flops), run.outputs, flops);
    budgetedCurve = { thresholdsFrom: 'val', points };
  } else if (options.curve !== undefined) {
    budgetedCurve = {
      thresholdsFrom: 'thresholds file',
      points: scoreCurve(options.curve, run.outputs, flops),
    };
  }
  let budgeted: Evaluation['budgeted'];
  if (options.thresholds !== undefined) {
    const real = await runBudgeted(model, test, options.thresholds, progress('budgeted'));
    const o = run.outputs;
    const sim = evaluateThresholds(o.confidences, o.predictions, o.labels, options.thresholds, flops);
    budgeted = { ...real, simulatedAccuracy: sim.accuracy, simulatedExitCounts: sim.exitCounts };
  }
  return {
    images: test.count,
    exits,
    anytime: { seconds: run.seconds, imagesPerSecond: test.count / run.seconds },
    ...(budgetedCurve === undefined ? {} : { budgetedCurve }),
    ...(budgeted === undefined ? {} : { budgeted }),
  };
}
