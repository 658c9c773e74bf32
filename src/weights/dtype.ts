import { WeightsError } from './errors.ts';
import type { HostTensor } from './tensor.ts';

/** Element types ranetc reads, in safetensors spelling. Floating ones are widened to f32 on load. */
export type SourceDtype = HostTensor['sourceDtype'];

export const ELEMENT_SIZE: Readonly<Record<SourceDtype, number>> = { F32: 4, F16: 2, BF16: 2, I64: 8 };

// Every reader below reinterprets little-endian file bytes through host-endian typed arrays.
// All platforms Node ships for are little-endian; fail loudly rather than return garbage.
const HOST_IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Turn the raw little-endian bytes of one tensor into a HostTensor. Aligned F32 and I64 data is
 * viewed in place (the tensor then shares memory with `bytes`); anything else is copied.
 */
export function decodeTensor(
  sourceDtype: SourceDtype,
  shape: readonly number[],
  bytes: Uint8Array,
  file: string,
  name: string,
): HostTensor {
  if (!HOST_IS_LITTLE_ENDIAN) {
    throw new WeightsError(file, `cannot decode tensor '${name}': this host is big-endian`);
  }
  const size = ELEMENT_SIZE[sourceDtype];
  const numel = shape.reduce((a, b) => a * b, 1);
  if (bytes.byteLength !== numel * size) {
    throw new WeightsError(
      file,
      `tensor '${name}' has ${bytes.byteLength} bytes of data but shape [${shape.join(', ')}] ` +
        `of ${sourceDtype} needs ${numel * size}`,
    );
  }
  // Typed array views need an offset that is a multiple of the element size; a copy always is.
  // (`new Uint8Array(bytes)` rather than `bytes.slice()`: on a Node Buffer, slice does not copy.)
  const aligned = bytes.byteOffset % size === 0 ? bytes : new Uint8Array(bytes);
  switch (sourceDtype) {
    case 'F32':
      return {
        dtype: 'f32',
        shape,
        sourceDtype,
        data: new Float32Array(aligned.buffer, aligned.byteOffset, numel),
      };
    case 'I64':
      return {
        dtype: 'i64',
        shape,
        sourceDtype,
        data: new BigInt64Array(aligned.buffer, aligned.byteOffset, numel),
      };
    case 'F16':
      return {
        dtype: 'f32',
        shape,
        sourceDtype,
        data: widenF16(new Uint16Array(aligned.buffer, aligned.byteOffset, numel)),
      };
    case 'BF16':
      return {
        dtype: 'f32',
        shape,
        sourceDtype,
        data: widenBF16(new Uint16Array(aligned.buffer, aligned.byteOffset, numel)),
      };
  }
}

/** bfloat16 is the top half of a float32, so widening is a shift: exact, NaN payloads included. */
function widenBF16(src: Uint16Array): Float32Array {
  const out = new Uint32Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = src[i] << 16;
  return new Float32Array(out.buffer);
}

let f16Table: Float32Array | undefined;

/** IEEE half to float32 through a 64K-entry table (256 KiB, built on first use): exact and fast. */
function widenF16(src: Uint16Array): Float32Array {
  f16Table ??= buildF16Table();
  const table = f16Table;
  const out = new Float32Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = table[src[i]];
  return out;
}

function buildF16Table(): Float32Array {
  const table = new Float32Array(65536);
  for (let h = 0; h < 65536; h++) {
    const sign = h & 0x8000 ? -1 : 1;
    const exponent = (h >> 10) & 0x1f;
    const mantissa = h & 0x3ff;
    if (exponent === 0)
      table[h] = sign * mantissa * 2 ** -24; // zero and subnormals
    else if (exponent === 31) table[h] = mantissa === 0 ? sign * Infinity : NaN;
    else table[h] = sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
  }
  return table;
}
