// Random weights for any graph, by parameter role: convs as the public `_init_weights` draws
// them (normal, std sqrt(2 / (k*k*out_channels))), linear layers as PyTorch's default
// (uniform within 1/sqrt(in_features)), and BatchNorm statistics and affine parameters
// randomized away from 0/1 as in the fixtures, so that a folding bug shows.

import type { Graph, ParamSpec } from '../../src/ir/types.ts';
import type { HostTensor } from '../../src/weights/tensor.ts';
import type { Rng } from '../helpers/random.ts';

export function randomWeights(graph: Graph, rng: Rng): Map<string, HostTensor> {
  const weights = new Map<string, HostTensor>();
  for (const p of graph.params.values()) {
    if (p.dtype === 'i64') {
      const data = BigInt64Array.of(BigInt(rng.int(0, 10_000)));
      weights.set(p.name, { dtype: 'i64', shape: p.shape, data, sourceDtype: 'I64' });
    } else {
      const data = Float32Array.from({ length: p.shape.reduce((a, b) => a * b, 1) }, draw(graph, p, rng));
      weights.set(p.name, { dtype: 'f32', shape: p.shape, data, sourceDtype: 'F32' });
    }
  }
  return weights;
}

function draw(graph: Graph, p: ParamSpec, rng: Rng): () => number {
  const op = graph.nodes[p.owner].op;
  switch (p.role) {
    case 'running_mean':
      return () => 0.2 * rng.normal();
    case 'running_var':
      return () => rng.between(0.5, 2);
    case 'weight':
      if (op === 'batchnorm') return () => rng.between(0.5, 1.5);
      if (op === 'linear') {
        const bound = 1 / Math.sqrt(p.shape[1]);
        return () => rng.between(-bound, bound);
      }
      if (op === 'conv2d') {
        const [out, , k] = p.shape;
        const std = Math.sqrt(2 / (k * k * out));
        return () => std * rng.normal();
      }
      break;
    case 'bias':
      return () => 0.2 * rng.normal();
    case 'num_batches_tracked':
      break;
  }
  throw new Error(`no random initialization for ${p.name} (${p.role} of ${op})`);
}
