/**
 * Exit thresholds and their evaluation, reproducing the public RANet/MSDNet
 * `dynamic_eval_find_threshold` / `dynamic_eval_with_threshold` (adaptive_inference.py).
 *
 * Threshold search, for e = 0..E-2 over validation confidences c[e][i]:
 *   n_e  = floor(N * P[e])                          (float32 product, see shares.ts)
 *   T[e] = the n_e-th largest c[e][i] among samples not yet taken, or 1e8 when n_e is 0 or
 *          fewer than n_e samples remain untaken (the public loop then never reaches n_e)
 *   taken |= c[e] >= T[e]                            (ties with T[e] leave too, so an exit can
 *                                                     take more than n_e samples)
 *   T[E-1] = -1e8
 *
 * The public code walks `max_preds.sort(descending=True)` and counts untaken samples; the value
 * at the n_e-th untaken position is the n_e-th largest untaken value whatever order the sort
 * gives tied values, so sort stability cannot change T. We compute that order statistic
 * directly. NaN confidences: torch sorts NaN above every number in a descending sort and
 * `ge(NaN)` is false, so a NaN threshold takes nobody; Float32Array#sort puts NaN last in
 * ascending order, which is the same ranking.
 */
import { samplesToTake } from './shares.ts';

const fround = Math.fround;

/** "Nobody leaves here" and "everybody leaves here", as in the public code. */
export const NO_EXIT_THRESHOLD = 1e8;
export const LAST_EXIT_THRESHOLD = -1e8;

/** Everything the evaluation needs about one data set at every exit. */
export interface ExitOutputs {
  /** confidences[e][i]: max softmax probability of sample i at exit e (float32). */
  readonly confidences: readonly Float32Array[];
  /** predictions[e][i]: argmax class of sample i at exit e. */
  readonly predictions: readonly ArrayLike<number>[];
  /** Ground-truth class per sample. */
  readonly labels: ArrayLike<number>;
}

export interface ThresholdEvaluation {
  /** Top-1 accuracy in percent (0..100), as the public code reports it. */
  readonly accuracy: number;
  /** Expected cost per input, in the unit of exitFlops, accumulated in float32 as the public code does. */
  readonly expectedFlops: number;
  /** How many samples leave at each exit. */
  readonly exitCounts: number[];
}

/** Thresholds (float32 values) from validation confidences and normalized exit shares. */
export function findThresholds(
  confidences: readonly Float32Array[],
  shares: ArrayLike<number>,
): Float32Array {
  const exits = confidences.length;
  const n = sampleCount(confidences);
  if (shares.length !== exits) {
    throw new RangeError(`findThresholds: ${shares.length} exit shares for ${exits} exits`);
  }
  const thresholds = new Float32Array(exits).fill(NO_EXIT_THRESHOLD);
  const taken = new Uint8Array(n);
  for (let e = 0; e < exits - 1; e++) {
    const conf = confidences[e];
    const want = samplesToTake(n, shares[e]);
    if (want > 0) {
      const untaken = new Float32Array(n);
      let m = 0;
      for (let i = 0; i < n; i++) if (!taken[i]) untaken[m++] = conf[i];
      if (want <= m) {
        const sorted = untaken.subarray(0, m).sort();
        thresholds[e] = sorted[m - want];
      }
    }
    const t = thresholds[e];
    for (let i = 0; i < n; i++) if (conf[i] >= t) taken[i] = 1;
  }
  thresholds[exits - 1] = LAST_EXIT_THRESHOLD;
  return thresholds;
}

/**
 * Which exit each sample leaves at: the first e with confidence >= T[e]. The last exit takes
 * everything left, whatever its threshold: the public code tests `>= -1e8` there, which only
 * differs for a NaN confidence, and a real runtime must answer every input.
 */
export function exitIndices(confidences: readonly Float32Array[], thresholds: ArrayLike<number>): Int32Array {
  const exits = confidences.length;
  const n = sampleCount(confidences);
  if (thresholds.length !== exits) {
    throw new RangeError(`thresholds: ${thresholds.length} values for ${exits} exits`);
  }
  const exitOf = new Int32Array(n).fill(exits - 1);
  for (let i = 0; i < n; i++) {
    for (let e = 0; e < exits - 1; e++) {
      if (confidences[e][i] >= thresholds[e]) {
        exitOf[i] = e;
        break;
      }
    }
  }
  return exitOf;
}

/** Per-exit sample counts for given thresholds. */
export function exitCountsFor(confidences: readonly Float32Array[], thresholds: ArrayLike<number>): number[] {
  const counts = new Array<number>(confidences.length).fill(0);
  for (const e of exitIndices(confidences, thresholds)) counts[e]++;
  return counts;
}

/**
 * sum_e (count_e / N) * flops_e in float32, term by term as the public code's tensor
 * arithmetic does: `_t = exp[k] * 1.0 / n_sample; expected_flops += _t * flops[k]`.
 */
export function expectedCost(exitCounts: readonly number[], exitFlops: readonly number[]): number {
  if (exitFlops.length !== exitCounts.length) {
    throw new RangeError(`exitFlops: ${exitFlops.length} values for ${exitCounts.length} exits`);
  }
  const n = exitCounts.reduce((a, b) => a + b, 0);
  if (n === 0) return 0;
  let total = 0;
  for (let e = 0; e < exitCounts.length; e++) {
    const share = fround(exitCounts[e] / n);
    total = fround(total + fround(share * fround(exitFlops[e])));
  }
  return total;
}

/** Accuracy, expected cost and exit distribution of a data set under given thresholds. */
export function evaluateThresholds(
  confidences: readonly Float32Array[],
  predictions: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  thresholds: ArrayLike<number>,
  exitFlops: readonly number[],
): ThresholdEvaluation {
  const n = sampleCount(confidences);
  checkOutputs({ confidences, predictions, labels });
  const exitOf = exitIndices(confidences, thresholds);
  const exitCounts = new Array<number>(confidences.length).fill(0);
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const e = exitOf[i];
    exitCounts[e]++;
    if (predictions[e][i] === labels[i]) correct++;
  }
  return {
    accuracy: n === 0 ? 0 : (correct * 100) / n,
    expectedFlops: expectedCost(exitCounts, exitFlops),
    exitCounts,
  };
}

/** Anytime prediction: top-1 accuracy (percent) of every exit on its own. */
export function anytimeAccuracy(outputs: ExitOutputs): number[] {
  const n = sampleCount(outputs.confidences);
  checkOutputs(outputs);
  return outputs.predictions.map((pred) => {
    let correct = 0;
    for (let i = 0; i < n; i++) if (pred[i] === outputs.labels[i]) correct++;
    return n === 0 ? 0 : (correct * 100) / n;
  });
}

/** Number of samples, checking that every exit has the same number. */
export function sampleCount(confidences: readonly Float32Array[]): number {
  if (confidences.length === 0) throw new RangeError('confidences: need at least one exit');
  const n = confidences[0].length;
  confidences.forEach((c, e) => {
    if (c.length !== n)
      throw new RangeError(`confidences: exit ${e} has ${c.length} samples, exit 0 has ${n}`);
  });
  return n;
}

function checkOutputs(o: ExitOutputs): void {
  const n = sampleCount(o.confidences);
  if (o.predictions.length !== o.confidences.length) {
    throw new RangeError(
      `predictions: ${o.predictions.length} exits, confidences have ${o.confidences.length}`,
    );
  }
  o.predictions.forEach((p, e) => {
    if (p.length !== n) throw new RangeError(`predictions: exit ${e} has ${p.length} samples, expected ${n}`);
  });
  if (o.labels.length !== n) throw new RangeError(`labels: ${o.labels.length} samples, expected ${n}`);
}
