import { writeFileSync } from 'node:fs';
import { openDataset } from '../adaptive/open-dataset.ts';
import type { KernelProgram, Kernel } from '../kernels/types.ts';
import type { ModelPlan, WgslPlan } from '@ranetc/runtime';
import { SPLIT_SUM } from '../backends/wgsl/render.ts';
import type { CompiledModel, ProfiledPredictions } from '@ranetc/runtime';
import type { Spec } from '../spec/types.ts';
import type { StateDict } from '../weights/tensor.ts';
import { UsageError } from './errors.ts';
import { readThresholds } from './eval.ts';
import { loadCheckedWeights } from '../weights/load.ts';
import { expandRanet } from '../frontend/ranet.ts';
import { normals } from '../weights/synthetic.ts';
import { kernelMadds } from '../kernels/flops.ts';
import type { DispatchCounts } from './dispatches.ts';
import { dispatchCounts, formatDispatchCounts } from './dispatches.ts';

export interface ProfileOptions {
  readonly weights: string;
  readonly batch?: number;
  readonly thresholds?: string;
  /** Inputs: a data set (CIFAR binary or image folder); seeded standard normal inputs otherwise. */
  readonly data?: string;
  readonly backend?: 'wgsl' | 'cuda-cpu' | 'wasm';
  /** wasm: the SIMD128 module even where the engine has relaxed SIMD. */
  readonly simd128?: boolean;
  readonly trace?: string;
  /**
   * wgsl: profile the GPU default kernels (implicit GEMM at maxBatch, `WgslPlan.gpu`) instead of
   * the default ones, as a counting build of their own.
   */
  readonly gpuDefault?: boolean;
}

/** One dispatch (launch) of a profiled run, its time summed over the chunks. */
export interface KernelRow {
  readonly label: string;
  readonly stage: number;
  readonly kind: string;
  /** Samples it processed (counters), over the chunks. */
  readonly samples: number;
  readonly ms: number;
  readonly share: number;
  /** Public-accounting FLOPs of the samples it processed; bytes of activations and weights it must move. */
  readonly flops: number;
  readonly bytes: number;
  /** Multiply-adds of the samples it processed (convolutions and linears; 0 for the rest). */
  readonly madds: number;
  /** Its multiply-adds per second as a share of `ProfileReport.peak` (null: no peak, or no multiply-adds). */
  readonly ofPeak: number | null;
}

/** A kind's time and, for kinds that multiply and add, its rate against the peak. */
export interface KindRow {
  readonly kind: string;
  readonly ms: number;
  readonly share: number;
  readonly madds: number;
  /** Multiply-adds per second, and as a share of `ProfileReport.peak` (where measured). */
  readonly maddsPerSecond: number;
  readonly ofPeak: number | null;
}

/**
 * The multiply-add peak the profile rates kernels against: wasm's SIMD loop in its own process,
 * WGSL's FMA loop kernel on the device (`src/backends/wgsl/peak.ts`).
 */
export interface PeakRow {
  /** What the loop runs: `f32x4.relaxed_madd`, `f32x4.mul` + `f32x4.add`, or WGSL `fma` on `vec4<f32>`. */
  readonly loop: string;
  readonly maddsPerSecond: number;
}

export interface ProfileReport {
  readonly format: 'ranetc-profile/1';
  readonly model: string;
  readonly device: string;
  readonly inputs: number;
  readonly thresholds: readonly number[] | null;
  /** Wall time of the profiled `classify` call, and the sum of its dispatches' device times. */
  readonly wallMs: number;
  readonly kernelMs: number;
  readonly executedMFlops: number;
  readonly accountedMFlops: number;
  /** Share of device time in the early-exit machinery: exit kernels and gathers. */
  readonly earlyExitShare: number;
  readonly kernels: readonly KernelRow[];
  readonly byStage: readonly { readonly stage: number; readonly ms: number; readonly share: number }[];
  readonly byKind: readonly KindRow[];
  /**
   * wasm: a register-only loop of the module's multiply-add, timed in this process just before
   * the profiled call; WGSL: a register-only loop of `vec4<f32>` FMAs on the device, timed by
   * timestamp queries (one convention with the kernels' rates: multiply-adds per second); null
   * on cuda-cpu.
   */
  readonly peak: PeakRow | null;
  /** WGSL: dispatches per chunk of each build in each batch regime (`dispatchCounts`). */
  readonly dispatchesPerChunk?: readonly DispatchCounts[];
}

/** What the profiler needs of a compiled build with counters: its kernel IR and plan. */
export interface ProfiledBuild {
  readonly program: KernelProgram;
  readonly plan: ModelPlan;
  readonly target: 'wgsl' | 'cuda' | 'wasm';
}

/**
 * `ranetc profile`: one classify call on a counting build with every dispatch timed (after
 * warm-up calls), then the dispatches as rows with their share, FLOPs, bytes and rates.
 */
export async function profile(spec: Spec, options: ProfileOptions): Promise<ProfileReport> {
  const weights = loadCheckedWeights(expandRanet(spec), options.weights);
  const thresholds =
    options.thresholds === undefined ? undefined : [...readThresholds(options.thresholds, spec).thresholds];
  const batch = options.batch ?? spec.target.maxBatch;
  if (!Number.isInteger(batch) || batch < 1)
    throw new UsageError(`--batch: expected a positive integer, found ${batch}`);
  const per = spec.input.channels * spec.input.height * spec.input.width;
  const images =
    options.data === undefined ? normals(batch * per, 1) : openDataset(options.data, spec).batch(0, batch);
  const backend = options.backend ?? 'wgsl';
  if (options.gpuDefault === true && backend !== 'wgsl')
    throw new UsageError(`--gpu-default: the GPU default kernels are WGSL's; found --backend ${backend}`);
  return withProfiledModel(
    spec,
    weights,
    backend,
    options.simd128 ?? false,
    options.gpuDefault ?? false,
    async (model, build, device, peak) => {
      const { run, ...profiled } = await profileRun(model, build, images, thresholds, device, peak);
      if (options.trace !== undefined)
        writeFileSync(options.trace, JSON.stringify(chromeTrace(profiled, run)));
      return build.target === 'wgsl' ? { ...profiled, dispatchesPerChunk: dispatchCounts(spec) } : profiled;
    },
  );
}

/**
 * Warm-up before the timed call: calls until WARM_MS have passed (at least one, at most
 * WARM_CALLS). An engine tiers hot code up while it runs (V8 compiles wasm functions again,
 * optimized, in the background): one call of a small batch ends before that, and the timed
 * call ran partly unoptimized code (ranet-cifar10 at batch 1 on wasm after one warm-up call: its
 * 1x1 convolutions at 16% and 40% of the peak in two runs).
 */
const WARM_MS = 500;
const WARM_CALLS = 200;

/** Profiles `classify(images, { thresholds })` on a counting build: warm-up calls, then the timed one. */
export async function profileRun(
  model: CompiledModel,
  build: ProfiledBuild,
  images: Float32Array,
  thresholds: readonly number[] | undefined,
  device: string,
  measurePeak?: () => Promise<PeakRow>,
): Promise<ProfileReport & { readonly run: ProfiledPredictions }> {
  const options = thresholds === undefined ? {} : { thresholds };
  const warm = performance.now();
  for (let c = 0; c === 0 || (c < WARM_CALLS && performance.now() - warm < WARM_MS); c++)
    await model.profile(images, options);
  const peak = measurePeak === undefined ? null : await measurePeak();
  const run = await model.profile(images, options);
  const work = run.work;
  if (work === undefined) throw new Error(`${build.plan.name}: profiling needs a build with counters`);
  const dispatches = kernelsByDispatch(build);
  const time = new Map<string, number>();
  for (const chunk of run.chunks)
    for (const t of chunk) time.set(`${t.stage}:${t.index}`, (time.get(`${t.stage}:${t.index}`) ?? 0) + t.ms);
  const kernelMs = [...time.values()].reduce((a, b) => a + b, 0);
  const element = build.plan.precision === 'f16' ? 2 : 4;
  let counter = 0;
  const rows: KernelRow[] = dispatches.flatMap((stage, s) =>
    stage.map(({ kernel: k, sum }, i) => {
      const ms = time.get(`${s}:${i}`) ?? 0;
      // Exit kernels are not counted: one workgroup each, over the samples that reached them.
      const samples = k.kind === 'exit' ? work.reached[s] : work.dispatches[counter++].samples;
      const flops = k.kind === 'exit' ? 0 : work.dispatches[counter - 1].flops * samples;
      // A split-K sum reads the partial products and writes the output: at least the output twice.
      const { perSample, weights } =
        sum && k.kind === 'conv' ? { perSample: 2 * size(k.output), weights: 0 } : bytesOf(k);
      const madds = sum ? 0 : kernelMadds(k) * samples;
      return {
        label: sum ? `${k.name}${SPLIT_SUM}` : k.name,
        stage: s,
        kind: sum ? `${kindOf(k)} sum` : kindOf(k),
        samples,
        ms,
        share: ms / kernelMs,
        flops,
        bytes: element * (perSample * samples + weights),
        madds,
        ofPeak: peak === null || madds === 0 || ms === 0 ? null : madds / (ms / 1000) / peak.maddsPerSecond,
      };
    }),
  );
  const groups = <K>(key: (r: KernelRow) => K): { key: K; ms: number; share: number }[] => {
    const sums = new Map<K, number>();
    for (const r of rows) sums.set(key(r), (sums.get(key(r)) ?? 0) + r.ms);
    return [...sums].map(([k, ms]) => ({ key: k, ms, share: ms / kernelMs })).sort((a, b) => b.ms - a.ms);
  };
  const machinery = rows
    .filter((r) => r.kind === 'exit' || r.kind === 'gather')
    .reduce((a, r) => a + r.ms, 0);
  return {
    format: 'ranetc-profile/1',
    model: build.plan.name,
    device,
    inputs: work.inputs,
    thresholds: thresholds === undefined ? null : [...thresholds],
    wallMs: run.wallMs,
    kernelMs,
    executedMFlops: work.executedMFlops,
    accountedMFlops: work.accountedMFlops,
    earlyExitShare: machinery / kernelMs,
    kernels: [...rows].sort((a, b) => b.ms - a.ms),
    byStage: groups((r) => r.stage).map(({ key, ms, share }) => ({ stage: key, ms, share })),
    byKind: groups((r) => r.kind).map(({ key, ms, share }) => {
      const madds = rows.filter((r) => r.kind === key).reduce((a, r) => a + r.madds, 0);
      const maddsPerSecond = ms > 0 ? madds / (ms / 1000) : 0;
      const ofPeak = peak === null || madds === 0 ? null : maddsPerSecond / peak.maddsPerSecond;
      return { kind: key, ms, share, madds, maddsPerSecond, ofPeak };
    }),
    peak,
    run,
  };
}

/**
 * The kernel IR behind each stage's dispatches: CUDA drops gathers of nothing (see emitCuda);
 * WGSL runs a split-K convolution as two dispatches, the second (`sum`) adding the splits.
 */
function kernelsByDispatch(build: ProfiledBuild): { kernel: Kernel; sum: boolean }[][] {
  return build.program.stages.map((stage, s) => {
    const kernels = stage.kernels.filter(
      (k) => build.target === 'wgsl' || k.kind !== 'gather' || k.perSample > 0,
    );
    if (build.target !== 'wgsl') return kernels.map((kernel) => ({ kernel, sum: false }));
    let next = 0;
    return (build.plan as WgslPlan).stages[s].dispatches.map((d) =>
      d.label.endsWith(SPLIT_SUM)
        ? { kernel: kernels[next - 1], sum: true }
        : { kernel: kernels[next++], sum: false },
    );
  });
}

const size = (v: { count: number; height: number; width: number }): number => v.count * v.height * v.width;

function kindOf(k: Kernel): string {
  if (k.kind === 'conv')
    return k.coarse === undefined ? `conv${k.kernel}x${k.kernel}` : `conv${k.kernel}x${k.kernel}+resize`;
  if (k.kind === 'linear') return k.pool === undefined ? 'linear' : 'pool+linear';
  return k.kind;
}

/** Elements a kernel must move at least: per sample (every input and output element once), and its weights once. */
function bytesOf(k: Kernel): { perSample: number; weights: number } {
  switch (k.kind) {
    case 'exit':
      return { perSample: size(k.logits), weights: 0 };
    case 'gather':
      return { perSample: 2 * k.perSample, weights: 0 };
    case 'conv':
      return {
        perSample: size(k.input) + size(k.output),
        weights:
          k.output.count * k.input.count * k.kernel * k.kernel + (k.bias === undefined ? 0 : k.output.count),
      };
    case 'linear':
      return {
        perSample: size(k.input) + size(k.output),
        weights:
          (size(k.input) / (k.pool === undefined ? 1 : k.pool.window * k.pool.window) + 1) * k.output.count,
      };
    case 'batchnorm':
      return { perSample: size(k.input) + size(k.output), weights: 4 * k.input.count };
    default:
      return { perSample: size(k.input) + size(k.output), weights: 0 };
  }
}

async function withProfiledModel<T>(
  spec: Spec,
  weights: StateDict,
  backend: 'wgsl' | 'cuda-cpu' | 'wasm',
  plainSimd: boolean,
  gpuDefault: boolean,
  use: (
    model: CompiledModel,
    build: ProfiledBuild,
    device: string,
    peak?: () => Promise<PeakRow>,
  ) => Promise<T>,
): Promise<T> {
  const tensors = new Map<string, Float32Array>();
  for (const [k, t] of weights) if (t.dtype === 'f32') tensors.set(k, t.data);
  if (backend === 'wgsl') {
    const { compile } = await import('../compile.ts');
    const { createNodeDevice } = await import('../backends/wgsl/node-device.ts');
    const { createWebGpuModel } = await import('@ranetc/runtime');
    let compiled = compile(spec, { target: 'wgsl', counters: true });
    if (gpuDefault) {
      const { gpuDefaultVariants } = await import('../backends/wgsl/render.ts');
      const convVariants = gpuDefaultVariants(compiled.schedule, compiled.plan.precision);
      compiled = compile(spec, { target: 'wgsl', counters: true, kernels: { convVariants } });
    }
    const gpu = await createNodeDevice({ timestamps: true }).catch((e: Error) => {
      throw new UsageError(`ranetc profile times dispatches with timestamp queries: ${e.message}`);
    });
    const { measureFmaPeak } = await import('../backends/wgsl/peak.ts');
    const model = await createWebGpuModel(gpu.device, compiled.plan, tensors);
    const peak = async (): Promise<PeakRow> => ({
      loop: 'fma on vec4<f32> (WGSL)',
      maddsPerSecond: await measureFmaPeak(gpu.device),
    });
    try {
      return await use(
        model,
        { ...compiled, target: 'wgsl' },
        `${gpu.adapter.description} (timestamp queries)`,
        peak,
      );
    } finally {
      model.destroy();
      gpu.destroy();
    }
  }
  if (backend === 'wasm') {
    const { compile } = await import('../compile.ts');
    const { wasmModules } = await import('./wasm-modules.ts');
    const { measurePeak } = await import('../backends/wasm/peak.ts');
    const { createWasmModel, wasmSimd } = await import('@ranetc/runtime');
    const compiled = compile(spec, { target: 'wasm', counters: true });
    const modules = await wasmModules(compiled, spec.name, plainSimd);
    const model = await createWasmModel(compiled.plan, tensors, modules);
    const fused = wasmSimd(modules) === 'relaxed';
    const peak = async (): Promise<PeakRow> => ({
      loop: fused ? 'f32x4.relaxed_madd' : 'f32x4.mul + f32x4.add',
      maddsPerSecond: await measurePeak(fused),
    });
    const simd = fused ? 'relaxed SIMD' : 'SIMD128';
    try {
      return await use(
        model,
        { ...compiled, target: 'wasm' },
        `wasm ${simd} (wall time per call, 1 thread)`,
        peak,
      );
    } finally {
      model.destroy();
    }
  }
  const { compile } = await import('../compile.ts');
  const { buildHarness } = await import('../backends/cuda/cpu/harness.ts');
  const { createCudaModel } = await import('@ranetc/runtime/node');
  const compiled = compile(spec, { target: 'cuda', counters: true });
  const { library } = buildHarness(compiled.source, compiled.plan.kernels);
  const model = await createCudaModel(compiled.plan, tensors, {
    ptx: { 90: compiled.source },
    driver: library,
  });
  try {
    return await use(model, { ...compiled, target: 'cuda' }, 'cuda-cpu (wall time per launch)');
  } finally {
    model.destroy();
  }
}

/**
 * The run as a Chrome trace (Trace Event Format, JSON object form; chrome://tracing and Perfetto
 * load it): one track of kernels per chunk, one of stages, times in microseconds.
 */
export function chromeTrace(report: ProfileReport, run: ProfiledPredictions): object {
  const rows = new Map(report.kernels.map((r) => [`${r.stage}:${r.label}`, r]));
  const events: object[] = [
    { name: 'process_name', ph: 'M', pid: 1, tid: 0, args: { name: `${report.model} on ${report.device}` } },
  ];
  let offset = 0;
  run.chunks.forEach((chunk, c) => {
    const tid = 2 * c + 1;
    events.push(
      { name: 'thread_name', ph: 'M', pid: 1, tid, args: { name: `chunk ${c}: stages` } },
      { name: 'thread_name', ph: 'M', pid: 1, tid: tid + 1, args: { name: `chunk ${c}: kernels` } },
    );
    const stages = new Map<number, { start: number; end: number }>();
    for (const t of chunk) {
      const r = rows.get(`${t.stage}:${t.label}`);
      events.push({
        name: t.label,
        cat: r?.kind ?? 'kernel',
        ph: 'X',
        pid: 1,
        tid: tid + 1,
        ts: (offset + t.startMs) * 1000,
        dur: t.ms * 1000,
        args: { stage: t.stage, kind: r?.kind, flops: r?.flops, bytes: r?.bytes },
      });
      const span = stages.get(t.stage) ?? { start: t.startMs, end: t.startMs + t.ms };
      stages.set(t.stage, {
        start: Math.min(span.start, t.startMs),
        end: Math.max(span.end, t.startMs + t.ms),
      });
    }
    for (const [stage, { start, end }] of stages)
      events.push({
        name: `stage ${stage}`,
        cat: 'stage',
        ph: 'X',
        pid: 1,
        tid,
        ts: (offset + start) * 1000,
        dur: (end - start) * 1000,
      });
    offset += Math.max(0, ...chunk.map((t) => t.startMs + t.ms));
  });
  return { traceEvents: events, displayTimeUnit: 'ms' };
}

export function formatProfile(r: ProfileReport): string {
  const gflops = (flops: number, ms: number): string => (ms > 0 ? (flops / ms / 1e6).toFixed(2) : '-');
  const lines = [
    `${r.model} on ${r.device}: ${r.inputs} inputs, ${r.thresholds === null ? 'every input to the last exit' : `thresholds ${r.thresholds.join(', ')}`}`,
    `device time ${r.kernelMs.toFixed(3)} ms over ${r.kernels.length} dispatches, wall time of the call ${r.wallMs.toFixed(3)} ms (${((100 * r.kernelMs) / r.wallMs).toFixed(1)}%)`,
    `executed ${r.executedMFlops.toFixed(3)} MFLOPs per input (counters), accounting for the exits taken ${r.accountedMFlops.toFixed(3)}`,
    `early-exit machinery (exit kernels and gathers): ${(100 * r.earlyExitShare).toFixed(1)}% of device time`,
    '',
    '    ms  share  stage  kind              samples   MFLOPs       MB  GFLOP/s    GB/s  of peak  kernel',
  ];
  for (const k of r.kernels) {
    const ofPeak = k.ofPeak === null ? '-' : `${(100 * k.ofPeak).toFixed(1)}%`;
    lines.push(
      `${k.ms.toFixed(3).padStart(6)}  ${(100 * k.share).toFixed(1).padStart(4)}%  ${String(k.stage).padStart(5)}  ${k.kind.padEnd(16)}  ${String(k.samples).padStart(7)}  ${(k.flops / 1e6).toFixed(2).padStart(7)}  ${(k.bytes / 1e6).toFixed(3).padStart(7)}  ${gflops(k.flops, k.ms).padStart(7)}  ${(k.ms > 0 ? k.bytes / k.ms / 1e6 : 0).toFixed(2).padStart(6)}  ${ofPeak.padStart(7)}  ${k.label}`,
    );
  }
  lines.push('', 'by stage:');
  for (const g of r.byStage)
    lines.push(
      `  stage ${g.stage}  ${g.ms.toFixed(3).padStart(8)} ms  ${(100 * g.share).toFixed(1).padStart(5)}%`,
    );
  lines.push('', 'by kind:');
  if (r.peak !== null)
    lines.push(
      `  (multiply-adds per second against the peak of a register-only loop of ${r.peak.loop}: ` +
        `${(r.peak.maddsPerSecond / 1e9).toFixed(2)} G multiply-adds/s)`,
    );
  for (const g of r.byKind)
    lines.push(
      `  ${g.kind.padEnd(16)}  ${g.ms.toFixed(3).padStart(8)} ms  ${(100 * g.share).toFixed(1).padStart(5)}%` +
        (g.madds === 0
          ? ''
          : `  ${(g.maddsPerSecond / 1e9).toFixed(2).padStart(6)} G multiply-adds/s` +
            (g.ofPeak === null ? '' : `  ${(100 * g.ofPeak).toFixed(0).padStart(3)}% of peak`)),
    );
  if (r.dispatchesPerChunk !== undefined)
    lines.push(
      '',
      "dispatches per chunk, per batch regime (this profile runs a counting build of today's kernels):",
      ...formatDispatchCounts(r.dispatchesPerChunk),
    );
  return lines.join('\n');
}
