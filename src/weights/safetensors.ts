import { decodeTensor, ELEMENT_SIZE, type SourceDtype } from './dtype.ts';
import { WeightsError } from './errors.ts';
import type { HostTensor, StateDict } from './tensor.ts';

// The safetensors layout: an 8-byte little-endian header length N, N bytes of JSON
// (`{"name": {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__"?: {...}}`), then
// the data section that every `data_offsets` pair is relative to.

/** The reference implementation's limit; anything larger is a corrupt or hostile length field. */
const MAX_HEADER_BYTES = 100_000_000;

const METADATA_KEY = '__metadata__';

/** Every dtype the format defines, so that a refusal can tell "not supported" from "not a dtype". */
const KNOWN_DTYPES: ReadonlySet<string> = new Set(
  'BOOL U8 I8 F8_E5M2 F8_E4M3 U16 I16 F16 BF16 U32 I32 F32 U64 I64 F64'.split(' '),
);

interface Entry {
  name: string;
  dtype: SourceDtype;
  shape: number[];
  begin: number;
  end: number;
}

/**
 * Read a safetensors file. F32/F16/BF16 tensors come back as f32 (the source dtype is kept),
 * I64 as i64. Aligned tensors view `bytes` rather than copying it.
 */
export function readSafetensors(bytes: Uint8Array, file: string): StateDict {
  const { entries, dataStart } = parseHeader(bytes, file);
  const out = new Map<string, HostTensor>();
  for (const e of entries) {
    const data = bytes.subarray(dataStart + e.begin, dataStart + e.end);
    out.set(e.name, decodeTensor(e.dtype, e.shape, data, file, e.name));
  }
  return out;
}

function parseHeader(bytes: Uint8Array, file: string): { entries: Entry[]; dataStart: number } {
  const fail = (detail: string): never => {
    throw new WeightsError(file, `invalid safetensors file: ${detail}`);
  };
  if (bytes.byteLength < 8) fail(`expected at least 8 bytes (the header length), found ${bytes.byteLength}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getBigUint64(0, true);
  if (headerLength > BigInt(bytes.byteLength - 8)) {
    fail(
      `the header length field says ${headerLength} bytes but only ${bytes.byteLength - 8} follow it ` +
        `(the file is truncated or not safetensors)`,
    );
  }
  if (headerLength > BigInt(MAX_HEADER_BYTES)) {
    fail(`the header length ${headerLength} exceeds the format's limit of ${MAX_HEADER_BYTES} bytes`);
  }
  const dataStart = 8 + Number(headerLength);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, dataStart)));
  } catch (err) {
    fail(
      `the ${headerLength}-byte header is not UTF-8 JSON (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  if (!isRecord(json)) return fail('the header is not a JSON object');

  const entries: Entry[] = [];
  for (const [name, info] of Object.entries(json)) {
    if (name === METADATA_KEY) {
      checkMetadata(info, fail);
      continue;
    }
    entries.push(parseEntry(name, info, fail));
  }
  checkLayout(entries, bytes.byteLength - dataStart, fail);
  return { entries, dataStart };
}

function parseEntry(name: string, info: unknown, fail: (detail: string) => never): Entry {
  const where = `tensor '${name}'`;
  if (!isRecord(info)) return fail(`${where}: expected an object with dtype, shape and data_offsets`);
  const { dtype, shape, data_offsets: offsets } = info;
  if (typeof dtype !== 'string')
    return fail(`${where}: dtype must be a string, found ${JSON.stringify(dtype)}`);
  if (!Object.hasOwn(ELEMENT_SIZE, dtype)) {
    const what = KNOWN_DTYPES.has(dtype) ? `dtype ${dtype}` : `unknown dtype ${JSON.stringify(dtype)}`;
    return fail(`${where} has ${what}; ranetc reads F32, F16, BF16 (widened to f32) and I64`);
  }
  if (!Array.isArray(shape) || !shape.every(isCount)) {
    return fail(`${where}: shape must be a list of non-negative integers, found ${JSON.stringify(shape)}`);
  }
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isCount) || offsets[0] > offsets[1]) {
    return fail(
      `${where}: data_offsets must be [begin, end] with 0 <= begin <= end, found ${JSON.stringify(offsets)}`,
    );
  }
  const [begin, end] = offsets as number[];
  const sourceDtype = dtype as SourceDtype;
  const numel = (shape as number[]).reduce((a, b) => a * b, 1);
  const expected = numel * ELEMENT_SIZE[sourceDtype];
  if (expected !== end - begin) {
    return fail(
      `${where}: shape [${shape.join(', ')}] of ${dtype} needs ${expected} bytes but data_offsets ` +
        `[${begin}, ${end}] hold ${end - begin}`,
    );
  }
  return { name, dtype: sourceDtype, shape: shape as number[], begin, end };
}

/** Tensors must tile the data section exactly, as the reference implementation requires. */
function checkLayout(entries: Entry[], dataBytes: number, fail: (detail: string) => never): void {
  for (const e of entries) {
    if (e.end > dataBytes) {
      fail(
        `tensor '${e.name}': data_offsets [${e.begin}, ${e.end}] extend past the end of the data section ` +
          `(${dataBytes} bytes; the file may be truncated)`,
      );
    }
  }
  const sorted = [...entries].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let expected = 0;
  let previous: Entry | undefined;
  for (const e of sorted) {
    if (e.begin < expected && previous) {
      fail(
        `tensor '${e.name}' (bytes ${e.begin}..${e.end}) overlaps tensor '${previous.name}' (bytes ${previous.begin}..${previous.end})`,
      );
    }
    if (e.begin > expected) {
      fail(
        `tensor '${e.name}' starts at byte ${e.begin} but the previous tensor ends at ${expected}: offsets leave a gap`,
      );
    }
    expected = e.end;
    previous = e;
  }
  if (expected !== dataBytes) {
    fail(`the tensors cover ${expected} bytes of data but the data section has ${dataBytes}`);
  }
}

function checkMetadata(info: unknown, fail: (detail: string) => never): void {
  if (!isRecord(info) || !Object.values(info).every((v) => typeof v === 'string')) {
    fail(`${METADATA_KEY} must map strings to strings, found ${JSON.stringify(info)}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

// ---------------------------------------------------------------------------------------------
// Writing

/** A tensor to write with its raw little-endian bytes; `writeSafetensors` builds these. */
export interface RawTensor {
  dtype: string;
  shape: readonly number[];
  bytes: Uint8Array;
}

/**
 * Write a safetensors file deterministically: `__metadata__` first, tensors in sorted key order
 * (in the header and in the data), header padded with spaces so that the data starts 8-aligned.
 */
export function writeSafetensors(
  tensors: Record<string, { dtype: 'F32' | 'I64'; shape: number[]; data: Float32Array | BigInt64Array }>,
  metadata?: Record<string, string>,
): Uint8Array {
  const raw: Record<string, RawTensor> = {};
  for (const [name, t] of Object.entries(tensors)) {
    const numel = t.shape.reduce((a, b) => a * b, 1);
    const rightType = t.dtype === 'F32' ? t.data instanceof Float32Array : t.data instanceof BigInt64Array;
    if (!rightType || t.data.length !== numel) {
      throw new Error(
        `writeSafetensors: tensor '${name}' declares ${t.dtype} [${t.shape.join(', ')}] (${numel} elements) ` +
          `but holds a ${t.data.constructor.name} of ${t.data.length}`,
      );
    }
    raw[name] = {
      dtype: t.dtype,
      shape: t.shape,
      bytes: new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength),
    };
  }
  return writeSafetensorsRaw(raw, metadata);
}

/**
 * Write tensors given as raw bytes, with any dtype string. Only the shape's integrality is
 * checked: this is the escape hatch for other dtypes and for building corrupt files in tests.
 */
export function writeSafetensorsRaw(
  tensors: Record<string, RawTensor>,
  metadata?: Record<string, string>,
): Uint8Array {
  const names = Object.keys(tensors).sort();
  const fields: string[] = [];
  if (metadata) fields.push(`${JSON.stringify(METADATA_KEY)}:${JSON.stringify(metadata)}`);
  let offset = 0;
  for (const name of names) {
    const t = tensors[name];
    if (!t.shape.every((d) => isCount(d)))
      throw new Error(`writeSafetensors: tensor '${name}' has shape [${t.shape.join(', ')}]`);
    const info = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + t.bytes.byteLength] };
    // Built by hand: JSON.stringify of an object would move integer-like keys ("0") to the front.
    fields.push(`${JSON.stringify(name)}:${JSON.stringify(info)}`);
    offset += t.bytes.byteLength;
  }
  const json = new TextEncoder().encode(`{${fields.join(',')}}`);
  const headerLength = Math.ceil(json.byteLength / 8) * 8;
  const out = new Uint8Array(8 + headerLength + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(headerLength), true);
  out.fill(0x20, 8, 8 + headerLength);
  out.set(json, 8);
  let at = 8 + headerLength;
  for (const name of names) {
    out.set(tensors[name].bytes, at);
    at += tensors[name].bytes.byteLength;
  }
  return out;
}
