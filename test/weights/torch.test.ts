import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadWeights, readWeights } from '../../src/weights/load.ts';
import { readSafetensors } from '../../src/weights/safetensors.ts';
import type { StateDict } from '../../src/weights/tensor.ts';
import { readTorchZip } from '../../src/weights/torch.ts';
import { expectSameStateDict } from './compare.ts';
import { fixture } from './fixtures.ts';
import { legacyCheckpoint, orderedDict, storage, tensor, type Storage } from './legacy-checkpoint.ts';
import { dict, float, pickle, type Py } from './pickle-writer.ts';

describe.each(['tiny-cifar', 'digits', 'imagenet-mini'])('%s checkpoint.pth.tar (zip format)', (set) => {
  const checkpoint = loadWeights(fixture(set, 'checkpoint.pth.tar'));

  it("loses DataParallel's module. prefix", () => {
    expect([...checkpoint.keys()].filter((k) => k.startsWith('module.'))).toEqual([]);
    expect([...checkpoint.keys()].filter((k) => k.startsWith('FirstLayer.layers.0.')).length).toBeGreaterThan(
      0,
    );
  });
});

// The fixtures' README: every checkpoint.pth.tar holds model.safetensors' state_dict tensor for
// tensor (tiny-cifar's was once saved one SGD step later and has been rewritten to match).
it.each(['tiny-cifar', 'digits', 'imagenet-mini'])(
  '%s: checkpoint.pth.tar holds exactly the tensors of model.safetensors',
  (set) => {
    expectSameStateDict(
      loadWeights(fixture(set, 'checkpoint.pth.tar')),
      loadWeights(fixture(set, 'model.safetensors')),
    );
  },
);

describe('zip checkpoint corruption', () => {
  const bytes = new Uint8Array(readFileSync(fixture('tiny-cifar', 'checkpoint.pth.tar')));

  it('a truncated file', () => {
    expect(() => readWeights(bytes.subarray(0, bytes.byteLength >> 1), 'half.pth.tar')).toThrow(
      /^half\.pth\.tar: not a complete zip archive: its end-of-central-directory record is missing \(the file is truncated/,
    );
  });

  it('a flipped bit in a storage', () => {
    const bad = bytes.slice();
    bad[bad.byteLength >> 1] ^= 0x10;
    expect(() => readWeights(bad, 'flipped.pth.tar')).toThrow(
      /^flipped\.pth\.tar: entry '.*' fails its CRC-32 check/,
    );
  });

  it('a zip that is not a torch checkpoint', () => {
    const zip = zipSync({ 'notes.txt': new TextEncoder().encode('hello') });
    expect(() => readWeights(zip, 'notes.zip')).toThrow(
      /^notes\.zip: expected a torch checkpoint with one '<archive>\/data\.pkl' entry, found 0/,
    );
  });

  it('a big-endian archive', () => {
    const zip = zipSync({ 'a/data.pkl': pickle(dict([])), 'a/byteorder': new TextEncoder().encode('big') });
    expect(() => readTorchZip(zip, 'be.pt')).toThrow(/^be\.pt: expected byteorder 'little', found 'big'/);
  });

  it('a checkpoint without a state dict', () => {
    const zip = zipSync({
      'a/data.pkl': pickle(
        dict([
          ['epoch', 3],
          ['arch', 'RANet'],
        ]),
      ),
    });
    expect(() => readWeights(zip, 'nostate.pt')).toThrow(
      /expected a state dict \(names to tensors\) at the top level or under 'state_dict', 'model_state_dict', 'model', found: a dict with keys "epoch", "arch"/,
    );
  });
});

// ------------------------------------------------------------------------------------------------
// Legacy format, built from the tiny-cifar reference tensors with the layouts torch produces for
// views: transposed/permuted strides, storage offsets (several tensors in one storage), and the
// pre-1.0 storage views.

/** Lay `data` (row-major `shape`) out in a storage whose dimension order is `perm`; the strides. */
function permuted(
  data: Float32Array,
  shape: readonly number[],
  perm: number[],
): { data: Float32Array; stride: number[] } {
  const storageShape = perm.map((p) => shape[p]);
  const storageStride = storageShape.map((_, k) => storageShape.slice(k + 1).reduce((a, b) => a * b, 1));
  const stride = shape.map((_, d) => storageStride[perm.indexOf(d)]);
  const out = new Float32Array(data.length);
  const index = shape.map(() => 0);
  for (let flat = 0; flat < data.length; flat++) {
    out[index.reduce((at, i, d) => at + i * stride[d], 0)] = data[flat];
    for (let d = shape.length - 1; d >= 0 && ++index[d] === shape[d]; d--) index[d] = 0;
  }
  return { data: out, stride };
}

const contiguousStride = (shape: readonly number[]) =>
  shape.map((_, d) => shape.slice(d + 1).reduce((a, b) => a * b, 1));

function buildLegacy(reference: StateDict): { bytes: Uint8Array; layouts: Record<string, string> } {
  const storages: Storage[] = [];
  const entries: [string, Py][] = [];
  const layouts: Record<string, string> = {};
  const names = [...reference.keys()].sort();
  const linear = names.find((n) => /linear\.weight$/.test(n) && reference.get(n)!.shape.length === 2)!;
  const conv = names.find(
    (n) => reference.get(n)!.shape.length === 4 && reference.get(n)!.shape.every((d) => d > 1),
  )!;
  const bnWeight = names.find((n) => /net\.1\.weight$/.test(n))!;
  const bnBias = bnWeight.replace(/weight$/, 'bias');
  const viewed = bnWeight.replace(/weight$/, 'running_var');

  for (const name of names) {
    const t = reference.get(name)!;
    const key = `${storages.length}`;
    const shape = [...t.shape];
    const data = t.data;
    if (name === bnBias) continue; // stored with bnWeight
    if (data instanceof BigInt64Array) {
      storages.push(storage(key, data));
      entries.push([name, tensor(storages[storages.length - 1], 0, shape, contiguousStride(shape))]);
    } else if (name === linear || name === conv) {
      const p = permuted(data, shape, name === linear ? [1, 0] : [2, 3, 1, 0]);
      storages.push(storage(key, p.data));
      entries.push([name, tensor(storages[storages.length - 1], 0, shape, p.stride)]);
      layouts[name] = `stride [${p.stride.join(', ')}]`;
    } else if (name === bnWeight) {
      // weight and bias share one storage after 3 unrelated elements, as slices of one buffer do.
      const bias = reference.get(bnBias)!.data as Float32Array;
      const shared = new Float32Array(3 + data.length + bias.length).fill(NaN);
      shared.set(data, 3);
      shared.set(bias, 3 + data.length);
      const s = storage(key, shared);
      storages.push(s);
      entries.push(
        [name, tensor(s, 3, shape, [1])],
        [bnBias, tensor(s, 3 + data.length, [bias.length], [1])],
      );
      layouts[name] = 'storage offset 3';
      layouts[bnBias] = `storage offset ${3 + data.length}`;
    } else if (name === viewed) {
      const root = new Float32Array(5 + data.length).fill(-1);
      root.set(data, 5);
      const s = storage(key, root);
      storages.push(s);
      entries.push([name, tensor(s, 0, shape, [1], [`${key}v`, 5, data.length])]);
      layouts[name] = 'storage view at 5';
    } else {
      storages.push(storage(key, data));
      entries.push([name, tensor(storages[storages.length - 1], 0, shape, contiguousStride(shape))]);
    }
  }

  // An optimizer like SGD's, with tensors (one of a dtype ranetc cannot read) that are never loaded.
  const momentum = storage('m0', new Float32Array([1, 2, 3]));
  const step = storage('s0', new Float64Array([7]));
  storages.push(momentum, step);
  const optimizer = dict([
    [
      'state',
      dict([
        [0, dict([['momentum_buffer', tensor(momentum, 0, [3], [1])]])],
        [1, dict([['step', tensor(step, 0, [], [])]])],
      ]),
    ],
    [
      'param_groups',
      [
        dict([
          ['lr', float(0.1)],
          ['nesterov', false],
          ['foreach', null],
          ['params', [0, 1]],
        ]),
      ],
    ],
  ]);
  const checkpoint = dict([
    ['epoch', 299],
    ['arch', 'RANet'],
    ['state_dict', orderedDict(entries.map(([k, v]) => [`module.${k}`, v]))],
    ['best_prec1', float(12.5)],
    ['optimizer', optimizer],
  ]);
  return { bytes: legacyCheckpoint(checkpoint, storages), layouts };
}

describe('legacy (non-zip) checkpoint', () => {
  const reference = readSafetensors(
    readFileSync(fixture('tiny-cifar', 'model.safetensors')),
    'model.safetensors',
  );
  const { bytes, layouts } = buildLegacy(reference);

  it('exercises non-contiguous views, storage offsets and storage views', () => {
    const kinds = Object.values(layouts).map((l) => l.replace(/\d+/g, 'N'));
    expect(kinds.sort()).toEqual([
      'storage offset N',
      'storage offset N',
      'storage view at N',
      'stride [N, N, N, N]',
      'stride [N, N]',
    ]);
    expect(Object.values(layouts)).toContain('storage offset 3');
  });

  it('loads exactly the tensors of model.safetensors, without module. prefixes', () => {
    expectSameStateDict(readWeights(bytes, 'legacy.pth'), reference);
  });

  it('refuses a truncated file', () => {
    expect(() => readWeights(bytes.subarray(0, bytes.byteLength - 4), 'cut.pth')).toThrow(
      /^cut\.pth: storage 's0' needs bytes \d+\.\.\d+ but the file has \d+ \(truncated\)/,
    );
  });

  it('refuses a state dict tensor of an unsupported storage type, naming it', () => {
    const s = storage('0', new Float64Array([1, 2]));
    const file = legacyCheckpoint(orderedDict([['module.w', tensor(s, 0, [2], [1])]]), [s]);
    expect(() => readWeights(file, 'f64.pth')).toThrow(
      /^f64\.pth: tensor 'module\.w' is a DoubleStorage; ranetc reads/,
    );
  });

  it('refuses a view that reaches outside its storage', () => {
    const s = storage('0', new Float32Array(6));
    const file = legacyCheckpoint(orderedDict([['w', tensor(s, 1, [2, 3], [3, 1])]]), [s]);
    expect(() => readWeights(file, 'oob.pth')).toThrow(
      /^oob\.pth: tensor 'w': the view \(offset 1, size \[2, 3\], stride \[3, 1\]\) reaches element 6 of a storage with 6/,
    );
  });
});
