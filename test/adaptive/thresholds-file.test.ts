import { describe, expect, it } from 'vitest';
import {
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
  ];
  it.each(broken)('rejects %s, naming the file and field', (_name, value, message) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    expect(() => parseThresholdsFile(text, 't.json')).toThrow(message);
  });
});
