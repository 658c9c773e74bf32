import type { BatchRegime, Dispatch, PipelineSource, StageDispatches, WgslPlan } from '@ranetc/runtime';
import { planHead } from '../../schedule/schedule.ts';
import type { ConvDesc, ExitDesc, Launch, Schedule } from '../../schedule/types.ts';
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
}

/** The label suffix of a split-K convolution's second dispatch (the sum of its splits). */
export const SPLIT_SUM = ' (sum of K splits)';

type Pipeline = (label: string, code: string, bindings: PipelineSource['bindings']) => number;

/**
 * Renders a schedule as a WGSL plan: pipelines (deduplicated by code), one dispatch per launch
 * with its parameter block, and the indirect dispatch slots that each exit kernel fills for the
 * dispatches after it. Segment s holds the per-sample dispatches that count word s sizes: the
 * gathers after exit s - 1 and the kernels of stage s. Split-K convolutions (`gpuDefaultVariants`)
 * keep their partial products past the schedule's arena, which the plan's grows to hold.
 */
export function renderWgsl(schedule: Schedule, options: WgslOptions): WgslPlan {
  const { control, maxBatch } = schedule.model;
  const scratchAt = scratchStart(schedule);
  let scratch = 0;
  const f16 = options.precision === 'f16';
  const slots = options.counters ? new CounterSlots(schedule.model.output) : undefined;
  const segments: number[][] = schedule.stages.map(() => []);
  type Pending =
    | { launch: Launch; index: number; spec: KernelSpec; segment: number; slot: number; then: boolean }
    | { launch: Launch; exit: ExitDesc };
  // A launch whose kernel has a second pass (`KernelSpec.then`) is two dispatches.
  const pending: Pending[][] = schedule.stages.map((stage) =>
    stage.launches.flatMap((launch, index): Pending[] => {
      const k = launch.kernel;
      if (k.kind === 'exit') return [{ launch, exit: k }];
      if (launch.grid.kind !== 'perSample') throw new Error(`${launch.label}: expected a per-sample grid`);
      const first = kernelSpec(k, options.kernels, scratchAt);
      if (k.kind === 'conv' && first.then !== undefined)
        scratch = Math.max(scratch, scratchElements(k, first.then.specialization.splits as number, maxBatch));
      const segment = launch.grid.countAt - control.counts;
      return [first, ...(first.then === undefined ? [] : [first.then])].map((spec, i) => {
        segments[segment].push(spec.workgroupsPerSample);
        return { launch, index, spec, segment, slot: segments[segment].length - 1, then: i > 0 };
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
    const dispatches: Dispatch[] = list.map((item): Dispatch => {
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
      // A second pass counts its workgroups; its launch's FLOPs are the first's.
      const counter = slots?.add({
        label: item.then ? `${launch.label}${SPLIT_SUM}` : launch.label,
        stage: item.segment,
        blocksPerSample: spec.workgroupsPerSample,
        flops: item.then ? 0 : launch.flops,
      });
      if (counter !== undefined) {
        // By launch: a stage kernel counts a launch's first pass.
        if (!item.then) counterOf[s][item.index] = { at: counter, blocks: spec.workgroupsPerSample };
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
        label: item.then ? `${launch.label}${SPLIT_SUM}` : launch.label,
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
  const head = planHead(schedule, 'wgsl', options.precision);
  const plan: WgslPlan = {
    ...head,
    ...(scratch === 0 ? {} : { arenaElements: scratchAt + scratch }),
    pipelines,
    stages,
    paramsStride: LIMITS.uniformOffsetAlignment,
    ...slots?.layout(),
  };
  return withStageKernels(
    withGpuKernels(plan, schedule, options),
    schedule,
    options,
    slots === undefined ? undefined : counterOf,
  );
}

/**
 * The plan with its GPU default kernels (`WgslPlan.gpu`, `KernelOptions.gpuKernels`): its own
 * regimes but the largest, and at `maxBatch` every convolution (conv-resizes included) as
 * implicit GEMM with the tile of `gpuConvVariant` for that batch (heads their defaults), K split
 * where it says so (f32 storage: a second dispatch adds the splits, whose partial products lie
 * past the arena's end; the set's `arenaElements` makes room for the largest).
 * Pipelines the two share are stored once. Not in builds with counters (see below), nor where
 * stage kernels run every chunk (`stageKernels: 'always'`).
 */
function withGpuKernels(plan: WgslPlan, schedule: Schedule, options: WgslOptions): WgslPlan {
  const k = options.kernels ?? {};
  const { maxBatch } = schedule.model;
  if (withoutGpuKernels(options) || maxBatch < 2 || k.stageKernels === 'always') return plan;
  const large = renderWgsl(schedule, {
    ...options,
    kernels: { ...k, convVariants: gpuDefaultVariants(schedule, options.precision), stageKernels: 'never' },
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
  const arena = large.arenaElements > plan.arenaElements ? { arenaElements: large.arenaElements } : {};
  return { ...plan, gpu: { pipelines, regimes, ...arena } };
}

/**
 * Whether a build carries no kernels for GPU adapters by choice (neither the GPU default nor
 * `auto` stage kernels): `gpuKernels: never`, chosen variants (a tuning candidate, the sweep), or
 * counters (a counting build's counter layout holds each dispatch's workgroups per sample, which
 * differ between kernel sets: it runs today's kernels on every adapter).
 */
function withoutGpuKernels(options: WgslOptions): boolean {
  const k = options.kernels ?? {};
  return (
    k.gpuKernels === 'never' ||
    k.convVariants !== undefined ||
    k.randomVariants !== undefined ||
    options.counters === true
  );
}

/** Where split-K convolutions keep their partial products: past the schedule's arena. */
const scratchStart = (schedule: Schedule): number => Math.ceil(schedule.model.arenaElements / 4) * 4;

/** Elements a split-K convolution's partial products take at `maxBatch` (f32 words). */
const scratchElements = (k: ConvDesc, splits: number, maxBatch: number): number =>
  splits * k.cout * maxBatch * k.shape.oh * k.shape.ow;

/**
 * The GPU default's variant of each convolution at `maxBatch` (`gpuConvVariant`, by shape key),
 * K split only with f32 storage and where the partial products fit one storage binding with
 * the arena (else the same tile unsplit). `ranetc profile --gpu-default` builds with them.
 */
export function gpuDefaultVariants(
  schedule: Schedule,
  precision: WgslOptions['precision'],
): Record<string, GemmVariant> {
  const { maxBatch } = schedule.model;
  const room = LIMITS.storageBinding / 4 - scratchStart(schedule);
  const out: Record<string, GemmVariant> = {};
  for (const stage of schedule.stages)
    for (const l of stage.launches)
      if (l.kernel.kind === 'conv') {
        const v = gpuConvVariant(l.kernel, maxBatch, precision === 'f32');
        if (v === undefined) continue;
        const { splitK, ...whole } = v;
        out[shapeKey(l.kernel)] =
          splitK !== undefined && scratchElements(l.kernel, splitK, maxBatch) <= room ? v : whole;
      }
  return out;
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
 * as it is; `always` only stage kernels (one dispatch per stage, on every adapter:
 * such a plan has no GPU default kernels); `auto` (the default) the rule of docs/tuning.md: on CPU adapters
 * today's kernels (the plan's own, measured faster there: one workgroup runs on one core), on
 * other adapters stage kernels for small chunks, as the batch-1 regime of the GPU default kernels
 * (`WgslPlan.gpu`; chunks of fewer than sqrt(maxBatch) inputs, `regimeFor`), whose larger regime
 * stays as it was; not where the GPU default kernels are left out by choice (`gpuKernels:
 * never`, chosen variants, counters). Stage kernels cannot serve every schedule (weights bound as windows;
 * `stageKernelsUnfit`): `always` refuses it, `auto` keeps the plan as it was.
 */
function withStageKernels(
  plan: WgslPlan,
  schedule: Schedule,
  options: WgslOptions,
  counters: readonly (readonly (StageCounter | undefined)[])[] | undefined,
): WgslPlan {
  const mode = options.kernels?.stageKernels ?? 'auto';
  if (mode === 'never') return plan;
  const unfit = stageKernelsUnfit(schedule);
  if (unfit !== undefined) {
    if (mode === 'always') throw new Error(`${plan.name}: no stage kernels: ${unfit}`);
    return plan;
  }
  if (mode === 'auto' && withoutGpuKernels(options)) return plan;
  // Every stage binds a block of the largest stage's size, so that one pipeline serves them all.
  const vectors = Math.max(...schedule.stages.map(stageParamVectors));
  const source: PipelineSource = {
    label: 'stage',
    code: stageKernel(schedule.model, options.precision === 'f16', counters !== undefined, vectors),
    bindings: 'exit',
  };
  const stagesAt = (pipeline: number): StageDispatches[] =>
    schedule.stages.map((stage, s): StageDispatches => ({
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
  if (mode === 'always') return { ...plan, pipelines: [source], stages: stagesAt(0) };
  const { maxBatch } = schedule.model;
  const gpu = plan.gpu ?? { pipelines: plan.pipelines, regimes: [{ batch: maxBatch, stages: plan.stages }] };
  const small: BatchRegime = { batch: 1, stages: stagesAt(gpu.pipelines.length) };
  return {
    ...plan,
    gpu: {
      ...gpu,
      pipelines: [...gpu.pipelines, source],
      regimes: maxBatch === 1 ? [small] : [small, ...gpu.regimes.filter((r) => r.batch === maxBatch)],
    },
  };
}
