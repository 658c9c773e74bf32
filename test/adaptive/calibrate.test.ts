import { describe, expect, it } from 'vitest';
import {
  anytimeAccuracy,
  evaluateThresholds,
  exitIndices,
  findThresholds,
  LAST_EXIT_THRESHOLD,
  NO_EXIT_THRESHOLD,
} from '../../src/adaptive/calibrate.ts';
import { exitOutputsFromLogits } from '../../src/adaptive/confidence.ts';
import { exitShares, normalizeShares, STANDARD_P } from '../../src/adaptive/shares.ts';
import { publicEvalWithThreshold, publicFindThreshold } from './public-reference.ts';
import { TORCH_CASE } from './torch-golden.ts';

const f32 = (xs: number[]): Float32Array => Float32Array.from(xs);
const i32 = (xs: number[]): Int32Array => Int32Array.from(xs);

describe('findThresholds on a hand-worked example', () => {
  // N = 10, E = 3, weights 2:1:1 -> P = [0.5, 0.25, 0.25] exactly; n0 = 5, n1 = floor(2.5) = 2.
  const conf = [
    f32([0.9, 0.5, 0.8, 0.3, 0.95, 0.6, 0.7, 0.2, 0.4, 0.85]),
    f32([0.99, 0.6, 0.1, 0.9, 0.2, 0.6, 0.3, 0.75, 0.6, 0.5]),
    f32([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]),
  ];
  const shares = normalizeShares([2, 1, 1]);

  it('follows the public algorithm step by step', () => {
    // Exit 0, descending: .95(4) .9(0) .85(9) .8(2) .7(6) ... the 5th is 0.7 -> T0 = 0.7, takes 4,0,9,2,6.
    // Exit 1, untaken 1,3,5,7,8 have .6 .9 .6 .75 .6; the 2nd largest is 0.75. Sample 0's 0.99
    // does not count: it already left. T1 = 0.75.
    const t = findThresholds(conf, shares);
    expect(Array.from(t)).toEqual([Math.fround(0.7), Math.fround(0.75), LAST_EXIT_THRESHOLD]);
    expect(Array.from(publicFindThreshold(conf, shares, 'index'))).toEqual(Array.from(t));
  });

  it('is scored as the public evaluation does', () => {
    const t = findThresholds(conf, shares);
    expect(Array.from(exitIndices(conf, t))).toEqual([0, 2, 0, 1, 0, 2, 0, 1, 2, 0]);
    const predictions = [
      i32([1, 0, 2, 0, 4, 0, 6, 0, 0, 9]),
      i32([0, 1, 0, 3, 0, 0, 0, 0, 0, 0]),
      i32([0, 0, 0, 0, 0, 5, 0, 0, 7, 0]),
    ];
    const labels = [1, 1, 2, 3, 4, 5, 6, 7, 8, 0];
    const r = evaluateThresholds(conf, predictions, labels, t, [1e6, 2e6, 4e6]);
    // Exit 0 gets 0,2,4,6,9: right on 0,2,4,6. Exit 1 gets 3,7: right on 3. Exit 2 gets 1,5,8: right on 5.
    expect(r.exitCounts).toEqual([5, 2, 3]);
    expect(r.accuracy).toBe(60);
    expect(r.expectedFlops).toBe(0.5 * 1e6 + 0.2 * 2e6 + 0.3 * 4e6);
    const pub = publicEvalWithThreshold(conf, predictions, labels, [1e6, 2e6, 4e6], t);
    expect([pub.acc, pub.expected_flops, pub.exp]).toEqual([r.accuracy, r.expectedFlops, r.exitCounts]);
  });
});

describe('findThresholds edge cases', () => {
  it('leaves T = 1e8 where floor(N * P[e]) is 0, and nobody leaves there', () => {
    // P ~ [0.943, 0.047, 0.009]: n0 = 9, n1 = floor(0.47) = 0.
    const conf = [
      f32([0.9, 0.8, 0.7, 0.6, 0.5, 0.45, 0.4, 0.35, 0.3, 0.1]),
      f32([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
      f32([0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2]),
    ];
    const t = findThresholds(conf, normalizeShares([100, 5, 1]));
    expect(t[1]).toBe(NO_EXIT_THRESHOLD);
    const r = evaluateThresholds(
      conf,
      [i32(Array(10).fill(0)), i32(Array(10).fill(0)), i32(Array(10).fill(0))],
      Array(10).fill(0),
      t,
      [1, 2, 3],
    );
    expect(r.exitCounts).toEqual([9, 0, 1]);
  });

  it('p = 1 at 8 exits: every exit after the first keeps 1e8 for 10 samples', () => {
    const conf = Array.from({ length: 8 }, (_, e) =>
      f32(Array.from({ length: 10 }, (_, i) => ((i * 7 + e) % 10) / 10)),
    );
    const t = findThresholds(conf, exitShares(0.05, 8));
    expect(Array.from(t.subarray(1, 7))).toEqual(Array(6).fill(NO_EXIT_THRESHOLD));
    expect(t[7]).toBe(LAST_EXIT_THRESHOLD);
  });

  it('ties at the cut all leave, so an exit can take more than its share', () => {
    // P = [0.5, 0.5] over 6 samples: n0 = 3, the 3rd largest is 0.8, and three samples have it.
    const conf = [f32([0.9, 0.8, 0.4, 0.8, 0.5, 0.8]), f32([0.1, 0.1, 0.1, 0.1, 0.1, 0.1])];
    const t = findThresholds(conf, normalizeShares([1, 1]));
    expect(t[0]).toBe(Math.fround(0.8));
    expect(Array.from(exitIndices(conf, t))).toEqual([0, 0, 1, 0, 1, 0]);
  });

  it('when ties have already taken too many, a later exit cannot reach its count and keeps 1e8', () => {
    // N = 4, P = [0.5, 0.25, 0.25]: n0 = 2 but all four tie at exit 0, so none is left for n1 = 1.
    const conf = [f32([0.5, 0.5, 0.5, 0.5]), f32([0.9, 0.9, 0.9, 0.9]), f32([0.1, 0.1, 0.1, 0.1])];
    const t = findThresholds(conf, normalizeShares([2, 1, 1]));
    expect(Array.from(t)).toEqual([0.5, NO_EXIT_THRESHOLD, LAST_EXIT_THRESHOLD]);
    expect(Array.from(publicFindThreshold(conf, normalizeShares([2, 1, 1]), 'reverse'))).toEqual(
      Array.from(t),
    );
  });

  it('the last exit takes everything, even confidences no threshold accepts', () => {
    const conf = [f32([0.1, 0.2]), f32([0, NaN])];
    const t = f32([0.5, 0.99]); // a non-standard last threshold: still everyone left leaves at the end
    expect(Array.from(exitIndices(conf, t))).toEqual([1, 1]);
    const r = evaluateThresholds(conf, [i32([0, 0]), i32([3, 4])], [3, 4], t, [5, 10]);
    expect(r).toEqual({ accuracy: 100, expectedFlops: 10, exitCounts: [0, 2] });
  });

  it('a NaN confidence ranks above every number, as in torch, and takes nobody', () => {
    const conf = [f32([NaN, 0.9, 0.5, 0.4]), f32([0.1, 0.1, 0.1, 0.1])];
    const t = findThresholds(conf, normalizeShares([1, 3])); // n0 = 1: the largest is NaN
    expect(t[0]).toBeNaN();
    expect(Array.from(exitIndices(conf, t))).toEqual([1, 1, 1, 1]);
  });

  it('q > 1: the first exit has the smallest share, and with it rounded to zero nobody leaves there', () => {
    // q = 1.95 over 4 exits: P[0] = 1.95 / (1.95 + 1.95^2 + 1.95^3 + 1.95^4) ~ 0.0866; N = 11 gives
    // floor(0.95) = 0 at exit 0, while exit 1 (P ~ 0.169) takes floor(1.86) = 1.
    const shares = exitShares(1.95, 4);
    const n = 11;
    expect(Math.floor(Math.fround(n * shares[0]))).toBe(0);
    const conf = Array.from({ length: 4 }, (_, e) =>
      f32(Array.from({ length: n }, (_, i) => ((i * 5 + e * 3) % n) / n)),
    );
    conf[0][3] = 1; // the most confident sample at exit 0 still does not leave there
    const t = findThresholds(conf, shares);
    expect(t[0]).toBe(NO_EXIT_THRESHOLD);
    expect(Array.from(t)).toEqual(Array.from(publicFindThreshold(conf, shares, 'index')));
    expect(Array.from(exitIndices(conf, t)).filter((e) => e === 0)).toEqual([]);
  });

  it('the last exit takes everyone the earlier exits left, however many that is', () => {
    // Weights 4 : 0.1 : 4 over N = 8: n0 = floor(3.95) = 3 and n1 = floor(0.099) = 0, so exit 1
    // takes nobody (T[1] = 1e8) and the last exit gets the remaining 5, well over its share of 3.
    const conf = [
      f32([0.9, 0.8, 0.7, 0.1, 0.1, 0.1, 0.1, 0.1]),
      f32(Array(8).fill(0.99)),
      f32(Array(8).fill(0)),
    ];
    const t = findThresholds(conf, normalizeShares([4, 0.1, 4]));
    expect(Array.from(t)).toEqual([Math.fround(0.7), NO_EXIT_THRESHOLD, LAST_EXIT_THRESHOLD]);
    const counts = evaluateThresholds(
      conf,
      conf.map(() => i32(Array(8).fill(0))),
      Array(8).fill(0),
      t,
      [1, 2, 3],
    ).exitCounts;
    expect(counts).toEqual([3, 0, 5]);
  });

  it('identical logits give tied confidences, and tied samples leave together', () => {
    // Samples 0 and 2 have the same logits at exit 0, so the same float32 confidence.
    const logits0 = f32([2, 0, 1, 1, 2, 0, 0, 0.5]);
    const logits1 = f32([0, 3, 3, 0, 0, 3, 3, 0]);
    const out = exitOutputsFromLogits([logits0, logits1], [0, 0, 0, 1], 2);
    expect(out.confidences[0][0]).toBe(out.confidences[0][2]);
    // n0 = floor(4 * 0.25) = 1: the largest confidence is shared by samples 0 and 2, both leave.
    const t = findThresholds(out.confidences, normalizeShares([1, 3]));
    expect(t[0]).toBe(out.confidences[0][0]);
    expect(Array.from(exitIndices(out.confidences, t))).toEqual([0, 1, 0, 1]);
    expect(Array.from(out.predictions[0])).toEqual([0, 0, 0, 1]); // a tie goes to the lower class
  });

  it('rejects mismatched shapes', () => {
    expect(() => findThresholds([f32([1, 2]), f32([1])], [0.5, 0.5])).toThrow(
      /exit 1 has 1 samples, exit 0 has 2/,
    );
    expect(() => findThresholds([f32([1])], [0.5, 0.5])).toThrow(/2 exit shares for 1 exits/);
  });
});

/** Deterministic pseudo-random numbers for the cross-check. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('findThresholds agrees with the transcription of the public code', () => {
  it('for every standard p on random data with many ties, whatever the sort order of ties', () => {
    const rand = lcg(7);
    for (let trial = 0; trial < 30; trial++) {
      const exits = 2 + (trial % 7);
      const n = 1 + Math.floor(rand() * 120);
      const levels = 1 + Math.floor(rand() * 12); // few distinct values -> many ties
      const conf = Array.from({ length: exits }, () =>
        f32(Array.from({ length: n }, () => Math.floor(rand() * levels) / levels)),
      );
      const preds = conf.map((c) => i32(Array.from(c, () => Math.floor(rand() * 3))));
      const labels = Array.from({ length: n }, () => Math.floor(rand() * 3));
      const flops = Array.from({ length: exits }, (_, e) => 1e6 * (e + 1) + 12345.678 * e);
      for (const p of STANDARD_P) {
        const shares = exitShares(p / 20, exits);
        const t = findThresholds(conf, shares);
        const where = `trial ${trial}, p = ${p}`;
        expect(Array.from(publicFindThreshold(conf, shares, 'index')), where).toEqual(Array.from(t));
        expect(Array.from(publicFindThreshold(conf, shares, 'reverse')), where).toEqual(Array.from(t));
        const r = evaluateThresholds(conf, preds, labels, t, flops);
        const pub = publicEvalWithThreshold(conf, preds, labels, flops, t);
        expect([r.accuracy, r.expectedFlops, r.exitCounts], where).toEqual([
          pub.acc,
          pub.expected_flops,
          pub.exp,
        ]);
      }
    }
  });
});

describe('against the public code run under torch', () => {
  it('reproduces thresholds, accuracy, float32 expected FLOPs and exit counts for all 39 p', () => {
    const val = TORCH_CASE.val;
    const test = TORCH_CASE.test;
    const vc = val.confidences.map(f32);
    const tc = test.confidences.map(f32);
    const vp = val.predictions.map(i32);
    const tp = test.predictions.map(i32);
    for (const pt of TORCH_CASE.points) {
      const t = findThresholds(vc, exitShares(pt.p / 20, vc.length));
      expect(Array.from(t), `p = ${pt.p}`).toEqual(pt.T);
      const v = evaluateThresholds(vc, vp, val.labels, t, TORCH_CASE.flops);
      const te = evaluateThresholds(tc, tp, test.labels, t, TORCH_CASE.flops);
      expect([v.accuracy, v.expectedFlops, v.exitCounts]).toEqual([pt.valAcc, pt.valFlops, pt.valExit]);
      expect([te.accuracy, te.expectedFlops, te.exitCounts]).toEqual([pt.testAcc, pt.testFlops, pt.testExit]);
    }
  });
});

describe('anytimeAccuracy', () => {
  it('scores each exit on its own', () => {
    const outputs = {
      confidences: [f32([1, 1]), f32([1, 1])],
      predictions: [i32([0, 1]), i32([1, 1])],
      labels: [1, 1],
    };
    expect(anytimeAccuracy(outputs)).toEqual([50, 100]);
  });
});
