/**
 * The Open Inference Protocol over gRPC: `inference.GRPCInferenceService` from
 * `grpc_service.proto`, on @grpc/grpc-js. Inputs come as typed contents or
 * `raw_input_contents`; outputs go back as `raw_output_contents` (as Triton sends them).
 */
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import {
  InferError,
  decodeInput,
  describe,
  outputTensors,
  readParameters,
  requestedOutputs,
  tensorBytes,
  type ErrorKind,
  type ParameterValue,
  type WireTensor,
} from './protocol.ts';
import type { InferenceService } from './service.ts';

export const PROTO_FILE = fileURLToPath(new URL('./grpc_service.proto', import.meta.url));

/** How protobuf messages map to objects: the protocol's field names, 64-bit integers as numbers. */
export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: false,
  arrays: true,
  objects: true,
  oneofs: true,
};

const CODES: Readonly<Record<ErrorKind, grpc.status>> = {
  invalid: grpc.status.INVALID_ARGUMENT,
  'not-found': grpc.status.NOT_FOUND,
  unavailable: grpc.status.UNAVAILABLE,
  exhausted: grpc.status.RESOURCE_EXHAUSTED,
  deadline: grpc.status.DEADLINE_EXCEEDED,
};

interface Parameter {
  readonly parameter_choice?: string;
  readonly [k: string]: unknown;
}
type Parameters = Readonly<Record<string, Parameter>>;

interface InferInputTensor {
  readonly name?: string;
  readonly datatype?: string;
  readonly shape: readonly number[];
  readonly contents?: {
    readonly fp32_contents: readonly number[];
    readonly uint_contents: readonly number[];
  };
}

interface ModelInferRequest {
  readonly model_name?: string;
  readonly model_version?: string;
  readonly id?: string;
  readonly parameters: Parameters;
  readonly inputs: readonly InferInputTensor[];
  readonly outputs: readonly { readonly name?: string }[];
  readonly raw_input_contents: readonly Buffer[];
}

/** A request whose bytes are not a message of its type (grpc-js would answer INTERNAL). */
class Undecodable {
  constructor(readonly detail: string) {}
}

/**
 * The service definition loaded from the protocol's .proto, with decoders that never throw:
 * bytes that are not a valid message become `Undecodable`, answered INVALID_ARGUMENT.
 */
export function loadServiceDefinition(): grpc.ServiceDefinition {
  const definition = protoLoader.loadSync(PROTO_FILE, LOADER_OPTIONS);
  const pkg = grpc.loadPackageDefinition(definition) as unknown as {
    inference: { GRPCInferenceService: { service: grpc.ServiceDefinition } };
  };
  const service = pkg.inference.GRPCInferenceService.service;
  return Object.fromEntries(
    Object.entries(service).map(([name, method]) => [
      name,
      {
        ...method,
        requestDeserialize: (bytes: Buffer): unknown => {
          try {
            return method.requestDeserialize(bytes);
          } catch (e) {
            return new Undecodable(e instanceof Error ? e.message : String(e));
          }
        },
      },
    ]),
  );
}

/** A gRPC server (not yet bound) answering for `service`. */
export function grpcServer(
  service: InferenceService,
  options: { readonly maxBody: number; readonly log: (line: string) => void },
): grpc.Server {
  const server = new grpc.Server({
    'grpc.max_receive_message_length': options.maxBody,
    'grpc.max_send_message_length': -1,
  });
  const unary =
    <Req, Res>(fn: (req: Req) => Res | Promise<Res>): grpc.handleUnaryCall<Req, Res> =>
    (call, callback) => {
      Promise.resolve()
        .then(() => {
          if (call.request instanceof Undecodable)
            throw new InferError(
              'invalid',
              `the request is not a valid protocol message: ${call.request.detail}`,
            );
          return fn(call.request);
        })
        .then(
          (r) => callback(null, r),
          (e: unknown) => {
            if (e instanceof InferError) return callback({ code: CODES[e.kind], details: e.message });
            options.log(`internal error on gRPC: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
            callback({
              code: grpc.status.INTERNAL,
              details: `internal error: ${e instanceof Error ? e.message : String(e)}`,
            });
          },
        );
    };
  const model = (name: string | undefined, version: string | undefined): string => {
    const m = name ?? '';
    service.shape(m);
    if (version !== undefined && version !== '' && version !== '1')
      throw new InferError('not-found', `model ${m} has no version '${version}'; its only version is 1`);
    return m;
  };
  server.addService(loadServiceDefinition(), {
    ServerLive: unary(() => ({ live: service.live() })),
    ServerReady: unary(() => ({ ready: service.ready() })),
    ModelReady: unary((r: { name?: string; version?: string }) => ({
      ready: service.modelReady(model(r.name, r.version)),
    })),
    ServerMetadata: unary(() => service.serverMetadata()),
    ModelMetadata: unary((r: { name?: string; version?: string }) =>
      service.modelMetadata(model(r.name, r.version)),
    ),
    ModelInfer: unary(async (r: ModelInferRequest) => {
      const name = model(r.model_name, r.model_version);
      let request;
      try {
        request = decodeInferRequest(r, name, service);
      } catch (e) {
        service.countFailure(name);
        throw e;
      }
      const result = await service.infer(request);
      const outputs = outputTensors(result, request.outputs, service.shape(name));
      return {
        model_name: name,
        model_version: '1',
        id: r.id ?? '',
        parameters: {
          budget_mflops: { double_param: result.pointMFlops },
          controlled: { bool_param: result.controlled },
        },
        outputs: outputs.map((t) => ({ name: t.name, datatype: t.datatype, shape: t.shape })),
        raw_output_contents: outputs.map((t) => Buffer.from(tensorBytes(t))),
      };
    }),
  });
  return server;
}

function decodeInferRequest(r: ModelInferRequest, model: string, service: InferenceService) {
  const raw = r.raw_input_contents;
  if (raw.length > 0 && raw.length !== r.inputs.length)
    throw new InferError(
      'invalid',
      `raw_input_contents has ${raw.length} entries for ${r.inputs.length} inputs; it needs one per input`,
    );
  const inputs: WireTensor[] = r.inputs.map((t, i) => {
    const datatype = t.datatype ?? '';
    const base = { name: t.name ?? '', datatype, shape: t.shape };
    if (raw.length > 0) {
      if (t.contents !== undefined)
        throw new InferError('invalid', `inputs[${i}]: contents and raw_input_contents are both given`);
      return { ...base, data: { bytes: new Uint8Array(raw[i]) } };
    }
    const values = datatype === 'UINT8' ? t.contents?.uint_contents : t.contents?.fp32_contents;
    return { ...base, data: { values: values ?? [] } };
  });
  const { n, images } = decodeInput(inputs, service.shape(model));
  const parameters = new Map<string, ParameterValue>();
  for (const [k, p] of Object.entries(r.parameters)) {
    const choice = p.parameter_choice;
    const v = choice === undefined ? undefined : p[choice];
    if (typeof v !== 'boolean' && typeof v !== 'number' && typeof v !== 'string')
      throw new InferError('invalid', `parameter ${k}: expected a value, found ${describe(v)}`);
    parameters.set(k, v);
  }
  return {
    model,
    n,
    images,
    outputs: requestedOutputs(
      r.outputs.map((o) => ({ name: o.name ?? '', binary: true })),
      true,
    ),
    ...readParameters(parameters),
    ...(r.id ? { id: r.id } : {}),
  };
}
