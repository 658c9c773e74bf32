/**
 * The thread pool of the WebAssembly executor: workers (Node: `worker_threads`; a browser: Web
 * Workers, when the page is cross-origin isolated) that share the model's memory, each with its
 * own instance of the module, and compute a share of the active samples of every kernel.
 * Copied unchanged into every generated wasm model; like `wasm.ts`, it needs no DOM or Node
 * types (the few APIs it uses are typed here) and imports only the runtime.
 *
 * Bit for bit as one thread: a kernel computes each output element with the same instructions
 * whatever runs it. The pool splits samples (chunks that threads claim from a shared counter,
 * `chunkOf`) or, when a run has fewer samples than the pool has threads, one call's split units
 * (`runUnits`: blocks of output channels of a convolution, channels of a resize, pool or
 * elementwise op; never a reduction), each call then a job of its own.
 * Each thread has its own copy of the scratch region (the module adds its instance's global
 * `scratch` to every scratch address). A thread runs a run of consecutive kernels (a segment:
 * calls between two exits or gathers that touch no memory another sample's earlier call of
 * the run touched; see `planSegments` in wasm.ts) on each chunk it claims, with no
 * synchronization between them. Per segment the caller publishes a job in words of the shared
 * memory and wakes the workers (Atomics.notify); every thread, the caller too, claims chunks
 * until none is left, and the caller waits until every sample is done. A worker the OS runs
 * late finds nothing to claim, so no job waits for a thread to wake. No message is posted
 * after the start.
 */
/** The WebAssembly and worker APIs the pool uses (typed here: no DOM or Node types in the runtime). */
interface WasmModuleLike {
    readonly [Symbol.toStringTag]: string;
}
interface SharedMemory {
    readonly buffer: ArrayBufferLike;
}
/** At most this many threads: the samples of a batch are split, and a pool costs a scratch copy per thread. */
export declare const MAX_THREADS = 64;
/** `threads: 'auto'` uses the hardware's threads up to this many. */
export declare const AUTO_THREADS_CAP = 8;
/**
 * Accounting FLOPs per thread below which a segment is not split: about what one thread
 * computes (at some 14 GFLOP/s) in the time a worker takes to be woken and to report back
 * (a few us while it spins, more once it sleeps in Atomics.wait). Measured on the digits model
 * (Node 20, x64, 2 threads on a loaded 2-core machine): splitting every kernel at batch 2,
 * some 180 kFLOPs per thread each, still ran 1.4x faster than one thread.
 */
export declare const MIN_FLOPS_PER_THREAD = 100000;
/**
 * Samples per claim when `count` samples are split over `used` threads: each thread claims
 * chunks from a shared counter until none is left, some 4 per thread, so that a thread the OS
 * runs late (other work on the cores) leaves its samples to the others instead of stalling
 * the segment. Any assignment is bit-identical: a sample's kernels run on one thread whole.
 */
export declare function chunkOf(count: number, used: number): number;
/** How many threads a segment of `count` samples of `flopsPerSample` each is split over. */
export declare function threadsFor(pool: number, count: number, flopsPerSample: number, minFlops: number): number;
/** Where the environment can run a pool over a shared memory: Node, or a cross-origin isolated page. */
export declare function poolEnvironment(): 'node' | 'browser' | undefined;
/** The threads of `threads: 'auto'`: the hardware's, capped at AUTO_THREADS_CAP. */
export declare function hardwareThreads(): Promise<number>;
/**
 * The module's binary with its memory import (`env.memory`, the only import) made shared, of
 * exactly `pages` pages (a shared memory needs a maximum; it never grows). One `model.wasm`
 * serves both: one thread imports the plain memory it declares.
 */
export declare function sharedMemoryModule(bytes: Uint8Array, pages: number): Uint8Array;
/** One call of a segment: an export and its arguments (input, its stride, output, its stride, ...). */
export interface PoolCall {
    readonly fn: string;
    readonly args: readonly number[];
}
/** Bytes of the synchronization words (16 words), with room to spare; a multiple of 64. */
export declare const SYNC_BYTES = 512;
/**
 * A pool of `threads - 1` workers (the calling thread is thread 0) over `memory`, which holds
 * the sync words at byte `sync` and, for worker t, a copy of the scratch region that its
 * instance reaches with global `scratch` = `scratchOffsets[t]`.
 */
export declare class WasmThreadPool {
    readonly threads: number;
    private readonly workers;
    private readonly segments;
    private readonly exports;
    private readonly i32;
    /** Segments run over more than one thread so far, their samples, and those this thread computed. */
    splits: number;
    splitSamples: number;
    callerSamples: number;
    /** Calls split by units over more than one thread so far, their units, and those this thread computed. */
    unitSplits: number;
    splitUnits: number;
    callerUnits: number;
    /** The current job's generation (16 bits, in the claim word). */
    private generation;
    /** Whether this thread may block in Atomics.wait (not a browser's main thread). */
    private readonly canBlock;
    private constructor();
    static create(options: {
        readonly threads: number;
        readonly module: WasmModuleLike;
        readonly memory: SharedMemory;
        readonly sync: number;
        readonly scratchOffsets: readonly number[];
        readonly segments: readonly (readonly PoolCall[])[];
        readonly exports: Record<string, unknown>;
        readonly name: string;
    }): Promise<WasmThreadPool>;
    /**
     * Runs segment `segment` on `count` samples over `used` threads (1 .. threads): this thread
     * computes share 0, workers 1 .. used-1 the others. Settles when every share is computed;
     * synchronous (undefined) where this thread may block or `used` is 1.
     */
    run(segment: number, count: number, used: number): Promise<void> | undefined;
    /**
     * Runs segment `segment` (one call, whose last two arguments are the range of its split units)
     * on `samples` samples with its `units` units split over `used` threads: every thread computes
     * every sample's units of the chunks it claims. Settles as `run` does.
     */
    runUnits(segment: number, samples: number, units: number, used: number): Promise<void> | undefined;
    /**
     * Publishes a job of `count` items (samples, or units in mode 1), claims chunks of it on this
     * thread too (`compute`) until none is left, and waits for the workers' chunks.
     */
    private job;
    /**
     * A browser's main thread, which may not block: waits with Atomics.waitAsync or, in an engine
     * without it, spins on the word (the workers are computing; a timer would wait 4 ms at least).
     */
    private waitAsync;
    private check;
    /** Stops the workers (each returns from its loop) and ends them. */
    destroy(): void;
}
export {};
