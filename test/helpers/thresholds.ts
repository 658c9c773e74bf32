/**
 * Thresholds are kept at least this far from every reference confidence, so an input's exit is
 * decided by the semantics, not by rounding. It must exceed the difference between the
 * confidences of the device's and the reference's logits, which the tests assert is below
 * MARGIN / 2 (observed: 1e-6 and less).
 */
export const MARGIN = 1e-4;

/**
 * A threshold between two adjacent sorted confidences, about a share `q` of inputs below it,
 * at least `margin` from each.
 */
export function thresholdAt(confidences: ArrayLike<number>, q: number, margin = MARGIN): number {
  const sorted = Array.from(confidences).sort((a, b) => a - b);
  const want = Math.round(q * sorted.length);
  // Nearest split with room for the margin on both sides; none (all equal) means nobody leaves.
  const splits = sorted
    .map((_, k) => k)
    .filter((k) => k >= 1 && sorted[k] - sorted[k - 1] >= 2 * margin)
    .sort((a, b) => Math.abs(a - want) - Math.abs(b - want));
  return splits.length === 0 ? 1e8 : (sorted[splits[0] - 1] + sorted[splits[0]]) / 2;
}
