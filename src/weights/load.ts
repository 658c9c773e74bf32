import { constants } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import type { Graph } from '../ir/types.ts';
import { checkWeights } from './check.ts';
import { WeightsError } from './errors.ts';
import { readSafetensors } from './safetensors.ts';
import type { StateDict } from './tensor.ts';
import { isTorchLegacy, readTorchLegacy, readTorchZip } from './torch.ts';
import { isZip } from './zip.ts';

export { WeightsError } from './errors.ts';
export { checkWeights, type ExpectedTensor } from './check.ts';

/**
 * Load a weights file: safetensors, a zip-format torch checkpoint, or a legacy torch checkpoint,
 * told apart by content rather than by extension (`.pth.tar` files are zips in practice).
 */
export function loadWeights(file: string, maxBytes: number = constants.MAX_LENGTH): StateDict {
  let bytes: Uint8Array;
  try {
    // The size is checked before anything is read: a file is read whole.
    const { size } = statSync(file);
    if (size > maxBytes) {
      throw new WeightsError(
        file,
        `the file has ${size} bytes, more than ${maxBytes}: ${tooLarge(maxBytes)}`,
      );
    }
    const buffer = readFileSync(file);
    // A plain Uint8Array view: Buffer's slice() shares memory where Uint8Array's copies.
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (err) {
    if (err instanceof WeightsError) throw err;
    throw new WeightsError(
      file,
      `cannot read the file (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  return readWeights(bytes, file);
}

/** Loads a checkpoint or safetensors file and checks it against the graph's parameters. */
export function loadCheckedWeights(graph: Graph, file: string): StateDict {
  const expected = new Map(
    [...graph.params.values()].map((p) => [p.name, { shape: p.shape, dtype: p.dtype }]),
  );
  const weights = loadWeights(file, Math.min(constants.MAX_LENGTH, maxWeightsFileBytes(expected.values())));
  checkWeights(expected, weights, file);
  return weights;
}

/**
 * The largest weights file a model's tensors can explain: 8 bytes per element (the widest dtype
 * read, i64 or a f64 storage), four times over (a training checkpoint also holds the optimizer's
 * buffers, as large as the parameters), plus 1 MiB of headers and pickles.
 */
export function maxWeightsFileBytes(expected: Iterable<{ readonly shape: readonly number[] }>): number {
  let elements = 0;
  for (const t of expected) elements += t.shape.reduce((a, b) => a * b, 1);
  return 4 * 8 * elements + 2 ** 20;
}

function tooLarge(maxBytes: number): string {
  return maxBytes === constants.MAX_LENGTH
    ? 'the largest buffer this host can allocate'
    : "what the model's tensors can explain (8 bytes per element, four times over for a training checkpoint's optimizer state, plus 1 MiB)";
}

/** `loadWeights` for bytes already in memory; `file` names them in errors. */
export function readWeights(bytes: Uint8Array, file: string): StateDict {
  if (isZip(bytes)) return readTorchZip(bytes, file);
  if (isTorchLegacy(bytes)) return readTorchLegacy(bytes, file);
  if (looksLikeSafetensors(bytes)) return readSafetensors(bytes, file);
  const head = [...bytes.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  throw new WeightsError(
    file,
    'not a recognized weights file: expected safetensors (8-byte header length, then a JSON header), ' +
      "a torch zip checkpoint (starting 'PK\\x03\\x04') or a legacy torch checkpoint (a pickled magic " +
      `number); found ${bytes.byteLength} bytes starting ${head || '(empty)'}`,
  );
}

/**
 * A safetensors header starts with `{` right after its length. A file that starts like that but
 * is otherwise broken still goes to the safetensors reader, whose messages say what is wrong.
 */
function looksLikeSafetensors(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 9 && bytes[8] === 0x7b;
}
