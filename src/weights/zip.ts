import { inflateSync } from 'fflate';
import { crc32 } from './crc32.ts';
import { WeightsError } from './errors.ts';

// A zip reader for torch checkpoints, written by hand rather than with fflate's unzipSync because
// (1) it must be lazy: a training checkpoint's optimizer state is as large as the weights and is
// never read; (2) torch writes its entries with data descriptors (sizes zeroed in the local
// headers) and zip64 end records, so only the central directory can be trusted for sizes; and
// (3) every failure must say what was wrong with which file. Stored entries (what torch writes)
// are returned as views; deflated ones are inflated with fflate.

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const END_MIN_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;

export class ZipReader {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.entries = this.readCentralDirectory();
  }

  /** The uncompressed bytes of one entry, CRC-checked. Stored entries are views of the file. */
  read(name: string): Uint8Array {
    const entry = this.entries.get(name);
    if (!entry) return this.fail(`the archive has no entry '${name}'`);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.byteLength || this.u32(at) !== SIG_LOCAL) {
      this.fail(`entry '${name}': no local file header at byte ${at} (the file is truncated or corrupt)`);
    }
    const start = at + 30 + this.u16(at + 26) + this.u16(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.byteLength) {
      this.fail(
        `entry '${name}' needs bytes ${start}..${end} but the file has ${this.bytes.byteLength} (it is truncated)`,
      );
    }
    if (entry.flags & 1) this.fail(`entry '${name}' is encrypted`);
    const raw = this.bytes.subarray(start, end);
    let data: Uint8Array;
    if (entry.method === 0) {
      data = raw;
    } else if (entry.method === 8) {
      try {
        data = inflateSync(raw, { out: new Uint8Array(entry.size) });
      } catch (err) {
        return this.fail(
          `entry '${name}' does not inflate: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
    } else {
      return this.fail(
        `entry '${name}' uses compression method ${entry.method}; only stored (0) and deflate (8) are read`,
      );
    }
    if (data.byteLength !== entry.size) {
      this.fail(`entry '${name}' holds ${data.byteLength} bytes but the directory says ${entry.size}`);
    }
    if (crc32(data) !== entry.crc32)
      this.fail(`entry '${name}' fails its CRC-32 check (the file is corrupt)`);
    return data;
  }

  private readCentralDirectory(): Map<string, ZipEntry> {
    const endAt = this.findEnd();
    let count = this.u16(endAt + 10);
    let dirSize = this.u32(endAt + 12);
    let dirOffset = this.u32(endAt + 16);
    // A zip64 locator sits right before the classic end record; when present its record is authoritative.
    const locatorAt = endAt - 20;
    if (locatorAt >= 0 && this.u32(locatorAt) === SIG_END64_LOCATOR) {
      const end64At = this.u64(locatorAt + 8, 'zip64 end record offset');
      if (end64At + 56 > locatorAt || this.u32(end64At) !== SIG_END64) {
        this.fail(
          `the zip64 end-of-central-directory record is missing at byte ${end64At} (corrupt archive)`,
        );
      }
      count = this.u64(end64At + 32, 'entry count');
      dirSize = this.u64(end64At + 40, 'central directory size');
      dirOffset = this.u64(end64At + 48, 'central directory offset');
    }
    if (dirOffset + dirSize > this.bytes.byteLength) {
      this.fail(
        `the central directory (bytes ${dirOffset}..${dirOffset + dirSize}) lies past the end of the file`,
      );
    }
    const entries = new Map<string, ZipEntry>();
    let at = dirOffset;
    const decoder = new TextDecoder();
    for (let i = 0; i < count; i++) {
      if (at + 46 > dirOffset + dirSize || this.u32(at) !== SIG_CENTRAL) {
        this.fail(`central directory entry ${i} of ${count} is malformed (byte ${at})`);
      }
      const nameLength = this.u16(at + 28);
      const extraLength = this.u16(at + 30);
      const commentLength = this.u16(at + 32);
      if (at + 46 + nameLength + extraLength > this.bytes.byteLength)
        this.fail(`central directory entry ${i} is truncated`);
      const name = decoder.decode(this.bytes.subarray(at + 46, at + 46 + nameLength));
      let compressedSize = this.u32(at + 20);
      let size = this.u32(at + 24);
      let localHeaderOffset = this.u32(at + 42);
      // Fields saturated at 0xffffffff continue in the zip64 extra field, in this order.
      const extra = this.zip64Extra(at + 46 + nameLength, extraLength);
      let next = 0;
      const wide = (value: number, what: string): number => {
        if (value !== 0xffffffff) return value;
        if (extra === undefined || next + 8 > extra.length)
          return this.fail(`entry '${name}' lacks the zip64 ${what}`);
        const v = this.u64(extra.start + next, what);
        next += 8;
        return v;
      };
      size = wide(size, 'size');
      compressedSize = wide(compressedSize, 'compressed size');
      localHeaderOffset = wide(localHeaderOffset, 'header offset');
      entries.set(name, {
        name,
        method: this.u16(at + 10),
        flags: this.u16(at + 8),
        crc32: this.u32(at + 16),
        compressedSize,
        size,
        localHeaderOffset,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  }

  /** The end record is the last thing in the file, followed only by a comment of up to 64 KiB. */
  private findEnd(): number {
    const last = this.bytes.byteLength - END_MIN_BYTES;
    const first = Math.max(0, last - MAX_COMMENT_BYTES);
    for (let at = last; at >= first; at--) {
      if (this.u32(at) === SIG_END && at + END_MIN_BYTES + this.u16(at + 20) === this.bytes.byteLength)
        return at;
    }
    return this.fail(
      'not a complete zip archive: its end-of-central-directory record is missing (the file is truncated or corrupt)',
    );
  }

  private zip64Extra(start: number, length: number): { start: number; length: number } | undefined {
    for (let at = start; at + 4 <= start + length;) {
      const id = this.u16(at);
      const size = this.u16(at + 2);
      if (id === 0x0001) return { start: at + 4, length: Math.min(size, start + length - at - 4) };
      at += 4 + size;
    }
    return undefined;
  }

  private u16(at: number): number {
    return this.view.getUint16(at, true);
  }

  private u32(at: number): number {
    return this.view.getUint32(at, true);
  }

  private u64(at: number, what: string): number {
    const value = this.view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) this.fail(`the zip64 ${what} ${value} is impossibly large`);
    return Number(value);
  }

  private fail(detail: string): never {
    throw new WeightsError(this.file, detail);
  }
}

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.byteLength >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}
