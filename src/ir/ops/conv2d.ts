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
    // Accumulate one output plane in f64, adding one (input channel, tap) at a time:
    // simple, and more precise than the f32 sums it is compared with.
    const acc = new Float64Array(oh * ow);
    for (let n = 0; n < x.n; n++) {
      for (let oc = 0; oc < cout; oc++) {
        acc.fill(bias === undefined ? 0 : bias[oc]);
        for (let ic = 0; ic < cin; ic++) {
          const plane = (n * cin + ic) * h * w;
          for (let ky = 0; ky < k; ky++) {
            for (let kx = 0; kx < k; kx++) {
              const wv = weight[((oc * cin + ic) * k + ky) * k + kx];
              if (wv === 0) continue;
              for (let oy = 0; oy < oh; oy++) {
                const iy = oy * a.stride - a.pad + ky;
                if (iy < 0 || iy >= h) continue;
                const row = plane + iy * w;
                const orow = oy * ow;
                for (let ox = 0; ox < ow; ox++) {
                  const ix = ox * a.stride - a.pad + kx;
                  if (ix >= 0 && ix < w) acc[orow + ox] += wv * x.data[row + ix];
                }
              }
            }
          }
        }
        if (a.activation === 'relu') for (let i = 0; i < acc.length; i++) acc[i] = Math.max(acc[i], 0);
        out.set(acc, (n * cout + oc) * oh * ow);
      }
    }
    const result = { n: x.n, shape: [cout, oh, ow], data: out };
    return a.resize === undefined ? result : resize.reference([result], a.resize, param);
  },
};
