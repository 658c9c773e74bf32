/**
 * Weights for the generated runtime: a minimal safetensors reader (F32, F16, BF16) and the
 * load-time packing of the plan's weights buffer, BatchNorm folding included. Copied
 * unchanged into every generated runtime, so it imports nothing but the plan types.
 */
import type { ModelPlan, PackedTensor, TensorSource } from './plan.ts';

export type TensorMap = ReadonlyMap<string, Float32Array>;

function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024);
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Reads the floating tensors of a safetensors file (other dtypes, e.g. I64 counters, are skipped). */
export function readSafetensors(bytes: ArrayBuffer | Uint8Array): Map<string, Float32Array> {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const view = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  if (u8.byteLength < 8) throw new Error('safetensors: file shorter than its 8-byte header length');
  const headerLength = Number(view.getBigUint64(0, true));
  if (headerLength > u8.byteLength - 8)
    throw new Error(`safetensors: header of ${headerLength} bytes exceeds the file`);
  const header = JSON.parse(new TextDecoder().decode(u8.subarray(8, 8 + headerLength))) as Record<
    string,
    { dtype: string; shape: number[]; data_offsets: [number, number] }
  >;
  const data = 8 + headerLength;
  const out = new Map<string, Float32Array>();
  for (const [name, t] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    const [start, end] = t.data_offsets;
    if (data + end > u8.byteLength || start > end)
      throw new Error(`safetensors: ${name} lies past the end of the file`);
    const n = t.shape.reduce((a, b) => a * b, 1);
    const at = data + start;
    if (t.dtype === 'F32') {
      const v = new Float32Array(n);
      // Copy the bytes where the host is little-endian (every browser's and Node's): 20x faster
      // than decoding each value, which a checkpoint of 100M+ values notices.
      if (LITTLE_ENDIAN) new Uint8Array(v.buffer).set(u8.subarray(at, at + 4 * n));
      else for (let i = 0; i < n; i++) v[i] = view.getFloat32(at + 4 * i, true);
      out.set(name, v);
    } else if (t.dtype === 'F16' || t.dtype === 'BF16') {
      const v = new Float32Array(n);
      const tmp = new DataView(new ArrayBuffer(4));
      for (let i = 0; i < n; i++) {
        const h = view.getUint16(at + 2 * i, true);
        if (t.dtype === 'F16') v[i] = halfToFloat(h);
        else {
          tmp.setUint32(0, h << 16, true);
          v[i] = tmp.getFloat32(0, true);
        }
      }
      out.set(name, v);
    }
  }
  return out;
}

/** Builds the weights buffer contents: each tensor read (or folded) and laid out as the plan says. */
export function packWeights(plan: ModelPlan, tensors: TensorMap): Float32Array {
  const buffer = new Float32Array(plan.weights.elements);
  const missing: string[] = [];
  const get = (key: string): Float32Array => {
    const t = tensors.get(key) ?? tensors.get(`module.${key}`);
    if (t === undefined) {
      missing.push(key);
      return new Float32Array(0);
    }
    return t;
  };
  for (const t of plan.weights.tensors) {
    const values = resolve(t, get);
    if (missing.length > 0) continue;
    place(buffer, t, values);
  }
  if (missing.length > 0) {
    throw new Error(
      `weights for ${plan.name} lack ${missing.length} tensors: ${[...new Set(missing)].slice(0, 10).join(', ')}`,
    );
  }
  return buffer;
}

/** A tensor as the plan stores it: read, or folded (`foldBatchNorm`). */
function resolve(t: PackedTensor, get: (key: string) => Float32Array): Float32Array {
  const s = t.source;
  return 'key' in s ? get(s.key) : foldBatchNorm(s, get);
}

/**
 * An inference BatchNorm folded into its convolution: `w' = w * gamma / sqrt(var + eps)` per
 * output channel, `b' = (b - mean) * gamma / sqrt(var + eps) + beta` (b = 0 for a conv without
 * bias). The one implementation: the runtime folds at load time, the compiler's reference
 * interpreter calls this. Computed in f64 (the scale included) and rounded to f32 once per
 * folded value, so a folded value is the f32 nearest the exact algebra on the f32 inputs but
 * for the f64 operations' own rounding.
 */
export function foldBatchNorm(
  s: Exclude<TensorSource, { readonly key: string }>,
  get: (key: string) => Float32Array,
): Float32Array {
  const [gamma, beta, mean, variance] = [
    get(s.bn.weight),
    get(s.bn.bias),
    get(s.bn.mean),
    get(s.bn.variance),
  ];
  // Plain loops: \`Float32Array.from\` with a map function was 10x slower on ImageNet's 149M values.
  const scale = new Float64Array(gamma.length);
  for (let o = 0; o < scale.length; o++) scale[o] = gamma[o] / Math.sqrt(variance[o] + s.bn.eps);
  if (s.fold === 'bias') {
    const bias = s.conv.bias === undefined ? undefined : get(s.conv.bias);
    const folded = new Float32Array(scale.length);
    for (let o = 0; o < scale.length; o++) folded[o] = ((bias?.[o] ?? 0) - mean[o]) * scale[o] + beta[o];
    return folded;
  }
  const w = get(s.conv.weight);
  const perOut = w.length / scale.length;
  const folded = new Float32Array(w.length);
  for (let o = 0; o < scale.length; o++) {
    const k = scale[o];
    for (let i = o * perOut; i < (o + 1) * perOut; i++) folded[i] = w[i] * k;
  }
  return folded;
}

function place(buffer: Float32Array, t: PackedTensor, values: Float32Array): void {
  if (t.layout === 'plain') {
    if (values.length !== t.length)
      throw new Error(`weights: ${t.name} has ${values.length} values, expected ${t.length}`);
    buffer.set(values, t.offset);
    return;
  }
  const { groupOut: g, outChannels: o, inChannels: i, taps } = t.layout;
  if (values.length !== o * i * taps)
    throw new Error(`weights: ${t.name} has ${values.length} values, expected ${o * i * taps}`);
  // OIHW -> [ceil(O/g)][I][taps][g]
  const perOut = i * taps;
  for (let co = 0; co < o; co++) {
    const to = t.offset + Math.floor(co / g) * perOut * g + (co % g);
    const from = co * perOut;
    for (let j = 0; j < perOut; j++) buffer[to + j * g] = values[from + j];
  }
}

const f32Scratch = new Float32Array(1);
const u32Scratch = new Uint32Array(f32Scratch.buffer);

/** IEEE binary16 bits of a number, rounded to nearest even (what WGSL's f16 storage holds). */
export function halfBits(x: number): number {
  f32Scratch[0] = x;
  const bits = u32Scratch[0];
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  const mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa !== 0 ? 0x200 : 0); // inf, NaN
  const e = exponent - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00; // overflow: inf
  if (e <= 0) {
    if (e < -10) return sign; // underflow: signed zero
    // Subnormal: shift the mantissa (with its implicit 1) into place, rounding to nearest even.
    const m = mantissa | 0x800000;
    const shift = 14 - e;
    const half = 1 << (shift - 1);
    const rest = m & ((1 << shift) - 1);
    let out = m >>> shift;
    if (rest > half || (rest === half && (out & 1) === 1)) out++;
    return sign | out;
  }
  let out = (e << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && (out & 1) === 1)) out++; // may carry into the exponent: still right
  return sign | out;
}

/** f32 values as f16 storage, padded to a whole number of 4-byte words. */
export function toHalf(values: Float32Array): Uint16Array<ArrayBuffer> {
  const out = new Uint16Array(values.length + (values.length % 2));
  for (let i = 0; i < values.length; i++) out[i] = halfBits(values[i]);
  return out;
}
