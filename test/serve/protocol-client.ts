/**
 * Clients of the Open Inference Protocol built from its definitions only: gRPC from
 * `grpc_service.proto` (@grpc/proto-loader), REST with plain `fetch`. Nothing here imports the
 * server's code.
 */
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { repoRoot } from '../helpers/fixtures.ts';

export const PROTO = path.join(repoRoot, 'src/serve/grpc_service.proto');

/** A gRPC client: `call('ModelInfer', request)` resolves to the response or rejects with its status. */
export interface GrpcClient {
  call<T = Record<string, unknown>>(method: string, request: object): Promise<T>;
  close(): void;
}

export function grpcClient(address: string): GrpcClient {
  const definition = protoLoader.loadSync(PROTO, {
    keepCase: true,
    longs: Number,
    defaults: true,
    arrays: true,
    oneofs: true,
  });
  const pkg = grpc.loadPackageDefinition(definition) as unknown as {
    inference: { GRPCInferenceService: new (address: string, creds: grpc.ChannelCredentials) => grpc.Client };
  };
  const client = new pkg.inference.GRPCInferenceService(
    address,
    grpc.credentials.createInsecure(),
  ) as grpc.Client &
    Record<string, (req: object, cb: (e: grpc.ServiceError | null, r: unknown) => void) => void>;
  return {
    call: <T>(method: string, request: object) =>
      new Promise<T>((resolve, reject) =>
        client[method](request, (e, r) => (e === null ? resolve(r as T) : reject(e))),
      ),
    close: () => client.close(),
  };
}

/** A gRPC call with hand-written request bytes (on `shared`, or a client of its own); resolves to the response bytes. */
export function rawGrpcCall(
  address: string,
  method: string,
  bytes: Buffer,
  shared?: grpc.Client,
): Promise<Buffer> {
  const client = shared ?? new grpc.Client(address, grpc.credentials.createInsecure());
  return new Promise<Buffer>((resolve, reject) =>
    client.makeUnaryRequest(
      `/inference.GRPCInferenceService/${method}`,
      (b: Buffer) => b,
      (b: Buffer) => b,
      bytes,
      (e, r) => {
        if (shared === undefined) client.close();
        if (e === null && r !== undefined) resolve(r);
        else reject(e ?? new Error('no response'));
      },
    ),
  );
}

export interface RestTensor {
  name: string;
  datatype: string;
  shape: number[];
  data?: number[];
  parameters?: Record<string, unknown>;
}

export interface RestResponse {
  status: number;
  json: Record<string, unknown> & { outputs?: RestTensor[]; error?: string };
  /** Output tensors' data, from JSON or from the binary section. */
  tensors: Map<string, number[]>;
}

/** POSTs an infer request; `binary` inputs go in the binary section (binary tensor data extension). */
export async function restInfer(
  base: string,
  model: string,
  body: Record<string, unknown>,
  binary?: readonly Uint8Array[],
): Promise<RestResponse> {
  const header = Buffer.from(JSON.stringify(body));
  const init: RequestInit =
    binary === undefined
      ? { method: 'POST', body: header, headers: { 'content-type': 'application/json' } }
      : {
          method: 'POST',
          body: Buffer.concat([header, ...binary]),
          headers: {
            'content-type': 'application/octet-stream',
            'inference-header-content-length': String(header.length),
          },
        };
  const res = await fetch(`${base}/v2/models/${model}/infer`, init);
  return parseInferResponse(res);
}

export async function parseInferResponse(res: Response): Promise<RestResponse> {
  const bytes = Buffer.from(await res.arrayBuffer());
  const length = res.headers.get('inference-header-content-length');
  const jsonEnd = length === null ? bytes.length : Number(length);
  const json = JSON.parse(bytes.subarray(0, jsonEnd).toString('utf8')) as RestResponse['json'];
  const tensors = new Map<string, number[]>();
  let at = jsonEnd;
  for (const t of json.outputs ?? []) {
    if (t.data !== undefined) {
      tensors.set(t.name, t.data);
      continue;
    }
    const size = t.parameters!.binary_data_size as number;
    tensors.set(t.name, decodeLE(t.datatype, bytes.subarray(at, at + size)));
    at += size;
  }
  return { status: res.status, json, tensors };
}

/** Little-endian tensor bytes as numbers. */
export function decodeLE(datatype: string, bytes: Uint8Array): number[] {
  const copy = new Uint8Array(bytes).buffer;
  switch (datatype) {
    case 'INT64':
      return Array.from(new BigInt64Array(copy), Number);
    case 'INT32':
      return Array.from(new Int32Array(copy));
    case 'FP32':
      return Array.from(new Float32Array(copy));
    default:
      throw new Error(`no decoder for ${datatype}`);
  }
}
