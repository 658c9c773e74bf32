import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWeights } from '../../src/weights/load.ts';
import { PyGlobal, unpickle } from '../../src/weights/pickle.ts';
import { TORCH_GLOBALS } from '../../src/weights/torch-objects.ts';
import { legacyCheckpoint, orderedDict } from './legacy-checkpoint.ts';
import { global, le, pickle, reduce, tuple } from './pickle-writer.ts';

/** Assemble raw pickle bytes: numbers are bytes, strings their UTF-8. */
function asm(...parts: (number | string | number[])[]): Uint8Array {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === 'number') out.push(p);
    else if (typeof p === 'string') out.push(...new TextEncoder().encode(p));
    else out.push(...p);
  }
  return Uint8Array.from(out);
}

const read = (bytes: Uint8Array) =>
  unpickle(bytes, 0, { file: 'x.pkl', source: 'data.pkl', globals: TORCH_GLOBALS }).value;

describe('the restricted unpickler', () => {
  it('reads protocol 4/5 data: frames, memo, sets, bytes, big and negative ints, floats', () => {
    const bytes = asm(
      [0x80, 5], // PROTO 5
      [0x95, ...le(64n, 8)], // FRAME
      0x7d,
      0x94, // EMPTY_DICT MEMOIZE(0)
      0x28, // MARK
      [0x8c, 5],
      'epoch',
      0x94,
      [0x4d, ...le(299n, 2)], // 'epoch': BININT2 299
      [0x8c, 4],
      'loss',
      0x94,
      [0x47, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0], // 'loss': BINFLOAT 1.5
      [0x8c, 3],
      'big',
      [0x8a, 9, ...le(2n ** 64n, 9)], // LONG1 2**64
      [0x8c, 3],
      'neg',
      [0x8a, 2, ...le(-300n, 2)], // LONG1 -300
      [0x8c, 3],
      'int',
      [0x4a, ...le(-5n, 4)], // BININT -5
      [0x8c, 3],
      'raw',
      [0x43, 2, 1, 2], // SHORT_BINBYTES
      [0x8c, 3],
      'set',
      0x8f,
      0x28,
      [0x4b, 1],
      [0x4b, 2],
      0x90, // EMPTY_SET MARK 1 2 ADDITEMS
      [0x8c, 4],
      'pair',
      0x88,
      0x4e,
      0x86, // NEWTRUE NONE TUPLE2
      [0x8c, 5],
      'again',
      [0x68, 0], // BINGET 0: the dict itself
      [0x8c, 2],
      'od',
      [0x8c, 11],
      'collections',
      [0x8c, 11],
      'OrderedDict',
      0x93,
      0x29,
      0x52, // STACK_GLOBAL () REDUCE
      [0x8c, 4],
      'list',
      0x5d,
      [0x4b, 7],
      0x61, // EMPTY_LIST 7 APPEND
      0x75, // SETITEMS
      0x2e, // STOP
    );
    const value = read(bytes) as Map<string, unknown>;
    expect(value).toBeInstanceOf(Map);
    expect(Object.fromEntries([...value].filter(([k]) => k !== 'again'))).toEqual({
      epoch: 299,
      loss: 1.5,
      big: 2n ** 64n,
      neg: -300,
      int: -5,
      raw: Uint8Array.from([1, 2]),
      set: new Set([1, 2]),
      pair: [true, null],
      od: new Map(),
      list: [7],
    });
    expect(value.get('again')).toBe(value);
  });

  it('admits whitelisted globals as data', () => {
    expect(read(pickle(global('torch', 'FloatStorage')))).toEqual(new PyGlobal('torch', 'FloatStorage'));
  });

  it.each([
    ['os.system via GLOBAL', pickle(reduce(global('os', 'system'), tuple('echo pwned'))), 'os.system', 2],
    [
      'builtins.eval via STACK_GLOBAL',
      asm([0x80, 4], [0x8c, 8], 'builtins', [0x8c, 4], 'eval', 0x93, 0x2e),
      'builtins.eval',
      18,
    ],
    ['__builtin__.getattr', pickle(global('__builtin__', 'getattr')), '__builtin__.getattr', 2],
    ['a protocol 0 exploit', asm('cposix\nsystem\n(Vtouch /tmp/x\ntR.'), 'posix.system', 0],
  ])('refuses %s, naming the global, the file and the byte offset', (_, bytes, name, offset) => {
    expect(() => read(bytes)).toThrow(
      `x.pkl: pickle data.pkl, byte ${offset} (${offset === 18 ? 'STACK_GLOBAL' : 'GLOBAL'}): refusing global '${name}'`,
    );
  });

  it('refuses a forbidden global inside a zip checkpoint', () => {
    const evil = pickle(reduce(global('os', 'system'), tuple('rm -rf ~')));
    const zip = zipSync({ 'archive/data.pkl': evil }, { level: 0 });
    expect(() => readWeights(zip, 'evil.pth')).toThrow(
      /^evil\.pth: pickle archive\/data\.pkl, byte 2 \(GLOBAL\): refusing global 'os\.system': ranetc unpickles only tensors/,
    );
  });

  it('refuses a forbidden global inside a legacy checkpoint, at its offset in the file', () => {
    const file = legacyCheckpoint(orderedDict([['w', reduce(global('builtins', 'eval'), tuple('1'))]]), []);
    expect(() => readWeights(file, 'evil-legacy.pth')).toThrow(
      /^evil-legacy\.pth: pickle object, byte \d{3} \(GLOBAL\): refusing global 'builtins\.eval'/,
    );
  });

  it('refuses opcodes it does not implement, by name', () => {
    expect(() => read(asm([0x80, 2], [0x82, 1], 0x2e))).toThrow(
      /byte 2 \(EXT1\): opcode EXT1 is not supported/,
    );
    expect(() => read(asm('(iposix\nsystem\n.'))).toThrow(/byte 1 \(INST\): opcode INST is not supported/);
    expect(() => read(asm([0x80, 2], 0xff))).toThrow(/opcode 0xff is not supported/);
  });

  it('refuses calling a global that is only data, and bad tensor arguments', () => {
    expect(() => read(pickle(reduce(global('torch', 'FloatStorage'), tuple())))).toThrow(
      /\(REDUCE\): torch\.FloatStorage may be referenced but not called/,
    );
    expect(() =>
      read(
        pickle(
          reduce(global('torch._utils', '_rebuild_tensor_v2'), tuple(1, 0, tuple(2), tuple(1), false, null)),
        ),
      ),
    ).toThrow(/\(REDUCE\): torch\._utils\._rebuild_tensor_v2: expected a storage, found 1/);
  });

  it('refuses malformed pickles', () => {
    expect(() => read(asm([0x80, 2], 0x7d))).toThrow(/the pickle ends without a STOP opcode \(truncated\?\)/);
    expect(() => read(asm([0x80, 2], [0x58, 10, 0, 0, 0], 'abc'))).toThrow(
      /needs 10 operand bytes but only 3 remain/,
    );
    expect(() => read(asm([0x80, 2], [0x68, 3], 0x2e))).toThrow(/\(BINGET\): memo entry 3 was never stored/);
    expect(() => read(asm([0x80, 2], 0x73, 0x2e))).toThrow(/\(SETITEM\): the stack is empty/);
    expect(() => read(asm([0x80, 2], 0x4e, 0x4e, 0x2e))).toThrow(/STOP with 2 values/);
    expect(() => read(asm([0x80, 2], 0x5d, 0x4e, 0x4e, 0x73, 0x2e))).toThrow(
      /\(SETITEM\): expects a dict, found a list/,
    );
    expect(() => read(asm([0x80, 2], 0x51, 0x2e))).toThrow(/\(BINPERSID\): the stack is empty/);
    expect(() => read(asm([0x80, 2], 0x4e, 0x51, 0x2e))).toThrow(/persistent ids are not expected/);
  });
});
