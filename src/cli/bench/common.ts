// What the bench's sections share: thresholds for a compute budget, rates.

import { exitCountsFor, expectedCost, findThresholds } from '../../adaptive/calibrate.ts';
import { exitShares, qForP, STANDARD_P } from '../../adaptive/shares.ts';
import type { CompiledModel } from '@ranetc/runtime';

/** Each exit's confidence for every input of `images` (`n` of them), by `anytime`. */
export async function exitConfidences(
  model: CompiledModel,
  images: Float32Array,
  n: number,
): Promise<Float32Array[]> {
  const per = images.length / n;
  const confidences = Array.from({ length: model.plan.exits }, () => new Float32Array(n));
  for (let start = 0; start < n; start += model.plan.maxBatch) {
    const end = Math.min(n, start + model.plan.maxBatch);
    for await (const step of model.anytime(images.subarray(start * per, end * per)))
      step.predictions.forEach((p, i) => (confidences[step.exit][start + i] = p.confidence));
  }
  return confidences;
}

/**
 * Among the public calibration's 39 settings (p = 1..39) on validation confidences, the
 * thresholds whose expected cost is nearest `share` of the full network.
 */
export function thresholdsForShare(
  confidences: readonly Float32Array[],
  exitFlops: readonly number[],
  share: number,
): { thresholds: number[]; p: number; expectedShare: number } {
  const full = exitFlops.at(-1)!;
  let best = { thresholds: [] as number[], p: 0, expectedShare: Infinity };
  for (const p of STANDARD_P) {
    const thresholds = [...findThresholds(confidences, exitShares(qForP(p), exitFlops.length))];
    const expectedShare = expectedCost(exitCountsFor(confidences, thresholds), exitFlops) / full;
    if (Math.abs(expectedShare - share) < Math.abs(best.expectedShare - share))
      best = { thresholds, p, expectedShare };
  }
  return best;
}

/** Images per second of `n` images in `ms`, for printing. */
export function rate(ms: number, n: number): string {
  return ((n * 1000) / ms).toFixed(1);
}
