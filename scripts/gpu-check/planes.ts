// Weights travel as byte planes: a safetensors file's header unchanged, then the body's 4-byte
// words split into four planes (every word's byte 0, then every byte 1, ...), and the body's
// tail past the last whole word as it was. The planes of sign and exponent bytes compress well
// (xz: the fixtures' random-initialized f32 weights shrink to 83% instead of 91%); the mapping
// is a permutation of the bytes, so `fromPlanes(toPlanes(b))` is `b` for any file.

/** The header's end: 8 bytes of little-endian length, then the JSON header. */
function bodyStart(bytes: Uint8Array): number {
  if (bytes.length < 8) throw new Error(`not a safetensors file: ${bytes.length} bytes`);
  const length = Number(new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true));
  if (8 + length > bytes.length) throw new Error(`safetensors header of ${length} bytes past the file's end`);
  return 8 + length;
}

function permute(bytes: Uint8Array, forward: boolean): Uint8Array {
  const start = bodyStart(bytes);
  const words = Math.floor((bytes.length - start) / 4);
  const out = new Uint8Array(bytes);
  for (let w = 0; w < words; w++)
    for (let b = 0; b < 4; b++) {
      const word = start + 4 * w + b;
      const plane = start + b * words + w;
      if (forward) out[plane] = bytes[word];
      else out[word] = bytes[plane];
    }
  return out;
}

/** A safetensors file with its body in byte planes. */
export const toPlanes = (bytes: Uint8Array): Uint8Array => permute(bytes, true);

/** The safetensors file that `toPlanes` made `bytes` from. */
export const fromPlanes = (bytes: Uint8Array): Uint8Array => permute(bytes, false);
