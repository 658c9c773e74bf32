/**
 * Copy a strided view of `src` (elements of `elementSize` bytes; offset and strides in elements)
 * into fresh contiguous row-major bytes. Transposed and sliced tensors in a checkpoint are saved
 * as such views of a larger storage, and every consumer downstream wants them contiguous.
 * Throws a plain Error when the view reaches outside `src`.
 */
export function gatherStrided(
  src: Uint8Array,
  elementSize: number,
  offset: number,
  shape: readonly number[],
  stride: readonly number[],
): Uint8Array {
  const numel = shape.reduce((a, b) => a * b, 1);
  if (numel === 0) return new Uint8Array(0);
  const view = `the view (offset ${offset}, size [${shape.join(', ')}], stride [${stride.join(', ')}])`;
  const available = Math.floor(src.byteLength / elementSize);
  // Checked before anything is allocated: a view never decodes to more elements than its
  // storage holds, so a file's tensors never take more memory than the file's own bytes (a
  // broadcast view, with stride 0, could otherwise declare any size over one stored element).
  if (numel > available) {
    throw new Error(
      `${view} has ${numel} elements but its storage holds ${available}: views larger than their storage are not read`,
    );
  }
  let last = offset;
  for (let d = 0; d < shape.length; d++) last += (shape[d] - 1) * stride[d];
  if (last >= available) throw new Error(`${view} reaches element ${last} of a storage with ${available}`);
  const out = new Uint8Array(numel * elementSize);
  if (isContiguous(shape, stride)) {
    out.set(src.subarray(offset * elementSize, (offset + numel) * elementSize));
    return out;
  }

  // Walk all but the innermost dimension like an odometer; copy each innermost row as a run
  // when its elements are adjacent, else element by element.
  const rank = shape.length;
  const inner = shape[rank - 1];
  const innerStride = stride[rank - 1];
  const rowBytes = inner * elementSize;
  const index = new Array<number>(rank - 1).fill(0);
  let at = offset;
  for (let dst = 0; dst < out.byteLength; dst += rowBytes) {
    if (innerStride === 1) {
      out.set(src.subarray(at * elementSize, at * elementSize + rowBytes), dst);
    } else {
      for (let j = 0; j < inner; j++) {
        const from = (at + j * innerStride) * elementSize;
        for (let b = 0; b < elementSize; b++) out[dst + j * elementSize + b] = src[from + b];
      }
    }
    for (let d = rank - 2; d >= 0; d--) {
      at += stride[d];
      if (++index[d] < shape[d]) break;
      at -= stride[d] * shape[d];
      index[d] = 0;
    }
  }
  return out;
}

/** Row-major contiguity; the stride of a size-1 dimension never matters. */
function isContiguous(shape: readonly number[], stride: readonly number[]): boolean {
  let expected = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    if (shape[d] !== 1 && stride[d] !== expected) return false;
    expected *= shape[d];
  }
  return true;
}
