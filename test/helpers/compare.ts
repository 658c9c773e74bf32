/**
 * One exit's max |expected - got|, and that relative to max(1, max |expected|): the measure
 * every tolerance in these tests is stated in. NaN counts as Infinity.
 */
export function compare(
  expected: Float32Array,
  got: Float32Array,
): { diff: number; scale: number; rel: number } {
  if (got.length !== expected.length)
    throw new Error(`compare: ${got.length} values, expected ${expected.length}`);
  let diff = 0;
  let scale = 1;
  expected.forEach((v, i) => {
    const d = Math.abs(v - got[i]);
    diff = Math.max(diff, Number.isNaN(d) ? Infinity : d);
    scale = Math.max(scale, Math.abs(v));
  });
  return { diff, scale, rel: diff / scale };
}
