import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ZipReader } from '../../src/weights/zip.ts';
import { storedZip } from './zip-writer.ts';

const files = {
  'archive/data.pkl': new TextEncoder().encode('pickle bytes'),
  'archive/data/0': Uint8Array.from({ length: 1000 }, (_, i) => i & 0xff),
  'archive/version': new TextEncoder().encode('3\n'),
};

describe('ZipReader', () => {
  it.each([
    ['torch-style (data descriptors, zip64 end records)', storedZip(files)],
    ['with every size and offset in zip64 extra fields', storedZip(files, { forceZip64: true })],
    ['deflated by fflate, with a comment', zipSync(files, { level: 6, comment: 'made by fflate' })],
  ])('reads entries %s', (_, bytes) => {
    const zip = new ZipReader(bytes, 'a.zip');
    expect([...zip.entries.keys()].sort()).toEqual(Object.keys(files).sort());
    for (const [name, data] of Object.entries(files)) expect(zip.read(name)).toEqual(data);
  });

  it('returns stored entries as views of the file', () => {
    const bytes = storedZip(files);
    expect(new ZipReader(bytes, 'a.zip').read('archive/data/0').buffer).toBe(bytes.buffer);
  });

  it('refuses truncated and corrupt archives, naming the file and entry', () => {
    const bytes = storedZip(files);
    expect(() => new ZipReader(bytes.subarray(0, bytes.length - 30), 'cut.zip')).toThrow(
      /^cut\.zip: not a complete zip archive/,
    );
    expect(() => new ZipReader(new Uint8Array(10), 'tiny.zip')).toThrow(
      /^tiny\.zip: not a complete zip archive/,
    );
    const flipped = bytes.slice();
    const inside = Buffer.from(flipped).indexOf(Buffer.from([0x41, 0x42, 0x43])); // bytes 65..67 of archive/data/0
    flipped[inside] ^= 1;
    expect(() => new ZipReader(flipped, 'bad.zip').read('archive/data/0')).toThrow(
      /^bad\.zip: entry 'archive\/data\/0' fails its CRC-32 check/,
    );
    expect(() => new ZipReader(bytes, 'a.zip').read('nope')).toThrow(
      /^a\.zip: the archive has no entry 'nope'/,
    );
  });
});
