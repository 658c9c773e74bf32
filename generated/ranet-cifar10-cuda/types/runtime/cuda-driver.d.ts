/**
 * The subset of the CUDA Driver API the CUDA executor calls, bound through koffi (loaded
 * lazily, so importing the runtime works on machines without a GPU or without koffi). The
 * library is libcuda (the NVIDIA driver) or anything exporting the same C functions: the
 * cuda-cpu test harness does, so tests drive the same code on the CPU. Copied unchanged
 * into every generated CUDA runtime.
 */
/** A device pointer (CUdeviceptr). */
export type DevicePointer = bigint;
/** An opaque driver handle (CUcontext, CUmodule, CUfunction) as koffi returns pointers. */
export type Handle = bigint | null;
export interface CudaDriver {
    readonly library: string;
    deviceName(ordinal: number): string;
    /** Compute capability as major * 10 + minor (e.g. 90). */
    computeCapability(ordinal: number): number;
    /** Makes the device's primary context current and returns it. */
    retainContext(ordinal: number): Handle;
    releaseContext(ordinal: number): void;
    loadModule(image: Uint8Array): Handle;
    unloadModule(module: Handle): void;
    getFunction(module: Handle, name: string): Handle;
    alloc(bytes: number): DevicePointer;
    free(pointer: DevicePointer): void;
    copyToDevice(dst: DevicePointer, src: ArrayBufferView): void;
    copyToHost(dst: ArrayBufferView, src: DevicePointer): void;
    /** Launches on `stream`; `args` is the kernel's one argument struct. */
    launch(fn: Handle, grid: readonly [number, number, number], block: readonly [number, number, number], args: Uint8Array, stream: Handle): void;
    /** A stream that synchronizes with the legacy default stream (so synchronous copies order with it). */
    createStream(): Handle;
    destroyStream(stream: Handle): void;
    synchronize(stream: Handle): void;
    /** Records the launches made on `stream` until `endCapture`, which returns them as an executable graph. */
    beginCapture(stream: Handle): void;
    endCapture(stream: Handle): Handle;
    launchGraph(graph: Handle, stream: Handle): void;
    destroyGraph(graph: Handle): void;
}
/** No usable CUDA here: koffi or the driver library is missing. The message says what to do. */
export declare class CudaUnavailableError extends Error {
}
/** The default driver library of the platform. */
export declare const LIBCUDA: string;
/**
 * Loads a driver library. Fails with an explanation when koffi is missing or the library
 * cannot be loaded (no NVIDIA driver on this machine).
 */
export declare function loadCudaDriver(library?: string): Promise<CudaDriver>;
