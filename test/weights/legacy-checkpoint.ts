import { dict, global, le, persid, pickle, reduce, tuple, type Py } from './pickle-writer.ts';

// Test-only writer of the legacy (non-zip) torch.save layout, following torch/serialization.py's
// `_legacy_save`: pickled magic number, protocol version, sys_info, the object (storages as
// persistent ids), the sorted storage keys, then per key an 8-byte little-endian element count
// and the raw elements.

export interface Storage {
  readonly key: string;
  readonly type: 'FloatStorage' | 'HalfStorage' | 'LongStorage' | 'DoubleStorage';
  readonly numel: number;
  readonly bytes: Uint8Array;
}

export function storage(key: string, data: Float32Array | BigInt64Array | Float64Array): Storage {
  const type =
    data instanceof Float32Array
      ? 'FloatStorage'
      : data instanceof BigInt64Array
        ? 'LongStorage'
        : 'DoubleStorage';
  return {
    key,
    type,
    numel: data.length,
    bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
}

/** `view` = [view_key, offset, numel]: the pre-1.0 storage views the format still describes. */
export function tensor(
  s: Storage,
  offset: number,
  shape: number[],
  stride: number[],
  view?: [string, number, number],
): Py {
  const pid = tuple('storage', global('torch', s.type), s.key, 'cpu', s.numel, view ? tuple(...view) : null);
  return reduce(
    global('torch._utils', '_rebuild_tensor_v2'),
    tuple(persid(pid), offset, tuple(...shape), tuple(...stride), false, orderedDict([])),
  );
}

/** `OrderedDict([(k, v), ...])`, the pre-protocol-2 spelling (torch pickles protocol 2 via SETITEMS). */
export function orderedDict(entries: [string, Py][]): Py {
  return reduce(global('collections', 'OrderedDict'), tuple(entries.map(([k, v]) => tuple(k, v))));
}

export function legacyCheckpoint(obj: Py, storages: readonly Storage[]): Uint8Array {
  const sorted = [...storages].sort((a, b) => (a.key < b.key ? -1 : 1));
  const parts = [
    pickle(0x1950a86a20f9469cfc6cn),
    pickle(1001),
    pickle(
      dict([
        ['protocol_version', 1001],
        ['little_endian', true],
        [
          'type_sizes',
          dict([
            ['short', 2],
            ['int', 4],
            ['long', 8],
          ]),
        ],
      ]),
    ),
    pickle(obj),
    pickle(sorted.map((s) => s.key)),
  ];
  for (const s of sorted) parts.push(Uint8Array.from(le(BigInt(s.numel), 8)), s.bytes);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
