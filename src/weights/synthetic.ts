import type { Graph } from '../ir/types.ts';

/**
 * Seeded standard normal values (mulberry32 + Box-Muller): the same seed gives the same values
 * on every machine. Inputs and weights for timing and profiling when the user gives none.
 */
export function normals(count: number, seed: number): Float32Array {
  let s = seed >>> 0;
  const uniform = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Float32Array.from(
    { length: count },
    () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform()),
  );
}

/**
 * Weights for timing when none are given: small seeded values (BatchNorm variances 1), so
 * that no activation overflows; the kernels' times do not depend on the values.
 */
export function syntheticWeights(graph: Graph): Map<string, Float32Array> {
  const out = new Map<string, Float32Array>();
  let seed = 1;
  for (const p of graph.params.values()) {
    if (p.dtype !== 'f32') continue;
    const n = p.shape.reduce((a, b) => a * b, 1);
    const values =
      p.role === 'running_var'
        ? new Float32Array(n).fill(1)
        : normals(n, seed++).map((x) => x * Math.sqrt(1 / Math.max(1, n / (p.shape[0] ?? 1))));
    out.set(p.name, values);
  }
  return out;
}
