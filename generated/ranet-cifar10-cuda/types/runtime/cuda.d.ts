/**
 * The CUDA executor: runs a compiled RANet's CUDA plan through the CUDA Driver API for the
 * shared scheduler (the same `CompiledModel` as on WebGPU). Copied unchanged into every
 * generated CUDA model; it needs Node and the `koffi` package, loaded only when a model is
 * created.
 *
 * CUDA has no indirect dispatch. Every per-sample launch has gridDim.z = n, the inputs of the
 * chunk (an upper bound of the active count), and its blocks compare blockIdx.z with the
 * active count that the previous exit kernel wrote to device memory, returning at once when
 * past it; so `classify` launches every stage of a chunk back to back on one stream, and the
 * host reads results once. Argument structs are packed once per launch at load time, and each
 * stage runs as one CUDA graph per chunk size (stream capture of its launches), so a stage costs
 * one graph launch instead of one kernel launch per kernel.
 */
import type { CudaDriver } from './cuda-driver.js';
import type { ImageChoice } from './cuda-image.js';
import type { CudaPlan } from './cuda-plan.js';
import type { Executor } from './scheduler.js';
import { CompiledModel } from './scheduler.js';
import type { Weights } from './packed.js';
export type { Weights } from './packed.js';
export interface CudaOptions {
    /**
     * Prebuilt PTX by target architecture (80: `ptx/sm_80.ptx`, ...), or the folder holding
     * `sm_XX.ptx`: used when NVRTC cannot compile `source` for this machine.
     */
    readonly ptx?: Readonly<Record<number, string | Uint8Array>> | URL;
    /** The model's `.cu` (text or file), compiled with NVRTC for the device when libnvrtc is found. */
    readonly source?: string | URL;
    /** NVRTC: search the usual places (default), or never (false). */
    readonly nvrtc?: boolean;
    /** The driver: libcuda by default; the cuda-cpu harness library in tests. */
    readonly driver?: CudaDriver | string;
    /** Device ordinal (default 0). */
    readonly device?: number;
    /**
     * Launch each stage as one CUDA graph (captured on first use for each chunk size), instead
     * of one cuLaunchKernel per kernel. Default true.
     */
    readonly graphs?: boolean;
    /** Called with the module image chosen (NVRTC cubin or prebuilt PTX) and why. */
    readonly onImage?: (choice: ImageChoice) => void;
    /**
     * Called after every device submission with its time on the stream in milliseconds (CUDA
     * events from before the input copy to after the results copy).
     */
    readonly onTimed?: (ms: number) => void;
}
/** Creates a compiled model on a CUDA device: uploads weights (packed, or folding BatchNorm as the plan says) and loads the module. */
export declare function createCudaModel(plan: CudaPlan, weights: Weights, options: CudaOptions): Promise<CompiledModel>;
/** The executor alone, for a `CompiledModel` over a wrapper of it (tests record what it runs). */
export declare function createCudaExecutor(plan: CudaPlan, weights: Weights, options: CudaOptions): Promise<Executor>;
/**
 * Reads `sm_XX.ptx` for each architecture the model was built for from a directory (Node);
 * the generated entry module passes its `ptx/` folder. Absent files are skipped (nvcc was not
 * there at build time): NVRTC may compile the model here instead.
 */
export declare function readPtx(dir: URL, plan: CudaPlan): Promise<Record<number, string>>;
