/**
 * `ranetc tune`: measures, on the device at hand, which variant is fastest for each distinct
 * shape of a spec's tunable kernels (convolutions, conv-resizes, exit heads), at batch 1 and
 * at `maxBatch`.
 *
 * Every candidate is timed inside the real network: round r builds the model with the r-th
 * candidate of every shape at once (shapes with fewer candidates get their default), runs
 * `classify` on seeded normal inputs with every dispatch timed by timestamp queries (a warm-up
 * call, then `reps` timed ones), and sums each shape's dispatches per call. A shape's time for a
 * candidate is the median over the calls; the winner is the smallest. Candidates per shape are
 * the default, the nearest member of each other kind or feature, and the default's nearest
 * neighbours in the family (one dimension changed first), up to `budget`: lavapipe runs a CIFAR network at batch 64 in seconds, so rounds are few. Variants
 * that need a device feature are candidates only where `features` lists it (the device's
 * `subgroups` by default; `shader-f16` arithmetic, which rounds more, only when asked for).
 */
import { compile } from '../compile.ts';
import { chooseVariant } from '../backends/wgsl/kernels.ts';
import type { DeviceFeature, KernelVariant, TunableKernel } from '../backends/wgsl/variants.ts';
import {
  canonical,
  DEVICE_FEATURES,
  featuresOf,
  kernelFamily,
  sameVariant,
  shapeKey,
  variantFeatures,
} from '../backends/wgsl/variants.ts';
import type { AdapterIdentity } from '../runtime/plan.ts';
import { createWebGpuModel } from '../runtime/webgpu.ts';
import type { Spec } from '../spec/types.ts';
import type { AdapterTuning, LayerTuning } from './file.ts';
import { normals } from '../weights/synthetic.ts';

export interface TuneOptions {
  /** Candidates per layer shape, the default included (default 8). */
  readonly budget?: number;
  /** Timed `classify` calls per round and batch, after a warm-up (default 3). */
  readonly reps?: number;
  /** Batch regimes (default 1 and the spec's maxBatch). */
  readonly batches?: readonly number[];
  /**
   * Device features the candidates may use, all of which `device` must have (default: the
   * device's `subgroups`, when it has them).
   */
  readonly features?: readonly DeviceFeature[];
  /** Called after each round and batch: steps done, steps in all. */
  readonly progress?: (done: number, total: number) => void;
}

export interface TuneResult {
  readonly tuning: AdapterTuning;
  /** Wall time of the whole search, s. */
  readonly seconds: number;
  readonly rounds: number;
}

/**
 * The default first; then, for each other group of the family (a kind of variant with the device
 * features it needs: f16 arithmetic, subgroup heads, staged convolutions), its member nearest to
 * the default, so that every dimension is tried within a small budget; then the rest by distance
 * to the default (fields that differ, a field only one has counting as different, the kind
 * too), in family order.
 */
export function candidates(
  k: TunableKernel,
  budget: number,
  features: readonly DeviceFeature[] = [],
): KernelVariant[] {
  const first = chooseVariant(k);
  const fields = (v: KernelVariant): Record<string, unknown> => ({ ...canonical(v) });
  const distance = (v: KernelVariant): number => {
    const a = fields(first);
    const b = fields(v);
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => a[f] !== b[f]).length;
  };
  const group = (v: KernelVariant): string => `${v.kind} ${variantFeatures(v).join(',')}`;
  const byDistance = kernelFamily(k, features)
    .filter((v) => !sameVariant(v, first))
    .map((v, i) => ({ v, d: distance(v), i }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .map((x) => x.v);
  const seen = new Set([group(first)]);
  const nearest: KernelVariant[] = [];
  for (const v of byDistance)
    if (!seen.has(group(v))) {
      seen.add(group(v));
      nearest.push(v);
    }
  const rest = byDistance.filter((v) => !nearest.includes(v));
  return [first, ...nearest, ...rest].slice(0, Math.max(1, budget));
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Tunes `spec` on `device` (which needs `timestamp-query`), whose adapter is `adapter`. */
export async function tune(
  spec: Spec,
  weights: Map<string, Float32Array>,
  device: GPUDevice,
  adapter: AdapterIdentity,
  options: TuneOptions = {},
): Promise<TuneResult> {
  const started = performance.now();
  const budget = options.budget ?? 8;
  const reps = options.reps ?? 3;
  const batches = [...new Set(options.batches ?? [1, spec.target.maxBatch])];
  const features =
    options.features ?? (device.features.has('subgroups') ? (['subgroups'] as DeviceFeature[]) : []);
  for (const f of features)
    if (!DEVICE_FEATURES.includes(f) || !device.features.has(f))
      throw new Error(`tune: the device lacks the '${f}' feature that candidates were to use`);
  const base = compile(spec, { target: 'wgsl' });
  // The shape of each dispatch (stage, index) that is a tunable kernel.
  const shapeAt = new Map<string, string>();
  const shapes = new Map<string, TunableKernel>();
  base.schedule.stages.forEach((stage, s) =>
    stage.launches.forEach((l, i) => {
      if (l.kernel.kind !== 'conv' && l.kernel.kind !== 'linear') return;
      const key = shapeKey(l.kernel);
      shapeAt.set(`${s}:${i}`, key);
      shapes.set(key, l.kernel);
    }),
  );
  const lists = new Map([...shapes].map(([key, k]) => [key, candidates(k, budget, features)]));
  const rounds = Math.max(...[...lists.values()].map((l) => l.length));
  const per = spec.input.channels * spec.input.height * spec.input.width;
  // times[batch][shape][round]: that round's calls, each the shape's summed dispatch times.
  const times = new Map(
    batches.map((b) => [b, new Map([...shapes.keys()].map((key) => [key, [] as number[][]]))]),
  );
  let done = 0;
  for (let r = 0; r < rounds; r++) {
    const convVariants = Object.fromEntries(
      [...lists].filter(([, l]) => r < l.length).map(([key, l]) => [key, l[r]]),
    );
    const { plan } = compile(spec, { target: 'wgsl', kernels: { convVariants, features } });
    const model = await createWebGpuModel(device, plan, weights);
    try {
      for (const b of batches) {
        const images = normals(b * per, b);
        await model.profile(images);
        const calls: Map<string, number>[] = [];
        for (let rep = 0; rep < reps; rep++) {
          const run = await model.profile(images);
          const sums = new Map<string, number>();
          for (const chunk of run.chunks)
            for (const t of chunk) {
              const key = shapeAt.get(`${t.stage}:${t.index}`);
              if (key !== undefined) sums.set(key, (sums.get(key) ?? 0) + t.ms);
            }
          calls.push(sums);
        }
        for (const [key, l] of lists)
          if (r < l.length) times.get(b)!.get(key)![r] = calls.map((c) => c.get(key) ?? 0);
        options.progress?.(++done, rounds * batches.length);
      }
    } finally {
      model.destroy();
    }
  }
  const layers: LayerTuning[] = [];
  for (const b of batches)
    for (const [key, l] of lists) {
      const medians = times.get(b)!.get(key)!.map(median);
      const best = medians.reduce((bi, m, i) => (m < medians[bi] ? i : bi), 0);
      layers.push({
        shape: key,
        batch: b,
        variant: canonical(l[best]),
        ms: medians[best],
        defaultMs: medians[0],
        candidates: l.length,
      });
    }
  const needed = featuresOf(layers.map((l) => l.variant));
  return {
    tuning: {
      adapter: {
        vendor: adapter.vendor,
        architecture: adapter.architecture,
        description: adapter.description,
      },
      model: spec.name,
      precision: spec.target.precision,
      batches,
      ...(needed.length === 0 ? {} : { features: needed }),
      layers,
    },
    seconds: (performance.now() - started) / 1000,
    rounds,
  };
}
