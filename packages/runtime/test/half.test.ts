import { describe, expect, it } from 'vitest';
import { halfBits, toHalf } from '../src/weights.ts';

describe('halfBits: f32 to IEEE binary16, round to nearest even', () => {
  it.each([
    [1, 0x3c00],
    [-2, 0xc000],
    [0.5, 0x3800],
    [65504, 0x7bff], // largest finite
    [65520, 0x7c00], // rounds up to infinity
    [1e6, 0x7c00],
    [-Infinity, 0xfc00],
    [2 ** -14, 0x0400], // smallest normal
    [2 ** -24, 0x0001], // smallest subnormal
    [2 ** -25, 0x0000], // halfway to zero: ties to even (zero)
    [3 * 2 ** -26, 0x0001], // above halfway: rounds up
    [1 / 3, 0x3555],
    [1 + 2 ** -11, 0x3c00], // tie between 1 and its successor: even (1)
    [1 + 3 * 2 ** -11, 0x3c02], // tie: even (successor's successor)
    [-0, 0x8000],
  ])('%d -> %i', (x, bits) => expect(halfBits(x)).toBe(bits));

  it('keeps NaN a NaN', () => {
    const h = halfBits(NaN);
    expect(h & 0x7c00).toBe(0x7c00);
    expect(h & 0x3ff).not.toBe(0);
  });

  it('pads to whole 4-byte words', () => {
    expect(toHalf(Float32Array.of(1, 2, 3)).length).toBe(4);
    expect(Array.from(toHalf(Float32Array.of(1, 2)))).toEqual([0x3c00, 0x4000]);
  });
});
