import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeImage, MAX_IMAGE_PIXELS } from '../../src/adaptive/image-folder.ts';
import { expandRanet } from '../../src/frontend/ranet.ts';
import { loadSpec } from '../../src/spec/parse.ts';
import { loadCheckedWeights, loadWeights, maxWeightsFileBytes, readWeights } from '../../src/weights/load.ts';
import { legacyCheckpoint, orderedDict, tensor, type Storage } from './legacy-checkpoint.ts';

// The rule: a weights file, input tensor or image whose declared sizes exceed what its bytes
// hold, what the spec needs or what the host can allocate is refused before anything of that
// size is allocated. Each case declares 2^40 bytes (a process that tried would abort).

const TB = 2 ** 40;
const dir = mkdtempSync(path.join(tmpdir(), 'ranetc-sizes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function safetensors(header: unknown, data: Uint8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(8 + json.byteLength + data.byteLength);
  new DataView(out.buffer).setBigUint64(0, BigInt(json.byteLength), true);
  out.set(json, 8);
  out.set(data, 8 + json.byteLength);
  return out;
}

const floatStorage = (key: string, numel: number, bytes: Uint8Array): Storage => ({
  key,
  type: 'FloatStorage',
  numel,
  bytes,
});

describe('declared sizes of 2^40 bytes', () => {
  it('safetensors: a shape whose data_offsets reach past the file', () => {
    const file = safetensors(
      { x: { dtype: 'F32', shape: [2 ** 20, 2 ** 18], data_offsets: [0, TB] } },
      new Uint8Array(4),
    );
    expect(() => readWeights(file, 'big.safetensors')).toThrow(
      /^big\.safetensors: invalid safetensors file: tensor 'x': data_offsets \[0, 1099511627776\] extend past the end/,
    );
  });

  it('safetensors: a shape larger than its data_offsets', () => {
    const file = safetensors(
      { x: { dtype: 'F32', shape: [2 ** 20, 2 ** 18], data_offsets: [0, 4] } },
      new Uint8Array(4),
    );
    expect(() => readWeights(file, 'big.safetensors')).toThrow(/needs 1099511627776 bytes but data_offsets/);
  });

  it('torch: a storage that declares 2^38 floats', () => {
    const s = floatStorage('0', TB / 4, new Uint8Array(4));
    const file = legacyCheckpoint(orderedDict([['w', tensor(s, 0, [TB / 4], [1])]]), [s]);
    expect(() => readWeights(file, 'big.pth')).toThrow(/storage '0' needs bytes .*\(truncated\)/);
  });

  it('torch: a broadcast view of one stored float declaring 2^38 elements', () => {
    const s = floatStorage('0', 1, new Uint8Array(4));
    const file = legacyCheckpoint(orderedDict([['w', tensor(s, 0, [2 ** 20, 2 ** 18], [0, 0])]]), [s]);
    expect(() => readWeights(file, 'broadcast.pth')).toThrow(
      /^broadcast\.pth: tensor 'w': the view .* has 274877906944 elements but its storage holds 1: views larger than their storage are not read/,
    );
  });

  it("a file larger than the host can allocate, or than the spec's tensors explain, is not read", () => {
    const huge = path.join(dir, 'huge.safetensors');
    writeFileSync(huge, '');
    truncateSync(huge, TB); // sparse: takes no disk space
    expect(() => loadWeights(huge)).toThrow(
      /has 1099511627776 bytes, more than \d+: the largest buffer this host can allocate/,
    );

    const graph = expandRanet(loadSpec('specs/tiny-cifar.yaml').spec);
    expect(() => loadCheckedWeights(graph, huge)).toThrow(
      /has 1099511627776 bytes, more than \d+: what the model's tensors can explain/,
    );
    // One byte over the spec's allowance is refused too; the allowance itself gets as far as the reader.
    const limit = maxWeightsFileBytes(graph.params.values());
    const over = path.join(dir, 'over.safetensors');
    writeFileSync(over, '');
    truncateSync(over, limit + 1);
    expect(() => loadCheckedWeights(graph, over)).toThrow(
      new RegExp(`has ${limit + 1} bytes, more than ${limit}:`),
    );
    truncateSync(over, limit);
    expect(() => loadCheckedWeights(graph, over)).toThrow(/not a recognized weights file/);
  });

  it('a PNG header declaring 2^20 x 2^20 pixels', () => {
    const p = new PNG({ width: 2, height: 2 });
    const bytes = PNG.sync.write(p);
    bytes.writeUInt32BE(2 ** 20, 16);
    bytes.writeUInt32BE(2 ** 20, 20);
    expect(() => decodeImage(bytes, 'big.png')).toThrow(
      new RegExp(
        `^big\\.png: the PNG header declares 1048576 x 1048576 pixels, more than ${MAX_IMAGE_PIXELS}`,
      ),
    );
  });

  it('a JPEG frame header declaring 65535 x 65535 pixels (the format allows no more)', () => {
    const bytes = Buffer.from(jpeg.encode({ width: 2, height: 2, data: new Uint8Array(16) }, 90).data);
    const sof = bytes.indexOf(Buffer.from([0xff, 0xc0]));
    bytes.writeUInt16BE(65535, sof + 5);
    bytes.writeUInt16BE(65535, sof + 7);
    expect(() => decodeImage(bytes, 'big.jpg')).toThrow(
      /^big\.jpg: cannot decode the image \(maxResolutionInMP limit exceeded/,
    );
  });
});
