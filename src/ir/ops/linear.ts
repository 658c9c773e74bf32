import type { OpDef } from './def.ts';
import { expectRank } from './def.ts';

export const linear: OpDef<'linear'> = {
  arity: 1,
  shape([x], a) {
    expectRank(x, 1, 'linear');
    return [a.outFeatures];
  },
  params([x], a) {
    return [
      { name: a.weight, shape: [a.outFeatures, x.shape[0]], dtype: 'f32', role: 'weight' },
      { name: a.bias, shape: [a.outFeatures], dtype: 'f32', role: 'bias' },
    ];
  },
  // op_counter.py: weight elements (one multiply-add each) plus bias elements.
  flops: ([x], _out, a) => a.outFeatures * x.shape[0] + a.outFeatures,
  reference([x], a, param) {
    const [k] = x.shape;
    const weight = param(a.weight);
    const bias = param(a.bias);
    const out = new Float32Array(x.n * a.outFeatures);
    for (let n = 0; n < x.n; n++) {
      for (let o = 0; o < a.outFeatures; o++) {
        let acc = bias[o];
        for (let i = 0; i < k; i++) acc += weight[o * k + i] * x.data[n * k + i];
        out[n * a.outFeatures + o] = acc;
      }
    }
    return { n: x.n, shape: [a.outFeatures], data: out };
  },
};
