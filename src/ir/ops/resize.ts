import type { OpDef } from './def.ts';
import { expectRank, noParams } from './def.ts';

/**
 * Source coordinates of bilinear interpolation with align_corners = true, as PyTorch computes
 * them: `src = dst * (in - 1) / (out - 1)`, the scale rounded to f32 first; neighbours
 * `i0 = floor(src)` and `i1 = min(i0 + 1, in - 1)`, weight `src - i0`.
 */
export function alignCornersTaps(
  inSize: number,
  outSize: number,
): { i0: Int32Array; i1: Int32Array; t: Float32Array } {
  const scale = outSize > 1 ? Math.fround((inSize - 1) / (outSize - 1)) : 0;
  const i0 = new Int32Array(outSize);
  const i1 = new Int32Array(outSize);
  const t = new Float32Array(outSize);
  for (let o = 0; o < outSize; o++) {
    const src = Math.fround(scale * o);
    i0[o] = Math.min(Math.floor(src), inSize - 1);
    i1[o] = Math.min(i0[o] + 1, inSize - 1);
    t[o] = src - i0[o];
  }
  return { i0, i1, t };
}

export const resize: OpDef<'resize'> = {
  arity: 1,
  shape([x], a) {
    expectRank(x, 3, 'resize');
    return [x.shape[0], a.height, a.width];
  },
  params: noParams,
  flops: () => 0,
  reference([x], a) {
    const [c, h, w] = x.shape;
    const ys = alignCornersTaps(h, a.height);
    const xs = alignCornersTaps(w, a.width);
    const out = new Float32Array(x.n * c * a.height * a.width);
    let o = 0;
    for (let plane = 0; plane < x.n * c; plane++) {
      const base = plane * h * w;
      for (let oy = 0; oy < a.height; oy++) {
        const [r0, r1, ty] = [base + ys.i0[oy] * w, base + ys.i1[oy] * w, ys.t[oy]];
        for (let ox = 0; ox < a.width; ox++) {
          const [c0, c1, tx] = [xs.i0[ox], xs.i1[ox], xs.t[ox]];
          const top = (1 - tx) * x.data[r0 + c0] + tx * x.data[r0 + c1];
          const bottom = (1 - tx) * x.data[r1 + c0] + tx * x.data[r1 + c1];
          out[o++] = (1 - ty) * top + ty * bottom;
        }
      }
    }
    return { n: x.n, shape: [c, a.height, a.width], data: out };
  },
};
