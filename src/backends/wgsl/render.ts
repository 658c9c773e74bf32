import type { Dispatch, PipelineSource, StageDispatches, WgslPlan } from '@ranetc/runtime';
import { planHead } from '../../schedule/schedule.ts';
import type { ExitDesc, Launch, Schedule } from '../../schedule/types.ts';
import type { KernelOptions, KernelSpec } from './kernels.ts';
import { kernelSpec } from './kernels.ts';
import { LIMITS } from './limits.ts';
import { render } from './templates.ts';
import { CounterSlots } from '../counters.ts';

export interface WgslOptions {
  /** Storage precision of activations and weights (kernels compute in f32); f16 needs `shader-f16`. */
  readonly precision: 'f32' | 'f16';
  readonly kernels?: KernelOptions;
  /** Kernels that count the work they execute (see `CountersLayout`). */
  readonly counters?: boolean;
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
    { launch: Launch; spec: KernelSpec; segment: number; slot: number } | { launch: Launch; exit: ExitDesc };
  const pending: Pending[][] = schedule.stages.map((stage) =>
    stage.launches.map((launch) => {
      const k = launch.kernel;
      if (k.kind === 'exit') return { launch, exit: k };
      if (launch.grid.kind !== 'perSample') throw new Error(`${launch.label}: expected a per-sample grid`);
      const spec = kernelSpec(k, options.kernels);
      const segment = launch.grid.countAt - control.counts;
      segments[segment].push(spec.workgroupsPerSample);
      return { launch, spec, segment, slot: segments[segment].length - 1 };
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
      const counter = slots?.add({
        label: launch.label,
        stage: item.segment,
        blocksPerSample: spec.workgroupsPerSample,
        flops: launch.flops,
      });
      if (counter !== undefined) {
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
        label: launch.label,
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
  return {
    ...planHead(schedule, 'wgsl', options.precision),
    pipelines,
    stages,
    paramsStride: LIMITS.uniformOffsetAlignment,
    ...slots?.layout(),
  };
}
