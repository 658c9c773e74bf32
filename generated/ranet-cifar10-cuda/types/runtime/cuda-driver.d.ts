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
    /** cuDriverGetVersion: 1000 * major + 10 * minor (12040 is CUDA 12.4). */
    readonly version: number;
    deviceName(ordinal: number): string;
    /** Compute capability as major * 10 + minor (e.g. 90). */
    computeCapability(ordinal: number): number;
    /** Retains the device's primary context (it is not made current: see `setCurrent`). */
    retainContext(ordinal: number): Handle;
    releaseContext(ordinal: number): void;
    /**
     * Makes `context` current on the calling thread. The current context is per thread and any
     * other code (another model, another library) may change it, so every entry point of an
     * executor calls this first.
     */
    setCurrent(context: Handle): void;
    /** cuModuleLoadDataEx; a refused image's error carries the JIT compiler's log. */
    loadModule(image: Uint8Array): Handle;
    unloadModule(module: Handle): void;
    getFunction(module: Handle, name: string): Handle;
    alloc(bytes: number): DevicePointer;
    free(pointer: DevicePointer): void;
    /**
     * Asynchronous copies on `stream`. From pageable (JavaScript) memory the driver stages the
     * source before returning, and a copy to pageable memory returns once complete, so the
     * buffers may be reused at once.
     */
    copyToDevice(dst: DevicePointer, src: ArrayBufferView, stream: Handle): void;
    copyToHost(dst: ArrayBufferView, src: DevicePointer, stream: Handle): void;
    /** Launches on `stream`; `args` is the kernel's one argument struct. */
    launch(fn: Handle, grid: readonly [number, number, number], block: readonly [number, number, number], args: Uint8Array, stream: Handle): void;
    /** A non-blocking stream: it does not synchronize with the legacy default stream of other code. */
    createStream(): Handle;
    destroyStream(stream: Handle): void;
    synchronize(stream: Handle): void;
    /** Records the launches made on `stream` by this thread until `endCapture`, which returns them as an executable graph. */
    beginCapture(stream: Handle): void;
    endCapture(stream: Handle): Handle;
    launchGraph(graph: Handle, stream: Handle): void;
    destroyGraph(graph: Handle): void;
    createEvent(): Handle;
    recordEvent(event: Handle, stream: Handle): void;
    /** Milliseconds between two recorded events (waits for `end`). */
    elapsed(start: Handle, end: Handle): number;
    destroyEvent(event: Handle): void;
}
/** A driver call that returned an error: `code` is the CUresult. */
export declare class CudaError extends Error {
    readonly code: number;
    constructor(message: string, code: number);
}
/** No usable CUDA here: koffi or the driver library is missing. The message says what to do. */
export declare class CudaUnavailableError extends Error {
}
/** The default driver library of the platform. */
export declare const LIBCUDA: string;
type Fn = (...args: unknown[]) => unknown;
interface Koffi {
    load(path: string): {
        func(signature: string): Fn;
    };
    alloc(type: string, length: number): unknown;
    free(pointer: unknown): void;
    address(pointer: unknown): bigint;
    encode(pointer: unknown, type: string, value: unknown, length: number): void;
    decode(pointer: unknown, type: string, length: number): ArrayLike<number>;
}
/** Imports koffi, or explains that the CUDA runtime needs it. */
export declare function importKoffi(): Promise<Koffi>;
/**
 * Loads a driver library. Fails with an explanation when koffi is missing or the library
 * cannot be loaded (no NVIDIA driver on this machine).
 */
export declare function loadCudaDriver(library?: string): Promise<CudaDriver>;
export {};
