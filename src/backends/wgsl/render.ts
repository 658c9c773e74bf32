import type { BatchRegime, Dispatch, PipelineSource, StageDispatches, WgslPlan } from '@ranetc/runtime';
import { planHead } from '../../schedule/schedule.ts';
import type { ExitDesc, Launch, Schedule } from '../../schedule/types.ts';
import type { KernelOptions, KernelSpec } from './kernels.ts';
import { kernelSpec } from './kernels.ts';
import { LIMITS } from './limits.ts';
import type { GemmVariant } from './variants.ts';
import { gpuConvVariant, shapeKey } from './variants.ts';
import { render } from './templates.ts';
import { CounterSlots } from '../counters.ts';
import type { StageCounter } from './stage.ts';
import { stageKernel, stageKernelsUnfit, stageParams, stageParamVectors } from './stage.ts';

export interface WgslOptions {
  /** Storage precision of activations and weights (kernels compute in f32); f16 needs `shader-f16`. */
  readonly precision: 'f32' | 'f16';
  readonly kernels?: KernelOptions;
  /** Kernels that count the work they execute (see `CountersLayout`). */
  readonly counters?: boolean;
  /** Where split-K convolutions keep their partial products (arena elements; `kernelSpec`). */
  readonly scratchAt?: number;
}

type Pipeline = (label: string, code: string, bindings: PipelineSource['bindings']) => number;

/**
 * Renders a schedule as a WGSL plan: pipelines (deduplicated by code), one dispatch per launch
 * with its parameter block, and the indirect dispatch slots that each exit kernel fills for the
 * dispatches after it. Segment s holds the per-sample dispatches that count word s sizes: the
 * gathers after exit s - 1 and the kernels of stage s.
 */
export function renderWgsl(schedule: Schedule, options: WgslOptions): WgslPlan {
  const { control } = schedule.model;
  const f16 = options.precision === 'f16';
  const slots = options.counters ? new CounterSlots(schedule.model.output) : undefined;
  const segments: number[][] = schedule.stages.map(() => []);
  type Pending =
    | { launch: Launch; spec: KernelSpec; segment: number; slot: number; then: boolean }
    | { launch: Launch; exit: ExitDesc };
  // A launch whose kernel has a second pass (`KernelSpec.then`) is two dispatches.
  const pending: Pending[][] = schedule.stages.map((stage) =>
    stage.launches.flatMap((launch): Pending[] => {
      const k = launch.kernel;
      if (k.kind === 'exit') return [{ launch, exit: k }];
      if (launch.grid.kind !== 'perSample') throw new Error(`${launch.label}: expected a per-sample grid`);
      const first = kernelSpec(k, options.kernels, options.scratchAt);
      const segment = launch.grid.countAt - control.counts;
      return [first, ...(first.then === undefined ? [] : [first.then])].map((spec, i) => {
        segments[segment].push(spec.workgroupsPerSample);
        return { launch, spec, segment, slot: segments[segment].length - 1, then: i > 0 };
      });
    }),
  );
  const argsBase: number[] = [];
  segments.reduce((base, seg, s) => ((argsBase[s] = base), base + seg.length), 0);

  const pipelines: PipelineSource[] = [];
  const pipelineOf = new Map<string, number>();
  const pipeline: Pipeline = (label, code, bindings) => {
    let index = pipelineOf.get(code);
    if (index === undefined) {
      index = pipelines.length;
      pipelines.push({ label, code, bindings });
      pipelineOf.set(code, index);
    }
    return index;
  };
  /** Where each launch counts (builds with counters), for the stage kernels to count there too. */
  const counterOf: (StageCounter | undefined)[][] = schedule.stages.map(() => []);
  const stages: StageDispatches[] = pending.map((list, s) => {
    const dispatches: Dispatch[] = list.map((item, i): Dispatch => {
      const { launch } = item;
      const names = launch.params.map(([n]) => n);
      const params = launch.params.map(([, v]) => v);
      if ('exit' in item) {
        const next = item.exit.last ? [] : segments[s + 1];
        const code = render('exit', {
          label: `exit ${item.exit.exit}`,
          f16,
          params: names,
          control: true,
          exit: item.exit.exit,
          last: item.exit.last,
          classes: item.exit.classes,
          maxBatch: schedule.model.maxBatch,
          counted: false,
          ...item.exit.words,
          nextArgs: next.map((x) => `${x}u`).join(', '),
          nextArgsCount: next.length,
          nextArgsBase: item.exit.last ? 0 : argsBase[s + 1],
        });
        return {
          pipeline: pipeline(`exit${item.exit.exit}`, code, 'exit'),
          label: launch.label,
          params,
          grid: { kind: 'single' },
          ...(launch.weights === undefined ? {} : { weights: launch.weights }),
        };
      }
      const { spec } = item;
      const counter = slots?.add({
        label: launch.label,
        stage: item.segment,
        blocksPerSample: spec.workgroupsPerSample,
        flops: launch.flops,
      });
      if (counter !== undefined) {
        counterOf[s][i] = { at: counter, blocks: spec.workgroupsPerSample };
        names.push('counter');
        params.push(counter);
      }
      const code = render(spec.template, {
        ...spec.values,
        ...spec.specialization,
        f16,
        label: `${spec.template} ${JSON.stringify(spec.specialization)}`,
        params: names,
        control: spec.control,
        counted: counter !== undefined,
      });
      return {
        pipeline: pipeline(spec.template, code, spec.control ? 'control' : 'basic'),
        label: item.then ? `${launch.label} (sum of K splits)` : launch.label,
        params,
        grid: {
          kind: 'perSample',
          x: spec.workgroupsPerSample,
          argsSlot: argsBase[item.segment] + item.slot,
        },
        ...(launch.weights === undefined ? {} : { weights: launch.weights }),
      };
    });
    return { exit: schedule.stages[s].exit, dispatches, argsX: segments[s], argsBase: argsBase[s] };
  });
  const plan: WgslPlan = {
    ...planHead(schedule, 'wgsl', options.precision),
    pipelines,
    stages,
    paramsStride: LIMITS.uniformOffsetAlignment,
    ...slots?.layout(),
  };
  return withGpuKernels(
    withStageKernels(plan, schedule, options, slots === undefined ? undefined : counterOf),
    schedule,
    options,
  );
}

/**
 * The plan with its GPU default kernels (`WgslPlan.gpu`, `KernelOptions.gpuKernels`): its own
 * regimes but the largest, and at `maxBatch` every convolution (conv-resizes included) as
 * implicit GEMM with the tile of `gpuConvVariant` for that batch (heads their defaults), K split
 * where it says so (f32 storage: a second dispatch adds the splits, whose partial products lie
 * past the arena's end; the set's `arenaElements` makes room for the largest).
 * Pipelines the two share are stored once. Not in builds with counters (see below).
 */
function withGpuKernels(plan: WgslPlan, schedule: Schedule, options: WgslOptions): WgslPlan {
  const k = options.kernels ?? {};
  const { maxBatch } = schedule.model;
  if ((k.gpuKernels ?? 'auto') === 'never' || maxBatch < 2) return plan;
  if (k.convVariants !== undefined || k.randomVariants !== undefined) return plan;
  // A counting build's counter layout holds each dispatch's workgroups per sample, which differ
  // between the kernel sets: it runs today's kernels on every adapter.
  if (options.counters === true) return plan;
  // Split K keeps its partial products in f32 past the arena's end, within one binding.
  const scratchAt = Math.ceil(plan.arenaElements / 4) * 4;
  const room = LIMITS.storageBinding / 4 - scratchAt;
  const convVariants: Record<string, GemmVariant> = {};
  let scratch = 0;
  for (const stage of schedule.stages)
    for (const l of stage.launches)
      if (l.kernel.kind === 'conv') {
        let v = gpuConvVariant(l.kernel, maxBatch, options.precision === 'f32');
        if (v === undefined) continue;
        const { oh, ow } = l.kernel.shape;
        const needs = (v.splitK ?? 0) * l.kernel.cout * maxBatch * oh * ow;
        if (needs > room) v = { kind: 'gemm', tm: v.tm, tn: v.tn, rm: v.rm, buffers: v.buffers };
        else scratch = Math.max(scratch, needs);
        convVariants[shapeKey(l.kernel)] = v;
      }
  const large = renderWgsl(schedule, {
    ...options,
    kernels: { ...k, convVariants, stageKernels: 'never' },
    scratchAt,
  });
  const small = (plan.regimes ?? []).filter((r) => r.batch < maxBatch);
  const pipelines: PipelineSource[] = [];
  const index = new Map<string, number>();
  sharedPipelines(pipelines, index, plan);
  const stages = sharedPipelines(pipelines, index, large);
  const regimes: BatchRegime[] = [
    ...(small.length > 0 ? small : [{ batch: 1, stages: plan.stages }]),
    { batch: maxBatch, stages },
  ];
  return {
    ...plan,
    gpu: { pipelines, regimes, ...(scratch === 0 ? {} : { arenaElements: scratchAt + scratch }) },
  };
}

/**
 * Adds `plan`'s pipelines to `pipelines` (`index`: each one's position by bindings and code),
 * each once, and returns its stages with their dispatches indexing `pipelines`.
 */
export function sharedPipelines(
  pipelines: PipelineSource[],
  index: Map<string, number>,
  plan: Pick<WgslPlan, 'pipelines' | 'stages'>,
): StageDispatches[] {
  const at = plan.pipelines.map((p) => {
    const key = `${p.bindings}\n${p.code}`;
    if (!index.has(key)) index.set(key, pipelines.push(p) - 1);
    return index.get(key)!;
  });
  return plan.stages.map((stage) => ({
    ...stage,
    dispatches: stage.dispatches.map((d) => ({ ...d, pipeline: at[d.pipeline] })),
  }));
}

/**
 * The plan with stage kernels (see `stage.ts`) as `KernelOptions.stageKernels` says: `never`
 * as it is; `always` only stage kernels (one dispatch per stage); `auto` (the default) stage
 * kernels for small chunks and today's dispatches for large ones, as two batch regimes: batch 1
 * and `maxBatch`, so that chunks of fewer than sqrt(maxBatch) inputs run stage kernels
 * (`regimeFor`; fewer than 8 at maxBatch 64). `auto` keeps today's build alone where stage
 * kernels cannot serve the schedule (weights bound as windows; `stageKernelsUnfit`).
 */
function withStageKernels(
  plan: WgslPlan,
  schedule: Schedule,
  options: WgslOptions,
  counters: readonly (readonly (StageCounter | undefined)[])[] | undefined,
): WgslPlan {
  const mode = options.kernels?.stageKernels ?? 'never';
  if (mode === 'never') return plan;
  const unfit = stageKernelsUnfit(schedule);
  if (unfit !== undefined) {
    if (mode === 'always') throw new Error(`${plan.name}: no stage kernels: ${unfit}`);
    return plan;
  }
  const only = mode === 'always' || schedule.model.maxBatch === 1;
  const pipelines = only ? [] : [...plan.pipelines];
  // Every stage binds a block of the largest stage's size, so that one pipeline serves them all.
  const vectors = Math.max(...schedule.stages.map(stageParamVectors));
  const pipeline =
    pipelines.push({
      label: 'stage',
      code: stageKernel(schedule.model, options.precision === 'f16', counters !== undefined, vectors),
      bindings: 'exit',
    }) - 1;
  const stages = schedule.stages.map((stage, s): StageDispatches => ({
    exit: stage.exit,
    dispatches: [
      {
        pipeline,
        label: `stage ${s}`,
        params: stageParams(stage, s, schedule.model, counters?.[s], vectors),
        grid: { kind: 'single' },
      },
    ],
    argsX: [],
    argsBase: 0,
  }));
  if (only) return { ...plan, pipelines, stages };
  return {
    ...plan,
    pipelines,
    regimes: [
      { batch: 1, stages },
      { batch: schedule.model.maxBatch, stages: plan.stages },
    ],
  };
}
