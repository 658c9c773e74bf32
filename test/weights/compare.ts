import { expect } from 'vitest';
import type { HostTensor, StateDict } from '../../src/weights/tensor.ts';

function bytesOf(t: HostTensor): Buffer {
  return Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength);
}

/**
 * Exact equality of two state dicts: the same keys, and per key the same dtype, source dtype,
 * shape and bit-identical data. Compares bytes rather than using toEqual, which is slow on
 * millions of typed-array elements.
 */
export function expectSameStateDict(actual: StateDict, expected: StateDict): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  const differing: string[] = [];
  for (const [name, want] of expected) {
    const got = actual.get(name)!;
    expect({ name, dtype: got.dtype, sourceDtype: got.sourceDtype, shape: [...got.shape] }).toEqual({
      name,
      dtype: want.dtype,
      sourceDtype: want.sourceDtype,
      shape: [...want.shape],
    });
    if (!bytesOf(got).equals(bytesOf(want))) differing.push(name);
  }
  expect(differing, 'tensors whose data differ').toEqual([]);
}
