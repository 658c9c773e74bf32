/**
 * The compiler's half of `ranetc tune`: which convolution variants to time for each distinct
 * layer shape of a spec, and the plan of every round. Candidates per shape are the default and
 * its nearest neighbours in the family (one dimension changed first), up to `budget`; round r
 * builds the model with the r-th candidate of every shape at once (shapes with fewer candidates
 * get their default). The result is plain data, so that the search (`tune`, which needs only the
 * runtime) can take it to a page.
 */
import { compile } from '../compile.ts';
import { chooseConvVariant } from '../backends/wgsl/kernels.ts';
import type { ConvVariant } from '../backends/wgsl/variants.ts';
import { canonical, convFamily, convShapeKey, sameVariant } from '../backends/wgsl/variants.ts';
import type { AdapterIdentity } from '../runtime/plan.ts';
import type { Weights } from '../runtime/packed.ts';
import type { ConvDesc } from '../schedule/types.ts';
import type { Spec } from '../spec/types.ts';
import type { TuneCandidates, TuneOptions, TuneResult } from './tune.ts';
import { tune } from './tune.ts';

/** The default first, then the family by distance to it (fields that differ), in family order. */
export function candidates(k: ConvDesc, budget: number): ConvVariant[] {
  const first = chooseConvVariant(k);
  const fields = (v: ConvVariant): Record<string, unknown> => ({ ...canonical(v) });
  const distance = (v: ConvVariant): number => {
    const a = fields(first);
    const b = fields(v);
    if (a.kind !== b.kind) return 10;
    return Object.keys(a).filter((f) => a[f] !== b[f]).length;
  };
  const rest = convFamily(k)
    .filter((v) => !sameVariant(v, first))
    .map((v, i) => ({ v, d: distance(v), i }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .map((x) => x.v);
  return [first, ...rest].slice(0, Math.max(1, budget));
}

export interface CandidateOptions {
  /** Candidates per layer shape, the default included (default 8). */
  readonly budget?: number;
  /** Batch regimes (default 1 and the spec's maxBatch). */
  readonly batches?: readonly number[];
}

/** Every round's plan for tuning `spec`'s convolutions. */
export function tuneCandidates(spec: Spec, options: CandidateOptions = {}): TuneCandidates {
  const budget = options.budget ?? 8;
  const base = compile(spec, { target: 'wgsl' });
  const dispatches: { stage: number; index: number; shape: string }[] = [];
  const shapes = new Map<string, ConvDesc>();
  base.schedule.stages.forEach((stage, s) =>
    stage.launches.forEach((l, i) => {
      if (l.kernel.kind !== 'conv' || l.kernel.resize !== undefined) return;
      const shape = convShapeKey(l.kernel);
      dispatches.push({ stage: s, index: i, shape });
      shapes.set(shape, l.kernel);
    }),
  );
  const lists = [...shapes].map(([shape, k]) => ({
    shape,
    variants: candidates(k, budget).map(canonical),
  }));
  const count = Math.max(1, ...lists.map((l) => l.variants.length));
  const rounds = Array.from({ length: count }, (_, r) => {
    const convVariants = Object.fromEntries(
      lists.filter((l) => r < l.variants.length).map((l) => [l.shape, l.variants[r]]),
    );
    return compile(spec, { target: 'wgsl', kernels: { convVariants } }).plan;
  });
  return {
    model: spec.name,
    precision: spec.target.precision,
    inputSize: spec.input.channels * spec.input.height * spec.input.width,
    batches: [...new Set(options.batches ?? [1, spec.target.maxBatch])],
    shapes: lists,
    dispatches,
    rounds,
  };
}

/** Tunes `spec` on `device` (which needs `timestamp-query`): the candidates, then the search. */
export async function tuneSpec(
  spec: Spec,
  weights: Weights,
  device: GPUDevice,
  adapter: AdapterIdentity,
  options: CandidateOptions & TuneOptions = {},
): Promise<TuneResult> {
  const started = performance.now();
  const result = await tune(tuneCandidates(spec, options), weights, device, adapter, options);
  return { ...result, seconds: (performance.now() - started) / 1000 };
}
