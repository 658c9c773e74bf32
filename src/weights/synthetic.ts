import type { Graph } from '../ir/types.ts';

/** A seeded uniform generator in [0, 1) (mulberry32): the same seed gives the same draws on every machine. */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Seeded standard normal values (mulberry32 + Box-Muller): inputs for timing and profiling
 * when the user gives none.
 */
export function normals(count: number, seed: number): Float32Array {
  const uniform = mulberry32(seed);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++)
    out[i] = Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  return out;
}

/**
 * Seeded random weights for any spec's graph, when the user gives none (timing, tuning, the
 * bench): convs as the public `_init_weights` draws them (normal, std sqrt(2 / (k*k*out_channels))),
 * linear layers uniform within 1/sqrt(in_features), BatchNorm statistics and affine parameters
 * away from 0/1, so that activations stay of order 1 through the network.
 */
export function syntheticWeights(graph: Graph, seed = 1): Map<string, Float32Array> {
  const uniform = mulberry32(seed);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  const weights = new Map<string, Float32Array>();
  for (const p of graph.params.values()) {
    if (p.dtype === 'i64') continue;
    const op = graph.nodes[p.owner].op;
    const draw = ((): (() => number) => {
      if (p.role === 'running_mean' || p.role === 'bias') return () => 0.2 * normal();
      if (p.role === 'running_var') return () => 0.5 + 1.5 * uniform();
      if (op === 'batchnorm') return () => 0.5 + uniform();
      if (op === 'linear') return () => (2 * uniform() - 1) / Math.sqrt(p.shape[1]);
      const [outChannels, , k] = p.shape;
      const std = Math.sqrt(2 / (k * k * outChannels));
      return () => std * normal();
    })();
    const values = new Float32Array(p.shape.reduce((a, b) => a * b, 1));
    for (let i = 0; i < values.length; i++) values[i] = draw();
    weights.set(p.name, values);
  }
  return weights;
}
