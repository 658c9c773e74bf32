/**
 * Dispatches per chunk: how many dispatches one `classify` chunk encodes in each batch regime
 * (batch 1 and maxBatch, the regimes `regimeFor` picks between), for the WGSL builds a spec can
 * run: today's kernels (what CPU adapters run), the default on other adapters with stage kernels
 * (`kernels.stageKernels: auto`), and stage kernels for every chunk. Counted from the plans: a
 * chunk encodes every stage's dispatches (later ones run on the count the exits leave).
 * `ranetc profile` and the bench print them.
 */
import type { WgslPlan } from '@ranetc/runtime';
import { regimeFor, regimesOf, withKernels } from '@ranetc/runtime';
import { compile } from '../compile.ts';
import type { Spec } from '../spec/types.ts';
import { stageKernelsUnfit } from '../backends/wgsl/stage.ts';

export interface DispatchCounts {
  /** Which build: `today`, `gpu-auto` (the default on GPU adapters with `stageKernels: auto`), `stage`. */
  readonly build: 'today' | 'gpu-auto' | 'stage';
  /** Per regime, by increasing batch: dispatches one chunk of that regime encodes. */
  readonly regimes: readonly { readonly batch: number; readonly dispatches: number }[];
}

/** Dispatches per chunk of `plan` (as it runs: its `regimes` where set) at each of `batches`. */
export function planDispatches(
  plan: WgslPlan,
  batches: readonly number[],
): { batch: number; dispatches: number }[] {
  const regimes = regimesOf(plan);
  return batches.map((batch) => {
    const r =
      regimes[
        regimeFor(
          regimes.map((x) => x.batch),
          batch,
        )
      ];
    return { batch, dispatches: r.stages.reduce((n, s) => n + s.dispatches.length, 0) };
  });
}

/**
 * `spec`'s WGSL builds (at `maxBatch`, default the spec's) and their dispatches per chunk at
 * batch 1 and maxBatch (stage kernels where they fit).
 */
export function dispatchCounts(spec: Spec, maxBatch = spec.target.maxBatch): DispatchCounts[] {
  const batches = [...new Set([1, maxBatch])];
  // The default build: today's kernels, with the set GPU adapters run (`stageKernels: auto`).
  const built = compile(spec, { target: 'wgsl', maxBatch });
  const rows: DispatchCounts[] = [{ build: 'today', regimes: planDispatches(built.plan, batches) }];
  if (stageKernelsUnfit(built.schedule) !== undefined) return rows;
  const stage = compile(spec, { target: 'wgsl', maxBatch, kernels: { stageKernels: 'always' } }).plan;
  return [
    ...rows,
    { build: 'gpu-auto', regimes: planDispatches(withKernels(built.plan, built.plan.gpu!), batches) },
    { build: 'stage', regimes: planDispatches(stage, batches) },
  ];
}

/** One line per build: `today 126 126 | gpu-auto 6 ...`, as the profile and the bench print it. */
export function formatDispatchCounts(rows: readonly DispatchCounts[]): string[] {
  const names = {
    today: "today's kernels (CPU adapters)",
    'gpu-auto': 'default on GPU adapters (stage kernels: auto)',
    stage: 'stage kernels for every chunk',
  } as const;
  return rows.map(
    (r) =>
      `  ${names[r.build].padEnd(46)}` +
      r.regimes
        .map((g) => `  batch ${String(g.batch).padStart(3)}: ${String(g.dispatches).padStart(4)}`)
        .join(''),
  );
}
