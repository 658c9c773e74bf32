import { describe, expect, it } from 'vitest';
import {
  exitShares,
  normalizeShares,
  samplesToTake,
  STANDARD_P,
  torchSum,
} from '../../src/adaptive/shares.ts';
import { TORCH_FLOORS, TORCH_SHARES } from './torch-golden.ts';

const fromHex = (h: string): number =>
  new DataView(Uint32Array.of(parseInt(h, 16)).buffer).getFloat32(0, true);

describe('exit shares', () => {
  it.each([3, 8, 16])('match torch bit for bit for every standard p at %i exits', (exits) => {
    const rows = TORCH_SHARES[exits];
    expect(rows).toHaveLength(39);
    for (const p of STANDARD_P) {
      const torch = rows[p - 1].split(' ').map(fromHex);
      expect(Array.from(exitShares(p / 20, exits)), `p = ${p}`).toEqual(torch);
    }
  });

  it('take floor(N * P[e]) with the product in float32, as torch does', () => {
    for (const [exits, n, p, k, count] of TORCH_FLOORS) {
      expect(samplesToTake(n, exitShares(p / 20, exits)[k]), `E=${exits} N=${n} p=${p} k=${k}`).toBe(count);
    }
    // 10 * fround(0.3) = 3.0000001192... is a float32 rounding midpoint; ties-to-even gives 3.
    expect(samplesToTake(10, 0.3)).toBe(3);
  });

  it('q = 1 spreads evenly and small q favours early exits', () => {
    expect(Array.from(exitShares(1, 4))).toEqual([0.25, 0.25, 0.25, 0.25]);
    const s = exitShares(0.05, 3);
    expect(s[0]).toBeGreaterThan(0.9);
    expect(s[2]).toBeLessThan(0.01);
  });

  it('sum in the order torch does', () => {
    // 8 and more values: one partial per lane, then the tail first, then lanes in order.
    const v = [1e8, 1, 1, 1, 1, 1, 1, 1, -1e8];
    expect(torchSum(v)).toBe(Math.fround(Math.fround(-1e8 + 1e8) + 7));
    expect(torchSum([1, 2, 3])).toBe(6);
  });

  it('explicit shares are normalized like `probs /= probs.sum()`', () => {
    expect(Array.from(normalizeShares([2, 1, 1]))).toEqual([0.5, 0.25, 0.25]);
    expect(() => normalizeShares([1, -1])).toThrow(/weight 1 must be a finite number >= 0/);
    expect(() => normalizeShares([0, 0])).toThrow(/positive finite sum/);
    expect(() => exitShares(0, 3)).toThrow(/q must be a positive number/);
  });
});
