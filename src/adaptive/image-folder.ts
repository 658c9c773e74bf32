/**
 * A folder of PNG/JPEG images with labels, read as torchvision evaluates ImageNet:
 * `Resize(round(size / 0.875))` (shorter side, bilinear, PIL's antialiased resampling),
 * `CenterCrop(size)`, `ToTensor()`, `Normalize(mean, std)`.
 *
 * Labels, in one of two ways:
 * - class folders, as torchvision's `ImageFolder`: `root/<class>/**\/<image>`; classes are the
 *   folder names sorted by code point, label = position in that order; images are listed
 *   recursively, sorted by path. There must be exactly as many class folders as the model has
 *   classes (a subset would shift every label: give a labels file instead).
 * - a labels file: one `<path relative to root> <class index>` per line (`#` comments and blank
 *   lines ignored), e.g. ImageNet's flat validation folder; the images are exactly those listed,
 *   in file order.
 *
 * Decoding is pure JavaScript (`pngjs`, `jpeg-js`). PNGs decode exactly; JPEG decoders may
 * differ from libjpeg (which PIL uses) by a grey level or two on some pixels. Images are
 * converted to RGB as PIL's `convert('RGB')`: grey is replicated, alpha dropped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import {
  DatasetError,
  normalizer,
  requireNormalize,
  type InputSpec,
  type LabelledImages,
} from './datasets.ts';

/** An 8-bit RGB image, interleaved (height x width x 3). */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** How images are brought to the network's input size. */
export type Preprocess =
  /** Shorter side to round(size / 0.875), bilinear, then centre crop (ImageNet evaluation). */
  | 'imagenet'
  /** Images must already have the input size (CIFAR evaluation: no resize). */
  | 'none';

export interface ImageFolderOptions {
  readonly classes: number;
  readonly input: InputSpec;
  readonly preprocess: Preprocess;
  /** Labels file; without it, labels come from class folders. */
  readonly labelsFile?: string;
}

const DECODABLE = new Set(['.png', '.jpg', '.jpeg']);
/** torchvision's IMG_EXTENSIONS we cannot decode: an error rather than silently skipped images. */
const UNSUPPORTED = new Set(['.ppm', '.bmp', '.pgm', '.tif', '.tiff', '.webp']);

export function openImageFolder(root: string, options: ImageFolderOptions): LabelledImages {
  const { input, classes } = options;
  const { mean, std } = requireNormalize(input, root);
  if (input.channels !== 3) {
    throw new DatasetError(root, `images are decoded as RGB, the network takes ${input.channels} channels`);
  }
  const listed =
    options.labelsFile === undefined
      ? classFolders(root, classes)
      : labelsFromFile(root, options.labelsFile, classes);
  if (listed.length === 0) throw new DatasetError(root, 'no images found (.png, .jpg, .jpeg)');
  const norm = normalizer(mean, std, 3);
  const per = 3 * input.height * input.width;
  return {
    source: root,
    count: listed.length,
    labels: Int32Array.from(listed, (l) => l.label),
    batch(start, count) {
      const out = new Float32Array(count * per);
      for (let i = 0; i < count; i++) {
        const file = listed[start + i].file;
        const image = decodeImage(readFileSync(file), file);
        const fitted = fitToInput(image, input.height, input.width, options.preprocess, file);
        norm(toPlanes(fitted), out, i * per);
      }
      return out;
    },
  };
}

interface Listed {
  readonly file: string;
  readonly label: number;
}

/** torchvision's `find_classes` + `make_dataset`. */
function classFolders(root: string, classes: number): Listed[] {
  const entries = readDir(root);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort(byCodePoint);
  if (names.length !== classes) {
    throw new DatasetError(
      root,
      `found ${names.length} class folders, the model has ${classes} classes ` +
        '(labels are positions of the sorted folder names; to label a subset, give a labels file)',
    );
  }
  return names.flatMap((name, label) => imagesUnder(path.join(root, name)).map((file) => ({ file, label })));
}

function imagesUnder(dir: string): string[] {
  return readDir(dir)
    .map((e) => e.name)
    .sort(byCodePoint)
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return imagesUnder(full);
      const ext = path.extname(name).toLowerCase();
      if (UNSUPPORTED.has(ext)) {
        throw new DatasetError(full, `${ext} images are not supported (only .png, .jpg, .jpeg)`);
      }
      return DECODABLE.has(ext) ? [full] : [];
    });
}

function labelsFromFile(root: string, labelsFile: string, classes: number): Listed[] {
  let text: string;
  try {
    text = readFileSync(labelsFile, 'utf8');
  } catch (e) {
    throw new DatasetError(labelsFile, `cannot read the labels file (${(e as Error).message})`);
  }
  const out: Listed[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const m = /^(.*\S)\s+(\S+)$/.exec(line);
    const where = `${labelsFile}:${i + 1}`;
    if (m === null) throw new DatasetError(where, `expected "<image path> <class index>", found "${line}"`);
    const label = Number(m[2]);
    if (!Number.isInteger(label) || label < 0 || label >= classes) {
      throw new DatasetError(
        where,
        `class index must be an integer 0..${classes - 1} (the model has ${classes} classes), found "${m[2]}"`,
      );
    }
    const file = path.join(root, m[1]);
    const ext = path.extname(file).toLowerCase();
    if (!DECODABLE.has(ext)) {
      throw new DatasetError(where, `${m[1]}: expected a .png, .jpg or .jpeg image`);
    }
    out.push({ file, label });
  });
  return out;
}

function readDir(dir: string): import('node:fs').Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new DatasetError(dir, `cannot read the folder (${(e as Error).message})`);
  }
}

/** Python's `sorted()` on str: by code point, which UTF-8 byte order equals. */
function byCodePoint(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Decodes PNG or JPEG (by signature, not extension) to 8-bit RGB. */
/**
 * The most pixels an image may declare (100 megapixels, jpeg-js's own default): its size is
 * checked from the header before the decoder allocates anything.
 */
export const MAX_IMAGE_PIXELS = 100_000_000;

export function decodeImage(bytes: Uint8Array, file: string): RgbImage {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A PNG's IHDR chunk follows its signature: width and height at bytes 16 and 20.
  if (buf.length >= 24 && buf.readUInt32BE(0) === 0x89504e47) {
    const pixels = buf.readUInt32BE(16) * buf.readUInt32BE(20);
    if (pixels > MAX_IMAGE_PIXELS) {
      throw new DatasetError(
        file,
        `the PNG header declares ${buf.readUInt32BE(16)} x ${buf.readUInt32BE(20)} pixels, more than ${MAX_IMAGE_PIXELS}`,
      );
    }
  }
  try {
    if (buf.length >= 8 && buf.readUInt32BE(0) === 0x89504e47) {
      const png = PNG.sync.read(buf);
      return rgbFrom(png.width, png.height, png.data, 4);
    }
    if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) {
      const img = jpeg.decode(buf, {
        useTArray: true,
        formatAsRGBA: false,
        maxResolutionInMP: MAX_IMAGE_PIXELS / 1e6,
      });
      return rgbFrom(img.width, img.height, img.data, 3);
    }
  } catch (e) {
    throw new DatasetError(file, `cannot decode the image (${(e as Error).message})`);
  }
  throw new DatasetError(file, 'not a PNG or JPEG file (unknown signature; truncated or another format?)');
}

/** pngjs gives RGBA (grey and palette expanded, 16-bit scaled to 8): drop alpha as convert('RGB'). */
function rgbFrom(width: number, height: number, data: Uint8Array, stride: 3 | 4): RgbImage {
  if (stride === 3) return { width, height, data: Uint8Array.from(data.subarray(0, width * height * 3)) };
  const out = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; i < width * height; i++, j += 4) out.set(data.subarray(j, j + 3), i * 3);
  return { width, height, data: out };
}

/** The image at the network's input size, by the chosen preprocessing. */
export function fitToInput(
  image: RgbImage,
  height: number,
  width: number,
  preprocess: Preprocess,
  file: string,
): RgbImage {
  if (preprocess === 'none') {
    if (image.width !== width || image.height !== height) {
      throw new DatasetError(
        file,
        `image is ${image.width} x ${image.height}, the network takes ${width} x ${height} ` +
          '(without resizing, as CIFAR evaluation; use ImageNet preprocessing to resize and crop)',
      );
    }
    return image;
  }
  if (height !== width) {
    throw new DatasetError(
      file,
      `ImageNet preprocessing needs a square input, the network takes ${width} x ${height}`,
    );
  }
  const resized = resizeShorterSide(image, Math.round(height / 0.875));
  return centerCrop(resized, height, width);
}

/**
 * torchvision `Resize(size)` with an int: the shorter side becomes `size`, the longer
 * `int(size * long / short)` (truncated), bilinear.
 */
export function resizeShorterSide(image: RgbImage, size: number): RgbImage {
  const { width: w, height: h } = image;
  const [short, long] = w <= h ? [w, h] : [h, w];
  if (short === size) return image;
  const newLong = Math.floor((size * long) / short);
  return w <= h ? resizeBilinear(image, size, newLong) : resizeBilinear(image, newLong, size);
}

/** torchvision `CenterCrop`: offsets `int(round((in - out) / 2))`, Python's round (half to even). */
export function centerCrop(image: RgbImage, height: number, width: number): RgbImage {
  if (image.width < width || image.height < height) {
    // torchvision pads with zeros here; the resize before a crop never leaves an image this small.
    throw new RangeError(`centerCrop: ${image.width} x ${image.height} is smaller than ${width} x ${height}`);
  }
  const top = roundHalfEven((image.height - height) / 2);
  const left = roundHalfEven((image.width - width) / 2);
  const out = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const from = ((top + y) * image.width + left) * 3;
    out.set(image.data.subarray(from, from + width * 3), y * width * 3);
  }
  return { width, height, data: out };
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * PIL's `Image.resize(..., BILINEAR)` on 8-bit RGB (libImaging/Resample.c): a triangle filter
 * widened by the scale when reducing (antialiasing), coefficients in fixed point with 22
 * fraction bits, the horizontal pass first into an 8-bit image, then the vertical one.
 */
export function resizeBilinear(image: RgbImage, width: number, height: number): RgbImage {
  let img = image;
  if (width !== img.width) img = resamplePass(img, width, true);
  if (height !== img.height) img = resamplePass(img, height, false);
  return img;
}

const PRECISION_BITS = 32 - 8 - 2;

interface Coefficients {
  readonly bounds: Int32Array; // per output: first input index, count
  readonly weights: Int32Array; // per output: ksize fixed-point weights
  readonly ksize: number;
}

function coefficients(inSize: number, outSize: number): Coefficients {
  const scale = inSize / outSize;
  const filterscale = Math.max(scale, 1);
  const support = 1 * filterscale; // bilinear support is 1
  const ksize = Math.ceil(support) * 2 + 1;
  const bounds = new Int32Array(outSize * 2);
  const weights = new Int32Array(outSize * ksize);
  const k = new Float64Array(ksize);
  for (let xx = 0; xx < outSize; xx++) {
    const center = (xx + 0.5) * scale;
    const ss = 1 / filterscale;
    const xmin = Math.max(0, Math.trunc(center - support + 0.5));
    const xmax = Math.min(inSize, Math.trunc(center + support + 0.5)) - xmin;
    let ww = 0;
    for (let x = 0; x < xmax; x++) {
      const t = Math.abs((x + xmin - center + 0.5) * ss);
      const w = t < 1 ? 1 - t : 0;
      k[x] = w;
      ww += w;
    }
    for (let x = 0; x < xmax; x++) {
      const w = ww !== 0 ? k[x] / ww : k[x];
      // normalize_coeffs_8bpc: (int)(k * (1 << PRECISION_BITS) + (k < 0 ? -0.5 : 0.5))
      weights[xx * ksize + x] = Math.trunc(w * (1 << PRECISION_BITS) + (w < 0 ? -0.5 : 0.5));
    }
    bounds[xx * 2] = xmin;
    bounds[xx * 2 + 1] = xmax;
  }
  return { bounds, weights, ksize };
}

function resamplePass(image: RgbImage, outSize: number, horizontal: boolean): RgbImage {
  const inSize = horizontal ? image.width : image.height;
  const { bounds, weights, ksize } = coefficients(inSize, outSize);
  const width = horizontal ? outSize : image.width;
  const height = horizontal ? image.height : outSize;
  const out = new Uint8Array(width * height * 3);
  const src = image.data;
  const half = 1 << (PRECISION_BITS - 1);
  const scale = 2 ** PRECISION_BITS;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = horizontal ? x : y;
      const first = bounds[o * 2];
      const n = bounds[o * 2 + 1];
      for (let c = 0; c < 3; c++) {
        let acc = half;
        for (let t = 0; t < n; t++) {
          const at = horizontal
            ? (y * image.width + first + t) * 3 + c
            : ((first + t) * image.width + x) * 3 + c;
          acc += src[at] * weights[o * ksize + t];
        }
        const v = Math.floor(acc / scale);
        out[(y * width + x) * 3 + c] = v < 0 ? 0 : v > 255 ? 255 : v;
      }
    }
  }
  return { width, height, data: out };
}

/** Interleaved RGB to C x H x W planes. */
function toPlanes(image: RgbImage): Uint8Array {
  const plane = image.width * image.height;
  const out = new Uint8Array(plane * 3);
  for (let i = 0; i < plane; i++) {
    out[i] = image.data[i * 3];
    out[plane + i] = image.data[i * 3 + 1];
    out[2 * plane + i] = image.data[i * 3 + 2];
  }
  return out;
}
