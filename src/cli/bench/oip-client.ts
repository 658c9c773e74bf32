/**
 * A small client of the Open Inference Protocol's REST form, written from the protocol (not
 * from the server's code): an infer request as JSON or with the binary tensor data extension,
 * and its answer's `class`, `exit` and `mflops` outputs. The load bench and the replica test
 * drive `ranetc serve` with it.
 */

export const BINARY_HEADER = 'Inference-Header-Content-Length';

/** The outputs read back, in this order. */
const OUTPUTS = ['class', 'exit', 'mflops'] as const;

export interface RestRequest {
  readonly body: Buffer;
  readonly headers: Record<string, string>;
}

/** Per input: the class, the exit taken and its cumulative MFLOPs. */
export interface Reply {
  readonly classes: number[];
  readonly exits: number[];
  readonly mflops: number[];
}

/**
 * `POST /v2/models/{m}/infer` for `images` (N x C x H x W float32, normalized): with the
 * binary extension (input and outputs as raw little-endian bytes) or as JSON numbers.
 */
export function inferRequest(images: Float32Array, shape: readonly number[], binary: boolean): RestRequest {
  const outputs = OUTPUTS.map((name) => (binary ? { name, parameters: { binary_data: true } } : { name }));
  if (!binary) {
    const json = { inputs: [{ name: 'input', datatype: 'FP32', shape, data: Array.from(images) }], outputs };
    return { body: Buffer.from(JSON.stringify(json)), headers: { 'content-type': 'application/json' } };
  }
  const header = Buffer.from(
    JSON.stringify({
      inputs: [
        { name: 'input', datatype: 'FP32', shape, parameters: { binary_data_size: images.byteLength } },
      ],
      outputs,
    }),
  );
  const data = Buffer.from(images.buffer, images.byteOffset, images.byteLength);
  return {
    body: Buffer.concat([header, data]),
    headers: { 'content-type': 'application/octet-stream', [BINARY_HEADER]: String(header.length) },
  };
}

interface ReplyTensor {
  readonly name: string;
  readonly datatype: string;
  readonly shape: readonly number[];
  readonly data?: readonly number[];
  readonly parameters?: { readonly binary_data_size?: number };
}

/** Decodes a 200 answer; `headerLength` is the response's Inference-Header-Content-Length. */
export function parseReply(body: Buffer, headerLength: string | null | undefined): Reply {
  const jsonLength = headerLength === null || headerLength === undefined ? body.length : Number(headerLength);
  const { outputs } = JSON.parse(body.subarray(0, jsonLength).toString('utf8')) as {
    outputs: readonly ReplyTensor[];
  };
  let offset = jsonLength;
  const values = new Map<string, number[]>();
  for (const t of outputs) {
    const size = t.parameters?.binary_data_size;
    if (size === undefined) {
      values.set(t.name, (t.data ?? []).map(Number));
      continue;
    }
    const bytes = body.subarray(offset, offset + size);
    offset += size;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const width = t.datatype === 'INT64' ? 8 : 4;
    values.set(
      t.name,
      Array.from({ length: size / width }, (_, i) => {
        if (t.datatype === 'INT64') return Number(view.getBigInt64(i * 8, true));
        if (t.datatype === 'INT32') return view.getInt32(i * 4, true);
        return view.getFloat32(i * 4, true);
      }),
    );
  }
  const get = (name: string): number[] => {
    const v = values.get(name);
    if (v === undefined) throw new Error(`the answer has no output '${name}'`);
    return v;
  };
  return { classes: get('class'), exits: get('exit'), mflops: get('mflops') };
}

/** The values of `metric` (Prometheus text format) by the value of its label `label`. */
export function metricByLabel(text: string, metric: string, label: string): Map<string, number> {
  const out = new Map<string, number>();
  const line = new RegExp(`^${metric}\\{([^}]*)\\}\\s+(\\S+)$`);
  const labelValue = new RegExp(`(?:^|,)${label}="([^"]*)"`);
  for (const l of text.split('\n')) {
    const m = line.exec(l);
    if (m === null) continue;
    const v = labelValue.exec(m[1]);
    if (v !== null) out.set(v[1], (out.get(v[1]) ?? 0) + Number(m[2]));
  }
  return out;
}
