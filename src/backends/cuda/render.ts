import type { CudaKernel, CudaLaunch, CudaPlan, CudaStage } from '@ranetc/runtime/node';
import { planHead } from '../../schedule/schedule.ts';
import type { Launch, Schedule } from '../../schedule/types.ts';
import type { CudaMath, TensorTile } from './kernels.ts';
import { cudaKernelSpec, defaultTensorTile } from './kernels.ts';
import { checkCudaLimits, LIMITS } from './limits.ts';
import type { CudaTemplate } from './templates.ts';
import { renderCuda } from './templates.ts';
import { CounterSlots } from '../counters.ts';

export interface CudaRendered {
  readonly plan: CudaPlan;
  /** The model's CUDA C++ source: every kernel, `extern "C"`. */
  readonly source: string;
}

interface Rendered {
  readonly template: CudaTemplate;
  readonly params: readonly string[];
  readonly threads: number;
  readonly cooperative: boolean;
  readonly context: object;
}

export interface CudaRenderOptions {
  /**
   * `f32`: f32 storage and arithmetic. `tf32`: f32 storage, convolutions on TF32 tensor cores.
   * `f16`: f16 storage, convolutions on FP16 tensor cores. Both accumulate in f32.
   */
  readonly precision: CudaMath;
  readonly counters: boolean;
  /** The tensor-core convolutions' block tile (default: defaultTensorTile for the oldest arch and maxBatch). */
  readonly tensorTile?: TensorTile;
}

/**
 * Renders a schedule as CUDA source and plan: kernels deduplicated by code, one launch per
 * schedule launch. A per-sample kernel takes `count_at` first, the control word holding its
 * active count; blocks at or past that count return at once.
 */
export function renderCudaModel(schedule: Schedule, options: CudaRenderOptions): CudaRendered {
  const { precision, counters } = options;
  const { arenaElements, maxBatch } = schedule.model;
  checkCudaLimits(arenaElements / maxBatch, maxBatch);
  const tensor =
    precision === 'f32'
      ? undefined
      : {
          math: precision,
          tile: options.tensorTile ?? defaultTensorTile(Math.min(...LIMITS.archs), maxBatch),
        };
  const slots = counters ? new CounterSlots(schedule.model.output) : undefined;
  const kernels: CudaKernel[] = [];
  const bodies: string[] = [];
  const byCode = new Map<string, number>();
  const kernelOf = (r: Rendered): number => {
    const key = renderCuda(r.template, { ...r.context, name: 'KERNEL' });
    let index = byCode.get(key);
    if (index === undefined) {
      index = kernels.length;
      const name = `${r.template.replace(/-/g, '_')}_${index}`;
      kernels.push({ name, threads: r.threads, cooperative: r.cooperative, params: r.params });
      bodies.push(renderCuda(r.template, { ...r.context, name }).trimEnd());
      byCode.set(key, index);
    }
    return index;
  };
  const launch = (l: Launch): CudaLaunch => {
    const k = l.kernel;
    if (k.kind === 'exit') {
      const params = l.params.map(([n]) => n);
      const context = {
        label: `exit ${k.exit}`,
        params,
        exit: k.exit,
        last: k.last,
        classes: k.classes,
        ...k.words,
      };
      return {
        kernel: kernelOf({ template: 'exit', params, threads: 256, cooperative: true, context }),
        label: l.label,
        params: l.params.map(([, v]) => v),
        grid: { kind: 'single' },
      };
    }
    if (l.grid.kind !== 'perSample') throw new Error(`${l.label}: expected a per-sample grid`);
    const spec = cudaKernelSpec(k, l.label, tensor);
    const counter = slots?.add({
      label: l.label,
      stage: l.grid.countAt - schedule.model.control.counts,
      blocksPerSample: spec.blocksPerSample,
      flops: l.flops,
    });
    const params = [
      ['count_at', l.grid.countAt] as const,
      ...l.params,
      ...(counter === undefined ? [] : [['counter', counter] as const]),
    ];
    const names = params.map(([n]) => n);
    const context = {
      ...spec.specialization,
      label: `${spec.template} ${JSON.stringify(spec.specialization)}`,
      params: names,
      counted: counter !== undefined,
    };
    return {
      kernel: kernelOf({
        template: spec.template,
        params: names,
        threads: spec.threads,
        cooperative: spec.cooperative,
        context,
      }),
      label: l.label,
      params: params.map(([, v]) => v),
      grid: { kind: 'perSample', x: spec.blocksPerSample },
    };
  };
  const stages: CudaStage[] = schedule.stages.map((stage) => ({
    exit: stage.exit,
    // A gather of nothing (a live buffer none of whose channels are written yet) would have
    // no blocks, and CUDA rejects an empty grid: drop it.
    launches: stage.launches
      .filter((l) => l.kernel.kind !== 'gather' || l.kernel.constants.perSample > 0)
      .map(launch),
  }));
  const plan: CudaPlan = {
    ...planHead(schedule, 'cuda', precision === 'f16' ? 'f16' : 'f32'),
    math: precision,
    kernels,
    stages,
    archs: [...LIMITS.archs],
    ...slots?.layout(),
  };
  const source = renderCuda('module', {
    model: schedule.model.name,
    storage: plan.precision,
    tensorCores: kernels.some((k) => k.name.startsWith('conv_mma')),
    kernels: bodies,
  });
  return { plan, source };
}
