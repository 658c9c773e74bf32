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
 *
 * Per-shape minima need not add up: over hundreds of shapes, the minimum of a few noisy timings
 * picks noise as well as speed, and choices interact (caches, occupancy). So the search ends by
 * confirming each batch regime on the whole network: the network with every chosen variant
 * (compiled by the caller's `planWith`: the exit kernels embed the next stage's workgroup
 * counts, so rounds cannot be spliced here) against the default one, `classify` wall time,
 * interleaved call by call (a few, or more for a short network), the median of each. Unless the chosen set is faster by more than
 * `margin`, the regime keeps the default kernels (`confirm`).
 */
import type { AdapterIdentity, WgslPlan } from '@ranetc/runtime';
import type { Weights } from '@ranetc/runtime';
import { storedWeights, writePackedWeights } from '@ranetc/runtime';
import { createWebGpuModel } from '@ranetc/runtime';
import type { CompiledModel } from '@ranetc/runtime';
import type { AdapterTuning, Confirmation, LayerTuning } from './file.ts';
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

/** A variant per layer shape: what a regime's network is compiled with. */
export type ChosenVariants = Record<string, LayerTuning['variant']>;

/** Which build a confirmation call runs. */
export type Build = 'default' | 'tuned';

export interface TuneOptions {
  /**
   * The whole network compiled with `variants` (every other shape its default) and the
   * candidates' `features`: `tuneSpec` compiles it; a page asks whoever compiled its candidates.
   */
  readonly planWith: (variants: ChosenVariants, features: readonly Feature[]) => WgslPlan | Promise<WgslPlan>;
  /** Timed `classify` calls per round and batch, after a warm-up (default 3). */
  readonly reps?: number;
  /**
   * Interleaved whole-network calls per build in a regime's confirmation, after a warm-up each:
   * at least `confirmCalls` (default 3), and more, up to `CONFIRM_MAX_CALLS`, until each build's
   * timed calls add up to `confirmSeconds` (default 2 s; a small model's calls are short and noisy).
   */
  readonly confirmCalls?: number;
  readonly confirmSeconds?: number;
  /**
   * How much faster (a fraction of the default's time) the chosen set must run a regime to be
   * kept (default 0.02, `CONFIRM_MARGIN`).
   */
  readonly margin?: number;
  /**
   * Times one confirmation call, ms (default: the wall time of `call`); tests inject one to
   * decide the outcome without real timing.
   */
  readonly time?: (call: () => Promise<unknown>, build: Build, batch: number) => Promise<number>;
  /** Called after each round and batch, and each regime's confirmation: steps done, steps in all. */
  readonly progress?: (done: number, total: number) => void;
}

/**
 * A tuned regime is kept only when its whole network runs more than 2% faster than the
 * default's: a smaller gain is not worth another set of kernels (pipelines compiled at load,
 * a tuning to keep per adapter), and it is as small as can be asked of one median. The
 * comparison's own noise can be larger on a loaded machine (two identical digits builds, median
 * of 21 interleaved calls at batch 1, lavapipe on 2 shared cores: ratios 0.96 to 1.09), so a
 * regime within noise of the default may go either way; one measured slower never is kept.
 */
export const CONFIRM_MARGIN = 0.02;

/** At most this many confirmation calls per build and regime. */
export const CONFIRM_MAX_CALLS = 64;

export interface TuneResult {
  /** The confirmed tuning: a regime whose chosen set was not faster records the default variants. */
  readonly tuning: AdapterTuning;
  /** The search's own choices per shape and batch, before the confirmation. */
  readonly searched: readonly LayerTuning[];
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
  options: TuneOptions,
): Promise<TuneResult> {
  const started = performance.now();
  const reps = options.reps ?? 3;
  const { batches, shapes, rounds } = candidates;
  const total = rounds.length * batches.length + batches.length;
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
        options.progress?.(++done, total);
      }
    } finally {
      model.destroy();
    }
  }
  const searched: LayerTuning[] = [];
  for (const b of batches)
    for (const { shape, variants } of shapes) {
      const medians = times.get(b)!.get(shape)!.map(median);
      const best = medians.reduce((bi, m, i) => (m < medians[bi] ? i : bi), 0);
      searched.push({
        shape,
        batch: b,
        variant: variants[best],
        ms: medians[best],
        defaultMs: medians[0],
        candidates: variants.length,
      });
    }

  // The confirmation: per regime, the chosen set against the default on the whole network.
  const minCalls = options.confirmCalls ?? 3;
  const seconds = options.confirmSeconds ?? 2;
  const time = options.time ?? wallTime;
  const confirmed: Confirmation[] = [];
  const defaults = rounds[0];
  const defaultOf = new Map(shapes.map((s) => [s.shape, s.variants[0]]));
  // The default build serves every regime's confirmation: compiled once, on first need.
  let base: CompiledModel | undefined;
  try {
    for (const b of batches) {
      const chosen = searched.filter((l) => l.batch === b);
      if (chosen.some((l) => !same(l.variant, defaultOf.get(l.shape)!))) {
        const plan = await options.planWith(
          Object.fromEntries(chosen.map((l) => [l.shape, l.variant])),
          candidates.features,
        );
        if (JSON.stringify(plan.weights) !== layout)
          throw new Error(
            `${candidates.model}: the tuned plan of batch ${b} lays the weights out differently from round 0`,
          );
        base ??= await createWebGpuModel(device, defaults, writePackedWeights(defaults, packed));
        const models = {
          default: base,
          tuned: await createWebGpuModel(device, plan, writePackedWeights(plan, packed)),
        };
        try {
          const images = normals(b * candidates.inputSize, b);
          const samples: Record<Build, number[]> = { default: [], tuned: [] };
          for (const m of Object.values(models)) await m.classify(images);
          // Alternating which build goes first, so that a drift in the machine's speed falls on both.
          const sum = (xs: readonly number[]): number => xs.reduce((a, x) => a + x, 0);
          let calls = 0;
          while (
            calls < minCalls ||
            (calls < CONFIRM_MAX_CALLS && Math.min(sum(samples.default), sum(samples.tuned)) < seconds * 1000)
          ) {
            for (const build of (calls % 2 === 0 ? ['default', 'tuned'] : ['tuned', 'default']) as Build[])
              samples[build].push(await time(() => models[build].classify(images), build, b));
            calls++;
          }
          confirmed.push(
            decide(
              b,
              median(samples.default),
              median(samples.tuned),
              calls,
              options.margin ?? CONFIRM_MARGIN,
            ),
          );
        } finally {
          models.tuned.destroy();
        }
      }
      options.progress?.(++done, total);
    }
  } finally {
    base?.destroy();
  }
  return {
    tuning: confirm(
      {
        adapter: {
          vendor: adapter.vendor,
          architecture: adapter.architecture,
          description: adapter.description,
        },
        model: candidates.model,
        precision: candidates.precision,
        batches: [...batches],
        layers: searched,
      },
      candidates,
      confirmed,
    ),
    searched,
    seconds: (performance.now() - started) / 1000,
    rounds: rounds.length,
  };
}

/** Candidates' variants are canonical (`tuneCandidates`), so equal ones print alike. */
const same = (a: LayerTuning['variant'], b: LayerTuning['variant']): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

const wallTime = async (call: () => Promise<unknown>): Promise<number> => {
  const t0 = performance.now();
  await call();
  return performance.now() - t0;
};

/** A regime's confirmation: the chosen set is kept when it runs faster than the default by more than `margin`. */
export const decide = (
  batch: number,
  defaultMs: number,
  tunedMs: number,
  calls: number,
  margin: number,
): Confirmation => ({
  batch,
  defaultMs,
  tunedMs,
  calls,
  kept: tunedMs < defaultMs * (1 - margin) ? 'tuned' : 'default',
});

/**
 * The tuning as confirmed: every layer of a regime that kept the default records its default
 * variant (at its default's time), so that `build --tuning` compiles that regime to the default
 * kernels while `regimeFor` still sends the chunks of its size there (dropping the regime would
 * send them to another regime's kernels, confirmed at another batch); the features are those
 * the kept variants need; `confirmed` records each timed regime.
 */
export function confirm(
  tuning: Omit<AdapterTuning, 'features' | 'confirmed'>,
  candidates: Pick<TuneCandidates, 'shapes' | 'features'>,
  confirmed: readonly Confirmation[],
): AdapterTuning {
  const byShape = new Map(candidates.shapes.map((s) => [s.shape, s]));
  const keepsDefault = new Set(confirmed.filter((c) => c.kept === 'default').map((c) => c.batch));
  const used = new Set<Feature>();
  const layers = tuning.layers.map((l) => {
    const { variants, needs } = byShape.get(l.shape)!;
    const layer = keepsDefault.has(l.batch) ? { ...l, variant: variants[0], ms: l.defaultMs } : l;
    const i = variants.findIndex((v) => same(v, layer.variant));
    if (i < 0)
      throw new Error(
        `${tuning.model}: layer "${l.shape}" chose a variant that is not one of its candidates`,
      );
    for (const f of needs[i]) used.add(f);
    return layer;
  });
  // In the order the candidates list them (the tuning file's order of features).
  const needed = candidates.features.filter((f) => used.has(f));
  return {
    ...tuning,
    ...(needed.length === 0 ? {} : { features: needed }),
    layers,
    ...(confirmed.length === 0 ? {} : { confirmed: [...confirmed] }),
  };
}
