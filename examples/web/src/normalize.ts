// Images as the model takes them: 3 x 32 x 32, planes R, G, B, normalized per channel.
// No DOM here: the tests check it in Node against the calibration library.

export const SIDE = 32;
export const PLANE = SIDE * SIDE;
export const IMAGE_BYTES = 3 * PLANE;

/** (pixel / 255 - mean) / std in float32, as the calibration library's toNormalizedBatch computes it. */
export function normalize(pixels: Uint8Array, mean: readonly number[], std: readonly number[]): Float32Array {
  const out = new Float32Array(pixels.length);
  const m = mean.map(Math.fround);
  const s = std.map(Math.fround);
  for (let at = 0; at < pixels.length; at += IMAGE_BYTES) {
    for (let c = 0; c < 3; c++) {
      for (let j = at + c * PLANE; j < at + (c + 1) * PLANE; j++) {
        out[j] = Math.fround(Math.fround(pixels[j] / 255) - m[c]) / s[c];
      }
    }
  }
  return out;
}
