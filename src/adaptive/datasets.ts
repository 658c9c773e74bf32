/**
 * CIFAR binary data sets (`data_batch_*.bin`, `test_batch.bin`, `train.bin`, `test.bin`).
 * A record is the label byte(s) then 3072 pixel bytes: the R plane, then G, then B, each
 * 32x32 row-major, which is already the N x C x H x W order the network takes.
 */
import { readFileSync } from 'node:fs';

export type CifarFormat = 'cifar10' | 'cifar100';

export const CIFAR_PIXELS = 3 * 32 * 32;

/** CIFAR-10 records carry one label byte; CIFAR-100 two (coarse, then fine). */
const LABEL_BYTES: Record<CifarFormat, number> = { cifar10: 1, cifar100: 2 };

export interface CifarSet {
  readonly format: CifarFormat;
  readonly count: number;
  /** Class per record; for CIFAR-100 the fine label. */
  readonly labels: Uint8Array | Uint16Array;
  /** count x 3 x 32 x 32 bytes, labels stripped. */
  readonly pixels: Uint8Array;
}

export interface CifarReadOptions {
  /** Number of classes; labels must lie in 0..classes-1. */
  readonly classes: number;
  /** Record layout; when left out, 100 classes means CIFAR-100 and anything else CIFAR-10. */
  readonly format?: CifarFormat;
}

export class DatasetError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DatasetError';
  }
}

export function readCifarFile(file: string, options: CifarReadOptions): CifarSet {
  return parseCifar(readFileSync(file), file, options);
}

/** Parses the bytes of a CIFAR binary file; `file` only names the source in errors. */
export function parseCifar(bytes: Uint8Array, file: string, options: CifarReadOptions): CifarSet {
  const { classes } = options;
  if (!Number.isInteger(classes) || classes < 1 || classes > 256) {
    throw new DatasetError(file, `number of classes must be 1..256, got ${classes}`);
  }
  const format = options.format ?? (classes === 100 ? 'cifar100' : 'cifar10');
  const labelBytes = LABEL_BYTES[format];
  const recordBytes = labelBytes + CIFAR_PIXELS;
  if (bytes.length === 0)
    throw new DatasetError(file, `empty file (expected ${format} records of ${recordBytes} bytes)`);
  const count = Math.floor(bytes.length / recordBytes);
  const leftover = bytes.length - count * recordBytes;
  if (leftover !== 0) {
    throw new DatasetError(
      file,
      `${bytes.length} bytes is not a whole number of ${format} records of ${recordBytes} bytes: ` +
        `${count} records and ${leftover} bytes left over (truncated or wrong format?)`,
    );
  }
  const labels = format === 'cifar100' ? new Uint16Array(count) : new Uint8Array(count);
  const pixels = new Uint8Array(count * CIFAR_PIXELS);
  for (let r = 0; r < count; r++) {
    const at = r * recordBytes;
    const label = bytes[at + labelBytes - 1]; // CIFAR-100: the second byte is the fine label
    if (label >= classes) {
      throw new DatasetError(
        file,
        `record ${r} (byte offset ${at + labelBytes - 1}) has label ${label}, but there are ${classes} classes (labels 0..${classes - 1})`,
      );
    }
    labels[r] = label;
    pixels.set(bytes.subarray(at + labelBytes, at + recordBytes), r * CIFAR_PIXELS);
  }
  return { format, count, labels, pixels };
}

/**
 * The network's input for the records at `indices`: (p / 255 - mean[c]) / std[c], each step
 * rounded to float32 as torchvision's ToTensor + Normalize compute it on float32 tensors.
 */
export function toNormalizedBatch(
  pixels: Uint8Array,
  indices: ArrayLike<number>,
  mean: readonly number[],
  std: readonly number[],
): Float32Array {
  if (mean.length !== 3 || std.length !== 3) {
    throw new RangeError(`normalization needs 3 means and 3 stds, got ${mean.length} and ${std.length}`);
  }
  const count = pixels.length / CIFAR_PIXELS;
  const m = mean.map(Math.fround);
  const s = std.map(Math.fround);
  s.forEach((v, c) => {
    if (!(v > 0)) throw new RangeError(`normalization std[${c}] must be positive, got ${std[c]}`);
  });
  const plane = 32 * 32;
  const out = new Float32Array(indices.length * CIFAR_PIXELS);
  for (let k = 0; k < indices.length; k++) {
    const r = indices[k];
    if (!Number.isInteger(r) || r < 0 || r >= count) {
      throw new RangeError(`batch index ${k}: record ${r} is outside 0..${count - 1}`);
    }
    const src = r * CIFAR_PIXELS;
    const dst = k * CIFAR_PIXELS;
    for (let c = 0; c < 3; c++) {
      for (let j = c * plane; j < (c + 1) * plane; j++) {
        const x = Math.fround(pixels[src + j] / 255);
        out[dst + j] = Math.fround(x - m[c]) / s[c];
      }
    }
  }
  return out;
}
