/**
 * The Open Inference Protocol ("v2") for an early-exit classifier, independent of the wire:
 * the input tensor a request may carry, the outputs a response holds, request parameters and
 * the errors, each with its REST status and gRPC code. `rest.ts` and `grpc.ts` turn their
 * wire formats into `WireTensor`s and back.
 */
import { normalizer } from '../adaptive/datasets.ts';

/** What went wrong, as both protocols name it. */
export type ErrorKind = 'invalid' | 'not-found' | 'unavailable' | 'exhausted' | 'deadline';

/** An error answered to the client: never logged with a stack. */
export class InferError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'InferError';
  }
}

export const HTTP_STATUS: Readonly<Record<ErrorKind, number>> = {
  invalid: 400,
  'not-found': 404,
  unavailable: 503,
  exhausted: 503,
  deadline: 503,
};

export const INPUT_NAME = 'input';

/** The outputs in their default order, with `logits` only on request. */
export const OUTPUTS = ['class', 'exit', 'confidence', 'mflops', 'logits'] as const;
export type OutputName = (typeof OUTPUTS)[number];
const DEFAULT_OUTPUTS: readonly OutputName[] = ['class', 'exit', 'confidence', 'mflops'];

export type Datatype = 'FP32' | 'UINT8' | 'INT32' | 'INT64';
export const BYTES_PER: Readonly<Record<string, number>> = {
  BOOL: 1,
  UINT8: 1,
  UINT16: 2,
  UINT32: 4,
  UINT64: 8,
  INT8: 1,
  INT16: 2,
  INT32: 4,
  INT64: 8,
  FP16: 2,
  FP32: 4,
  FP64: 8,
};

/** A tensor as a wire format carries it: numbers (JSON, gRPC contents) or raw little-endian bytes. */
export interface WireTensor {
  readonly name: string;
  readonly datatype: string;
  readonly shape: readonly number[];
  readonly data: { readonly values: ArrayLike<unknown> } | { readonly bytes: Uint8Array };
}

/** What the protocol needs to know of a model. */
export interface ModelShape {
  readonly name: string;
  readonly classes: number;
  readonly input: { readonly channels: number; readonly height: number; readonly width: number };
  readonly normalize?: { readonly mean: readonly number[]; readonly std: readonly number[] };
  /** Cumulative FLOPs per input at each exit. */
  readonly exitFlops: readonly number[];
}

export interface RequestedOutput {
  readonly name: OutputName;
  /** REST: send it in the binary section. */
  readonly binary: boolean;
}

/** A request after decoding: `n` images, N x C x H x W float32, normalized. */
export interface InferRequest {
  readonly model: string;
  readonly id?: string;
  readonly n: number;
  readonly images: Float32Array;
  readonly outputs: readonly RequestedOutput[];
  /** Use the calibrated point for this budget (bypasses the controller). */
  readonly budgetMFlops?: number;
  /** Answer DEADLINE_EXCEEDED when still queued this many microseconds after arrival. */
  readonly timeoutUs?: number;
}

/** One input's answer. */
export interface Answer {
  readonly class: number;
  readonly exit: number;
  readonly confidence: number;
  readonly logits?: Float32Array;
}

export interface InferResult {
  readonly answers: readonly Answer[];
  /** Expected MFLOPs per input of the operating point used (inputs-weighted when a request was split over several). */
  readonly pointMFlops: number;
  readonly controlled: boolean;
}

/** An output tensor before encoding. */
export interface OutputTensor {
  readonly name: OutputName;
  readonly datatype: Datatype;
  readonly shape: readonly number[];
  readonly data: BigInt64Array | Int32Array | Float32Array;
  readonly binary: boolean;
}

/** A parameter value as the wire gives it. */
export type ParameterValue = boolean | number | bigint | string;

/** Reads `input` into normalized N x C x H x W float32 images. */
export function decodeInput(
  inputs: readonly WireTensor[],
  model: ModelShape,
): { n: number; images: Float32Array } {
  const { channels: c, height: h, width: w } = model.input;
  if (inputs.length !== 1) {
    throw new InferError(
      'invalid',
      `expected one input tensor '${INPUT_NAME}', found ${inputs.length === 0 ? 'none' : inputs.map((t) => `'${t.name}'`).join(', ')}`,
    );
  }
  const t = inputs[0];
  if (t.name !== INPUT_NAME)
    throw new InferError(
      'invalid',
      `unknown input tensor '${t.name}': model ${model.name} takes '${INPUT_NAME}'`,
    );
  const fp32 = `FP32 [N, ${c}, ${h}, ${w}]`;
  const uint8 = `UINT8 [N, ${h}, ${w}, ${c}]`;
  const want = t.datatype === 'UINT8' ? [h, w, c] : [c, h, w];
  if (t.datatype !== 'FP32' && t.datatype !== 'UINT8')
    throw new InferError(
      'invalid',
      `input '${INPUT_NAME}': wrong datatype ${t.datatype}, expected ${fp32} or ${uint8}`,
    );
  if (t.datatype === 'UINT8' && model.normalize === undefined)
    throw new InferError(
      'invalid',
      `input '${INPUT_NAME}': UINT8 pixels need the spec's input.normalize, which model ${model.name} has not; send ${fp32}`,
    );
  const shape = t.shape;
  const n = shape[0];
  if (shape.length !== 4 || !(Number.isSafeInteger(n) && n >= 1) || want.some((d, i) => shape[i + 1] !== d))
    throw new InferError(
      'invalid',
      `input '${INPUT_NAME}': wrong shape [${shape.join(', ')}], expected ${t.datatype === 'UINT8' ? uint8 : fp32} with N >= 1`,
    );
  const count = n * c * h * w;
  if (t.datatype === 'FP32') return { n, images: fp32Values(t, count) };
  const pixels = uint8Values(t, count);
  const { mean, std } = model.normalize!;
  const norm = normalizer(mean, std, c);
  const images = new Float32Array(count);
  const plane = h * w;
  const chw = new Uint8Array(c * plane);
  for (let i = 0; i < n; i++) {
    const hwc = pixels.subarray(i * c * plane, (i + 1) * c * plane);
    for (let p = 0; p < plane; p++) for (let k = 0; k < c; k++) chw[k * plane + p] = hwc[p * c + k];
    norm(chw, images, i * c * plane);
  }
  return { n, images };
}

function fp32Values(t: WireTensor, count: number): Float32Array {
  let out: Float32Array;
  if ('bytes' in t.data) {
    checkBytes(t.data.bytes, count, 4);
    const copy = t.data.bytes.slice();
    out = new Float32Array(copy.buffer, 0, count);
  } else {
    const values = t.data.values;
    checkCount(values.length, count);
    out = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      const v = values[i];
      if (typeof v !== 'number')
        throw new InferError(
          'invalid',
          `input '${INPUT_NAME}': data[${i}] is ${describe(v)}, expected a number`,
        );
      out[i] = v;
    }
  }
  for (let i = 0; i < count; i++)
    if (!Number.isFinite(out[i]))
      throw new InferError(
        'invalid',
        `input '${INPUT_NAME}': data[${i}] is ${out[i]}, expected a finite number`,
      );
  return out;
}

function uint8Values(t: WireTensor, count: number): Uint8Array {
  if ('bytes' in t.data) {
    checkBytes(t.data.bytes, count, 1);
    return t.data.bytes;
  }
  const values = t.data.values;
  checkCount(values.length, count);
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 255)
      throw new InferError(
        'invalid',
        `input '${INPUT_NAME}': data[${i}] is ${describe(v)}, expected an integer 0..255`,
      );
    out[i] = v;
  }
  return out;
}

function checkCount(found: number, count: number): void {
  if (found !== count)
    throw new InferError(
      'invalid',
      `input '${INPUT_NAME}': ${found} values for a shape of ${count} elements`,
    );
}

function checkBytes(bytes: Uint8Array, count: number, size: number): void {
  if (bytes.length !== count * size)
    throw new InferError(
      'invalid',
      `input '${INPUT_NAME}': ${bytes.length} bytes of data for a shape of ${count} elements of ${size} byte${size === 1 ? '' : 's'} (${count * size} bytes)`,
    );
}

/** The request's parameters this server reads; the others are ignored, as the protocol allows. */
export function readParameters(parameters: ReadonlyMap<string, ParameterValue>): {
  budgetMFlops?: number;
  timeoutUs?: number;
} {
  const out: { budgetMFlops?: number; timeoutUs?: number } = {};
  const budget = parameters.get('budget_mflops');
  if (budget !== undefined) {
    const b = Number(budget);
    if (typeof budget === 'string' || typeof budget === 'boolean' || !(b > 0) || !Number.isFinite(b))
      throw new InferError(
        'invalid',
        `parameter budget_mflops: expected a positive number, found ${describe(budget)}`,
      );
    out.budgetMFlops = b;
  }
  const timeout = parameters.get('timeout');
  if (timeout !== undefined) {
    const us = Number(timeout);
    if (typeof timeout === 'string' || typeof timeout === 'boolean' || !Number.isInteger(us) || us < 0)
      throw new InferError(
        'invalid',
        `parameter timeout: expected whole microseconds >= 0, found ${describe(timeout)}`,
      );
    // 0 means no timeout, as Triton reads it.
    if (us > 0) out.timeoutUs = us;
  }
  return out;
}

/** The outputs a request names (default: class, exit, confidence, mflops), checked. */
export function requestedOutputs(
  named: readonly { readonly name: string; readonly binary: boolean }[] | undefined,
  allBinary: boolean,
): RequestedOutput[] {
  if (named === undefined || named.length === 0)
    return DEFAULT_OUTPUTS.map((name) => ({ name, binary: allBinary }));
  const seen = new Set<string>();
  return named.map(({ name, binary }) => {
    if (!(OUTPUTS as readonly string[]).includes(name))
      throw new InferError('invalid', `unknown output '${name}': the outputs are ${OUTPUTS.join(', ')}`);
    if (seen.has(name)) throw new InferError('invalid', `output '${name}' is requested twice`);
    seen.add(name);
    return { name: name as OutputName, binary: binary || allBinary };
  });
}

/** The response's tensors, in the requested order. */
export function outputTensors(
  result: InferResult,
  outputs: readonly RequestedOutput[],
  model: ModelShape,
): OutputTensor[] {
  const a = result.answers;
  const n = a.length;
  return outputs.map(({ name, binary }) => {
    switch (name) {
      case 'class':
        return {
          name,
          binary,
          datatype: 'INT64',
          shape: [n],
          data: BigInt64Array.from(a, (x) => BigInt(x.class)),
        };
      case 'exit':
        return { name, binary, datatype: 'INT32', shape: [n], data: Int32Array.from(a, (x) => x.exit) };
      case 'confidence':
        return {
          name,
          binary,
          datatype: 'FP32',
          shape: [n],
          data: Float32Array.from(a, (x) => x.confidence),
        };
      case 'mflops':
        return {
          name,
          binary,
          datatype: 'FP32',
          shape: [n],
          data: Float32Array.from(a, (x) => model.exitFlops[x.exit] / 1e6),
        };
      case 'logits': {
        const data = new Float32Array(n * model.classes);
        a.forEach((x, i) => data.set(x.logits!, i * model.classes));
        return { name, binary, datatype: 'FP32', shape: [n, model.classes], data };
      }
    }
  });
}

/** The little-endian bytes of a tensor's data (the binary extension and raw gRPC contents). */
export function tensorBytes(t: OutputTensor): Uint8Array {
  return new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength);
}

/** Metadata of the model's tensors (`-1`: any batch size). */
export function tensorMetadata(model: ModelShape): {
  inputs: { name: string; datatype: Datatype; shape: number[] }[];
  outputs: { name: string; datatype: Datatype; shape: number[] }[];
} {
  const { channels, height, width } = model.input;
  return {
    // UINT8 [N, H, W, C] pixels are accepted too (ours, see docs/serving.md); FP32 is the model's own.
    inputs: [{ name: INPUT_NAME, datatype: 'FP32', shape: [-1, channels, height, width] }],
    outputs: [
      { name: 'class', datatype: 'INT64', shape: [-1] },
      { name: 'exit', datatype: 'INT32', shape: [-1] },
      { name: 'confidence', datatype: 'FP32', shape: [-1] },
      { name: 'mflops', datatype: 'FP32', shape: [-1] },
      { name: 'logits', datatype: 'FP32', shape: [-1, model.classes] },
    ],
  };
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string')
    return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '...' : v)}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}
