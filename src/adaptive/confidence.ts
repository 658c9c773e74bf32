/**
 * Per-sample confidence and prediction from one exit's logits (n x classes, row-major).
 *
 * Confidence is the maximum softmax probability. With m = max_j x_j that probability is
 * exp(0) / sum_j exp(x_j - m) = 1 / sum_j exp(x_j - m); subtracting m keeps every exponent
 * <= 0, so nothing overflows however large the logits grow (the deeper exits reach ~3e3).
 * The sum is taken in double and the result rounded to float32, the precision the public code
 * stores its softmax in, so identical logit rows give identical (tied) confidences.
 */

import type { ExitOutputs } from './calibrate.ts';

/** One exit's confidence and predicted class for every sample. */
export interface ExitConfidences {
  /** Max softmax probability per sample, in (0, 1]. */
  readonly confidence: Float32Array;
  /** Argmax class per sample. */
  readonly prediction: Int32Array;
}

/**
 * Argmax ties go to the lowest index: torch.max(dim) documents that it returns the index of
 * the first maximal value (CPU and CUDA since 1.7), and the public code takes its prediction
 * from torch.max over the softmax output. We take it over the logits, which softmax preserves
 * except where two nearly equal logits round to the same float32 probability.
 * A row containing NaN gets confidence NaN and the index of its first NaN (torch.max
 * propagates NaN the same way).
 */
export function exitPredictions(logits: Float32Array, n: number, classes: number): ExitConfidences {
  checkShape(logits, n, classes);
  const confidence = new Float32Array(n);
  const prediction = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const row = i * classes;
    let best = 0;
    let max = logits[row];
    for (let j = 1; j < classes && !Number.isNaN(max); j++) {
      const x = logits[row + j];
      if (x > max || Number.isNaN(x)) {
        max = x;
        best = j;
      }
    }
    prediction[i] = best;
    if (Number.isNaN(max)) {
      confidence[i] = NaN;
      continue;
    }
    let sum = 0;
    for (let j = 0; j < classes; j++) sum += Math.exp(logits[row + j] - max);
    confidence[i] = 1 / sum;
  }
  return { confidence, prediction };
}

/**
 * What calibration and evaluation take, from every exit's logits (`n x classes` each, exits in
 * execution order) and the labels: e.g. outputs of the PyTorch model saved as arrays.
 */
export function exitOutputsFromLogits(
  logits: readonly Float32Array[],
  labels: ArrayLike<number>,
  classes: number,
): ExitOutputs {
  const n = labels.length;
  const per = logits.map((l) => exitPredictions(l, n, classes));
  return { confidences: per.map((p) => p.confidence), predictions: per.map((p) => p.prediction), labels };
}

/**
 * Whether each sample's label is among the k highest logits. Where logits tie at the k-th
 * place we break ties by lower class index (a stable descending sort), so the answer does not
 * depend on a sorting algorithm; torch.topk leaves that order unspecified.
 */
export function topkCorrect(
  logits: Float32Array,
  n: number,
  classes: number,
  labels: ArrayLike<number>,
  k: number,
): Uint8Array {
  checkShape(logits, n, classes);
  if (labels.length !== n) throw new RangeError(`topkCorrect: ${labels.length} labels for ${n} samples`);
  if (!Number.isInteger(k) || k < 1)
    throw new RangeError(`topkCorrect: k must be a positive integer, got ${k}`);
  const correct = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = i * classes;
    const label = labels[i];
    if (!Number.isInteger(label) || label < 0 || label >= classes) {
      throw new RangeError(`topkCorrect: sample ${i} has label ${label}, outside 0..${classes - 1}`);
    }
    const target = logits[row + label];
    // Rank of the label = how many classes a stable descending sort puts before it.
    let ahead = 0;
    for (let j = 0; j < classes && ahead < k; j++) {
      const x = logits[row + j];
      if (x > target || (x === target && j < label)) ahead++;
    }
    correct[i] = ahead < k ? 1 : 0;
  }
  return correct;
}

/** Fraction of ones in a correctness mask, as a percentage (the public code reports percents). */
export function percentCorrect(correct: Uint8Array): number {
  if (correct.length === 0) return 0;
  let hits = 0;
  for (const c of correct) hits += c;
  return (hits * 100) / correct.length;
}

function checkShape(logits: Float32Array, n: number, classes: number): void {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(classes) || classes < 1) {
    throw new RangeError(`logits: bad shape ${n} x ${classes}`);
  }
  if (logits.length !== n * classes) {
    throw new RangeError(`logits: expected ${n} x ${classes} = ${n * classes} values, got ${logits.length}`);
  }
}
