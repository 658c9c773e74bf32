/**
 * Packed weights (`ranetc-weights`, version 2): the weights buffer exactly as the runtime uploads
 * it (BatchNorm folded, laid out as the plan says, f16 bits for f16 plans) behind a small
 * header, written by `ranetc build --weights` and checked against the plan before use, so that
 * loading needs neither a safetensors parser nor folding. Copied unchanged into every generated
 * runtime, so it imports nothing but the plan types and the weights module.
 *
 * Layout (little-endian): the 8 ASCII bytes `RANETCWT`, a u32 header length, the header as JSON
 * `{ format, version, model, layout, dtype, elements, bytes }` padded with spaces so that the data
 * starts 16-aligned, then `bytes` bytes of data. `layout` is `weightsHash(plan)` of the build:
 * what the bytes mean, so that any build (any target, any kernels) with that meaning reads them.
 */
import type { ModelPlan } from './plan.ts';
import type { TensorMap } from './weights.ts';
import { packWeights, readSafetensors, toHalf } from './weights.ts';

/** Weights: a packed weights file's or a safetensors file's bytes, or tensors by their public `state_dict` names. */
export type Weights = ArrayBuffer | Uint8Array | TensorMap;

/** The weights buffer as the device stores it. */
export type StoredWeights = Float32Array | Uint16Array;

export const PACKED_FORMAT = 'ranetc-weights';
export const PACKED_VERSION = 2;
const MAGIC = 'RANETCWT';
const PREFIX = MAGIC.length + 4;

interface PackedHeader {
  readonly format: string;
  readonly version: number;
  readonly model: string;
  readonly layout: string;
  readonly dtype: ModelPlan['precision'];
  readonly elements: number;
  readonly bytes: number;
}

/**
 * How the packer folds BatchNorm into the convolutions (`packWeights` of weights.ts): part of
 * what packed bytes mean, so a change of the folding's arithmetic must change this name.
 */
export const WEIGHTS_FOLDING = 'bn-fold/f64-once';

/**
 * What the packed bytes of a plan mean, and nothing else: the element type, the BatchNorm
 * folding, and the weights layout (each tensor's source, offset, length and arrangement). Kernel
 * code, stages and the target are left out: every build with this meaning reads the same bytes.
 */
export function weightsMeaning(plan: ModelPlan): object {
  return { dtype: plan.precision, folding: WEIGHTS_FOLDING, layout: plan.weights };
}

/**
 * A 64-bit hash (two multiply-xor lanes, hex) of `weightsMeaning(plan)`: the one check, on every
 * target, that packed weights fit a plan.
 */
export function weightsHash(plan: ModelPlan): string {
  const text = JSON.stringify(weightsMeaning(plan));
  let a = 0xdeadbeef;
  let b = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return [b, a].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

/** The file: header, then the stored weights (what `storedWeights` gives for the plan). */
export function writePackedWeights(plan: ModelPlan, stored: StoredWeights): Uint8Array<ArrayBuffer> {
  const data = new Uint8Array(stored.buffer, stored.byteOffset, stored.byteLength);
  const header: PackedHeader = {
    format: PACKED_FORMAT,
    version: PACKED_VERSION,
    model: plan.name,
    layout: weightsHash(plan),
    dtype: plan.precision,
    elements: plan.weights.elements,
    bytes: data.byteLength,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const length = Math.ceil((PREFIX + json.byteLength) / 16) * 16 - PREFIX;
  const out = new Uint8Array(PREFIX + length + data.byteLength);
  out.set(new TextEncoder().encode(MAGIC));
  new DataView(out.buffer).setUint32(MAGIC.length, length, true);
  out.fill(0x20, PREFIX, PREFIX + length);
  out.set(json, PREFIX);
  out.set(data, PREFIX + length);
  return out;
}

/** Whether the bytes start like a packed weights file (then only `readPackedWeights` may read them). */
export function isPackedWeights(bytes: Uint8Array): boolean {
  return (
    bytes.byteLength >= MAGIC.length && new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) === MAGIC
  );
}

/** The stored weights of a packed file, after checking that it was packed for this very plan. */
export function readPackedWeights(plan: ModelPlan, bytes: Uint8Array): StoredWeights {
  const what = `packed weights for ${plan.name}`;
  if (bytes.byteLength < PREFIX)
    throw new Error(`${what}: ${bytes.byteLength} bytes, shorter than the header`);
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length, true);
  if (PREFIX + length > bytes.byteLength)
    throw new Error(
      `${what}: the file is truncated (${bytes.byteLength} bytes, its header alone needs ${PREFIX + length})`,
    );
  let header: PackedHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(PREFIX, PREFIX + length))) as PackedHeader;
  } catch {
    throw new Error(`${what}: the header is not JSON`);
  }
  if (header.format !== PACKED_FORMAT || header.version !== PACKED_VERSION)
    throw new Error(
      `${what}: format ${String(header.format)} version ${String(header.version)}, this runtime reads ${PACKED_FORMAT} version ${PACKED_VERSION}`,
    );
  const hash = weightsHash(plan);
  if (header.layout !== hash)
    throw new Error(
      `${what}: the file was packed for another weights layout (model '${header.model}', layout ${header.layout}; this build's is ${hash}). ` +
        'Pack them for this build with `ranetc build <spec> --weights <checkpoint>`, or pass the safetensors file',
    );
  const size = plan.precision === 'f16' ? 2 : 4;
  const expected =
    plan.precision === 'f16' ? plan.weights.elements + (plan.weights.elements % 2) : plan.weights.elements;
  if (
    header.dtype !== plan.precision ||
    header.elements !== plan.weights.elements ||
    header.bytes !== expected * size
  )
    throw new Error(
      `${what}: the header says ${header.elements} ${header.dtype} values in ${header.bytes} bytes, the plan needs ${plan.weights.elements} ${plan.precision} values in ${expected * size}`,
    );
  const start = PREFIX + length;
  if (bytes.byteLength !== start + header.bytes)
    throw new Error(
      `${what}: the file is ${bytes.byteLength < start + header.bytes ? 'truncated' : 'too long'} (${bytes.byteLength} bytes, its header says ${start + header.bytes})`,
    );
  // A view when the data is aligned for its type (a fetched ArrayBuffer is), a copy otherwise.
  const at = bytes.byteOffset + start;
  const data = at % size === 0 ? bytes : bytes.slice(start);
  const offset = at % size === 0 ? at : 0;
  return size === 2
    ? new Uint16Array(data.buffer, offset, expected)
    : new Float32Array(data.buffer, offset, expected);
}

/**
 * The weights buffer for the device from any accepted form: packed bytes as they are, or
 * safetensors bytes and tensor maps packed now (BatchNorm folded) and converted to f16 for f16 plans.
 */
export function storedWeights(plan: ModelPlan, weights: Weights): StoredWeights {
  let tensors: TensorMap;
  if (weights instanceof ArrayBuffer || weights instanceof Uint8Array) {
    const bytes = weights instanceof Uint8Array ? weights : new Uint8Array(weights);
    if (isPackedWeights(bytes)) return readPackedWeights(plan, bytes);
    tensors = readSafetensors(bytes);
  } else tensors = weights;
  const values = packWeights(plan, tensors);
  return plan.precision === 'f16' ? toHalf(values) : values;
}
