import type { OpDef } from './def.ts';
import { expectRank, noParams, size } from './def.ts';

export const relu: OpDef<'relu'> = {
  arity: 1,
  shape: ([x]) => x.shape,
  params: noParams,
  flops: ([x]) => size(x.shape),
  reference([x]) {
    return { n: x.n, shape: x.shape, data: x.data.map((v) => (v > 0 ? v : 0)) };
  },
};

export const flatten: OpDef<'flatten'> = {
  arity: 1,
  shape: ([x]) => [size(x.shape)],
  params: noParams,
  flops: () => 0,
  reference: ([x]) => ({ n: x.n, shape: [size(x.shape)], data: x.data }),
};

/** Softmax over the features of each sample (rank-1 values). */
export const softmax: OpDef<'softmax'> = {
  arity: 1,
  shape([x]) {
    expectRank(x, 1, 'softmax');
    return x.shape;
  },
  params: noParams,
  flops: () => 0,
  reference([x]) {
    const [k] = x.shape;
    const out = new Float32Array(x.data.length);
    for (let n = 0; n < x.n; n++) {
      const row = x.data.subarray(n * k, (n + 1) * k);
      const max = row.reduce((a, b) => Math.max(a, b), -Infinity);
      let sum = 0;
      for (let i = 0; i < k; i++) sum += Math.exp(row[i] - max);
      for (let i = 0; i < k; i++) out[n * k + i] = Math.exp(row[i] - max) / sum;
    }
    return { n: x.n, shape: x.shape, data: out };
  },
};
