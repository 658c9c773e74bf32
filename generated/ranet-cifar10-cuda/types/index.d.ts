import type { CompiledModel } from './runtime/scheduler.js';
import type { CudaOptions, Weights } from './runtime/cuda.js';
export { CompiledModel } from './runtime/scheduler.js';
export type { Calibration, CalibrationPoint, ClassifyOptions, ExitPredictions, Prediction } from './runtime/scheduler.js';
export type { CudaOptions, Weights } from './runtime/cuda.js';
export type { CudaPlan } from './runtime/cuda-plan.js';
export { readSafetensors } from './runtime/weights.js';
export { plan } from './plan.js';
/** The spec this model was compiled from. */
export declare const name: "ranet-cifar10-cuda";
/** Number of classes of every exit. */
export declare const classes: 10;
/** Per-input shape (C, H, W) of `images`. */
export declare const inputShape: readonly [3, 32, 32];
/** Cumulative MFLOPs per input at each exit (public accounting). */
export declare const exitMFlops: readonly [15.81441, 31.28322, 44.65539, 50.358312, 60.654578, 63.647996, 90.173958, 94.904592];
/** Inputs per device submission; larger batches run in chunks. */
export declare const maxBatch: 64;
/** Creates the compiled ranet-cifar10-cuda on an NVIDIA GPU through the CUDA Driver API. `weights`: the bytes of `weights.bin` (written by `ranetc build --weights`, packed for this very build, refused when it was packed for another), or of a safetensors file, or tensors by their public `state_dict` names; from the last two, BatchNorm is folded into the convolutions at load time. The kernels are compiled here for the GPU with NVRTC when libnvrtc is found (`kernels/model.cu`), otherwise the PTX in `ptx/` (written by `ranetc build --target cuda` where nvcc is installed) is loaded; `options` may replace either. */
export declare function createRanetCifar10CudaModel(weights: Weights, options?: Partial<CudaOptions>): Promise<CompiledModel>;
