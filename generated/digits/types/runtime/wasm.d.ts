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
}
/** Creates a compiled model on the CPU: instantiates the module and writes the weights into its memory. */
export declare function createWasmModel(plan: WasmPlan, weights: Weights, options: WasmOptions): Promise<CompiledModel>;
/** The executor alone, for a `CompiledModel` over a wrapper of it (tests record what it runs). */
export declare function createWasmExecutor(plan: WasmPlan, weights: Weights, options: WasmOptions): Promise<Executor>;
