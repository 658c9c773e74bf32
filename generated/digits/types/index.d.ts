import type { CompiledModel } from './runtime/scheduler.js';
import type { Weights } from './runtime/webgpu.js';
import type { WasmOptions } from './runtime/wasm.js';
export { CompiledModel } from './runtime/scheduler.js';
export type { Calibration, CalibrationPoint, ClassifyOptions, ExitPredictions, Prediction } from './runtime/scheduler.js';
export type { Weights } from './runtime/webgpu.js';
export type { WgslPlan } from './runtime/plan.js';
export { readSafetensors } from './runtime/weights.js';
export { plan } from './plan.js';
/** The spec this model was compiled from. */
export declare const name: "digits";
/** Number of classes of every exit. */
export declare const classes: 10;
/** Per-input shape (C, H, W) of `images`. */
export declare const inputShape: readonly [3, 32, 32];
/** Cumulative MFLOPs per input at each exit (public accounting). */
export declare const exitMFlops: readonly [3.556618, 7.699988, 10.847582, 12.93988, 15.264818, 16.633148];
/** Inputs per device submission; larger batches run in chunks. */
export declare const maxBatch: 64;
/** Creates the compiled digits on a WebGPU device or, given none (a browser without `navigator.gpu`), on the CPU with WebAssembly SIMD (`model.wasm` beside this file); `model.plan.target` says which. `weights`: the bytes of `weights.bin` (written by `ranetc build --weights`, packed for this very build, refused when it was packed for another), or of a safetensors file, or tensors by their public `state_dict` names; from the last two, BatchNorm is folded into the convolutions at load time. On the CPU, `cpu.threads` (a count or `'auto'`) runs the kernels on a pool of workers where the environment allows it (Node; a cross-origin isolated page), bit for bit as on one thread. */
export declare function createDigitsModel(device: GPUDevice | undefined, weights: Weights, cpu?: Pick<WasmOptions, 'threads'>): Promise<CompiledModel>;
