import type { Graph } from '../../ir/types.ts';
import type { MemoryPlan } from '../../kernels/memory.ts';
import type { ExitKernel, GatherKernel, KernelProgram, View } from '../../kernels/types.ts';
import type {
  ControlLayout,
  Dispatch,
  OutputLayout,
  PipelineSource,
  WgslPlan,
  StageDispatches,
} from '../../runtime/plan.ts';
import type { Addressing, KernelOptions, KernelSpec } from './kernels.ts';
import { gatherParams, kernelSpec } from './kernels.ts';
import { layoutWeights } from './layout.ts';
import { render } from './templates.ts';
import { kernelFlops } from '../../kernels/flops.ts';
import { CounterSlots } from '../counters.ts';

/** Uniform buffer offsets must be multiples of 256 bytes (WebGPU's default minUniformBufferOffsetAlignment). */
const PARAMS_STRIDE = 256;

export interface EmitInput {
  readonly graph: Graph;
  readonly program: KernelProgram;
  readonly memory: MemoryPlan;
  readonly maxBatch: number;
  readonly exitFlops: readonly number[];
  readonly normalize?: { readonly mean: readonly number[]; readonly std: readonly number[] };
  readonly kernels?: KernelOptions;
  /** Storage precision of activations and weights (kernels compute in f32); f16 needs `shader-f16`. */
  readonly precision?: 'f32' | 'f16';
  /** Build with executed-work counters (see `CountersLayout`); off by default. */
  readonly counters?: boolean;
}

function controlLayout(exits: number, maxBatch: number): ControlLayout {
  const counts = 0;
  const ids: [number, number] = [exits + 1, exits + 1 + maxBatch];
  const source = exits + 1 + 2 * maxBatch;
  const thresholds = source + maxBatch;
  return { words: thresholds + exits, counts, ids, source, thresholds };
}

function outputLayout(exits: number, maxBatch: number, classes: number): OutputLayout {
  const final = 0;
  const perExit = 3 * maxBatch;
  const logits = perExit + 2 * maxBatch * exits;
  return { words: logits + exits * maxBatch * classes, final, perExit, logits };
}

/**
 * Emits the WGSL execution plan of a kernel program: pipelines (deduplicated by
 * specialization), one dispatch per kernel with its parameter block, and the indirect
 * dispatch slots that each exit kernel fills for the kernels after it.
 */
export function emitWgsl(input: EmitInput): WgslPlan {
  const { graph, program, memory, maxBatch } = input;
  const exits = program.stages.length;
  const weights = layoutWeights(graph, program);
  const weightAt = new Map(weights.tensors.map((t) => [t.name, t.offset]));
  const at: Addressing = {
    base: (v: View) => memory.offsets[v.buffer] * maxBatch + v.offset * v.height * v.width,
    sampleStride: (v: View) => v.channels * v.height * v.width,
    weight: (name) => weightAt.get(name) ?? fail(`parameter ${name} has no place in the weights buffer`),
    maxBatch,
    classes: program.classes,
  };
  const control = controlLayout(exits, maxBatch);
  const output = outputLayout(exits, maxBatch, program.classes);
  const precision = input.precision ?? 'f32';
  const f16 = precision === 'f16';
  const slots = input.counters ? new CounterSlots(output) : undefined;
  const flops = slots === undefined ? [] : kernelFlops(graph, program);

  // Segment s: the per-sample dispatches whose count is set by exit s-1 (by the CPU for s = 0):
  // the gathers after exit s-1 and the kernels of stage s.
  const segments: number[][] = program.stages.map(() => []);
  type Pending = { spec: KernelSpec; label: string; segment: number; slot: number } | { exit: ExitKernel };
  const pending: Pending[][] = program.stages.map((stage, s) =>
    stage.kernels.map((k) => {
      if (k.kind === 'exit') return { exit: k };
      const segment = k.kind === 'gather' ? s + 1 : s;
      const spec =
        k.kind === 'gather'
          ? gatherSpec(k, program.buffers[k.from].perSample, at, control)
          : kernelSpec(k, at, input.kernels);
      segments[segment].push(spec.workgroupsPerSample);
      return { spec, label: k.name, segment, slot: segments[segment].length - 1 };
    }),
  );
  const argsBase: number[] = [];
  segments.reduce((base, seg, s) => ((argsBase[s] = base), base + seg.length), 0);

  const pipelines: PipelineSource[] = [];
  const pipelineOf = new Map<string, number>();
  const pipeline = (label: string, code: string, bindings: PipelineSource['bindings']): number => {
    let index = pipelineOf.get(code);
    if (index === undefined) {
      index = pipelines.length;
      pipelines.push({ label, code, bindings });
      pipelineOf.set(code, index);
    }
    return index;
  };

  const stages: StageDispatches[] = pending.map((list, s) => {
    const dispatches: Dispatch[] = list.map((item, i) => {
      if ('exit' in item)
        return exitDispatch(item.exit, s, at, control, output, segments, argsBase, f16, pipeline);
      const counter = slots?.add({
        label: item.label,
        stage: item.segment,
        blocksPerSample: item.spec.workgroupsPerSample,
        flops: flops[s][i],
      });
      const params =
        counter === undefined ? item.spec.params : [...item.spec.params, ['counter', counter] as const];
      const names = params.map(([n]) => n);
      const code = render(item.spec.template, {
        ...item.spec.specialization,
        f16,
        label: `${item.spec.template} ${JSON.stringify(item.spec.specialization)}`,
        params: names,
        control: item.spec.control,
        counted: counter !== undefined,
      });
      return {
        pipeline: pipeline(item.spec.template, code, item.spec.control ? 'control' : 'basic'),
        label: item.label,
        params: params.map(([, v]) => v),
        grid: {
          kind: 'perSample',
          x: item.spec.workgroupsPerSample,
          argsSlot: argsBase[item.segment] + item.slot,
        },
      };
    });
    return { exit: program.stages[s].exit, dispatches, argsX: segments[s], argsBase: argsBase[s] };
  });

  const inputView = program.input;
  return {
    format: 'ranetc-plan/1',
    target: 'wgsl',
    precision,
    name: program.name,
    classes: program.classes,
    exits,
    maxBatch,
    input: {
      channels: inputView.channels,
      height: inputView.height,
      width: inputView.width,
      base: at.base(inputView),
      sampleStride: at.sampleStride(inputView),
    },
    ...(input.normalize === undefined ? {} : { normalize: input.normalize }),
    exitFlops: input.exitFlops,
    arenaElements: memory.peak * maxBatch,
    weights,
    control,
    output,
    pipelines,
    stages,
    paramsStride: PARAMS_STRIDE,
    ...slots?.layout(),
  };
}

function gatherSpec(k: GatherKernel, stride: number, at: Addressing, control: ControlLayout): KernelSpec {
  return {
    template: 'gather',
    specialization: { perSample: k.perSample, source: control.source },
    params: gatherParams(k, stride, at),
    workgroupsPerSample: Math.ceil(k.perSample / 256),
    control: true,
  };
}

function exitDispatch(
  k: ExitKernel,
  stage: number,
  at: Addressing,
  control: ControlLayout,
  output: OutputLayout,
  segments: readonly number[][],
  argsBase: readonly number[],
  f16: boolean,
  pipeline: (label: string, code: string, bindings: PipelineSource['bindings']) => number,
): Dispatch {
  const next = k.last ? [] : segments[stage + 1];
  const maxBatch = at.maxBatch;
  const code = render('exit', {
    label: `exit ${k.exit}`,
    f16,
    params: ['out_base', 'out_stride'],
    control: true,
    counted: false,
    exit: k.exit,
    last: k.last,
    classes: k.logits.count,
    maxBatch,
    countAt: control.counts + stage,
    nextCountAt: control.counts + stage + 1,
    thresholdAt: control.thresholds + stage,
    idsIn: control.ids[stage % 2],
    idsOut: control.ids[(stage + 1) % 2],
    sourceAt: control.source,
    finalAt: output.final,
    perExitAt: output.perExit + 2 * maxBatch * stage,
    logitsAt: output.logits + maxBatch * k.logits.count * stage,
    nextArgs: next.map((x) => `${x}u`).join(', '),
    nextArgsCount: next.length,
    nextArgsBase: k.last ? 0 : argsBase[stage + 1],
  });
  return {
    pipeline: pipeline(`exit${k.exit}`, code, 'exit'),
    label: k.name,
    params: [at.base(k.logits), at.sampleStride(k.logits)],
    grid: { kind: 'single' },
  };
}

function fail(message: string): never {
  throw new Error(message);
}
