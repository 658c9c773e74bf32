import type { WasmPlan } from './runtime/wasm-plan.js';
export declare const wasmPlan: WasmPlan;
