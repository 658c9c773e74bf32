import { crc32 } from '../../src/weights/crc32.ts';
import { le } from './pickle-writer.ts';

// A test-only writer of stored zips laid out as torch's writer (miniz) lays them out: local
// headers with the data-descriptor flag and zeroed sizes, zip64 end records, and optionally
// every size and offset saturated to 0xffffffff with the real value in a zip64 extra field, as
// happens for entries past 4 GiB.

export function storedZip(files: Record<string, Uint8Array>, { forceZip64 = false } = {}): Uint8Array {
  const out: number[] = [];
  const central: number[] = [];
  const names = Object.keys(files);
  for (const name of names) {
    const data = files[name];
    const nameBytes = [...new TextEncoder().encode(name)];
    const offset = out.length;
    const crc = crc32(data);
    out.push(...le(0x04034b50n, 4), 45, 0, 0x08, 0x08, 0, 0, 0, 0, 0, 0, ...le(0n, 12));
    out.push(...le(BigInt(nameBytes.length), 2), 0, 0, ...nameBytes, ...data);
    out.push(
      ...le(0x08074b50n, 4),
      ...le(BigInt(crc), 4),
      ...le(BigInt(data.length), 8),
      ...le(BigInt(data.length), 8),
    );
    const wide = (v: number) => le(forceZip64 ? 0xffffffffn : BigInt(v), 4);
    const extra = forceZip64
      ? [
          ...le(1n, 2),
          ...le(24n, 2),
          ...le(BigInt(data.length), 8),
          ...le(BigInt(data.length), 8),
          ...le(BigInt(offset), 8),
        ]
      : [];
    central.push(...le(0x02014b50n, 4), 45, 3, 45, 0, 0x08, 0x08, 0, 0, 0, 0, 0, 0, ...le(BigInt(crc), 4));
    central.push(...wide(data.length), ...wide(data.length), ...le(BigInt(nameBytes.length), 2));
    central.push(
      ...le(BigInt(extra.length), 2),
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      ...wide(offset),
      ...nameBytes,
      ...extra,
    );
  }
  const dirOffset = out.length;
  out.push(...central);
  const end64 = out.length;
  const n = BigInt(names.length);
  out.push(...le(0x06064b50n, 4), ...le(44n, 8), 45, 0, 45, 0, ...le(0n, 8), ...le(n, 8), ...le(n, 8));
  out.push(...le(BigInt(central.length), 8), ...le(BigInt(dirOffset), 8));
  out.push(...le(0x07064b50n, 4), ...le(0n, 4), ...le(BigInt(end64), 8), ...le(1n, 4));
  out.push(
    ...le(0x06054b50n, 4),
    0,
    0,
    0,
    0,
    0xff,
    0xff,
    0xff,
    0xff,
    ...le(0xffffffffn, 4),
    ...le(0xffffffffn, 4),
    0,
    0,
  );
  return Uint8Array.from(out);
}
