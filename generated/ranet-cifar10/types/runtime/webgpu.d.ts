/**
 * The WebGPU executor: runs a compiled RANet's WGSL plan on a `GPUDevice` (browser or Dawn in
 * Node) for the shared scheduler. Depends only on the WebGPU API and is copied unchanged into
 * every generated model.
 *
 * Every kernel after the first exit is dispatched indirectly: each exit kernel decides on the
 * GPU, compacts the continuing samples and writes the next stage's dispatch sizes, so a whole
 * `classify` chunk is one submission and one read-back.
 */
import type { WgslPlan } from './plan.js';
import { CompiledModel } from './scheduler.js';
import type { Weights } from './packed.js';
export type { Weights } from './packed.js';
/** Creates a compiled model on a WebGPU device: uploads weights (packed, or folding BatchNorm as the plan says) and compiles every pipeline. */
export declare function createWebGpuModel(device: GPUDevice, plan: WgslPlan, weights: Weights): Promise<CompiledModel>;
