import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkWeights,
  loadWeights,
  readWeights,
  WeightsError,
  type ExpectedTensor,
} from '../../src/weights/load.ts';
import { writeSafetensors } from '../../src/weights/safetensors.ts';
import type { HostTensor } from '../../src/weights/tensor.ts';
import { fixture } from './fixtures.ts';

describe('loadWeights', () => {
  it('tells formats apart by content, not by extension', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ranetc-weights-'));
    const file = path.join(dir, 'weights.pth.tar');
    writeFileSync(
      file,
      writeSafetensors({ w: { dtype: 'F32', shape: [2], data: Float32Array.from([1, 2]) } }),
    );
    expect(loadWeights(file).get('w')!.data).toEqual(Float32Array.from([1, 2]));
    expect(loadWeights(fixture('digits', 'checkpoint.pth.tar')).size).toBe(588);
  });

  it('refuses a garbage file, saying what it expected and found', () => {
    const garbage = new TextEncoder().encode('<html>404 not found</html>');
    expect(() => readWeights(garbage, 'model.pth')).toThrow(WeightsError);
    expect(() => readWeights(garbage, 'model.pth')).toThrow(
      /^model\.pth: not a recognized weights file: expected safetensors .*, a torch zip checkpoint .* or a legacy torch checkpoint .*; found 26 bytes starting 3c 68 74 6d/,
    );
    expect(() => readWeights(new Uint8Array(0), 'empty.pth')).toThrow(/found 0 bytes starting \(empty\)/);
  });

  it('reports an unreadable file by name', () => {
    expect(() => loadWeights('/nonexistent/model.safetensors')).toThrow(
      /^\/nonexistent\/model\.safetensors: cannot read the file \(ENOENT/,
    );
  });
});

describe('checkWeights', () => {
  const f32 = (...shape: number[]): HostTensor => ({
    dtype: 'f32',
    shape,
    sourceDtype: 'F32',
    data: new Float32Array(shape.reduce((a, b) => a * b, 1)),
  });
  const i64: HostTensor = { dtype: 'i64', shape: [], sourceDtype: 'I64', data: new BigInt64Array(1) };
  const expected = new Map<string, ExpectedTensor>([
    ['conv.weight', { shape: [8, 3, 3, 3], dtype: 'f32' }],
    ['bn.num_batches_tracked', { shape: [], dtype: 'i64' }],
    ['bn.weight', { shape: [8], dtype: 'f32' }],
    ['b.weight', { shape: [8], dtype: 'f32' }],
    ['linear.weight', { shape: [10, 8], dtype: 'f32' }],
    ['linear.bias', { shape: [10], dtype: 'f32' }],
  ]);

  it('accepts a matching state dict', () => {
    const sd = new Map(
      [...expected].map(([k, e]): [string, HostTensor] => [k, e.dtype === 'i64' ? i64 : f32(...e.shape)]),
    );
    expect(() => checkWeights(expected, sd, 'ok.safetensors')).not.toThrow();
  });

  it('reports missing, unexpected and wrong-shape tensors together, sorted', () => {
    const sd = new Map<string, HostTensor>([
      ['conv.weight', f32(8, 3, 1, 1)],
      ['bn.num_batches_tracked', f32()],
      ['bn.weight', f32(8)],
      ['linear.weight', f32(10, 8)],
      ['module.linear.bias', f32(10)],
      ['extra.z', f32(2)],
    ]);
    let error: unknown;
    try {
      checkWeights(expected, sd, 'ckpt.pth');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(WeightsError);
    expect((error as WeightsError).message).toBe(
      [
        'ckpt.pth: the weights do not match the model (2 missing, 2 unexpected, 2 with the wrong shape or dtype):',
        '  missing (the model needs them; the file lacks them):',
        '    b.weight [8] f32',
        '    linear.bias [10] f32',
        '  unexpected (the file has them; the model does not use them):',
        '    extra.z [2] f32',
        '    module.linear.bias [10] f32',
        '  wrong shape or dtype:',
        '    bn.num_batches_tracked: expected [] i64, found [] f32',
        '    conv.weight: expected [8, 3, 3, 3] f32, found [8, 3, 1, 1] f32',
      ].join('\n'),
    );
  });

  it('caps each list and says how many more there are', () => {
    const many = new Map<string, ExpectedTensor>(
      Array.from({ length: 25 }, (_, i): [string, ExpectedTensor] => [
        `w${String(i).padStart(2, '0')}`,
        { shape: [1], dtype: 'f32' },
      ]),
    );
    expect(() => checkWeights(many, new Map(), 'empty.safetensors')).toThrow(
      /\(25 missing\):\n {2}missing .*:\n {4}w00 \[1\] f32\n(?: {4}w\d\d \[1\] f32\n){19} {4}\.\.\. and 5 more$/,
    );
  });
});
