import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  centerCrop,
  decodeImage,
  fitToInput,
  openImageFolder,
  resizeBilinear,
  resizeShorterSide,
  type RgbImage,
} from '../../src/adaptive/image-folder.ts';
import { openDataset } from '../../src/adaptive/open-dataset.ts';

const work = mkdtempSync(path.join(tmpdir(), 'ranetc-images-'));

/** A w x h RGB image whose pixel (x, y) is (r(x, y), g, b) from `f`. */
function image(w: number, h: number, f: (x: number, y: number) => [number, number, number]): RgbImage {
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set(f(x, y), (y * w + x) * 3);
  return { width: w, height: h, data };
}

function png(img: RgbImage, alpha = 255): Buffer {
  const p = new PNG({ width: img.width, height: img.height });
  for (let i = 0; i < img.width * img.height; i++) {
    p.data.set(img.data.subarray(i * 3, i * 3 + 3), i * 4);
    p.data[i * 4 + 3] = alpha;
  }
  return PNG.sync.write(p);
}

function jpg(img: RgbImage): Buffer {
  const rgba = new Uint8Array(img.width * img.height * 4);
  for (let i = 0; i < img.width * img.height; i++) {
    rgba.set(img.data.subarray(i * 3, i * 3 + 3), i * 4);
    rgba[i * 4 + 3] = 255;
  }
  return jpeg.encode({ width: img.width, height: img.height, data: rgba }, 100).data;
}

const row = (img: RgbImage, channel = 0): number[] =>
  Array.from({ length: img.width * img.height }, (_, i) => img.data[i * 3 + channel]);

describe('PIL-style bilinear resampling', () => {
  it('reduces with a widened triangle filter (antialiasing), as PIL does', () => {
    // 4 -> 2: scale 2, support 2. Output 0 (centre 1) weighs inputs 0, 1, 2 by 0.75 : 0.75 : 0.25,
    // i.e. 3/7, 3/7, 1/7: 70 * 3/7 + 140 / 7 = 50. Output 1 (centre 3) weighs inputs 1, 2, 3 by
    // 1/7, 3/7, 3/7: 10 + 60 + 90 = 160. (Plain 2-tap bilinear would give 35 and 175.)
    const src = image(4, 1, (x) => [x * 70, 0, 0]);
    expect(row(resizeBilinear(src, 2, 1))).toEqual([50, 160]);
  });

  it('enlarges with half-pixel centres, rounding in 22-bit fixed point', () => {
    // 2 -> 4: weights (1), (0.75, 0.25), (0.25, 0.75), (1); 25.0 and 75.0 land exactly.
    const src = image(2, 1, (x) => [x * 100, 0, 0]);
    expect(row(resizeBilinear(src, 4, 1))).toEqual([0, 25, 75, 100]);
    // Vertically the same, and a uniform image stays uniform.
    const col = image(1, 2, (_, y) => [y * 100, 7, 255]);
    const up = resizeBilinear(col, 1, 4);
    expect([row(up, 0), row(up, 1), row(up, 2)]).toEqual([
      [0, 25, 75, 100],
      [7, 7, 7, 7],
      [255, 255, 255, 255],
    ]);
  });

  it('resizes the shorter side, truncating the longer as torchvision', () => {
    const r = resizeShorterSide(
      image(45, 30, () => [1, 2, 3]),
      20,
    );
    expect([r.width, r.height]).toEqual([30, 20]); // int(20 * 45 / 30) = 30
    const s = resizeShorterSide(
      image(10, 33, () => [1, 2, 3]),
      7,
    );
    expect([s.width, s.height]).toEqual([7, 23]); // int(7 * 33 / 10) = int(23.1)
  });

  it('centre-crops with Python rounding (half to even)', () => {
    const src = image(7, 5, (x, y) => [x, y, 0]);
    const c = centerCrop(src, 2, 2);
    // left = round((7 - 2) / 2) = round(2.5) = 2 (not 3); top = round(1.5) = 2.
    expect([c.data[0], c.data[1]]).toEqual([2, 2]);
  });

  it('brings an image to a 32 x 32 input as ImageNet evaluation: shorter side 37, centre crop', () => {
    // 80 x 40 -> 74 x 37 -> crop 32 x 32 at left round(21) = 21, top round(2.5) = 2.
    const src = image(80, 40, () => [10, 20, 30]);
    const out = fitToInput(src, 32, 32, 'imagenet', 'x.png');
    expect([out.width, out.height]).toEqual([32, 32]);
    expect(Array.from(out.data.subarray(0, 3))).toEqual([10, 20, 30]);
    expect(() => fitToInput(src, 32, 32, 'none', 'x.png')).toThrow(
      'x.png: image is 80 x 40, the network takes 32 x 32',
    );
  });
});

describe('image decoding', () => {
  it('decodes PNG exactly, dropping alpha', () => {
    const src = image(3, 2, (x, y) => [x * 40, y * 90, 200]);
    const got = decodeImage(png(src, 17), 'a.png');
    expect([got.width, got.height]).toEqual([3, 2]);
    expect(Array.from(got.data)).toEqual(Array.from(src.data));
  });

  it('decodes JPEG by its signature, whatever the extension', () => {
    const src = image(16, 16, () => [120, 60, 30]);
    const got = decodeImage(jpg(src), 'misnamed.png');
    expect([got.width, got.height]).toEqual([16, 16]);
    // Lossy at quality 100: within a few grey levels of the flat colour.
    for (let i = 0; i < got.data.length; i++)
      expect(Math.abs(got.data[i] - src.data[i])).toBeLessThanOrEqual(3);
  });

  it('explains truncated and unknown files', () => {
    const whole = png(image(8, 8, () => [1, 2, 3]));
    expect(() => decodeImage(whole.subarray(0, 40), 'cut.png')).toThrow(/^cut.png: cannot decode the image/);
    expect(() => decodeImage(Buffer.from('GIF89a......'), 'x.gif')).toThrow(
      'x.gif: not a PNG or JPEG file (unknown signature; truncated or another format?)',
    );
  });
});

describe('image folders', () => {
  const input = {
    channels: 3,
    height: 4,
    width: 4,
    normalize: { mean: [0.5, 0.5, 0.5], std: [0.25, 0.25, 0.25] },
  };
  const flat = (v: number): RgbImage => image(4, 4, () => [v, v, v]);

  /** Class folders written out of order, with a nested folder and a stray text file. */
  function classFolders(root: string): void {
    for (const [cls, files] of Object.entries({
      'b-dog': { 'x.png': 40, 'a.png': 30 },
      'a-cat': { '2.jpg': 10, '1.png': 20 },
      'c-eel': { 'sub/z.png': 50 },
    })) {
      for (const [name, v] of Object.entries(files)) {
        const file = path.join(root, cls, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, name.endsWith('.jpg') ? jpg(flat(v)) : png(flat(v)));
      }
    }
    writeFileSync(path.join(root, 'a-cat', 'notes.txt'), 'not an image');
  }

  it('labels by sorted class folder, lists images sorted, and normalizes as ToTensor + Normalize', () => {
    const root = path.join(work, 'folders');
    classFolders(root);
    const set = openImageFolder(root, { classes: 3, input, preprocess: 'none' });
    expect(set.count).toBe(5);
    expect(Array.from(set.labels)).toEqual([0, 0, 1, 1, 2]);
    const batch = set.batch(0, 5);
    expect(batch.length).toBe(5 * 48);
    const f = Math.fround;
    const norm = (v: number): number => f(f(f(v / 255) - 0.5) / 0.25);
    // a-cat/1.png (20), a-cat/2.jpg (~10), b-dog/a.png (30), b-dog/x.png (40), c-eel/sub/z.png (50)
    expect(batch[0]).toBe(norm(20));
    expect(batch[2 * 48 + 47]).toBe(norm(30));
    expect(batch[3 * 48]).toBe(norm(40));
    expect(batch[4 * 48 + 16]).toBe(norm(50));
    expect(Math.abs(batch[48] - norm(10))).toBeLessThanOrEqual((3 / 255) * 4);
  });

  it('needs as many class folders as classes', () => {
    const root = path.join(work, 'folders');
    expect(() => openImageFolder(root, { classes: 10, input, preprocess: 'none' })).toThrow(
      `${root}: found 3 class folders, the model has 10 classes`,
    );
  });

  it('reads labels from a file instead, in file order', () => {
    const root = path.join(work, 'folders');
    const labels = path.join(work, 'labels.txt');
    writeFileSync(labels, '# path label\nc-eel/sub/z.png 7\n\nb-dog/a.png   2\n');
    const set = openDataset(root, { data: 'cifar', classes: 10, input }, { labelsFile: labels });
    expect(Array.from(set.labels)).toEqual([7, 2]);
    expect(set.batch(0, 1)[0]).toBe(Math.fround(Math.fround(Math.fround(50 / 255) - 0.5) / 0.25));
  });

  it('explains bad labels files and unsupported images', () => {
    const root = path.join(work, 'folders');
    const labels = path.join(work, 'bad-labels.txt');
    writeFileSync(labels, 'b-dog/a.png 2\nb-dog/x.png ten\n');
    expect(() =>
      openImageFolder(root, { classes: 10, input, preprocess: 'none', labelsFile: labels }),
    ).toThrow(`${labels}:2: class index must be an integer 0..9 (the model has 10 classes), found "ten"`);
    writeFileSync(labels, 'b-dog/a.png\n');
    expect(() =>
      openImageFolder(root, { classes: 10, input, preprocess: 'none', labelsFile: labels }),
    ).toThrow(`${labels}:1: expected "<image path> <class index>", found "b-dog/a.png"`);
    const bmp = path.join(work, 'bmp');
    mkdirSync(path.join(bmp, 'only'), { recursive: true });
    writeFileSync(path.join(bmp, 'only', 'x.BMP'), 'BM');
    expect(() => openImageFolder(bmp, { classes: 1, input, preprocess: 'none' })).toThrow(
      /x\.BMP: \.bmp images are not supported \(only \.png, \.jpg, \.jpeg\)/,
    );
  });

  it('a wrong-size image without resizing names the file', () => {
    const root = path.join(work, 'sizes');
    mkdirSync(path.join(root, 'k'), { recursive: true });
    writeFileSync(path.join(root, 'k', 'big.png'), png(image(5, 4, () => [0, 0, 0])));
    const set = openImageFolder(root, { classes: 1, input, preprocess: 'none' });
    expect(() => set.batch(0, 1)).toThrow(`${path.join(root, 'k', 'big.png')}: image is 5 x 4`);
  });
});
