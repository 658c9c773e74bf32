/**
 * The WebGPU executor: runs a compiled RANet's WGSL plan on a `GPUDevice` (browser or Dawn in
 * Node) for the shared scheduler. Depends only on the WebGPU API and is copied unchanged into
 * every generated model.
 *
 * Every kernel after the first exit is dispatched indirectly: each exit kernel decides on the
 * GPU, compacts the continuing samples and writes the next stage's dispatch sizes, so a whole
 * `classify` chunk is one submission and one read-back.
 */
import type { AdapterIdentity, PipelineSource, WgslPlan } from './plan.js';
import type { Executor } from './scheduler.js';
import { CompiledModel } from './scheduler.js';
import type { Weights } from './packed.js';
export type { Weights } from './packed.js';
/** A kernel of the plan that the WebGPU implementation refused to compile. */
export declare class KernelRejectedError extends Error {
    readonly model: string;
    /** The pipeline's label (kernel kind) and index in `plan.pipelines`. */
    readonly kernel: string;
    readonly index: number;
    /** WebGPU's own words: compilation messages with their line:column, or the pipeline error. */
    readonly details: string;
    constructor(model: string, 
    /** The pipeline's label (kernel kind) and index in `plan.pipelines`. */
    kernel: string, index: number, 
    /** WebGPU's own words: compilation messages with their line:column, or the pipeline error. */
    details: string);
}
/**
 * Compiles every pipeline of the plan. A kernel that the implementation rejects becomes a
 * `KernelRejectedError` naming it, with the compiler's messages, instead of Dawn's "invalid due
 * to a previous error" on whatever used it next. Every compilation is awaited before the first
 * rejection is thrown, so that nothing is still compiling when the caller destroys the device
 * (Dawn crashes when a device goes away under a pending compilation).
 */
export declare function createPipelines(device: GPUDevice, plan: Pick<WgslPlan, 'name' | 'pipelines' | 'counters'>, layouts?: Record<PipelineSource['bindings'], GPUBindGroupLayout>): Promise<GPUComputePipeline[]>;
export interface WebGpuModelOptions {
    /** The adapter to pick a tuning for (default: `device.adapterInfo`). */
    readonly adapter?: AdapterIdentity;
    /** Where notices go (a plan with tunings on an adapter it has none for); default `console.warn`. */
    readonly notice?: (message: string) => void;
}
/**
 * The plan as it runs on `adapter`: with the kernels of its tuning for that adapter (vendor,
 * architecture and description all equal), or the default kernels, with a notice, when the
 * plan has tunings but none for this adapter, or when the device (its `features`, where given)
 * lacks a feature the tuning's kernels need. A tuning's plan has its pipelines, the largest
 * batch's dispatches as `stages`, and every regime in `regimes` (the executor picks one per
 * chunk, `regimeFor`).
 */
export declare function planForAdapter(plan: WgslPlan, adapter: AdapterIdentity | undefined, notice?: (message: string) => void, features?: {
    has(feature: string): boolean;
}): WgslPlan;
/**
 * Which of `batches` (increasing) a chunk of `n` inputs runs: the nearest on a log scale, the
 * larger on a tie. Between tuned batches a and b the switch is at n = sqrt(a * b) (batches 1 and
 * 64: n < 8 runs the batch-1 kernels, n >= 8 the batch-64 ones). Integer arithmetic, so the
 * choice is the same everywhere.
 */
export declare function regimeFor(batches: readonly number[], n: number): number;
/** Creates a compiled model on a WebGPU device: picks the kernels for its adapter, uploads weights (packed, or folding BatchNorm as the plan says) and compiles every pipeline. */
export declare function createWebGpuModel(device: GPUDevice, plan: WgslPlan, weights: Weights, options?: WebGpuModelOptions): Promise<CompiledModel>;
/** The executor alone, for a `CompiledModel` over a wrapper of it (tests record what it runs). */
export declare const createWebGpuExecutor: (device: GPUDevice, plan: WgslPlan, weights: Weights) => Promise<Executor>;
