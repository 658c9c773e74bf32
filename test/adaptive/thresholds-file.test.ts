import { describe, expect, it } from 'vitest';
import { validationCurve } from '../../src/adaptive/budget.ts';
import { evaluateThresholds, findThresholds } from '../../src/adaptive/calibrate.ts';
import { exitShares } from '../../src/adaptive/shares.ts';
import {
  calibrateThresholdsFile,
  makeThresholdsFile,
  parseThresholdsFile,
  serializeThresholdsFile,
  type ThresholdsFile,
} from '../../src/adaptive/thresholds-file.ts';

const good: ThresholdsFile = {
  format: 'ranetc-thresholds/1',
  model: 'digits',
  exits: 3,
  thresholds: [Math.fround(0.7), 1e8, -1e8],
  q: 0.45,
  expectedMFlops: 2.1,
  validationAccuracy: 91.25,
};

const entry = { p: 9, q: 0.45, thresholds: [0.7, 0.8, -1e8], expectedMFlops: 2.1, validationAccuracy: 91.25 };

describe('thresholds file', () => {
  it('round-trips, float32 thresholds exactly', () => {
    const text = serializeThresholdsFile(good);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseThresholdsFile(text, 't.json')).toEqual(good);
  });

  it('is built from validation outputs', () => {
    const val = {
      confidences: [Float32Array.from([0.9, 0.2]), Float32Array.from([0.5, 0.5])],
      predictions: [Int32Array.from([1, 0]), Int32Array.from([0, 0])],
      labels: [1, 1],
    };
    const t = makeThresholdsFile('m', val, [1e6, 3e6], [0.8, -1e8], 0.5);
    expect(t).toEqual({
      format: 'ranetc-thresholds/1',
      model: 'm',
      exits: 2,
      thresholds: [0.8, -1e8],
      q: 0.5,
      expectedMFlops: 2,
      validationAccuracy: 50,
    });
  });

  const broken: [string, Record<string, unknown> | string, RegExp][] = [
    ['not JSON', '{"format": ', /^t\.json: not valid JSON/],
    ['an array', '[]', /^t\.json: expected a JSON object, found an array/],
    [
      'wrong format',
      { ...good, format: 'ranetc-thresholds/2' },
      /t\.json: field "format": expected "ranetc-thresholds\/1", found "ranetc-thresholds\/2"/,
    ],
    [
      'missing model',
      { ...good, model: undefined },
      /field "model": expected a model name, found nothing \(missing\)/,
    ],
    [
      'exits not whole',
      { ...good, exits: 2.5 },
      /field "exits": expected a positive whole number, found 2.5/,
    ],
    [
      'too few thresholds',
      { ...good, thresholds: [0.5, -1e8] },
      /field "thresholds": expected 3 values \(one per exit\), found 2/,
    ],
    [
      'a string threshold',
      { ...good, thresholds: [0.5, '0.6', -1e8] },
      /field "thresholds\[1\]": expected a finite number, found "0.6"/,
    ],
    [
      'last exit not taking all',
      { ...good, thresholds: [0.5, 0.6, 0.7] },
      /field "thresholds\[2\]": the last exit must take every input/,
    ],
    ['negative q', { ...good, q: -1 }, /field "q": expected a positive number, found -1/],
    [
      'accuracy as a fraction of 100+',
      { ...good, validationAccuracy: 120 },
      /field "validationAccuracy": expected a percentage in 0..100/,
    ],
    ['unknown field', { ...good, treshold: 1 }, /field "treshold": unknown field/],
    [
      'curve not an array',
      { ...good, curve: {} },
      /field "curve": expected an array of entries, found an object/,
    ],
    [
      'curve entry with too few thresholds',
      { ...good, curve: [{ ...entry, thresholds: [0.5, -1e8] }] },
      /field "curve\[0\]\.thresholds": expected 3 values \(one per exit\), found 2/,
    ],
    [
      'curve entry whose last exit does not take all',
      { ...good, curve: [entry, { ...entry, thresholds: [0.5, 0.6, 0.7] }] },
      /field "curve\[1\]\.thresholds\[2\]": the last exit must take every input/,
    ],
    [
      'curve entry with negative cost',
      { ...good, curve: [{ ...entry, expectedMFlops: -1 }] },
      /field "curve\[0\]\.expectedMFlops": expected a number >= 0, found -1/,
    ],
    [
      'curve entry without p',
      { ...good, curve: [{ ...entry, p: undefined }] },
      /field "curve\[0\]\.p": expected a finite number, found nothing/,
    ],
    [
      'curve entry with a typo',
      { ...good, curve: [{ ...entry, expectedMflops: 1 }] },
      /field "curve\[0\]\.expectedMflops": unknown field/,
    ],
  ];
  it.each(broken)('rejects %s, naming the file and field', (_name, value, message) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    expect(() => parseThresholdsFile(text, 't.json')).toThrow(message);
  });
});

describe('thresholds file with the calibrated curve', () => {
  // Three exits, 8 validation samples, confidences with ties.
  const val = {
    confidences: [
      Float32Array.from([0.9, 0.9, 0.5, 0.4, 0.95, 0.3, 0.6, 0.2]),
      Float32Array.from([0.8, 0.7, 0.9, 0.6, 0.5, 0.7, 0.4, 0.9]),
      Float32Array.from([1, 1, 1, 1, 1, 1, 1, 1]),
    ],
    predictions: [
      Int32Array.from([0, 1, 0, 0, 4, 0, 0, 0]),
      Int32Array.from([0, 1, 2, 3, 0, 0, 0, 7]),
      Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7]),
    ],
    labels: [0, 1, 2, 3, 4, 5, 6, 7],
  };
  const flops = [1e6, 2e6, 4e6];

  it('carries one entry per standard p, each the reference thresholds and their validation scores', () => {
    const file = calibrateThresholdsFile('m', val, flops, { p: 20 });
    expect(file.curve).toHaveLength(39);
    file.curve!.forEach((c, i) => {
      expect(c.p).toBe(i + 1);
      expect(c.q).toBe((i + 1) / 20);
      const t = findThresholds(val.confidences, exitShares(c.q, 3));
      expect(c.thresholds).toEqual(Array.from(t));
      const r = evaluateThresholds(val.confidences, val.predictions, val.labels, t, flops);
      expect([c.expectedMFlops, c.validationAccuracy]).toEqual([r.expectedFlops / 1e6, r.accuracy]);
    });
    // The chosen p = 20 is the curve's 20th entry.
    expect(file.thresholds).toEqual(file.curve![19].thresholds);
    expect(file.expectedMFlops).toBe(file.curve![19].expectedMFlops);
  });

  it('round-trips through JSON, and files without a curve still parse', () => {
    const file = calibrateThresholdsFile('m', val, flops, { budgetMFlops: 2.5 });
    expect(file.expectedMFlops).toBeLessThanOrEqual(2.5);
    expect(parseThresholdsFile(serializeThresholdsFile(file), 'c.json')).toEqual(file);
    const old: Partial<ThresholdsFile> = { ...file };
    delete old.curve;
    expect(parseThresholdsFile(JSON.stringify(old), 'old.json').curve).toBeUndefined();
  });

  it('entries have the shape a runtime picks a budget from', () => {
    const curve = validationCurve(val, flops);
    const file = makeThresholdsFile('m', val, flops, curve[0].thresholds, curve[0].q, curve);
    for (const c of file.curve!) {
      expect(c.thresholds).toHaveLength(3);
      expect(typeof c.expectedMFlops).toBe('number');
    }
  });

  it('rejects a p outside the standard grid and a budget below the first exit', () => {
    expect(() => calibrateThresholdsFile('m', val, flops, { p: 40 })).toThrow(/p must be an integer 1..39/);
    expect(() => calibrateThresholdsFile('m', val, flops, { budgetMFlops: 0.5 })).toThrow(
      /below the cheapest reachable expected cost/,
    );
  });
});
