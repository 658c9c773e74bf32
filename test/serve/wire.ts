/** Protocol buffers by hand (wire types 0, 1, 2 and 5), to test the wire format without a protobuf library. */

export function varint(v: number): Buffer {
  const out: number[] = [];
  let x = BigInt(v);
  do {
    const b = Number(x & 0x7fn);
    x >>= 7n;
    out.push(x > 0n ? b | 0x80 : b);
  } while (x > 0n);
  return Buffer.from(out);
}

/** A length-delimited field (wire type 2). */
export function field(number: number, value: string | Buffer): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value) : value;
  return Buffer.concat([varint((number << 3) | 2), varint(bytes.length), bytes]);
}

/** Every field of a message by number: varints as numbers, other wire types as their bytes. */
export function fields(buf: Buffer): Map<number, (number | Buffer)[]> {
  const out = new Map<number, (number | Buffer)[]>();
  let at = 0;
  const readVarint = (): number => {
    let v = 0n;
    let shift = 0n;
    for (;;) {
      const b = buf[at++];
      v |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return Number(v);
      shift += 7n;
    }
  };
  while (at < buf.length) {
    const key = readVarint();
    const [number, type] = [key >>> 3, key & 7];
    let value: number | Buffer;
    if (type === 0) value = readVarint();
    else if (type === 1 || type === 5) {
      const size = type === 1 ? 8 : 4;
      value = buf.subarray(at, at + size);
      at += size;
    } else if (type === 2) {
      const length = readVarint();
      value = buf.subarray(at, at + length);
      at += length;
    } else throw new Error(`wire type ${type} at byte ${at}`);
    out.set(number, [...(out.get(number) ?? []), value]);
  }
  return out;
}

/** The length-delimited values of field `number`. */
export function message(m: Map<number, (number | Buffer)[]>, number: number): Buffer[] {
  return (m.get(number) ?? []) as Buffer[];
}
