// A test-only pickle writer (protocol 2, no memo): just enough to assemble legacy torch
// checkpoints and hostile pickles byte for byte, independently of the reader under test.

export type Py =
  | null
  | boolean
  | number // an int; use `float()` for floats
  | bigint
  | string
  | Py[] // a list
  | { readonly kind: 'tuple'; readonly items: readonly Py[] }
  | { readonly kind: 'dict'; readonly entries: readonly (readonly [Py, Py])[] }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'global'; readonly module: string; readonly name: string }
  | { readonly kind: 'reduce'; readonly callable: Py; readonly args: Py }
  | { readonly kind: 'persid'; readonly pid: Py };

export const tuple = (...items: Py[]): Py => ({ kind: 'tuple', items });
export const dict = (entries: [Py, Py][]): Py => ({ kind: 'dict', entries });
export const float = (value: number): Py => ({ kind: 'float', value });
export const global = (module: string, name: string): Py => ({ kind: 'global', module, name });
export const reduce = (callable: Py, args: Py): Py => ({ kind: 'reduce', callable, args });
export const persid = (pid: Py): Py => ({ kind: 'persid', pid });

/** `pickle.dumps(value, protocol=2)` without memoization. */
export function pickle(value: Py): Uint8Array {
  const out: number[] = [0x80, 2];
  write(value, out);
  out.push(0x2e); // STOP
  return Uint8Array.from(out);
}

const text = new TextEncoder();

function write(v: Py, out: number[]): void {
  if (v === null) out.push(0x4e);
  else if (v === true) out.push(0x88);
  else if (v === false) out.push(0x89);
  else if (typeof v === 'number') writeInt(BigInt(v), out);
  else if (typeof v === 'bigint') writeInt(v, out);
  else if (typeof v === 'string') {
    const bytes = text.encode(v);
    out.push(0x58, ...le(BigInt(bytes.length), 4), ...bytes); // BINUNICODE
  } else if (Array.isArray(v)) {
    out.push(0x5d, 0x28); // EMPTY_LIST MARK
    for (const item of v) write(item, out);
    out.push(0x65); // APPENDS
  } else if (v.kind === 'tuple') {
    out.push(0x28);
    for (const item of v.items) write(item, out);
    out.push(0x74); // TUPLE
  } else if (v.kind === 'dict') {
    out.push(0x7d, 0x28); // EMPTY_DICT MARK
    for (const [k, item] of v.entries) {
      write(k, out);
      write(item, out);
    }
    out.push(0x75); // SETITEMS
  } else if (v.kind === 'float') {
    const b = new DataView(new ArrayBuffer(8));
    b.setFloat64(0, v.value, false);
    out.push(0x47, ...new Uint8Array(b.buffer)); // BINFLOAT
  } else if (v.kind === 'global') {
    out.push(0x63, ...text.encode(`${v.module}\n${v.name}\n`)); // GLOBAL
  } else if (v.kind === 'reduce') {
    write(v.callable, out);
    write(v.args, out);
    out.push(0x52); // REDUCE
  } else {
    write(v.pid, out);
    out.push(0x51); // BINPERSID
  }
}

function writeInt(v: bigint, out: number[]): void {
  if (v >= 0n && v < 256n)
    out.push(0x4b, Number(v)); // BININT1
  else if (v >= -(2n ** 31n) && v < 2n ** 31n)
    out.push(0x4a, ...le(v, 4)); // BININT
  else {
    let n = 1;
    while (v >= 2n ** BigInt(8 * n - 1) || v < -(2n ** BigInt(8 * n - 1))) n++;
    out.push(0x8a, n, ...le(v, n)); // LONG1
  }
}

/** `n` little-endian two's complement bytes. */
export function le(v: bigint, n: number): number[] {
  const bytes: number[] = [];
  let x = BigInt.asUintN(8 * n, v);
  for (let i = 0; i < n; i++) {
    bytes.push(Number(x & 0xffn));
    x >>= 8n;
  }
  return bytes;
}
