/**
 * The search of `ranetc tune`: on the device at hand, which kernel variant is fastest for
 * each distinct shape of a spec's tunable kernels (convolutions, conv-resizes, exit heads),
 * per batch regime (1 and `maxBatch` by default). It takes the candidate plans `tuneCandidates` compiled and needs only the runtime and WebGPU, so the same
 * code runs in Node (Dawn) and in a page.
 *
 * Every candidate is timed inside the real network: each round's model runs `classify` on
 * seeded normal inputs with every dispatch timed by timestamp queries (a warm-up call, then
 * `reps` timed ones), and each shape's dispatches are summed per call. A shape's time for a
 * candidate is the median over the calls; the winner is the smallest. Lavapipe runs a CIFAR
 * network at batch 64 in seconds, so rounds are few. The tuning records the device features
 * its chosen variants need (`shader-f16` arithmetic, subgroup heads).
 */
import type { AdapterIdentity, WgslPlan } from '../runtime/plan.ts';
import type { Weights } from '../runtime/packed.ts';
import { storedWeights, writePackedWeights } from '../runtime/packed.ts';
import { createWebGpuModel } from '../runtime/webgpu.ts';
import type { AdapterTuning, LayerTuning } from './file.ts';
import { normals } from '../weights/synthetic.ts';

/** A device feature a variant may need, as the tuning file names it. */
type Feature = NonNullable<AdapterTuning['features']>[number];

/** What a tuning times: plain data (`tuneCandidates`), so that it can travel to a page. */
export interface TuneCandidates {
  readonly model: string;
  readonly precision: WgslPlan['precision'];
  /** Floats per input sample. */
  readonly inputSize: number;
  readonly batches: readonly number[];
  /** Per tunable layer shape, its candidate variants, the default first. */
  readonly shapes: readonly {
    readonly shape: string;
    readonly variants: readonly LayerTuning['variant'][];
    /** Per variant, the device features it needs. */
    readonly needs: readonly (readonly Feature[])[];
  }[];
  /** Device features the candidates use (the device must have them all). */
  readonly features: readonly Feature[];
  /** The dispatches that are tunable kernels, and their shape. */
  readonly dispatches: readonly { readonly stage: number; readonly index: number; readonly shape: string }[];
  /** Round r: the plan with the r-th candidate of every shape (its default where it has fewer). */
  readonly rounds: readonly WgslPlan[];
}

export interface TuneOptions {
  /** Timed `classify` calls per round and batch, after a warm-up (default 3). */
  readonly reps?: number;
  /** Called after each round and batch: steps done, steps in all. */
  readonly progress?: (done: number, total: number) => void;
}

export interface TuneResult {
  readonly tuning: AdapterTuning;
  /** Wall time of the whole search, s. */
  readonly seconds: number;
  readonly rounds: number;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Times `candidates` on `device` (which needs `timestamp-query`), whose adapter is `adapter`. */
export async function tune(
  candidates: TuneCandidates,
  weights: Weights,
  device: GPUDevice,
  adapter: AdapterIdentity,
  options: TuneOptions = {},
): Promise<TuneResult> {
  const started = performance.now();
  const reps = options.reps ?? 3;
  const { batches, shapes, rounds } = candidates;
  const shapeAt = new Map(candidates.dispatches.map((d) => [`${d.stage}:${d.index}`, d.shape]));
  for (const f of candidates.features)
    if (!device.features.has(f))
      throw new Error(`tune: the device lacks the '${f}' feature that candidates were to use`);
  // times[batch][shape][round]: that round's calls, each the shape's summed dispatch times.
  const times = new Map(
    batches.map((b) => [b, new Map(shapes.map(({ shape }) => [shape, [] as number[][]]))]),
  );
  // Variants are a renderer's choice: every round lays the weights out alike, so they are packed
  // (BatchNorm folded) once, not per round.
  const layout = JSON.stringify(rounds[0].weights);
  const packed = storedWeights(rounds[0], weights);
  let done = 0;
  for (const [r, plan] of rounds.entries()) {
    if (JSON.stringify(plan.weights) !== layout)
      throw new Error(`${candidates.model}: tuning round ${r} lays the weights out differently from round 0`);
    const model = await createWebGpuModel(device, plan, writePackedWeights(plan, packed));
    try {
      for (const b of batches) {
        const images = normals(b * candidates.inputSize, b);
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
        for (const { shape, variants } of shapes)
          if (r < variants.length) times.get(b)!.get(shape)![r] = calls.map((c) => c.get(shape) ?? 0);
        options.progress?.(++done, rounds.length * batches.length);
      }
    } finally {
      model.destroy();
    }
  }
  const layers: LayerTuning[] = [];
  const used = new Set<Feature>();
  for (const b of batches)
    for (const { shape, variants, needs } of shapes) {
      const medians = times.get(b)!.get(shape)!.map(median);
      const best = medians.reduce((bi, m, i) => (m < medians[bi] ? i : bi), 0);
      for (const f of needs[best]) used.add(f);
      layers.push({
        shape,
        batch: b,
        variant: variants[best],
        ms: medians[best],
        defaultMs: medians[0],
        candidates: variants.length,
      });
    }
  // In the order the candidates list them (the tuning file's order of features).
  const needed = candidates.features.filter((f) => used.has(f));
  return {
    tuning: {
      adapter: {
        vendor: adapter.vendor,
        architecture: adapter.architecture,
        description: adapter.description,
      },
      model: candidates.model,
      precision: candidates.precision,
      batches: [...batches],
      ...(needed.length === 0 ? {} : { features: needed }),
      layers,
    },
    seconds: (performance.now() - started) / 1000,
    rounds: rounds.length,
  };
}
