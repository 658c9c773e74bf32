import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSafetensors, writeSafetensors, writeSafetensorsRaw } from '../../src/weights/safetensors.ts';
import { expectSameStateDict } from './compare.ts';
import { fixture } from './fixtures.ts';

const FILE = 'test.safetensors';

/** A file with an arbitrary header (object or raw text) and data section. */
function rawFile(header: unknown, data = new Uint8Array(0)): Uint8Array {
  const json = new TextEncoder().encode(typeof header === 'string' ? header : JSON.stringify(header));
  const out = new Uint8Array(8 + json.byteLength + data.byteLength);
  new DataView(out.buffer).setBigUint64(0, BigInt(json.byteLength), true);
  out.set(json, 8);
  out.set(data, 8 + json.byteLength);
  return out;
}

function u16(values: number[]): Uint8Array {
  return new Uint8Array(Uint16Array.from(values).buffer);
}

describe('writeSafetensors / readSafetensors', () => {
  const tensors = {
    'b.weight': { dtype: 'F32' as const, shape: [2, 3], data: Float32Array.from([1, -2, 3.5, 0, -0, 1e-30]) },
    'a.num_batches_tracked': {
      dtype: 'I64' as const,
      shape: [],
      data: BigInt64Array.from([123456789012345n]),
    },
    '0': { dtype: 'F32' as const, shape: [0, 4], data: new Float32Array(0) },
  };

  it('round-trips F32 and I64 tensors, empty and scalar ones included', () => {
    const sd = readSafetensors(writeSafetensors(tensors, { format: 'pt' }), FILE);
    expect([...sd.keys()].sort()).toEqual(['0', 'a.num_batches_tracked', 'b.weight']);
    expect(sd.get('b.weight')).toEqual({
      dtype: 'f32',
      sourceDtype: 'F32',
      shape: [2, 3],
      data: tensors['b.weight'].data,
    });
    expect(sd.get('a.num_batches_tracked')).toMatchObject({
      dtype: 'i64',
      shape: [],
      data: BigInt64Array.from([123456789012345n]),
    });
    expect(sd.get('0')).toMatchObject({ shape: [0, 4], data: new Float32Array(0) });
  });

  it('is deterministic: sorted keys, space padding to an 8-aligned data section', () => {
    const reordered = Object.fromEntries(Object.entries(tensors).reverse());
    const a = writeSafetensors(tensors, { format: 'pt' });
    expect(writeSafetensors(reordered, { format: 'pt' })).toEqual(a);
    const headerLength = Number(new DataView(a.buffer).getBigUint64(0, true));
    expect(headerLength % 8).toBe(0);
    const header = new TextDecoder().decode(a.subarray(8, 8 + headerLength));
    expect(header).toMatch(
      /^\{"__metadata__":\{"format":"pt"\},"0":.*,"a\.num_batches_tracked":.*,"b\.weight":.*\} *$/,
    );
  });

  it('refuses to write data that does not match the declared shape', () => {
    expect(() => writeSafetensors({ x: { dtype: 'F32', shape: [3], data: new Float32Array(2) } })).toThrow(
      /tensor 'x' declares F32 \[3\]/,
    );
  });

  it('widens F16 exactly, subnormals, infinities and NaN included', () => {
    const bits = [0x0000, 0x8000, 0x3c00, 0xc100, 0x7bff, 0x0400, 0x0001, 0x7c00, 0xfc00, 0x7e00];
    const file = writeSafetensorsRaw({ h: { dtype: 'F16', shape: [bits.length], bytes: u16(bits) } });
    const t = readSafetensors(file, FILE).get('h');
    expect(t).toMatchObject({ dtype: 'f32', sourceDtype: 'F16', shape: [bits.length] });
    expect(Array.from(t!.data as Float32Array)).toEqual([
      0,
      -0,
      1,
      -2.5,
      65504,
      2 ** -14,
      2 ** -24,
      Infinity,
      -Infinity,
      NaN,
    ]);
  });

  it('widens BF16 exactly', () => {
    const bits = [0x3f80, 0xc020, 0x4049, 0x0001, 0x7f80, 0xff80, 0x8000];
    const file = writeSafetensorsRaw({ b: { dtype: 'BF16', shape: [7], bytes: u16(bits) } });
    const t = readSafetensors(file, FILE).get('b');
    expect(t).toMatchObject({ dtype: 'f32', sourceDtype: 'BF16' });
    expect(Array.from(t!.data as Float32Array)).toEqual([
      1,
      -2.5,
      3.140625,
      2 ** -133,
      Infinity,
      -Infinity,
      -0,
    ]);
  });

  it('reads tensors at offsets that are not a multiple of their element size', () => {
    // A 2-byte F16 tensor first pushes the F32 and I64 tensors after it off alignment.
    const file = writeSafetensorsRaw({
      a: { dtype: 'F16', shape: [1], bytes: u16([0x3c00]) },
      b: { dtype: 'F32', shape: [2], bytes: new Uint8Array(Float32Array.from([1.5, -7]).buffer) },
      c: { dtype: 'I64', shape: [1], bytes: new Uint8Array(BigInt64Array.from([-5n]).buffer) },
    });
    const sd = readSafetensors(file, FILE);
    expect(sd.get('b')!.data).toEqual(Float32Array.from([1.5, -7]));
    expect(sd.get('c')!.data).toEqual(BigInt64Array.from([-5n]));
  });

  it('reads the fixtures identically from an odd byte offset', () => {
    const bytes = readFileSync(fixture('tiny-cifar', 'model.safetensors'));
    const shifted = new Uint8Array(bytes.byteLength + 1).subarray(1);
    shifted.set(bytes);
    expectSameStateDict(readSafetensors(shifted, FILE), readSafetensors(bytes, FILE));
  });
});

describe('readSafetensors refuses corrupt files clearly', () => {
  const good = writeSafetensors({
    x: { dtype: 'F32', shape: [4], data: Float32Array.from([1, 2, 3, 4]) },
    y: { dtype: 'F32', shape: [2], data: Float32Array.from([5, 6]) },
  });
  const f32 = (n: number) => new Uint8Array(4 * n);

  it('names the file in every message', () => {
    expect(() => readSafetensors(good.subarray(0, 5), 'dir/broken.safetensors')).toThrow(
      /^dir\/broken\.safetensors: invalid safetensors file: expected at least 8 bytes/,
    );
  });

  it('truncated data', () => {
    expect(() => readSafetensors(good.subarray(0, good.byteLength - 3), FILE)).toThrow(
      /tensor 'y': data_offsets \[16, 24\] extend past the end of the data section \(21 bytes; the file may be truncated\)/,
    );
  });

  it('an impossible header length', () => {
    const bad = good.slice();
    new DataView(bad.buffer).setBigUint64(0, 2n ** 62n, true);
    expect(() => readSafetensors(bad, FILE)).toThrow(
      /header length field says 4611686018427387904 bytes but only \d+ follow/,
    );
  });

  it('a header that is not JSON', () => {
    expect(() => readSafetensors(rawFile('{"x": {"dtype": '), FILE)).toThrow(/header is not UTF-8 JSON/);
    expect(() => readSafetensors(rawFile('[1, 2]'), FILE)).toThrow(/header is not a JSON object/);
  });

  it('offsets past the end, overlapping or leaving gaps', () => {
    const past = rawFile({ x: { dtype: 'F32', shape: [4], data_offsets: [0, 16] } }, f32(2));
    expect(() => readSafetensors(past, FILE)).toThrow(
      /tensor 'x': data_offsets \[0, 16\] extend past the end/,
    );
    const overlap = rawFile(
      {
        x: { dtype: 'F32', shape: [2], data_offsets: [0, 8] },
        y: { dtype: 'F32', shape: [2], data_offsets: [4, 12] },
      },
      f32(3),
    );
    expect(() => readSafetensors(overlap, FILE)).toThrow(
      /tensor 'y' \(bytes 4\.\.12\) overlaps tensor 'x' \(bytes 0\.\.8\)/,
    );
    const gap = rawFile({ x: { dtype: 'F32', shape: [1], data_offsets: [4, 8] } }, f32(2));
    expect(() => readSafetensors(gap, FILE)).toThrow(
      /tensor 'x' starts at byte 4 but the previous tensor ends at 0/,
    );
    const trailing = rawFile({ x: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }, f32(2));
    expect(() => readSafetensors(trailing, FILE)).toThrow(
      /the tensors cover 4 bytes of data but the data section has 8/,
    );
    const reversed = rawFile({ x: { dtype: 'F32', shape: [1], data_offsets: [8, 4] } }, f32(2));
    expect(() => readSafetensors(reversed, FILE)).toThrow(/tensor 'x': data_offsets must be \[begin, end\]/);
  });

  it('a byte size that does not match shape and dtype', () => {
    const bad = rawFile({ x: { dtype: 'F32', shape: [3], data_offsets: [0, 8] } }, f32(2));
    expect(() => readSafetensors(bad, FILE)).toThrow(
      /tensor 'x': shape \[3\] of F32 needs 12 bytes but data_offsets \[0, 8\] hold 8/,
    );
  });

  it('shape entries that are not non-negative integers', () => {
    for (const shape of [[-1], [1.5], ['2'], 3]) {
      const bad = rawFile({ x: { dtype: 'F32', shape, data_offsets: [0, 0] } });
      expect(() => readSafetensors(bad, FILE)).toThrow(
        /tensor 'x': shape must be a list of non-negative integers/,
      );
    }
  });

  it('dtypes other than F32, F16, BF16 and I64, naming the tensor', () => {
    const u8 = writeSafetensorsRaw({ 'layer.mask': { dtype: 'U8', shape: [2], bytes: new Uint8Array(2) } });
    expect(() => readSafetensors(u8, FILE)).toThrow(
      /tensor 'layer\.mask' has dtype U8; ranetc reads F32, F16, BF16 \(widened to f32\) and I64/,
    );
    const f64 = writeSafetensorsRaw({ w: { dtype: 'F64', shape: [1], bytes: new Uint8Array(8) } });
    expect(() => readSafetensors(f64, FILE)).toThrow(/tensor 'w' has dtype F64/);
    const odd = writeSafetensorsRaw({ w: { dtype: 'toString', shape: [1], bytes: new Uint8Array(8) } });
    expect(() => readSafetensors(odd, FILE)).toThrow(/tensor 'w' has unknown dtype "toString"/);
  });

  it('malformed metadata', () => {
    const bad = rawFile({ __metadata__: { epoch: 3 } });
    expect(() => readSafetensors(bad, FILE)).toThrow(/__metadata__ must map strings to strings/);
  });
});
