// The timing the bench and the tuner share (src/timing/timing.ts): the median, the interleaved
// loop (order, warm-up, when it stops, an injected timer) and the seeded bootstrap interval.

import { describe, expect, it } from 'vitest';
import { interleaved, median, ratioInterval } from '../src/timing/timing.ts';
import { mulberry32 } from '../src/weights/synthetic.ts';

describe('median', () => {
  it('is the middle sample of an odd count and the mean of the two middle ones of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
    expect(() => median([])).toThrow(/no samples/);
  });
});

describe('interleaved', () => {
  /** Runs that record their name when called. */
  const recording = (names: readonly string[], log: string[]) =>
    names.map((n) => () => {
      log.push(n);
      return Promise.resolve();
    });

  it('warms every run up untimed, then times one call of each per round until `more` says stop', async () => {
    const log: string[] = [];
    const timed: number[] = [];
    const samples = await interleaved(recording(['a', 'b', 'c'], log), {
      rotate: true,
      time: async (call, run) => {
        await call();
        timed.push(run);
        return 10 * run + timed.length;
      },
      more: (s, rounds) => {
        expect(s.map((x) => x.length)).toEqual([rounds, rounds, rounds]);
        return rounds < 3;
      },
    });
    expect(log).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
    expect(timed).toEqual([0, 1, 2, 1, 2, 0, 2, 0, 1]);
    expect(samples).toEqual([
      [1, 6, 8],
      [12, 14, 19],
      [23, 25, 27],
    ]);
  });

  it('keeps the given order without `rotate`, and times at least one round', async () => {
    const log: string[] = [];
    const samples = await interleaved(recording(['a', 'b'], log), {
      more: () => false,
      time: async (call) => {
        await call();
        return 1;
      },
    });
    expect(log).toEqual(['a', 'b', 'a', 'b']);
    expect(samples).toEqual([[1], [1]]);
  });
});

describe('ratioInterval', () => {
  it('is seeded: the same ratios give the same interval', () => {
    const u = mulberry32(11);
    const ratios = Array.from({ length: 20 }, () => 0.9 + 0.2 * u());
    expect(ratioInterval(ratios)).toEqual(ratioInterval(ratios));
  });

  it('narrows around the median as calls add up, and holds the median of the noise it came from', () => {
    const u = mulberry32(2);
    const draw = (n: number) => Array.from({ length: n }, () => 0.95 + 0.2 * (u() - 0.5));
    const [lo8, hi8] = ratioInterval(draw(8));
    const [lo64, hi64] = ratioInterval(draw(64));
    expect(hi64 - lo64).toBeLessThan(hi8 - lo8);
    for (const [lo, hi] of [
      [lo8, hi8],
      [lo64, hi64],
    ]) {
      expect(lo).toBeLessThan(0.95);
      expect(hi).toBeGreaterThan(0.95);
    }
    // A constant ratio: no noise, the interval is the point.
    expect(ratioInterval([1.25, 1.25, 1.25])).toEqual([1.25, 1.25]);
  });
});
