import { describe, expect, it } from 'vitest';
import { CIFAR_PIXELS, parseCifar, readCifarFile, toNormalizedBatch } from '../../src/adaptive/datasets.ts';
import { fixture } from '../helpers/fixtures.ts';

/** Records with the given labels; pixel bytes encode (record, channel) so layout errors show. */
function records(labels: number[][]): Uint8Array {
  const parts = labels.map((lab, r) => {
    const rec = new Uint8Array(lab.length + CIFAR_PIXELS);
    rec.set(lab);
    for (let c = 0; c < 3; c++) rec.fill(r * 10 + c, lab.length + c * 1024, lab.length + (c + 1) * 1024);
    return rec;
  });
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('CIFAR binary reader', () => {
  it('reads CIFAR-10 records: label byte, then R, G, B planes', () => {
    const set = parseCifar(records([[3], [9]]), 'x.bin', { classes: 10 });
    expect(set.format).toBe('cifar10');
    expect(set.count).toBe(2);
    expect(Array.from(set.labels)).toEqual([3, 9]);
    expect(set.pixels.length).toBe(2 * CIFAR_PIXELS);
    expect([set.pixels[0], set.pixels[1024], set.pixels[2048], set.pixels[CIFAR_PIXELS + 2048]]).toEqual([
      0, 1, 2, 12,
    ]);
  });

  it('reads CIFAR-100 records and keeps the fine label', () => {
    const set = parseCifar(
      records([
        [19, 87],
        [4, 0],
      ]),
      'c100.bin',
      { classes: 100 },
    );
    expect(set.format).toBe('cifar100');
    expect(set.labels).toBeInstanceOf(Uint16Array);
    expect(Array.from(set.labels)).toEqual([87, 0]);
    expect(set.pixels[CIFAR_PIXELS]).toBe(10);
  });

  it('explains a truncated file', () => {
    const bytes = records([[1], [2], [3]]).subarray(0, 3 * 3073 - 100);
    expect(() => parseCifar(bytes, 'data/val.bin', { classes: 10 })).toThrow(
      'data/val.bin: 9119 bytes is not a whole number of cifar10 records of 3073 bytes: 2 records and 2973 bytes left over',
    );
    // The same bytes read as CIFAR-100 are also wrong, and say so in CIFAR-100 terms.
    expect(() => parseCifar(records([[1]]), 'a.bin', { classes: 10, format: 'cifar100' })).toThrow(
      /a.bin: 3073 bytes .* cifar100 records of 3074 bytes: 0 records and 3073 bytes left over/,
    );
  });

  it('explains a label out of range and an empty file', () => {
    expect(() => parseCifar(records([[1], [12]]), 'val.bin', { classes: 10 })).toThrow(
      'val.bin: record 1 (byte offset 3073) has label 12, but there are 10 classes (labels 0..9)',
    );
    expect(() => parseCifar(new Uint8Array(0), 'empty.bin', { classes: 10 })).toThrow(
      /empty.bin: empty file/,
    );
  });

  it('normalizes to N x 3 x 32 x 32 float32 as ToTensor + Normalize do', () => {
    const set = parseCifar(records([[0], [1]]), 'x.bin', { classes: 10 });
    const mean = [0.4914, 0.4824, 0.4467];
    const std = [0.2471, 0.2435, 0.2616];
    const batch = toNormalizedBatch(set.pixels, [1], mean, std);
    expect(batch.length).toBe(CIFAR_PIXELS);
    const f = Math.fround;
    expect(batch[0]).toBe(f(f(f(10 / 255) - f(mean[0])) / f(std[0])));
    expect(batch[2048 + 5]).toBe(f(f(f(12 / 255) - f(mean[2])) / f(std[2])));
    expect(() => toNormalizedBatch(set.pixels, [2], mean, std)).toThrow(/record 2 is outside 0..1/);
  });
});

describe('digits fixture', () => {
  it.each(['val.bin', 'test.bin'])('%s holds 2000 images with labels 0..9', (name) => {
    const set = readCifarFile(fixture('digits', name), { classes: 10 });
    expect(set.count).toBe(2000);
    const seen = new Set(set.labels);
    expect(Math.min(...seen)).toBe(0);
    expect(Math.max(...seen)).toBe(9);
    expect(seen.size).toBe(10);
  });
});
