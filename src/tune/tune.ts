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
 * interleaved call by call (`interleaved`, the first build alternating). The chosen set is kept
 * only when it is faster by more than the comparison's own noise: calls go on until a 95%
 * interval of the tuned/default ratio (a seeded bootstrap of the per-call ratios,
 * `ratioInterval`) excludes 1, at most `CONFIRM_MAX_CALLS` of each; a regime whose interval
 * still holds 1, or lies above it, keeps the default kernels (`decide`, `confirm`). Then, where
 * the candidates carry a stage-kernel build, each regime's kernels as confirmed race stage
 * kernels (one dispatch per stage) the same way, and stage kernels are chosen for the regime only
 * where the interval of their ratio lies below 1 (`AdapterTuning.stageKernels`).
 */
import type { AdapterIdentity, WgslPlan } from '@ranetc/runtime';
import type { Weights } from '@ranetc/runtime';
import { storedWeights, writePackedWeights } from '@ranetc/runtime';
import { createWebGpuModel } from '@ranetc/runtime';
import type { CompiledModel } from '@ranetc/runtime';
import type { AdapterTuning, Confirmation, LayerTuning, StageChoice } from './file.ts';
import { interleaved, median, ratioInterval, wallTime } from '../timing/timing.ts';
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
  /**
   * The network with stage kernels for every chunk (`kernels.stageKernels: 'always'`), timed
   * against each regime's kernels; absent where the schedule cannot run them or not asked for.
   */
  readonly stage?: WgslPlan;
}

/** A variant per layer shape: what a regime's network is compiled with. */
export type ChosenVariants = Record<string, LayerTuning['variant']>;

/**
 * Which build a timed call runs: a regime's confirmation races `default` and `tuned`; its choice
 * of kernels races `dispatches` (the regime's kernels as confirmed) and `stage` (stage kernels).
 */
export type Build = 'default' | 'tuned' | 'dispatches' | 'stage';

export interface TuneOptions {
  /**
   * The whole network compiled with `variants` (every other shape its default) and the
   * candidates' `features`: `tuneSpec` compiles it; a page asks whoever compiled its candidates.
   */
  readonly planWith: (variants: ChosenVariants, features: readonly Feature[]) => WgslPlan | Promise<WgslPlan>;
  /** Timed `classify` calls per round and batch, after a warm-up (default 3). */
  readonly reps?: number;
  /**
   * Interleaved whole-network calls of each build in a regime's confirmation before its interval
   * may end it (default `CONFIRM_MIN_CALLS`); it ends at `CONFIRM_MAX_CALLS` in any case.
   */
  readonly confirmCalls?: number;
  /**
   * Times one confirmation call, ms (default: the wall time of `call`); tests inject one to
   * decide the outcome without real timing.
   */
  readonly time?: (call: () => Promise<unknown>, build: Build, batch: number) => Promise<number>;
  /**
   * The time (ms) of shape `shape` in one timed call of the search (round `round`, batch
   * `batch`), given the one measured with timestamp queries (default: that one); tests inject
   * synthetic times.
   */
  readonly searchTime?: (measured: number, shape: string, round: number, batch: number) => number;
  /** Called after each round and batch, and each regime's confirmation: steps done, steps in all. */
  readonly progress?: (done: number, total: number) => void;
}

/**
 * Calls of each build before a confirmation may end: a bootstrap of fewer ratios is too coarse
 * (with 3, all three below 1 by chance happens one time in eight).
 */
export const CONFIRM_MIN_CALLS = 8;

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
  const total = rounds.length * batches.length + batches.length * (candidates.stage === undefined ? 1 : 2);
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
          const timed = options.searchTime;
          calls.push(
            timed === undefined ? sums : new Map([...sums].map(([k, ms]) => [k, timed(ms, k, r, b)])),
          );
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

  // The confirmation: per regime, the chosen set against the default on the whole network; then
  // the regime's kernels as confirmed against stage kernels, where the candidates have them.
  const minCalls = Math.min(options.confirmCalls ?? CONFIRM_MIN_CALLS, CONFIRM_MAX_CALLS);
  const time = options.time ?? ((call: () => Promise<unknown>) => wallTime(call, 0));
  /** Two builds' interleaved calls at batch `b` until the interval of their ratio excludes 1. */
  const race = (
    models: readonly [CompiledModel, CompiledModel],
    builds: readonly [Build, Build],
    b: number,
  ): Promise<number[][]> => {
    const images = normals(b * candidates.inputSize, b);
    // Round r starts with build r mod 2, so that a drift in the machine's speed falls on both.
    return interleaved(
      models.map((m) => () => m.classify(images)),
      {
        rotate: true,
        time: (call, i) => time(call, builds[i], b),
        more: ([d, t], calls) =>
          calls < CONFIRM_MAX_CALLS &&
          (calls < minCalls || excludes1(ratioInterval(ratios(d, t))) === undefined),
      },
    );
  };
  const confirmed: Confirmation[] = [];
  const staged: StageChoice[] = [];
  const defaults = rounds[0];
  const defaultOf = new Map(shapes.map((s) => [s.shape, s.variants[0]]));
  const load = async (plan: WgslPlan, what: string): Promise<CompiledModel> => {
    if (JSON.stringify(plan.weights) !== layout)
      throw new Error(`${candidates.model}: ${what} lays the weights out differently from round 0`);
    return createWebGpuModel(device, plan, writePackedWeights(plan, packed));
  };
  // The default build serves every regime's confirmation, the stage build every regime's race:
  // each compiled once, on first need.
  let base: CompiledModel | undefined;
  let stage: CompiledModel | undefined;
  try {
    for (const b of batches) {
      const chosen = searched.filter((l) => l.batch === b);
      let tuned: CompiledModel | undefined;
      try {
        if (chosen.some((l) => !same(l.variant, defaultOf.get(l.shape)!))) {
          const plan = await options.planWith(
            Object.fromEntries(chosen.map((l) => [l.shape, l.variant])),
            candidates.features,
          );
          base ??= await load(defaults, 'round 0');
          tuned = await load(plan, `the tuned plan of batch ${b}`);
          const [d, t] = await race([base, tuned], ['default', 'tuned'], b);
          const c = decide(b, d, t);
          confirmed.push(c);
          if (c.kept === 'default') {
            tuned.destroy();
            tuned = undefined;
          }
        }
        options.progress?.(++done, total);
        if (candidates.stage !== undefined) {
          base ??= await load(defaults, 'round 0');
          stage ??= await load(candidates.stage, 'the stage-kernel plan');
          const [d, t] = await race([tuned ?? base, stage], ['dispatches', 'stage'], b);
          const { ratioInterval: interval, kept, defaultMs, tunedMs, calls } = decide(b, d, t);
          staged.push({
            batch: b,
            dispatchesMs: defaultMs,
            stageMs: tunedMs,
            calls,
            ratioInterval: interval!,
            kept: kept === 'tuned' ? 'stage' : 'dispatches',
          });
          options.progress?.(++done, total);
        }
      } finally {
        tuned?.destroy();
      }
    }
  } finally {
    base?.destroy();
    stage?.destroy();
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
      staged,
    ),
    searched,
    seconds: (performance.now() - started) / 1000,
    rounds: rounds.length,
  };
}

/** Candidates' variants are canonical (`tuneCandidates`), so equal ones print alike. */
const same = (a: LayerTuning['variant'], b: LayerTuning['variant']): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** Per call, the tuned build's time over the default's of the same round. */
const ratios = (defaults: readonly number[], tuned: readonly number[]): number[] =>
  tuned.map((t, i) => t / defaults[i]);

/** Which side of 1 an interval lies on: below (`tuned` faster), above, or neither (holds 1). */
const excludes1 = ([lo, hi]: readonly [number, number]): 'below' | 'above' | undefined =>
  hi < 1 ? 'below' : lo > 1 ? 'above' : undefined;

/**
 * A regime's confirmation from its interleaved calls (ms, call i of each build from the same
 * round): the medians, and the chosen set kept only when the 95% interval of the per-call ratio
 * tuned/default (`ratioInterval`) lies below 1.
 */
export function decide(batch: number, defaults: readonly number[], tuned: readonly number[]): Confirmation {
  if (defaults.length !== tuned.length || defaults.length === 0)
    throw new Error(
      `confirmation of batch ${batch}: ${defaults.length} default and ${tuned.length} tuned calls`,
    );
  const [lo, hi] = ratioInterval(ratios(defaults, tuned));
  return {
    batch,
    defaultMs: median(defaults),
    tunedMs: median(tuned),
    calls: defaults.length,
    ratioInterval: [lo, hi],
    kept: excludes1([lo, hi]) === 'below' ? 'tuned' : 'default',
  };
}

/**
 * The tuning as confirmed: every layer of a regime that kept the default records its default
 * variant (at its default's time), so that `build --tuning` compiles that regime to the default
 * kernels while `regimeFor` still sends the chunks of its size there (dropping the regime would
 * send them to another regime's kernels, confirmed at another batch); the features are those
 * the kept variants need; `confirmed` records each timed regime, `stageKernels` each regime's
 * race against stage kernels.
 */
export function confirm(
  tuning: Omit<AdapterTuning, 'features' | 'confirmed' | 'stageKernels'>,
  candidates: Pick<TuneCandidates, 'shapes' | 'features'>,
  confirmed: readonly Confirmation[],
  staged: readonly StageChoice[] = [],
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
    ...(staged.length === 0 ? {} : { stageKernels: [...staged] }),
  };
}
