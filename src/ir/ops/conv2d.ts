import type { OpDef } from './def.ts';
import { expectRank, windowOut } from './def.ts';
import { resize } from './resize.ts';

export const conv2d: OpDef<'conv2d'> = {
  arity: 1,
  shape([x], a) {
    expectRank(x, 3, 'conv2d');
    const [, h, w] = x.shape;
    const oh = windowOut(h, a.kernel, a.stride, a.pad);
    const ow = windowOut(w, a.kernel, a.stride, a.pad);
    if (oh < 1 || ow < 1)
      throw new Error(`conv2d ${a.kernel}x${a.kernel}/${a.stride} on ${h}x${w} gives no output`);
    if (a.outChannels < 1) throw new Error(`conv2d with ${a.outChannels} output channels`);
    return a.resize === undefined
      ? [a.outChannels, oh, ow]
      : [a.outChannels, a.resize.height, a.resize.width];
  },
  params([x], a) {
    const weight = {
      name: a.weight,
      shape: [a.outChannels, x.shape[0], a.kernel, a.kernel],
      dtype: 'f32',
      role: 'weight',
    } as const;
    return a.bias === undefined
      ? [weight]
      : [weight, { name: a.bias, shape: [a.outChannels], dtype: 'f32', role: 'bias' }];
  },
  // A fused ReLU keeps its own count (elements of its input) and a fused resize its own (none),
  // so fusion does not change the accounting.
  flops([x], _out, a) {
    const [, h, w] = x.shape;
    const pixels = windowOut(h, a.kernel, a.stride, a.pad) * windowOut(w, a.kernel, a.stride, a.pad);
    const macs = x.shape[0] * a.outChannels * a.kernel * a.kernel * pixels;
    return macs + (a.activation === 'relu' ? a.outChannels * pixels : 0);
  },
  reference([x], a, param) {
    const [cin, h, w] = x.shape;
    const [oh, ow] = [windowOut(h, a.kernel, a.stride, a.pad), windowOut(w, a.kernel, a.stride, a.pad)];
    const cout = a.outChannels;
    const k = a.kernel;
    const weight = param(a.weight);
    const bias = a.bias === undefined ? undefined : param(a.bias);
    const out = new Float32Array(x.n * cout * oh * ow);
    const xd = x.data;
    const { stride, pad } = a;
    // Each output element is summed on its own in f64, bias first, then one product per
    // (input channel, tap) in that order: simple, and more precise than the f32 sums it is
    // compared with. Zero weights are skipped, padding contributes nothing.
    let at = 0;
    for (let n = 0; n < x.n; n++) {
      const sample = n * cin * h * w;
      for (let oc = 0; oc < cout; oc++) {
        const b = bias === undefined ? 0 : bias[oc];
        const wOc = oc * cin * k * k;
        for (let oy = 0; oy < oh; oy++) {
          const ky0 = Math.max(0, pad - oy * stride);
          const ky1 = Math.min(k, h + pad - oy * stride);
          for (let ox = 0; ox < ow; ox++) {
            const kx0 = Math.max(0, pad - ox * stride);
            const kx1 = Math.min(k, w + pad - ox * stride);
            const origin = sample + (oy * stride - pad) * w + ox * stride - pad;
            let sum = b;
            for (let ic = 0; ic < cin; ic++) {
              const plane = origin + ic * h * w;
              const wIc = wOc + ic * k * k;
              for (let ky = ky0; ky < ky1; ky++) {
                for (let kx = kx0; kx < kx1; kx++) {
                  const wv = weight[wIc + ky * k + kx];
                  if (wv !== 0) sum += wv * xd[plane + ky * w + kx];
                }
              }
            }
            out[at++] = a.activation === 'relu' ? Math.max(sum, 0) : sum;
          }
        }
      }
    }
    const result = { n: x.n, shape: [cout, oh, ow], data: out };
    return a.resize === undefined ? result : resize.reference([result], a.resize, param);
  },
};
