/**
 * The compiler's half of `ranetc tune`: which kernel variants to time for each distinct shape of
 * a spec's convolutions, conv-resizes and heads, and the plan of every round. Candidates per
 * shape are the default, the nearest member of each other kind or feature group, then the
 * default's nearest neighbours (`candidates`), up to `budget`; round r builds the model with the
 * r-th candidate of every shape at once (shapes with fewer candidates get their default). The
 * result is plain data, so that the search (`tune`, which needs only the runtime) can take it to
 * a page.
 */
import { compile } from '../compile.ts';
import { chooseVariant } from '../backends/wgsl/kernels.ts';
import { stageKernelsUnfit } from '../backends/wgsl/stage.ts';
import type { DeviceFeature, KernelVariant, TunableKernel } from '../backends/wgsl/variants.ts';
import {
  canonical,
  kernelFamily,
  sameVariant,
  shapeKey,
  variantFeatures,
} from '../backends/wgsl/variants.ts';
import type { AdapterIdentity, WgslPlan } from '@ranetc/runtime';
import type { Weights } from '@ranetc/runtime';
import type { Spec } from '../spec/types.ts';
import type { ChosenVariants, TuneCandidates, TuneOptions, TuneResult } from './tune.ts';
import { tune } from './tune.ts';

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

export interface CandidateOptions {
  /** Candidates per layer shape, the default included (default 8). */
  readonly budget?: number;
  /** Batch regimes (default 1 and the spec's maxBatch). */
  readonly batches?: readonly number[];
  /**
   * Device features the candidates may use (default none; `tuneSpec`: the device's `subgroups`,
   * when it has them; `shader-f16` arithmetic, which rounds more, only when asked for).
   */
  readonly features?: readonly DeviceFeature[];
  /**
   * Whether each regime's kernels race stage kernels (default true; nothing to race where the
   * schedule cannot run them, `stageKernelsUnfit`).
   */
  readonly stageKernels?: boolean;
}

/** Every round's plan for tuning `spec`'s convolutions, conv-resizes and heads. */
export function tuneCandidates(spec: Spec, options: CandidateOptions = {}): TuneCandidates {
  const budget = options.budget ?? 8;
  const features = options.features ?? [];
  const base = compile(spec, { target: 'wgsl' });
  const dispatches: { stage: number; index: number; shape: string }[] = [];
  const shapes = new Map<string, TunableKernel>();
  base.schedule.stages.forEach((stage, s) =>
    stage.launches.forEach((l, i) => {
      if (l.kernel.kind !== 'conv' && l.kernel.kind !== 'linear') return;
      const shape = shapeKey(l.kernel);
      dispatches.push({ stage: s, index: i, shape });
      shapes.set(shape, l.kernel);
    }),
  );
  const lists = [...shapes].map(([shape, k]) => {
    const variants = candidates(k, budget, features).map(canonical);
    return { shape, variants, needs: variants.map(variantFeatures) };
  });
  const count = Math.max(1, ...lists.map((l) => l.variants.length));
  const rounds = Array.from({ length: count }, (_, r) => {
    const convVariants = Object.fromEntries(
      lists.filter((l) => r < l.variants.length).map((l) => [l.shape, l.variants[r]]),
    );
    return compile(spec, { target: 'wgsl', kernels: { convVariants, features } }).plan;
  });
  const stage =
    options.stageKernels === false || stageKernelsUnfit(base.schedule) !== undefined
      ? undefined
      : compile(spec, { target: 'wgsl', kernels: { stageKernels: 'always' } }).plan;
  return {
    model: spec.name,
    // A tf32 spec is CUDA's: compiling its WGSL candidates above has refused it already.
    precision: spec.target.precision === 'tf32' ? 'f32' : spec.target.precision,
    inputSize: spec.input.channels * spec.input.height * spec.input.width,
    batches: [...new Set(options.batches ?? [1, spec.target.maxBatch])],
    shapes: lists,
    features,
    dispatches,
    rounds,
    ...(stage === undefined ? {} : { stage }),
  };
}

/**
 * `spec`'s plan with `variants` (a variant per layer shape, every other its default) on a device
 * with `features`: a regime's network as the search confirms it and `build --tuning` builds it.
 */
export const planWith = (
  spec: Spec,
  variants: ChosenVariants,
  features: readonly DeviceFeature[],
): WgslPlan => compile(spec, { target: 'wgsl', kernels: { convVariants: variants, features } }).plan;

/**
 * Tunes `spec` on `device` (which needs `timestamp-query`): the candidates, then the search and
 * its confirmation, each regime's chosen network compiled here.
 */
export async function tuneSpec(
  spec: Spec,
  weights: Weights,
  device: GPUDevice,
  adapter: AdapterIdentity,
  options: CandidateOptions & Omit<TuneOptions, 'planWith'> = {},
): Promise<TuneResult> {
  const started = performance.now();
  const features = options.features ?? (device.features.has('subgroups') ? (['subgroups'] as const) : []);
  const result = await tune(tuneCandidates(spec, { ...options, features }), weights, device, adapter, {
    ...options,
    planWith: (variants, f) => planWith(spec, variants, f),
  });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}
