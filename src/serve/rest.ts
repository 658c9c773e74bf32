/**
 * The Open Inference Protocol over HTTP/REST (`/v2/...`), with the binary tensor data
 * extension, and `GET /metrics`. Bodies are read up to `maxBody` bytes; everything a client
 * can get wrong is answered `{"error": "..."}` with its status, never a stack trace.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HTTP_STATUS,
  InferError,
  decodeInput,
  describe,
  outputTensors,
  readParameters,
  requestedOutputs,
  tensorBytes,
  type InferRequest,
  type ParameterValue,
  type WireTensor,
} from './protocol.ts';
import type { InferenceService } from './service.ts';

export const BINARY_HEADER = 'inference-header-content-length';

/** The HTTP handler for `service`. */
export function restHandler(
  service: InferenceService,
  options: { readonly maxBody: number; readonly log: (line: string) => void },
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(service, options.maxBody, req, res).catch((e: unknown) => {
      if (e instanceof InferError) return sendError(res, e);
      options.log(
        `internal error on ${req.method} ${req.url}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      );
      sendJson(res, 500, { error: `internal error: ${e instanceof Error ? e.message : String(e)}` });
    });
  };
}

const MODEL_PATH = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?$/;

async function route(
  service: InferenceService,
  maxBody: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = (req.url ?? '/').split('?')[0];
  const method = req.method ?? 'GET';
  const get = (): void => {
    if (method !== 'GET' && method !== 'HEAD')
      throw new InferError('invalid', `${method} ${url}: this path answers GET`);
  };
  if (url === '/v2/health/live') {
    get();
    return sendJson(res, 200, { live: service.live() });
  }
  if (url === '/v2/health/ready') {
    get();
    const ready = service.ready();
    return sendJson(res, ready ? 200 : 503, { ready });
  }
  if (url === '/v2' || url === '/v2/') {
    get();
    return sendJson(res, 200, service.serverMetadata());
  }
  if (url === '/metrics') {
    get();
    const text = await service.metrics.text();
    res.writeHead(200, {
      'content-type': service.metrics.contentType,
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
    return;
  }
  const m = MODEL_PATH.exec(url);
  if (m === null) {
    drain(req);
    return sendJson(res, 404, { error: `unknown path ${url}` });
  }
  let model: string;
  try {
    model = decodeURIComponent(m[1]);
  } catch {
    throw new InferError('invalid', `the model name in ${url} is not valid percent-encoding`);
  }
  const version = m[2];
  service.shape(model); // NOT_FOUND first
  if (version !== undefined && version !== '1')
    throw new InferError('not-found', `model ${model} has no version '${version}'; its only version is 1`);
  if (m[3] === '/ready') {
    get();
    const ready = service.modelReady(model);
    return sendJson(res, ready ? 200 : 503, { name: model, ready });
  }
  if (m[3] === undefined) {
    get();
    return sendJson(res, 200, service.modelMetadata(model));
  }
  if (method !== 'POST') throw new InferError('invalid', `${method} ${url}: inference is POST`);
  let request: InferRequest;
  let id: string | undefined;
  try {
    const body = await readBody(req, maxBody);
    ({ request, id } = decodeInferBody(body, req.headers[BINARY_HEADER], model, service));
  } catch (e) {
    service.countFailure(model);
    throw e;
  }
  const result = await service.infer(request);
  const outputs = outputTensors(result, request.outputs, service.shape(model));
  const json = {
    model_name: model,
    model_version: '1',
    ...(id === undefined ? {} : { id }),
    parameters: { budget_mflops: result.pointMFlops, controlled: result.controlled },
    outputs: outputs.map((t) => ({
      name: t.name,
      datatype: t.datatype,
      shape: t.shape,
      ...(t.binary
        ? { parameters: { binary_data_size: t.data.byteLength } }
        : { data: Array.from(t.data as ArrayLike<number | bigint>, Number) }),
    })),
  };
  const binary = outputs.filter((t) => t.binary);
  if (binary.length === 0) return sendJson(res, 200, json);
  const header = Buffer.from(JSON.stringify(json));
  const body = Buffer.concat([header, ...binary.map((t) => tensorBytes(t))]);
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    [BINARY_HEADER]: String(header.length),
    'content-length': body.length,
  });
  res.end(body);
}

/** The request body, refused past `maxBody` bytes (declared or sent). */
function readBody(req: IncomingMessage, maxBody: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBody) {
    req.resume();
    return Promise.reject(
      new InferError(
        'invalid',
        `the body of ${declared} bytes is over the limit of ${maxBody} bytes (--max-body)`,
      ),
    );
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > maxBody) {
        over = true;
        chunks.length = 0;
        reject(new InferError('invalid', `the body is over the limit of ${maxBody} bytes (--max-body)`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks, size));
    });
    req.on('error', (e) => reject(new InferError('invalid', `the body could not be read: ${e.message}`)));
  });
}

/** Decodes an infer body: JSON, or JSON then binary tensor data (the binary extension). */
export function decodeInferBody(
  body: Buffer,
  headerLength: string | string[] | undefined,
  model: string,
  service: Pick<InferenceService, 'shape'>,
): { request: InferRequest; id?: string } {
  let jsonBytes = body;
  let binary: Buffer | undefined;
  if (headerLength !== undefined) {
    const text = Array.isArray(headerLength) ? headerLength[0] : headerLength;
    const length = Number(text);
    if (!/^\d+$/.test(text) || !(length <= body.length))
      throw new InferError(
        'invalid',
        `header Inference-Header-Content-Length: expected a byte count of at most the body's ${body.length}, found ${JSON.stringify(text)}`,
      );
    jsonBytes = body.subarray(0, length);
    binary = body.subarray(length);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(jsonBytes.toString('utf8'));
  } catch (e) {
    throw new InferError('invalid', `the request is not valid JSON: ${(e as Error).message}`);
  }
  const o = object(raw, 'the request');
  const id = o.id === undefined ? undefined : string(o.id, 'id');
  const parameters = parameterMap(o.parameters, 'parameters');
  if (!Array.isArray(o.inputs))
    throw new InferError(
      'invalid',
      `field "inputs": expected an array of tensors, found ${describe(o.inputs)}`,
    );
  let offset = 0;
  const inputs: WireTensor[] = o.inputs.map((entry, i) => {
    const at = `inputs[${i}]`;
    const t = object(entry, at);
    const name = string(t.name, `${at}.name`);
    const datatype = string(t.datatype, `${at}.datatype`);
    if (!Array.isArray(t.shape) || t.shape.some((d) => !Number.isSafeInteger(d) || (d as number) < 0))
      throw new InferError(
        'invalid',
        `field "${at}.shape": expected an array of whole numbers >= 0, found ${describe(t.shape)}`,
      );
    const shape = t.shape as number[];
    const params = parameterMap(t.parameters, `${at}.parameters`);
    const size = params.get('binary_data_size');
    if (size !== undefined) {
      if (binary === undefined)
        throw new InferError(
          'invalid',
          `field "${at}.parameters.binary_data_size": the request has no Inference-Header-Content-Length header`,
        );
      const bytes = Number(size);
      if (
        typeof size !== 'number' ||
        !Number.isSafeInteger(bytes) ||
        bytes < 0 ||
        offset + bytes > binary.length
      )
        throw new InferError(
          'invalid',
          `field "${at}.parameters.binary_data_size": ${describe(size)} does not fit the ${binary.length - offset} bytes of binary data left`,
        );
      const data = new Uint8Array(binary.subarray(offset, offset + bytes));
      offset += bytes;
      if (t.data !== undefined)
        throw new InferError('invalid', `${at}: has both "data" and parameters.binary_data_size`);
      return { name, datatype, shape, data: { bytes: data } };
    }
    if (!Array.isArray(t.data))
      throw new InferError('invalid', `field "${at}.data": expected an array, found ${describe(t.data)}`);
    return { name, datatype, shape, data: { values: flatten(t.data, `${at}.data`) } };
  });
  if (binary !== undefined && offset !== binary.length)
    throw new InferError(
      'invalid',
      `the binary_data_size of the inputs add up to ${offset} bytes, the body has ${binary.length} after its JSON header`,
    );
  const shape = service.shape(model);
  const { n, images } = decodeInput(inputs, shape);
  const allBinary = parameters.get('binary_data_output') === true;
  let named: { name: string; binary: boolean }[] | undefined;
  if (o.outputs !== undefined) {
    if (!Array.isArray(o.outputs))
      throw new InferError('invalid', `field "outputs": expected an array, found ${describe(o.outputs)}`);
    named = o.outputs.map((entry, i) => {
      const t = object(entry, `outputs[${i}]`);
      const params = parameterMap(t.parameters, `outputs[${i}].parameters`);
      return { name: string(t.name, `outputs[${i}].name`), binary: params.get('binary_data') === true };
    });
  }
  const request: InferRequest = {
    model,
    n,
    images,
    outputs: requestedOutputs(named, allBinary),
    ...readParameters(parameters),
    ...(id === undefined ? {} : { id }),
  };
  return { request, ...(id === undefined ? {} : { id }) };
}

function object(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new InferError('invalid', `${what}: expected a JSON object, found ${describe(v)}`);
  return v as Record<string, unknown>;
}

function string(v: unknown, field: string): string {
  if (typeof v !== 'string')
    throw new InferError('invalid', `field "${field}": expected a string, found ${describe(v)}`);
  return v;
}

function parameterMap(v: unknown, field: string): Map<string, ParameterValue> {
  if (v === undefined) return new Map();
  const o = object(v, `field "${field}"`);
  const out = new Map<string, ParameterValue>();
  for (const [k, x] of Object.entries(o)) {
    if (typeof x !== 'boolean' && typeof x !== 'number' && typeof x !== 'string')
      throw new InferError(
        'invalid',
        `field "${field}.${k}": expected a boolean, number or string, found ${describe(x)}`,
      );
    out.set(k, x);
  }
  return out;
}

/** Row-major flattening of nested arrays (the protocol allows either form). */
function flatten(data: unknown[], field: string): unknown[] {
  if (!data.some(Array.isArray)) return data;
  const out: unknown[] = [];
  const walk = (a: unknown[], depth: number): void => {
    if (depth > 8) throw new InferError('invalid', `field "${field}": nested deeper than a tensor`);
    for (const x of a)
      if (Array.isArray(x)) walk(x, depth + 1);
      else out.push(x);
  };
  walk(data, 0);
  return out;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, e: InferError): void {
  if (res.headersSent) return void res.destroy();
  // A body left unread (refused early) would block the connection: close it after answering.
  if (!res.req.complete) res.setHeader('connection', 'close');
  sendJson(res, HTTP_STATUS[e.kind], { error: e.message });
}

function drain(req: IncomingMessage): void {
  req.resume();
}
