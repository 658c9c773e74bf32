import type { OpDef } from './def.ts';
import { expectRank, noParams, size } from './def.ts';

/** Concatenation along the channel axis of `[C, H, W]` values. */
export const concat: OpDef<'concat'> = {
  arity: 'variadic',
  shape(inputs) {
    inputs.forEach((t) => expectRank(t, 3, 'concat'));
    const [, h, w] = inputs[0].shape;
    for (const t of inputs) {
      if (t.shape[1] !== h || t.shape[2] !== w) {
        throw new Error(`concat of ${h}x${w} with ${t.shape[1]}x${t.shape[2]}`);
      }
    }
    return [inputs.reduce((c, t) => c + t.shape[0], 0), h, w];
  },
  params: noParams,
  flops: () => 0,
  reference(inputs) {
    const n = inputs[0].n;
    const sizes = inputs.map((t) => size(t.shape));
    const total = sizes.reduce((a, b) => a + b, 0);
    const out = new Float32Array(n * total);
    for (let s = 0; s < n; s++) {
      let at = s * total;
      inputs.forEach((t, i) => {
        out.set(t.data.subarray(s * sizes[i], (s + 1) * sizes[i]), at);
        at += sizes[i];
      });
    }
    const [, h, w] = inputs[0].shape;
    return { n, shape: [total / (h * w), h, w], data: out };
  },
};
