import type { OpAttrs, ValueType } from '../types.ts';
import type { Batch, OpDef } from './def.ts';
import { expectRank, size } from './def.ts';
import { avgpool } from './pool.ts';

/** What the matrix multiplies: the input, or with a fused pool in front, the pooled map. */
function features(x: ValueType, a: OpAttrs['linear']): number {
  if (a.pool === undefined) {
    expectRank(x, 1, 'linear');
    return x.shape[0];
  }
  return size(avgpool.shape([x], a.pool));
}

export const linear: OpDef<'linear'> = {
  arity: 1,
  shape([x], a) {
    features(x, a);
    return [a.outFeatures];
  },
  params([x], a) {
    return [
      { name: a.weight, shape: [a.outFeatures, features(x, a)], dtype: 'f32', role: 'weight' },
      { name: a.bias, shape: [a.outFeatures], dtype: 'f32', role: 'bias' },
    ];
  },
  // op_counter.py: weight elements (one multiply-add each) plus bias elements. A fused pool
  // keeps its own count, so fusion does not change the accounting.
  flops([x], _out, a) {
    const k = features(x, a);
    const own = a.outFeatures * k + a.outFeatures;
    if (a.pool === undefined) return own;
    const pooled = { shape: avgpool.shape([x], a.pool), dtype: x.dtype };
    return own + avgpool.flops([x], pooled, a.pool);
  },
  reference([input], a, param) {
    // Flatten is the identity on row-major data: the pooled map is the feature vector.
    const x: Batch = a.pool === undefined ? input : avgpool.reference([input], a.pool, param);
    const k = size(x.shape);
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
