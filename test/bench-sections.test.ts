// The sections of `npm run bench` in a smoke mode: each on tiny-cifar with tiny settings, so
// that their code runs in CI. Timings are not checked (they are whatever the machine gives),
// only the tables' rows and that every ratio printed is a finite positive number.

import { describe, expect, it } from 'vitest';
import { benchTuning } from '../src/cli/bench/tuning.ts';
import { fixturesDir as fixtures } from './helpers/fixtures.ts';

/** Every `<number>x` ratio in the text. */
const ratios = (text: string): number[] =>
  [...text.matchAll(/(-?[\d.]+|NaN|Infinity)x\b/g)].map((m) => Number(m[1]));

describe('bench sections, smoke mode', () => {
  it('tuning: tiny-cifar tuned at 1 and 4, a row per batch and build, every ratio finite and positive', async () => {
    const lines: string[] = [];
    await benchTuning(fixtures, (s) => lines.push(s), {
      models: [{ name: 'tiny-cifar', budget: 2, reps: 1, batches: [1, 4], calls: 2, confirmCalls: 1 }],
    });
    const text = lines.join('\n');
    for (const batch of [1, 4]) {
      expect(text).toMatch(new RegExp(`tune's confirmation at batch ${batch}: `));
      for (const build of ['default', 'tuned'])
        expect(text, `${build} at batch ${batch}`).toMatch(
          new RegExp(`^\\s+${batch}\\s+${build}\\s+[\\d.]+\\s+[\\d.]+x`, 'm'),
        );
    }
    const found = ratios(text);
    expect(found.length).toBeGreaterThanOrEqual(6);
    for (const r of found) {
      expect(Number.isFinite(r)).toBe(true);
      expect(r).toBeGreaterThan(0);
    }
  }, 120_000);
});
