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
  const norm = normalizer(mean, std, 3);
  const count = pixels.length / CIFAR_PIXELS;
  const out = new Float32Array(indices.length * CIFAR_PIXELS);
  for (let k = 0; k < indices.length; k++) {
    const r = indices[k];
    if (!Number.isInteger(r) || r < 0 || r >= count) {
      throw new RangeError(`batch index ${k}: record ${r} is outside 0..${count - 1}`);
    }
    norm(pixels.subarray(r * CIFAR_PIXELS, (r + 1) * CIFAR_PIXELS), out, k * CIFAR_PIXELS);
  }
  return out;
}

/** Writes one C x H x W uint8 image, normalized, into `out` at `offset`. */
export type Normalizer = (image: Uint8Array, out: Float32Array, offset: number) => void;

/** ToTensor + Normalize for `channels`-plane uint8 images, in float32 steps as torchvision. */
export function normalizer(mean: readonly number[], std: readonly number[], channels: number): Normalizer {
  if (mean.length !== channels || std.length !== channels) {
    throw new RangeError(
      `normalization needs ${channels} means and ${channels} stds, got ${mean.length} and ${std.length}`,
    );
  }
  const m = mean.map(Math.fround);
  const s = std.map(Math.fround);
  s.forEach((v, c) => {
    if (!(v > 0)) throw new RangeError(`normalization std[${c}] must be positive, got ${std[c]}`);
  });
  return (image, out, offset) => {
    const plane = image.length / channels;
    for (let c = 0; c < channels; c++) {
      for (let j = c * plane; j < (c + 1) * plane; j++) {
        const x = Math.fround(image[j] / 255);
        out[offset + j] = Math.fround(x - m[c]) / s[c];
      }
    }
  };
}

/**
 * A labelled evaluation set, read batch by batch: what `ranetc eval` and `calibrate` run
 * through a model. Implemented by CIFAR binary files and image folders.
 */
export interface LabelledImages {
  /** File or folder the images come from, for messages. */
  readonly source: string;
  readonly count: number;
  /** Class index per image. */
  readonly labels: ArrayLike<number>;
  /** Images start .. start + count - 1, normalized, n x C x H x W float32. */
  batch(start: number, count: number): Float32Array;
}

export interface InputSpec {
  readonly channels: number;
  readonly height: number;
  readonly width: number;
  readonly normalize?: { readonly mean: readonly number[]; readonly std: readonly number[] };
}

/** A CIFAR binary file as a labelled set for a network whose input is `input`. */
export function cifarImages(file: string, classes: number, input: InputSpec): LabelledImages {
  const { mean, std } = requireNormalize(input, file);
  if (input.channels !== 3 || input.height !== 32 || input.width !== 32) {
    throw new DatasetError(
      file,
      `CIFAR images are 3 x 32 x 32, the network takes ${input.channels} x ${input.height} x ${input.width}`,
    );
  }
  const set = readCifarFile(file, { classes });
  return {
    source: file,
    count: set.count,
    labels: set.labels,
    batch: (start, count) =>
      toNormalizedBatch(
        set.pixels,
        Array.from({ length: count }, (_, i) => start + i),
        mean,
        std,
      ),
  };
}

/** The spec's normalization; uint8 data sets cannot be fed without it. */
export function requireNormalize(
  input: InputSpec,
  source: string,
): { readonly mean: readonly number[]; readonly std: readonly number[] } {
  if (input.normalize === undefined) {
    throw new DatasetError(
      source,
      'the spec has no input.normalize (mean and std per channel), needed to feed uint8 images',
    );
  }
  return input.normalize;
}
