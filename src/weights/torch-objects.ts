import type { SourceDtype } from './dtype.ts';
import { describe, type GlobalHandler, PyGlobal } from './pickle.ts';

// The objects a torch checkpoint's pickle may build, modelled as inert data: storage types,
// references to storages (persistent ids), and tensors as views of storages. Nothing here reads
// tensor data; that happens later and only for the tensors ranetc actually needs.

/** A torch storage class (`torch.FloatStorage`, ...). Types without `dtype` parse but cannot be loaded. */
export interface StorageType {
  readonly name: string;
  readonly elementSize: number;
  readonly dtype?: SourceDtype;
}

const STORAGE_TYPES: readonly StorageType[] = [
  { name: 'FloatStorage', elementSize: 4, dtype: 'F32' },
  { name: 'HalfStorage', elementSize: 2, dtype: 'F16' },
  { name: 'BFloat16Storage', elementSize: 2, dtype: 'BF16' },
  { name: 'LongStorage', elementSize: 8, dtype: 'I64' },
  { name: 'DoubleStorage', elementSize: 8 },
  { name: 'IntStorage', elementSize: 4 },
  { name: 'ShortStorage', elementSize: 2 },
  { name: 'CharStorage', elementSize: 1 },
  { name: 'ByteStorage', elementSize: 1 },
  { name: 'BoolStorage', elementSize: 1 },
  { name: 'ComplexFloatStorage', elementSize: 8 },
  { name: 'ComplexDoubleStorage', elementSize: 16 },
];

const STORAGE_BY_GLOBAL = new Map(STORAGE_TYPES.map((t) => [`torch.${t.name}`, t]));

/**
 * A storage named by a persistent id: `numel` elements of `type` under `key`, starting
 * `elementOffset` elements into that key's data (non-zero only for the legacy format's views).
 */
export class StorageRef {
  constructor(
    readonly key: string,
    readonly type: StorageType,
    readonly numel: number,
    readonly elementOffset = 0,
  ) {}
}

/** A tensor as torch rebuilds it: a strided view of a storage, offsets and strides in elements. */
export class TensorRef {
  constructor(
    readonly storage: StorageRef,
    readonly offset: number,
    readonly shape: readonly number[],
    readonly stride: readonly number[],
  ) {}
}

/** The globals a state-dict checkpoint needs, and what calling each one builds. */
export const TORCH_GLOBALS: ReadonlyMap<string, GlobalHandler> = new Map<string, GlobalHandler>([
  ['collections.OrderedDict', { call: orderedDict }],
  // (storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
  ['torch._utils._rebuild_tensor_v2', { call: (args) => rebuildTensor(args, 6) }],
  // (storage, storage_offset, size, stride): PyTorch before 1.0
  ['torch._utils._rebuild_tensor', { call: (args) => rebuildTensor(args, 4) }],
  // (data, requires_grad, backward_hooks[, state]): an nn.Parameter is its data for our purposes
  ['torch._utils._rebuild_parameter', { call: rebuildParameter }],
  ['torch._utils._rebuild_parameter_with_state', { call: rebuildParameter }],
  ['torch.Size', { call: (args) => Object.freeze(expectArray(args[0], 'torch.Size argument')) }],
  ...[...STORAGE_BY_GLOBAL.keys()].map((name): [string, GlobalHandler] => [name, {}]),
]);

function orderedDict(args: readonly unknown[]): Map<unknown, unknown> {
  if (args.length === 0) return new Map();
  // OrderedDict([(key, value), ...]), as protocols below 2 pickle it.
  const pairs = expectArray(args[0], 'OrderedDict argument').map((pair) => {
    const kv = expectArray(pair, 'OrderedDict item');
    if (kv.length !== 2) throw new Error(`an OrderedDict item has ${kv.length} elements, expected 2`);
    return [kv[0], kv[1]] as const;
  });
  return new Map(pairs);
}

function rebuildTensor(args: readonly unknown[], minArgs: number): TensorRef {
  if (args.length < minArgs) throw new Error(`expected at least ${minArgs} arguments, found ${args.length}`);
  const [storage, offset, size, stride] = args;
  if (!(storage instanceof StorageRef)) throw new Error(`expected a storage, found ${describe(storage)}`);
  const shape = expectCounts(size, 'size');
  const strides = expectCounts(stride, 'stride');
  if (strides.length !== shape.length) {
    throw new Error(`size [${shape.join(', ')}] and stride [${strides.join(', ')}] differ in rank`);
  }
  return new TensorRef(storage, expectCount(offset, 'storage offset'), shape, strides);
}

function rebuildParameter(args: readonly unknown[]): TensorRef {
  if (!(args[0] instanceof TensorRef)) throw new Error(`expected a tensor, found ${describe(args[0])}`);
  return args[0];
}

/**
 * Resolve a persistent id to a storage. The zip format writes
 * `('storage', storage_type, key, location, numel)`; the legacy format appends `view_metadata`,
 * which is None or `(view_key, offset, view_numel)` for a view of the storage under `key`.
 * `roots` collects the storages by key (the legacy reader needs them to walk its data records);
 * a key seen twice must agree with itself.
 */
export function resolveStorage(pid: unknown, roots: Map<string, StorageRef>): StorageRef {
  const parts = expectArray(pid, 'persistent id');
  if (parts[0] !== 'storage') {
    const hint = parts[0] === 'module' ? ' (a pickled nn.Module class: save model.state_dict() instead)' : '';
    throw new Error(`expected a ('storage', ...) persistent id, found ${describe(parts[0])}${hint}`);
  }
  if (parts.length !== 5 && parts.length !== 6)
    throw new Error(`a storage id has ${parts.length} fields, expected 5 or 6`);
  const [, typeGlobal, key, , numel, view] = parts;
  const type = typeGlobal instanceof PyGlobal ? STORAGE_BY_GLOBAL.get(typeGlobal.qualifiedName) : undefined;
  if (!type) throw new Error(`expected a storage type, found ${describe(typeGlobal)}`);
  if (typeof key !== 'string') throw new Error(`expected a storage key string, found ${describe(key)}`);
  const count = expectCount(numel, 'storage size');
  let root = roots.get(key);
  if (!root) {
    root = new StorageRef(key, type, count);
    roots.set(key, root);
  } else if (root.type !== type || root.numel !== count) {
    throw new Error(
      `storage '${key}' is referenced both as ${root.numel} x ${root.type.name} and as ${count} x ${type.name}`,
    );
  }
  if (view === undefined || view === null) return root;
  const [, viewOffset, viewNumel] = expectArray(view, 'storage view metadata');
  const ref = new StorageRef(
    key,
    type,
    expectCount(viewNumel, 'view size'),
    expectCount(viewOffset, 'view offset'),
  );
  if (ref.elementOffset + ref.numel > root.numel) {
    throw new Error(
      `a view of storage '${key}' (elements ${ref.elementOffset}..${ref.elementOffset + ref.numel}) exceeds it`,
    );
  }
  return ref;
}

function expectArray(value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new Error(`expected a tuple or list as ${what}, found ${describe(value)}`);
  return value;
}

function expectCount(value: unknown, what: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new Error(`expected a non-negative integer as ${what}, found ${describe(value)}`);
}

function expectCounts(value: unknown, what: string): number[] {
  return expectArray(value, what).map((v) => expectCount(v, `an entry of ${what}`));
}
