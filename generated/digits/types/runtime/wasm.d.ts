/**
 * The WebAssembly executor: runs a compiled RANet's wasm plan on the CPU for the shared
 * scheduler (the same `CompiledModel` as on WebGPU and CUDA). Copied unchanged into every
 * generated wasm model; it needs only a JavaScript engine with WebAssembly SIMD128 (Node 16.4+,
 * every current browser).
 *
 * The module (assembled at build time) computes every kernel for the active samples only: each
 * call gets the active count from its control word, which the exit before it wrote. Exits
 * (confidence, class, results at each input's original index, compaction of the inputs that go
 * on) and gathers run here, on the same memory; so an input that left is never computed again.
 */
import type { Weights } from './packed.js';
import type { Executor } from './scheduler.js';
import { CompiledModel } from './scheduler.js';
import type { ModelPlan } from './plan.js';
import type { WasmPlan } from './wasm-plan.js';
import type { PoolCall } from './wasm-threads.js';
export type { Weights } from './packed.js';
/** The part of the WebAssembly JS API the executor uses (typed here: the runtime compiles without the DOM library). */
export interface WasmCompiledModule {
    readonly [Symbol.toStringTag]: string;
}
export interface WasmOptions {
    /** The model's module (`model.wasm`): its bytes, the file (Node) or URL (browser), or compiled. */
    readonly module: Uint8Array | ArrayBuffer | URL | WasmCompiledModule;
    /**
     * Packed weights (`weights.bin`) made for another target's plan of the same schedule (a
     * WebGPU build with this wasm build as its fallback): accepted when its weights layout is this
     * plan's.
     */
    readonly packedFor?: ModelPlan;
    /**
     * Threads that compute the kernels (default 1): `'auto'` for the hardware's (at most 8), or a
     * count of 1 to 64. Above 1, a pool of workers shares the model's memory (Node:
     * `worker_threads`; a browser: Web Workers, when the page is cross-origin isolated), and the
     * results are bit for bit those of one thread. Where no pool can run (a page that is not
     * cross-origin isolated, or `module` given compiled), the model runs on one thread;
     * `executor.threads` says how many it has.
     */
    readonly threads?: number | 'auto';
    /**
     * With threads: a run of kernels is split over as many threads as get at least this many
     * accounting FLOPs each (default `MIN_FLOPS_PER_THREAD`, about what a worker's wake-up costs);
     * smaller work (small layers at batch 1) stays on the calling thread. With fewer samples than
     * threads, each call is split by its output channels, over as many threads as get this much
     * of the call's FLOPs. 0 splits every run.
     */
    readonly minFlopsPerThread?: number;
}
/** Creates a compiled model on the CPU: instantiates the module and writes the weights into its memory. */
export declare function createWasmModel(plan: WasmPlan, weights: Weights, options: WasmOptions): Promise<CompiledModel>;
/** The executor alone, for a `CompiledModel` over a wrapper of it (tests record what it runs). */
export declare function createWasmExecutor(plan: WasmPlan, weights: Weights, options: WasmOptions): Promise<Executor & {
    readonly threads: number;
    readonly splitRuns: number;
    readonly workerShare: number;
    readonly unitSplitRuns: number;
    readonly workerUnitShare: number;
}>;
/**
 * The calls of a thread pool, by segment: each run of consecutive call steps on one count word
 * (every kernel between two exits or gathers), then each call step alone (for `profile`, which
 * times launches one by one). `at[s][i]` is the segment that starts at launch i of stage s,
 * `alone[s][i]` the one-call segment of launch i.
 */
interface Segments {
    readonly calls: PoolCall[][];
    /** Per segment: its count word and accounting FLOPs per sample. */
    readonly countAt: number[];
    readonly flops: number[];
    readonly at: Map<number, number>[];
    readonly alone: Map<number, number>[];
    /**
     * Per segment, its calls as one-call segments with their split units and FLOPs per sample:
     * what runs, one call after another, when a run has fewer samples than the pool has threads.
     */
    readonly parts: Part[][];
}
interface Part {
    readonly segment: number;
    readonly units: number;
    readonly flops: number;
}
export declare function planSegments(plan: WasmPlan): Segments;
