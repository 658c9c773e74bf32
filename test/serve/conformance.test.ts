/**
 * Conformance of `ranetc serve` to the Open Inference Protocol, driven by clients built from
 * the protocol's definitions (the .proto, plain fetch): health, metadata, JSON and binary
 * inference, UINT8 pixels, gRPC with raw and typed contents, the wire format from hand-written
 * bytes, every error case, and all 2000 digits test images at one fixed budget against
 * in-process `classify` on the same backend.
 */
import { readFileSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseThresholdsFile, type ThresholdsFile } from '../../src/adaptive/thresholds-file.ts';
import { readCifarFile, toNormalizedBatch } from '../../src/adaptive/datasets.ts';
import type { CompiledModel } from '../../src/runtime/scheduler.ts';
import { openPackage, type OpenedModel } from '../../src/serve/package.ts';
import { startServer, type RunningServer } from '../../src/serve/server.ts';
import { fixture } from '../helpers/fixtures.ts';
import { DEVICE_REL } from '../helpers/tolerances.ts';
import { loadSpec } from '../../src/spec/parse.ts';
import { DIGITS_SPEC, digitsPackage, openWasm } from './digits-package.ts';
import {
  decodeLE,
  grpcClient,
  parseInferResponse,
  rawGrpcCall,
  restInfer,
  type GrpcClient,
} from './protocol-client.ts';
import { field, fields, message, varint } from './wire.ts';

const MAX_BODY = 1 << 20;
/** A budget between calibrated points: requests at it use the most expensive point that fits. */
const FIXED_BUDGET = 8;

let pkg: Awaited<ReturnType<typeof digitsPackage>>;
let opened: OpenedModel;
let server: RunningServer;
let base: string;
let rpc: GrpcClient;
let local: CompiledModel;
let thresholds: ThresholdsFile;
const test = readCifarFile(fixture('digits', 'test.bin'), { classes: 10 });
// The spec's normalization, which the package's plan carries too (checked in beforeAll).
const { mean, std } = loadSpec(DIGITS_SPEC).spec.input.normalize!;
const logs: string[] = [];

/** Test images start..start+n-1, normalized as `ranetc eval` does. */
const images = (start: number, n: number): Float32Array =>
  toNormalizedBatch(
    test.pixels,
    Array.from({ length: n }, (_, i) => start + i),
    mean,
    std,
  );

/** The same images as UINT8 N x H x W x C pixels (CIFAR records are C x H x W). */
function pixelsNHWC(start: number, n: number): Uint8Array {
  const out = new Uint8Array(n * 3072);
  for (let i = 0; i < n; i++)
    for (let c = 0; c < 3; c++)
      for (let p = 0; p < 1024; p++)
        out[i * 3072 + p * 3 + c] = test.pixels[(start + i) * 3072 + c * 1024 + p];
  return out;
}

const fp32Input = (x: Float32Array, n: number) => ({
  name: 'input',
  datatype: 'FP32',
  shape: [n, 3, 32, 32],
  data: Array.from(x),
});
const bytesOf = (x: Float32Array | Uint8Array): Uint8Array =>
  new Uint8Array(x.buffer, x.byteOffset, x.byteLength);

beforeAll(async () => {
  pkg = await digitsPackage();
  opened = await openPackage(pkg.dir, { backend: 'wasm', threads: 1 });
  expect(opened.model.plan.normalize).toEqual({ mean, std });
  thresholds = parseThresholdsFile(readFileSync(`${pkg.dir}/thresholds.json`, 'utf8'), 'thresholds.json');
  server = await startServer(
    [{ model: opened.model, thresholds: opened.thresholds, device: opened.device }],
    {
      host: '127.0.0.1',
      httpPort: 0,
      grpcPort: 0,
      maxBody: MAX_BODY,
      maxQueue: 16,
      maxQueueDelayMs: 2,
      log: (l) => logs.push(l),
    },
  );
  base = server.httpUrl;
  rpc = grpcClient(server.grpcAddress);
  local = await openWasm(pkg.dir);
  local.useCalibration(thresholds);
});

afterAll(async () => {
  rpc?.close();
  await server?.shutdown(5000, 0);
  opened?.close();
  local?.destroy();
  pkg?.remove();
});

describe('health and metadata', () => {
  it('REST', async () => {
    const get = async (p: string) => {
      const r = await fetch(base + p);
      return { status: r.status, body: (await r.json()) as Record<string, unknown> };
    };
    expect(await get('/v2/health/live')).toEqual({ status: 200, body: { live: true } });
    expect(await get('/v2/health/ready')).toEqual({ status: 200, body: { ready: true } });
    expect(await get('/v2/models/digits/ready')).toEqual({
      status: 200,
      body: { name: 'digits', ready: true },
    });
    const server = await get('/v2');
    expect(server.status).toBe(200);
    expect(server.body).toMatchObject({ name: 'ranetc', extensions: ['binary_tensor_data'] });
    const meta = await get('/v2/models/digits');
    expect(meta.body).toMatchObject({
      name: 'digits',
      versions: ['1'],
      inputs: [{ name: 'input', datatype: 'FP32', shape: [-1, 3, 32, 32] }],
    });
    expect(
      (meta.body.outputs as { name: string; datatype: string }[]).map((o) => `${o.name}:${o.datatype}`),
    ).toEqual(['class:INT64', 'exit:INT32', 'confidence:FP32', 'mflops:FP32', 'logits:FP32']);
    expect((await get('/v2/models/digits/versions/1')).status).toBe(200);
    expect((await get('/v2/models/digits/versions/2')).status).toBe(404);
    const missing = await get('/v2/models/nope/ready');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatch(/unknown model 'nope'/);
  });

  it('gRPC', async () => {
    expect(await rpc.call('ServerLive', {})).toEqual({ live: true });
    expect(await rpc.call('ServerReady', {})).toEqual({ ready: true });
    expect(await rpc.call('ModelReady', { name: 'digits' })).toEqual({ ready: true });
    expect(await rpc.call('ServerMetadata', {})).toMatchObject({
      name: 'ranetc',
      extensions: ['binary_tensor_data'],
    });
    const meta = await rpc.call<{ inputs: unknown[]; outputs: { name: string }[] }>('ModelMetadata', {
      name: 'digits',
    });
    expect(meta.inputs).toEqual([{ name: 'input', datatype: 'FP32', shape: [-1, 3, 32, 32] }]);
    expect(meta.outputs.map((o) => o.name)).toEqual(['class', 'exit', 'confidence', 'mflops', 'logits']);
    await expect(rpc.call('ModelReady', { name: 'nope' })).rejects.toMatchObject({
      code: grpc.status.NOT_FOUND,
    });
  });
});

describe('inference', () => {
  const N = 12;
  let expected: Awaited<ReturnType<CompiledModel['classify']>>;
  beforeAll(async () => {
    expected = await local.classify(images(0, N), { thresholds: thresholds.thresholds, logits: true });
  });
  const expectAnswers = (t: Map<string, number[]>) => {
    expect(t.get('class')).toEqual(expected.map((p) => p.class));
    expect(t.get('exit')).toEqual(expected.map((p) => p.exit));
    expect(t.get('confidence')).toEqual(expected.map((p) => p.confidence));
    expect(t.get('mflops')).toEqual(expected.map((p) => Math.fround(local.plan.exitFlops[p.exit] / 1e6)));
  };

  it('JSON tensors, outputs in the default order, the file thresholds when no controller runs', async () => {
    const r = await restInfer(base, 'digits', { id: 'a1', inputs: [fp32Input(images(0, N), N)] });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      model_name: 'digits',
      id: 'a1',
      parameters: { budget_mflops: thresholds.expectedMFlops, controlled: false },
    });
    expect(r.json.outputs!.map((o) => [o.name, o.datatype, o.shape])).toEqual([
      ['class', 'INT64', [N]],
      ['exit', 'INT32', [N]],
      ['confidence', 'FP32', [N]],
      ['mflops', 'FP32', [N]],
    ]);
    expectAnswers(r.tensors);
  });

  it('the binary tensor data extension, in and out; logits on request', async () => {
    const r = await restInfer(
      base,
      'digits',
      {
        inputs: [
          {
            name: 'input',
            datatype: 'FP32',
            shape: [N, 3, 32, 32],
            parameters: { binary_data_size: N * 3072 * 4 },
          },
        ],
        outputs: ['logits', 'exit', 'class', 'confidence', 'mflops'].map((name) => ({
          name,
          parameters: { binary_data: name !== 'exit' },
        })),
      },
      [bytesOf(images(0, N))],
    );
    expect(r.status).toBe(200);
    expect(r.json.outputs!.map((o) => o.name)).toEqual(['logits', 'exit', 'class', 'confidence', 'mflops']);
    expect(r.json.outputs![1].data).toBeDefined();
    expectAnswers(r.tensors);
    expect(r.json.outputs![0].shape).toEqual([N, 10]);
    expect(r.tensors.get('logits')).toEqual(expected.flatMap((p) => Array.from(p.logits!)));
  });

  it('UINT8 N x H x W x C pixels, normalized as ToTensor + Normalize: the same answers as FP32', async () => {
    const pixels = pixelsNHWC(0, N);
    const json = await restInfer(base, 'digits', {
      inputs: [{ name: 'input', datatype: 'UINT8', shape: [N, 32, 32, 3], data: Array.from(pixels) }],
    });
    expectAnswers(json.tensors);
    const binary = await restInfer(
      base,
      'digits',
      {
        inputs: [
          {
            name: 'input',
            datatype: 'UINT8',
            shape: [N, 32, 32, 3],
            parameters: { binary_data_size: pixels.length },
          },
        ],
      },
      [pixels],
    );
    expectAnswers(binary.tensors);
  });

  it('gRPC with raw_input_contents and with typed contents; raw_output_contents back', async () => {
    const decode = (r: { outputs: { name: string; datatype: string }[]; raw_output_contents: Buffer[] }) =>
      new Map(r.outputs.map((o, i) => [o.name, decodeLE(o.datatype, r.raw_output_contents[i])]));
    type Res = Parameters<typeof decode>[0] & {
      parameters: Record<string, { double_param?: number; bool_param?: boolean }>;
    };
    const raw = await rpc.call<Res>('ModelInfer', {
      model_name: 'digits',
      inputs: [{ name: 'input', datatype: 'FP32', shape: [N, 3, 32, 32] }],
      raw_input_contents: [Buffer.from(bytesOf(images(0, N)))],
    });
    expect(raw.parameters.budget_mflops.double_param).toBe(thresholds.expectedMFlops);
    expect(raw.parameters.controlled.bool_param).toBe(false);
    expectAnswers(decode(raw));
    const typed = await rpc.call<Res>('ModelInfer', {
      model_name: 'digits',
      inputs: [
        {
          name: 'input',
          datatype: 'UINT8',
          shape: [N, 32, 32, 3],
          contents: { uint_contents: Array.from(pixelsNHWC(0, N)) },
        },
      ],
      outputs: [{ name: 'exit' }, { name: 'class' }],
    });
    expect(typed.outputs.map((o) => o.name)).toEqual(['exit', 'class']);
    const t = decode(typed);
    expect(t.get('exit')).toEqual(expected.map((p) => p.exit));
    expect(t.get('class')).toEqual(expected.map((p) => p.class));
  });

  it('the wire format: a request written byte by byte from the protocol field numbers', async () => {
    const n = 2;
    const budget = Buffer.alloc(8);
    budget.writeDoubleLE(FIXED_BUDGET);
    // ModelInferRequest: model_name = 1, id = 3, parameters = 4 (map entry: key 1, value 2 =
    // InferParameter.double_param = 4), inputs = 5 (name 1, datatype 2, shape 3 packed int64),
    // outputs = 6 (name 1), raw_input_contents = 7.
    const request = Buffer.concat([
      field(1, 'digits'),
      field(3, 'w1'),
      field(
        4,
        Buffer.concat([
          field(1, 'budget_mflops'),
          field(2, Buffer.concat([Buffer.from([(4 << 3) | 1]), budget])),
        ]),
      ),
      field(
        5,
        Buffer.concat([
          field(1, 'input'),
          field(2, 'FP32'),
          field(3, Buffer.concat([n, 3, 32, 32].map(varint))),
        ]),
      ),
      field(6, field(1, 'class')),
      field(6, field(1, 'exit')),
      field(7, Buffer.from(bytesOf(images(0, n)))),
    ]);
    const response = fields(await rawGrpcCall(server.grpcAddress, 'ModelInfer', request));
    // ModelInferResponse: model_name = 1, id = 3, parameters = 4, outputs = 5, raw_output_contents = 6.
    expect(message(response, 1)[0].toString()).toBe('digits');
    expect(message(response, 3)[0].toString()).toBe('w1');
    const outputs = message(response, 5).map((o) => fields(o));
    expect(outputs.map((o) => [message(o, 1)[0].toString(), message(o, 2)[0].toString()])).toEqual([
      ['class', 'INT64'],
      ['exit', 'INT32'],
    ]);
    // shape = 3, packed int64: [n]
    expect([...message(outputs[0], 3)[0]]).toEqual([n]);
    const params = new Map(
      message(response, 4).map((entry) => {
        const e = fields(entry);
        return [message(e, 1)[0].toString(), fields(message(e, 2)[0])];
      }),
    );
    // InferParameter: bool_param = 1 (varint), double_param = 4 (64-bit).
    const point = [thresholds, ...thresholds.curve!].filter((p) => p.expectedMFlops <= FIXED_BUDGET);
    const used = message(params.get('budget_mflops')!, 4)[0].readDoubleLE();
    expect(used).toBe(Math.max(...point.map((p) => p.expectedMFlops)));
    const expectedPoint = await local.classify(images(0, n), { budgetMFlops: FIXED_BUDGET });
    const raw = message(response, 6);
    expect(decodeLE('INT64', raw[0])).toEqual(expectedPoint.map((p) => p.class));
    expect(decodeLE('INT32', raw[1])).toEqual(expectedPoint.map((p) => p.exit));
    expect(params.get('controlled')!.get(1)).toEqual([0]);
  });
});

describe('every digits test image at a fixed budget_mflops', () => {
  it('equals in-process classify({ budgetMFlops }) on the same backend: exit and class, confidence within DEVICE_REL', async () => {
    const total = test.count;
    const per = 50;
    const want = await local.classify(images(0, total), { budgetMFlops: FIXED_BUDGET });
    const point = [thresholds, ...thresholds.curve!]
      .filter((p) => p.expectedMFlops <= FIXED_BUDGET)
      .sort((a, b) => a.expectedMFlops - b.expectedMFlops)
      .at(-1)!;
    const got: { class: number; exit: number; confidence: number }[] = [];
    const requests = [];
    for (let start = 0; start < total; start += per) {
      const n = Math.min(per, total - start);
      const viaGrpc = (start / per) % 2 === 1;
      requests.push(
        (async () => {
          const x = images(start, n);
          let t: Map<string, number[]>;
          let budget: number;
          if (viaGrpc) {
            const r = await rpc.call<{
              outputs: { name: string; datatype: string }[];
              raw_output_contents: Buffer[];
              parameters: Record<string, { double_param: number }>;
            }>('ModelInfer', {
              model_name: 'digits',
              parameters: { budget_mflops: { double_param: FIXED_BUDGET } },
              inputs: [{ name: 'input', datatype: 'FP32', shape: [n, 3, 32, 32] }],
              raw_input_contents: [Buffer.from(bytesOf(x))],
            });
            t = new Map(r.outputs.map((o, i) => [o.name, decodeLE(o.datatype, r.raw_output_contents[i])]));
            budget = r.parameters.budget_mflops.double_param;
          } else {
            const r = await restInfer(
              base,
              'digits',
              {
                parameters: { budget_mflops: FIXED_BUDGET, binary_data_output: true },
                inputs: [
                  {
                    name: 'input',
                    datatype: 'FP32',
                    shape: [n, 3, 32, 32],
                    parameters: { binary_data_size: x.byteLength },
                  },
                ],
              },
              [bytesOf(x)],
            );
            expect(r.status).toBe(200);
            t = r.tensors;
            budget = (r.json.parameters as { budget_mflops: number }).budget_mflops;
          }
          expect(budget).toBe(point.expectedMFlops);
          for (let i = 0; i < n; i++)
            got[start + i] = {
              class: t.get('class')![i],
              exit: t.get('exit')![i],
              confidence: t.get('confidence')![i],
            };
        })(),
      );
    }
    await Promise.all(requests);
    let worst = 0;
    for (let i = 0; i < total; i++) {
      expect(got[i].exit, `image ${i}`).toBe(want[i].exit);
      expect(got[i].class, `image ${i}`).toBe(want[i].class);
      worst = Math.max(worst, Math.abs(got[i].confidence - want[i].confidence));
    }
    console.log(`2000 test images at budget_mflops ${FIXED_BUDGET}: max |confidence difference| ${worst}`);
    expect(worst).toBeLessThanOrEqual(DEVICE_REL);
    expect(new Set(want.map((p) => p.exit)).size).toBeGreaterThan(1);
  });
});

describe('errors', () => {
  const post = async (body: string | Buffer, headers: Record<string, string> = {}, model = 'digits') => {
    const res = await fetch(`${base}/v2/models/${model}/infer`, { method: 'POST', body, headers });
    return { status: res.status, error: ((await res.json()) as { error: string }).error };
  };
  const json = (o: unknown) => JSON.stringify(o);
  const one = Array.from(images(0, 1));

  it.each([
    ['malformed JSON', '{"inputs": [', /not valid JSON/],
    ['no inputs', json({}), /"inputs": expected an array/],
    [
      'an unknown tensor',
      json({ inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 3, 32, 32], data: one }] }),
      /unknown input tensor 'x'/,
    ],
    [
      'a wrong datatype',
      json({ inputs: [{ name: 'input', datatype: 'FP64', shape: [1, 3, 32, 32], data: one }] }),
      /wrong datatype FP64/,
    ],
    [
      'a wrong shape',
      json({ inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 32, 32, 3], data: one }] }),
      /wrong shape \[1, 32, 32, 3\]/,
    ],
    [
      'a wrong data length',
      json({ inputs: [{ name: 'input', datatype: 'FP32', shape: [2, 3, 32, 32], data: one }] }),
      /3072 values for a shape of 6144/,
    ],
    [
      'a non-finite value',
      `{"inputs":[{"name":"input","datatype":"FP32","shape":[1,3,32,32],"data":[1e999${',0'.repeat(3071)}]}]}`,
      /data\[0\] is Infinity/,
    ],
    [
      'a string value',
      json({
        inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 3, 32, 32], data: ['a', ...one.slice(1)] }],
      }),
      /data\[0\] is the string "a"/,
    ],
    [
      'UINT8 out of range',
      json({
        inputs: [
          {
            name: 'input',
            datatype: 'UINT8',
            shape: [1, 32, 32, 3],
            data: [256, ...new Array(3071).fill(0)],
          },
        ],
      }),
      /integer 0\.\.255/,
    ],
    [
      'an unknown output',
      json({
        inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 3, 32, 32], data: one }],
        outputs: [{ name: 'probs' }],
      }),
      /unknown output 'probs'/,
    ],
    [
      'a bad budget_mflops',
      json({
        parameters: { budget_mflops: 'lots' },
        inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 3, 32, 32], data: one }],
      }),
      /budget_mflops: expected a positive number/,
    ],
    [
      'a budget below every calibrated point',
      json({
        parameters: { budget_mflops: 1 },
        inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 3, 32, 32], data: one }],
      }),
      /no calibrated point/,
    ],
    [
      'a bad timeout',
      json({
        parameters: { timeout: 1.5 },
        inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 3, 32, 32], data: one }],
      }),
      /timeout: expected whole microseconds/,
    ],
  ])('400 for %s', async (_what, body, message) => {
    const r = await post(body, { 'content-type': 'application/json' });
    expect(r.status).toBe(400);
    expect(r.error).toMatch(message);
  });

  it('400 for binary sizes that do not add up, or a bad header', async () => {
    const header = json({
      inputs: [
        { name: 'input', datatype: 'FP32', shape: [1, 3, 32, 32], parameters: { binary_data_size: 12288 } },
      ],
    });
    const data = Buffer.from(bytesOf(images(0, 1)));
    const body = (extra: number) =>
      Buffer.concat([
        Buffer.from(header),
        data.subarray(0, 12288 + Math.min(0, extra)),
        Buffer.alloc(Math.max(0, extra)),
      ]);
    const h = { 'inference-header-content-length': String(header.length) };
    expect(await post(body(-4), h)).toMatchObject({
      status: 400,
      error: expect.stringMatching(/does not fit/),
    });
    expect(await post(body(4), h)).toMatchObject({
      status: 400,
      error: expect.stringMatching(/add up to 12288 bytes, the body has 12292/),
    });
    expect(await post(body(0), { 'inference-header-content-length': 'ten' })).toMatchObject({
      status: 400,
      error: expect.stringMatching(/Inference-Header-Content-Length/),
    });
    expect(await post(body(0), { 'inference-header-content-length': String(10 ** 9) })).toMatchObject({
      status: 400,
    });
    expect(await post(body(0), h)).toMatchObject({ status: 200 });
  });

  it('400 for a body over --max-body, 404 for an unknown model', async () => {
    expect(await post(Buffer.alloc(MAX_BODY + 1, 32))).toMatchObject({
      status: 400,
      error: expect.stringMatching(/over the limit of 1048576 bytes/),
    });
    expect(await post(json({ inputs: [] }), {}, 'nope')).toMatchObject({
      status: 404,
      error: expect.stringMatching(/unknown model 'nope'/),
    });
  });

  it('gRPC: INVALID_ARGUMENT and NOT_FOUND', async () => {
    const infer = (r: object) => rpc.call('ModelInfer', { model_name: 'digits', ...r });
    const invalid = { code: grpc.status.INVALID_ARGUMENT };
    await expect(
      infer({ inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 3, 32, 32] }] }),
    ).rejects.toMatchObject(invalid);
    await expect(
      infer({ inputs: [{ name: 'input', datatype: 'INT32', shape: [1, 3, 32, 32] }] }),
    ).rejects.toMatchObject(invalid);
    await expect(
      infer({
        inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 3, 32, 32] }],
        raw_input_contents: [Buffer.alloc(12)],
      }),
    ).rejects.toMatchObject({
      ...invalid,
      details: expect.stringMatching(/12 bytes of data for a shape of 3072 elements/),
    });
    await expect(
      infer({
        inputs: [
          {
            name: 'input',
            datatype: 'FP32',
            shape: [1, 3, 32, 32],
            contents: { fp32_contents: [NaN, ...one.slice(1)] },
          },
        ],
      }),
    ).rejects.toMatchObject({ ...invalid, details: expect.stringMatching(/NaN/) });
    await expect(
      infer({
        parameters: { budget_mflops: { string_param: 'x' } },
        inputs: [
          { name: 'input', datatype: 'FP32', shape: [1, 3, 32, 32], contents: { fp32_contents: one } },
        ],
      }),
    ).rejects.toMatchObject(invalid);
    await expect(rpc.call('ModelInfer', { model_name: 'nope' })).rejects.toMatchObject({
      code: grpc.status.NOT_FOUND,
    });
    expect(logs.filter((l) => / at /.test(l))).toEqual([]);
  });
});

describe('metrics', () => {
  it("Triton's names under ranetc_, labelled by model, and ours", async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    const value = (name: string, labels = '{model="digits"}') => {
      const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
      expect(line, name).toBeDefined();
      return Number(line!.split(' ')[1]);
    };
    for (const [name, type] of [
      ['ranetc_inference_request_success', 'counter'],
      ['ranetc_inference_request_failure', 'counter'],
      ['ranetc_inference_count', 'counter'],
      ['ranetc_inference_exec_count', 'counter'],
      ['ranetc_inference_request_duration_us', 'counter'],
      ['ranetc_inference_queue_duration_us', 'counter'],
      ['ranetc_inference_compute_infer_duration_us', 'counter'],
      ['ranetc_inference_pending_request_count', 'gauge'],
      ['ranetc_exit_count', 'counter'],
      ['ranetc_mflops_per_input', 'gauge'],
      ['ranetc_budget_mflops', 'gauge'],
      ['ranetc_operating_point_mflops', 'gauge'],
    ])
      expect(text).toContain(`# TYPE ${name} ${type}\n`);
    const before = value('ranetc_inference_count');
    const exits = Array.from({ length: 6 }, (_, e) =>
      value('ranetc_exit_count', `{model="digits",exit="${e}"}`),
    );
    const r = await restInfer(base, 'digits', { inputs: [fp32Input(images(100, 5), 5)] });
    const after = await (await fetch(`${base}/metrics`)).text();
    const count = (name: string, labels = '{model="digits"}') =>
      Number(
        after
          .split('\n')
          .find((l) => l.startsWith(`${name}${labels} `))!
          .split(' ')[1],
      );
    expect(count('ranetc_inference_count')).toBe(before + 5);
    const taken = r.tensors.get('exit')!;
    for (let e = 0; e < 6; e++)
      expect(count('ranetc_exit_count', `{model="digits",exit="${e}"}`)).toBe(
        exits[e] + taken.filter((x) => x === e).length,
      );
    expect(value('ranetc_budget_mflops')).toBe(thresholds.expectedMFlops);
    expect(value('ranetc_inference_request_failure')).toBeGreaterThan(0);
    expect(value('ranetc_inference_pending_request_count')).toBe(0);
  });
});
