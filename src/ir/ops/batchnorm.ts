import type { OpDef } from './def.ts';
import { expectRank, size } from './def.ts';

/** Inference-mode BatchNorm2d: `y = (x - mean) / sqrt(var + eps) * weight + bias`. */
export const batchnorm: OpDef<'batchnorm'> = {
  arity: 1,
  shape([x]) {
    expectRank(x, 3, 'batchnorm');
    return x.shape;
  },
  params([x], a) {
    const c = [x.shape[0]];
    return [
      { name: a.weight, shape: c, dtype: 'f32', role: 'weight' },
      { name: a.bias, shape: c, dtype: 'f32', role: 'bias' },
      { name: a.mean, shape: c, dtype: 'f32', role: 'running_mean' },
      { name: a.variance, shape: c, dtype: 'f32', role: 'running_var' },
      { name: a.batches, shape: [], dtype: 'i64', role: 'num_batches_tracked' },
    ];
  },
  flops: () => 0,
  reference([x], a, param) {
    const [c] = x.shape;
    const plane = size(x.shape) / c;
    const [g, b, m, v] = [param(a.weight), param(a.bias), param(a.mean), param(a.variance)];
    const out = new Float32Array(x.data.length);
    for (let n = 0; n < x.n; n++) {
      for (let ch = 0; ch < c; ch++) {
        const scale = g[ch] / Math.sqrt(v[ch] + a.eps);
        const base = (n * c + ch) * plane;
        for (let i = 0; i < plane; i++) out[base + i] = (x.data[base + i] - m[ch]) * scale + b[ch];
      }
    }
    return { n: x.n, shape: x.shape, data: out };
  },
};
