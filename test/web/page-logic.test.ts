// The demo page's pure parts, in Node: the asset file check, and the page's input
// normalization against the calibration library's.

import { describe, expect, it } from 'vitest';
import { readCifarFile, toNormalizedBatch } from '../../src/adaptive/datasets.ts';
import { DEMO_FORMAT, parseDemoAssets, type BudgetPoint } from '../../examples/web/src/assets-format.ts';
import { normalize, IMAGE_BYTES } from '../../examples/web/src/normalize.ts';
import { fixture, readMeta, type FixtureMeta } from '../helpers/fixtures.ts';

const point = (p: number | null, expectedMFlops: number): BudgetPoint => ({
  p,
  thresholds: [0.9, -1e8],
  expectedMFlops,
  accuracy: 90,
  exitCounts: [1, 1],
});

describe('parseDemoAssets', () => {
  const valid = {
    format: DEMO_FORMAT,
    model: 'digits',
    normalize: { mean: [0, 0, 0], std: [1, 1, 1] },
    samples: { file: 'samples.bin', source: 'test', labels: [1, 2] },
    calibration: { set: 'val.bin', images: 2, points: [point(1, 4)] },
  };

  it('accepts a file that matches the model', () => {
    expect(parseDemoAssets(valid, 2).model).toBe('digits');
  });

  it('names the field when the thresholds do not match the exits', () => {
    expect(() => parseDemoAssets(valid, 6)).toThrow(
      'demo.json: calibration.points[0].thresholds: expected 6 values, one per exit',
    );
  });

  it('rejects another format', () => {
    expect(() => parseDemoAssets({ ...valid, format: 'x' }, 2)).toThrow(
      /format: expected "ranetc-web-demo\/1"/,
    );
  });
});

describe('the page normalization', () => {
  it('equals toNormalizedBatch bit for bit on the digits test images', () => {
    const set = readCifarFile(fixture('digits', 'test.bin'), { classes: 10 });
    // The digits meta.json also carries the training normalization.
    const { normalize: norm } = readMeta('digits') as FixtureMeta & {
      normalize: { mean: number[]; std: number[] };
    };
    const count = 100;
    const page = normalize(set.pixels.subarray(0, count * IMAGE_BYTES), norm.mean, norm.std);
    const library = toNormalizedBatch(
      set.pixels,
      Array.from({ length: count }, (_, i) => i),
      norm.mean,
      norm.std,
    );
    expect(page).toEqual(library);
  });
});
