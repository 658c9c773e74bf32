/**
 * Weights for the generated runtime: a minimal safetensors reader (F32, F16, BF16) and the
 * load-time packing of the plan's weights buffer, BatchNorm folding included. Copied
 * unchanged into every generated runtime, so it imports nothing but the plan types.
 */
import type { ModelPlan } from './plan.js';
export type TensorMap = ReadonlyMap<string, Float32Array>;
/** Reads the floating tensors of a safetensors file (other dtypes, e.g. I64 counters, are skipped). */
export declare function readSafetensors(bytes: ArrayBuffer | Uint8Array): Map<string, Float32Array>;
/** Builds the weights buffer contents: each tensor read (or folded) and laid out as the plan says. */
export declare function packWeights(plan: ModelPlan, tensors: TensorMap): Float32Array;
/** IEEE binary16 bits of a number, rounded to nearest even (what WGSL's f16 storage holds). */
export declare function halfBits(x: number): number;
/** f32 values as f16 storage, padded to a whole number of 4-byte words. */
export declare function toHalf(values: Float32Array): Uint16Array<ArrayBuffer>;
