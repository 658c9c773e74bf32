import { describe, expect, it } from 'vitest';
import { budgetCurve, calibrateForBudget } from '../../src/adaptive/budget.ts';
import {
  evaluateThresholds,
  exitCountsFor,
  expectedCost,
  findThresholds,
} from '../../src/adaptive/calibrate.ts';
import { exitShares } from '../../src/adaptive/shares.ts';

/** A synthetic 4-exit model on 400 samples: later exits are more confident and more often right. */
function synthetic(seed: number, n = 400) {
  let s = seed;
  const rand = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const exits = 4;
  const labels = Array.from({ length: n }, () => Math.floor(rand() * 10));
  const confidences = Array.from({ length: exits }, (_, e) =>
    Float32Array.from({ length: n }, () => Math.min(1, 0.1 + 0.15 * e + 0.6 * rand())),
  );
  const predictions = confidences.map((c) =>
    Int32Array.from(c, (v, i) => (rand() < v ? labels[i] : (labels[i] + 1) % 10)),
  );
  return { confidences, predictions, labels };
}

const FLOPS = [10e6, 22e6, 31e6, 45e6];

describe('calibrateForBudget', () => {
  const val = synthetic(1);

  it('stays within the budget and gets closer than the standard grid alone', () => {
    for (const budget of [12e6, 18e6, 25e6, 33e6, 40e6]) {
      const c = calibrateForBudget(val.confidences, FLOPS, budget);
      expect(c.expectedFlops).toBeLessThanOrEqual(budget);
      // The reported cost is what these thresholds really cost on the validation set.
      expect(expectedCost(exitCountsFor(val.confidences, c.thresholds), FLOPS)).toBe(c.expectedFlops);
      const gridBest = Math.max(
        ...Array.from({ length: 39 }, (_, i) => {
          const t = findThresholds(val.confidences, exitShares((i + 1) / 20, 4));
          return expectedCost(exitCountsFor(val.confidences, t), FLOPS);
        }).filter((x) => x <= budget),
      );
      expect(c.expectedFlops).toBeGreaterThanOrEqual(gridBest);
    }
  });

  it('reports p when a standard value wins, and a refined q otherwise', () => {
    const t5 = findThresholds(val.confidences, exitShares(5 / 20, 4));
    const cost5 = expectedCost(exitCountsFor(val.confidences, t5), FLOPS);
    const exact = calibrateForBudget(val.confidences, FLOPS, cost5);
    expect(exact.expectedFlops).toBe(cost5);
    const between = calibrateForBudget(val.confidences, FLOPS, 27.3e6);
    expect(between.p).toBeUndefined();
    expect(between.q).toBeGreaterThan(0);
  });

  it('goes below the grid towards everyone leaving at the first exit', () => {
    const c = calibrateForBudget(val.confidences, FLOPS, 10.2e6);
    expect(c.expectedFlops).toBeLessThanOrEqual(10.2e6);
    expect(c.exitCounts[0]).toBeGreaterThan(390);
  });

  it('explains a budget below the first exit', () => {
    expect(() => calibrateForBudget(val.confidences, FLOPS, 5e6)).toThrow(
      /below the cheapest reachable expected cost/,
    );
    expect(() => calibrateForBudget(val.confidences, FLOPS, -1)).toThrow(/positive number of FLOPs/);
    expect(() => calibrateForBudget(val.confidences, [1, 2], 5e6)).toThrow(/2 values for 4 exits/);
  });
});

describe('budgetCurve', () => {
  it('has one point per standard p, thresholds from val and numbers from test', () => {
    const val = synthetic(2);
    const test = synthetic(3, 300);
    const curve = budgetCurve(val, test, FLOPS);
    expect(curve.map((c) => c.p)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    const pt = curve[19];
    expect(pt.q).toBe(1);
    const onTest = evaluateThresholds(test.confidences, test.predictions, test.labels, pt.thresholds, FLOPS);
    expect(pt.testAccuracy).toBe(onTest.accuracy);
    expect(pt.testExpectedMFlops).toBe(onTest.expectedFlops / 1e6);
    expect(pt.testExitCounts.reduce((a, b) => a + b, 0)).toBe(300);
    // Larger q sends more inputs to later exits: the cheapest point is at p = 1.
    expect(curve[0].testExpectedMFlops).toBeLessThan(curve[38].testExpectedMFlops);
  });
});
