import type { CompiledModel } from './runtime/scheduler.js';
import type { Weights } from './runtime/webgpu.js';
export { CompiledModel } from './runtime/scheduler.js';
export type { Calibration, CalibrationPoint, ClassifyOptions, ExitPredictions, Prediction } from './runtime/scheduler.js';
export type { Weights } from './runtime/webgpu.js';
export type { WgslPlan } from './runtime/plan.js';
export { readSafetensors } from './runtime/weights.js';
export { plan } from './plan.js';
/** The spec this model was compiled from. */
export declare const name: "imagenet-mini";
/** Number of classes of every exit. */
export declare const classes: 1000;
/** Per-input shape (C, H, W) of `images`. */
export declare const inputShape: readonly [3, 224, 224];
/** Cumulative MFLOPs per input at each exit (public accounting). */
export declare const exitMFlops: readonly [17.528888, 18.77183, 19.534264, 21.828037];
/** Inputs per device submission; larger batches run in chunks. */
export declare const maxBatch: 8;
/** Creates the compiled imagenet-mini on a WebGPU device. `weights`: the bytes of `weights.bin` (written by `ranetc build --weights`, packed for this very build, refused when it was packed for another), or of a safetensors file, or tensors by their public `state_dict` names; from the last two, BatchNorm is folded into the convolutions at load time. */
export declare function createImagenetMiniModel(device: GPUDevice, weights: Weights): Promise<CompiledModel>;
