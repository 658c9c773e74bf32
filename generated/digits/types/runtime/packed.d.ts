/**
 * Packed weights (`ranetc-weights`, version 1): the weights buffer exactly as the runtime uploads
 * it (BatchNorm folded, laid out as the plan says, f16 bits for f16 plans) behind a small
 * header, written by `ranetc build --weights` and checked against the plan before use, so that
 * loading needs neither a safetensors parser nor folding. Copied unchanged into every generated
 * runtime, so it imports nothing but the plan types and the weights module.
 *
 * Layout (little-endian): the 8 ASCII bytes `RANETCWT`, a u32 header length, the header as JSON
 * `{ format, version, model, plan, dtype, elements, bytes }` padded with spaces so that the data
 * starts 16-aligned, then `bytes` bytes of data. `plan` is `planHash(plan)` of the build.
 */
import type { ModelPlan } from './plan.js';
import type { TensorMap } from './weights.js';
/** Weights: a packed weights file's or a safetensors file's bytes, or tensors by their public `state_dict` names. */
export type Weights = ArrayBuffer | Uint8Array | TensorMap;
/** The weights buffer as the device stores it. */
export type StoredWeights = Float32Array | Uint16Array;
export declare const PACKED_FORMAT = "ranetc-weights";
export declare const PACKED_VERSION = 1;
/**
 * A 64-bit hash (two multiply-xor lanes, hex) of the plan's JSON: every build that could lay the
 * weights out differently has a different plan.
 */
export declare function planHash(plan: ModelPlan): string;
/** The file: header, then the stored weights (what `storedWeights` gives for the plan). */
export declare function writePackedWeights(plan: ModelPlan, stored: StoredWeights): Uint8Array<ArrayBuffer>;
/** Whether the bytes start like a packed weights file (then only `readPackedWeights` may read them). */
export declare function isPackedWeights(bytes: Uint8Array): boolean;
/** The stored weights of a packed file, after checking that it was packed for this very plan. */
export declare function readPackedWeights(plan: ModelPlan, bytes: Uint8Array): StoredWeights;
/**
 * The weights buffer for the device from any accepted form: packed bytes as they are, or
 * safetensors bytes and tensor maps packed now (BatchNorm folded) and converted to f16 for f16 plans.
 */
export declare function storedWeights(plan: ModelPlan, weights: Weights): StoredWeights;
