import type { GatherKernel } from '../../kernels/types.ts';
import type { CudaKernel, CudaLaunch, CudaPlan, CudaStage } from '../../runtime/cuda-plan.ts';
import type { ControlLayout, OutputLayout, WgslPlan } from '../../runtime/plan.ts';
import type { EmitInput } from '../wgsl/emit.ts';
import { emitWgsl } from '../wgsl/emit.ts';
import type { Addressing } from '../wgsl/kernels.ts';
import { gatherParams } from '../wgsl/kernels.ts';
import type { CudaKernelSpec } from './kernels.ts';
import { cudaKernelSpec } from './kernels.ts';
import { renderCuda } from './templates.ts';
import { kernelFlops } from '../../kernels/flops.ts';
import { CounterSlots } from '../counters.ts';

export interface CudaEmitted {
  readonly plan: CudaPlan;
  /** The model's CUDA C++ source: every kernel, `extern "C"`. */
  readonly source: string;
}

/** PTX targets built by default: Ampere (A100) and Hopper (H100); PTX JIT-compiles forward. */
export const CUDA_ARCHS = [80, 90] as const;

interface Rendered {
  readonly template: string;
  readonly specialization: object;
  readonly params: readonly string[];
  readonly threads: number;
  readonly cooperative: boolean;
  readonly context: object;
}

/**
 * Emits the CUDA plan and source of a kernel program. The target-independent part of the plan
 * (inputs, weights layout, control and output words, arena) is the WGSL plan's, so both
 * runtimes read results the same way; the kernels, argument structs and launches are CUDA's.
 * A launch's `count_at` is the control word holding its active count: stage s's kernels read
 * counts[s] (set by the host for s = 0, by exit s - 1 otherwise), the gathers after exit s read
 * counts[s + 1].
 */
export function emitCuda(input: EmitInput): CudaEmitted {
  const base: WgslPlan = emitWgsl({ ...input, counters: false });
  const { program, memory, maxBatch } = input;
  const slots = input.counters ? new CounterSlots(base.output) : undefined;
  const flops = slots === undefined ? [] : kernelFlops(input.graph, program);
  const weightAt = new Map(base.weights.tensors.map((t) => [t.name, t.offset]));
  const at: Addressing = {
    base: (v) => memory.offsets[v.buffer] * maxBatch + v.offset * v.height * v.width,
    sampleStride: (v) => v.channels * v.height * v.width,
    weight: (name) => {
      const offset = weightAt.get(name);
      if (offset === undefined) throw new Error(`parameter ${name} has no place in the weights buffer`);
      return offset;
    },
    maxBatch,
    classes: program.classes,
  };

  const kernels: CudaKernel[] = [];
  const bodies: string[] = [];
  const byCode = new Map<string, number>();
  const kernelOf = (r: Rendered): number => {
    const key = renderCuda(r.template as never, { ...r.context, name: 'KERNEL' });
    let index = byCode.get(key);
    if (index === undefined) {
      index = kernels.length;
      const name = `${r.template.replace(/-/g, '_')}_${index}`;
      kernels.push({ name, threads: r.threads, cooperative: r.cooperative, params: r.params });
      bodies.push(renderCuda(r.template as never, { ...r.context, name }).trimEnd());
      byCode.set(key, index);
    }
    return index;
  };

  const stages: CudaStage[] = program.stages.map((stage, s) => ({
    exit: stage.exit,
    // A gather of nothing (a live buffer none of whose channels are written yet) would have
    // no blocks, and CUDA rejects an empty grid: drop it.
    launches: stage.kernels
      .map((k, i) => [k, i] as const)
      .filter(([k]) => k.kind !== 'gather' || k.perSample > 0)
      .map(([k, i]): CudaLaunch => {
        if (k.kind === 'exit') {
          const r = exitRendered(k.exit, k.last, k.logits.count, s, base.control, base.output, maxBatch);
          return {
            kernel: kernelOf(r),
            label: k.name,
            params: [at.base(k.logits), at.sampleStride(k.logits)],
            grid: { kind: 'single' },
          };
        }
        const countAt = base.control.counts + (k.kind === 'gather' ? s + 1 : s);
        const spec =
          k.kind === 'gather'
            ? gatherSpec(k, program.buffers[k.from].perSample, at, base.control)
            : cudaKernelSpec(k, at);
        const counter = slots?.add({
          label: k.name,
          stage: k.kind === 'gather' ? s + 1 : s,
          blocksPerSample: spec.blocksPerSample,
          flops: flops[s][i],
        });
        const params = [
          ['count_at', countAt] as const,
          ...spec.params,
          ...(counter === undefined ? [] : [['counter', counter] as const]),
        ];
        const r: Rendered = {
          template: spec.template,
          specialization: spec.specialization,
          params: params.map(([n]) => n),
          threads: spec.threads,
          cooperative: spec.cooperative,
          context: {
            ...spec.specialization,
            label: `${spec.template} ${JSON.stringify(spec.specialization)}`,
            params: params.map(([n]) => n),
            counted: counter !== undefined,
          },
        };
        return {
          kernel: kernelOf(r),
          label: k.name,
          params: params.map(([, v]) => v),
          grid: { kind: 'perSample', x: spec.blocksPerSample },
        };
      }),
  }));

  const plan: CudaPlan = {
    format: base.format,
    target: 'cuda',
    precision: 'f32',
    name: base.name,
    classes: base.classes,
    exits: base.exits,
    maxBatch: base.maxBatch,
    input: base.input,
    ...(base.normalize === undefined ? {} : { normalize: base.normalize }),
    exitFlops: base.exitFlops,
    arenaElements: base.arenaElements,
    weights: base.weights,
    control: base.control,
    output: base.output,
    kernels,
    stages,
    archs: [...CUDA_ARCHS],
    ...slots?.layout(),
  };
  return { plan, source: renderCuda('module', { model: program.name, kernels: bodies }) };
}

function gatherSpec(k: GatherKernel, stride: number, at: Addressing, control: ControlLayout): CudaKernelSpec {
  return {
    template: 'gather',
    specialization: { perSample: k.perSample, source: control.source },
    params: gatherParams(k, stride, at),
    threads: 256,
    blocksPerSample: Math.ceil(k.perSample / 256),
    cooperative: false,
  };
}

function exitRendered(
  exit: number,
  last: boolean,
  classes: number,
  stage: number,
  control: ControlLayout,
  output: OutputLayout,
  maxBatch: number,
): Rendered {
  const params = ['out_base', 'out_stride'];
  return {
    template: 'exit',
    specialization: { exit, last, classes },
    params,
    threads: 256,
    cooperative: true,
    context: {
      label: `exit ${exit}`,
      params,
      exit,
      last,
      classes,
      countAt: control.counts + stage,
      nextCountAt: control.counts + stage + 1,
      thresholdAt: control.thresholds + stage,
      idsIn: control.ids[stage % 2],
      idsOut: control.ids[(stage + 1) % 2],
      sourceAt: control.source,
      finalAt: output.final,
      perExitAt: output.perExit + 2 * maxBatch * stage,
      logitsAt: output.logits + maxBatch * classes * stage,
    },
  };
}
