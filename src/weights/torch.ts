import { decodeTensor } from './dtype.ts';
import { WeightsError } from './errors.ts';
import { describe, unpickle } from './pickle.ts';
import type { HostTensor, StateDict } from './tensor.ts';
import { resolveStorage, type StorageRef, TensorRef, TORCH_GLOBALS } from './torch-objects.ts';
import { gatherStrided } from './strided.ts';
import { ZipReader } from './zip.ts';

// The two layouts `torch.save` writes. Both pickle the object with storages replaced by
// persistent ids and keep the storages' bytes outside the pickle; they differ in where:
//
//  zip (PyTorch >= 1.6): `<archive>/data.pkl` plus one entry `<archive>/data/<key>` per storage,
//    and, since 2.1, `<archive>/byteorder`.
//  legacy: five things back to back: pickled magic number, pickled protocol version (1001),
//    pickled sys_info dict, the object pickle, a pickled list of storage keys; then for each
//    key in that order an 8-byte little-endian element count and the raw elements.

/** 0x1950a86a20f9469cfc6c, as the little-endian bytes of the LONG1 that pickles it. */
const LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
const LEGACY_MAGIC_BYTES = [0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19];
const LEGACY_PROTOCOL_VERSION = 1001;

/** Where training scripts commonly put the weights inside a checkpoint dict, in order of preference. */
const STATE_DICT_KEYS = ['state_dict', 'model_state_dict', 'model'];

/** Read the state dict of a zip-format torch checkpoint, leaving everything else unread. */
export function readTorchZip(bytes: Uint8Array, file: string): StateDict {
  const zip = new ZipReader(bytes, file);
  const pickles = [...zip.entries.keys()].filter((name) => /^[^/]+\/data\.pkl$/.test(name));
  if (pickles.length !== 1) {
    throw new WeightsError(
      file,
      `expected a torch checkpoint with one '<archive>/data.pkl' entry, found ${pickles.length}` +
        (pickles.length ? ` (${pickles.join(', ')})` : ''),
    );
  }
  const prefix = pickles[0].slice(0, -'data.pkl'.length);
  if (zip.entries.has(`${prefix}byteorder`)) {
    const order = new TextDecoder().decode(zip.read(`${prefix}byteorder`));
    if (order !== 'little') throw new WeightsError(file, `expected byteorder 'little', found '${order}'`);
  }

  const roots = new Map<string, StorageRef>();
  const { value } = unpickle(zip.read(pickles[0]), 0, {
    file,
    source: pickles[0],
    globals: TORCH_GLOBALS,
    persistentLoad: (pid) => resolveStorage(pid, roots),
  });
  return materialize(findStateDict(value, file), file, (ref) => {
    const name = `${prefix}data/${ref.key}`;
    if (!zip.entries.has(name)) throw new WeightsError(file, `storage '${ref.key}' has no entry '${name}'`);
    const data = zip.read(name);
    if (data.byteLength !== ref.numel * ref.type.elementSize) {
      throw new WeightsError(
        file,
        `entry '${name}' has ${data.byteLength} bytes, expected ${ref.numel} x ${ref.type.name} ` +
          `(${ref.numel * ref.type.elementSize} bytes)`,
      );
    }
    return data;
  });
}

/** Whether `bytes` starts like a legacy torch checkpoint: a pickle of the magic number. */
export function isTorchLegacy(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x80) return false;
  const head = bytes.subarray(0, 32);
  for (let at = 0; at + LEGACY_MAGIC_BYTES.length <= head.length; at++) {
    if (LEGACY_MAGIC_BYTES.every((b, i) => head[at + i] === b)) return true;
  }
  return false;
}

/** Read the state dict of a legacy (non-zip) torch checkpoint. */
export function readTorchLegacy(bytes: Uint8Array, file: string): StateDict {
  let at = 0;
  const plain = (source: string): unknown => {
    const result = unpickle(bytes, at, { file, source, globals: new Map() });
    at = result.end;
    return result.value;
  };
  const magic = plain('magic number');
  if (magic !== LEGACY_MAGIC) {
    throw new WeightsError(
      file,
      `expected the legacy torch magic number 0x1950a86a20f9469cfc6c, found ${describe(magic)}`,
    );
  }
  const version = plain('protocol version');
  if (version !== LEGACY_PROTOCOL_VERSION) {
    throw new WeightsError(
      file,
      `expected legacy protocol version ${LEGACY_PROTOCOL_VERSION}, found ${describe(version)}`,
    );
  }
  const sysInfo = plain('sys_info');
  if (!(sysInfo instanceof Map) || sysInfo.get('little_endian') !== true) {
    throw new WeightsError(
      file,
      'expected sys_info to say little_endian=True: big-endian checkpoints are not supported',
    );
  }

  const roots = new Map<string, StorageRef>();
  const root = unpickle(bytes, at, {
    file,
    source: 'object',
    globals: TORCH_GLOBALS,
    persistentLoad: (pid) => resolveStorage(pid, roots),
  });
  at = root.end;
  const keys = plain('storage keys');
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) {
    throw new WeightsError(
      file,
      `expected the list of storage keys after the object, found ${describe(keys)}`,
    );
  }

  const records = new Map<string, Uint8Array>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const key of keys as string[]) {
    const ref = roots.get(key);
    if (!ref) throw new WeightsError(file, `storage '${key}' is listed but no tensor refers to it`);
    if (at + 8 > bytes.byteLength) {
      throw new WeightsError(
        file,
        `the record of storage '${key}' starts past the end of the file (truncated)`,
      );
    }
    const numel = view.getBigInt64(at, true);
    if (numel !== BigInt(ref.numel)) {
      throw new WeightsError(
        file,
        `the record of storage '${key}' holds ${numel} elements, expected ${ref.numel}`,
      );
    }
    const size = ref.numel * ref.type.elementSize;
    if (at + 8 + size > bytes.byteLength) {
      throw new WeightsError(
        file,
        `storage '${key}' needs bytes ${at + 8}..${at + 8 + size} but the file has ${bytes.byteLength} (truncated)`,
      );
    }
    records.set(key, bytes.subarray(at + 8, at + 8 + size));
    at += 8 + size;
  }
  return materialize(findStateDict(root.value, file), file, (ref) => {
    const data = records.get(ref.key);
    if (!data) throw new WeightsError(file, `storage '${ref.key}' is not in the list of storage keys`);
    return data;
  });
}

/**
 * The checkpoint's state dict: the top-level object if it maps names to tensors, else the first
 * of its `STATE_DICT_KEYS` entries that is a dict.
 */
function findStateDict(root: unknown, file: string): Map<string, TensorRef> {
  const candidate = isTensorMap(root)
    ? root
    : root instanceof Map
      ? STATE_DICT_KEYS.map((k) => root.get(k)).find((v) => v instanceof Map)
      : undefined;
  if (!(candidate instanceof Map)) {
    const keys =
      root instanceof Map
        ? `: a dict with keys ${[...root.keys()].slice(0, 12).map(describe).join(', ')}${root.size > 12 ? ', ...' : ''}`
        : `: ${describe(root)}`;
    throw new WeightsError(
      file,
      `expected a state dict (names to tensors) at the top level or under ${STATE_DICT_KEYS.map(
        (k) => `'${k}'`,
      ).join(', ')}, found${keys}`,
    );
  }
  for (const [name, value] of candidate) {
    if (typeof name !== 'string' || !(value instanceof TensorRef)) {
      throw new WeightsError(
        file,
        `state dict entry ${describe(name)} is ${describe(value)}, expected a tensor`,
      );
    }
  }
  return candidate as Map<string, TensorRef>;
}

function isTensorMap(value: unknown): value is Map<string, TensorRef> {
  if (!(value instanceof Map) || value.size === 0) return false;
  for (const [k, v] of value) if (typeof k !== 'string' || !(v instanceof TensorRef)) return false;
  return true;
}

/**
 * Read each tensor's data (only now, and only for the state dict) and make it contiguous.
 * `DataParallel` checkpoints prefix every name with `module.`; the public names have none.
 */
function materialize(
  refs: Map<string, TensorRef>,
  file: string,
  storageBytes: (root: StorageRef) => Uint8Array,
): StateDict {
  const cache = new Map<string, Uint8Array>();
  const out = new Map<string, HostTensor>();
  for (const [key, t] of refs) {
    const name = key.startsWith('module.') ? key.slice('module.'.length) : key;
    if (out.has(name))
      throw new WeightsError(file, `state dict has '${name}' both with and without 'module.'`);
    const { storage } = t;
    const dtype = storage.type.dtype;
    if (!dtype) {
      throw new WeightsError(
        file,
        `tensor '${key}' is a ${storage.type.name}; ranetc reads Float, Half, BFloat16 (widened to f32) and Long tensors`,
      );
    }
    let data = cache.get(storage.key);
    if (!data) {
      data = storageBytes(storage);
      cache.set(storage.key, data);
    }
    const size = storage.type.elementSize;
    const view = data.subarray(storage.elementOffset * size, (storage.elementOffset + storage.numel) * size);
    let contiguous: Uint8Array;
    try {
      contiguous = gatherStrided(view, size, t.offset, t.shape, t.stride);
    } catch (err) {
      throw new WeightsError(file, `tensor '${key}': ${err instanceof Error ? err.message : String(err)}`);
    }
    out.set(name, decodeTensor(dtype, t.shape, contiguous, file, key));
  }
  return out;
}
