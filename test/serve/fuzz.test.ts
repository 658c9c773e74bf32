/**
 * The request decoders under attack: thousands of mutated REST and gRPC requests (truncated
 * bodies, flipped bytes, wrong and huge headers, huge declared shapes and sizes, wrong types)
 * and slow clients. The server must never crash or answer 500, keep its memory bounded, and
 * answer a valid request correctly afterwards.
 */
import { connect } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCifarFile, toNormalizedBatch } from '../../src/adaptive/datasets.ts';
import { openPackage, type OpenedModel } from '../../src/serve/package.ts';
import { startServer, type RunningServer } from '../../src/serve/server.ts';
import { fixture } from '../helpers/fixtures.ts';
import { Rng } from '../helpers/random.ts';
import { digitsPackage } from './digits-package.ts';
import { rawGrpcCall, restInfer } from './protocol-client.ts';
import { field, varint } from './wire.ts';

const REST_CASES = 2000;
const GRPC_CASES = 1000;
const SLOW_CLIENTS = 20;
const MAX_BODY = 1 << 20;

let pkg: Awaited<ReturnType<typeof digitsPackage>>;
let opened: OpenedModel;
let server: RunningServer;
let host: string;
let port: number;
const logs: string[] = [];
let image: Float32Array;

beforeAll(async () => {
  pkg = await digitsPackage();
  opened = await openPackage(pkg.dir, { backend: 'wasm', threads: 1 });
  const test = readCifarFile(fixture('digits', 'test.bin'), { classes: 10 });
  const { mean, std } = opened.model.plan.normalize!;
  image = toNormalizedBatch(test.pixels, [0], mean, std);
  server = await startServer(
    [{ model: opened.model, thresholds: opened.thresholds, device: opened.device }],
    {
      host: '127.0.0.1',
      httpPort: 0,
      grpcPort: 0,
      maxBody: MAX_BODY,
      maxQueue: 16,
      maxQueueDelayMs: 2,
      requestTimeoutMs: 300,
      log: (l) => logs.push(l),
    },
  );
  const url = new URL(server.httpUrl);
  host = url.hostname;
  port = Number(url.port);
});

afterAll(async () => {
  await server?.shutdown(5000, 0);
  opened?.close();
  pkg?.remove();
});

/** Sends raw bytes on a fresh connection; resolves to the response's status (0: closed without one). */
function rawHttp(bytes: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(port, host);
    let got = '';
    socket.on('data', (d: Buffer) => (got += d.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(got)?.[1] ?? 0)));
    socket.write(bytes);
    socket.end();
  });
}

function request(headers: Record<string, string>, body: Buffer, path = '/v2/models/digits/infer'): Buffer {
  const lines = [
    `POST ${path} HTTP/1.1`,
    `host: ${host}`,
    'connection: close',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  return Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'latin1'), body]);
}

describe('fuzzing the decoders', () => {
  it(`${REST_CASES} mutated REST requests, ${GRPC_CASES} mutated gRPC requests and ${SLOW_CLIENTS} slow clients: no crash, no 500, bounded memory, correct answers afterwards`, async () => {
    const rng = new Rng(23);
    const random = () => rng.uniform();
    const pick = <T>(a: readonly T[]): T => a[Math.floor(random() * a.length)];
    const int = (n: number) => Math.floor(random() * n);
    const values = Array.from(image, (v) => Number(v.toFixed(4)));
    const jsonSeed = JSON.stringify({
      inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 3, 32, 32], data: values }],
    });
    const binHeader = JSON.stringify({
      inputs: [
        { name: 'input', datatype: 'FP32', shape: [1, 3, 32, 32], parameters: { binary_data_size: 12288 } },
      ],
      outputs: [{ name: 'class', parameters: { binary_data: true } }],
    });
    const binBody = Buffer.concat([Buffer.from(binHeader), Buffer.from(image.buffer)]);
    const weird = [null, true, -1, 1e308, 'x', [], {}, [[1]], 2 ** 53, -0.5, 'FP32', '1e9'];
    const mutations: (() => Buffer)[] = [
      // Truncated JSON (content-length says the truth about what is sent).
      () => {
        const b = Buffer.from(jsonSeed).subarray(0, int(jsonSeed.length));
        return request({ 'content-length': String(b.length) }, b);
      },
      // Declared longer than sent, then the client goes away.
      () => {
        const b = Buffer.from(jsonSeed).subarray(0, int(jsonSeed.length));
        return request({ 'content-length': String(b.length + 1 + int(1e6)) }, b);
      },
      // Flipped bytes.
      () => {
        const b = Buffer.from(pick([jsonSeed, binHeader]));
        for (let k = 0; k < 1 + int(8); k++) b[int(b.length)] = int(256);
        return request({ 'content-length': String(b.length) }, b);
      },
      // Binary: wrong, huge or malformed header lengths, truncated data.
      () => {
        const cut = binBody.subarray(0, binBody.length - int(200));
        const h = pick([
          String(binHeader.length),
          String(int(binBody.length * 2)),
          '-1',
          '1e3',
          '',
          String(2 ** 60),
          'abc',
        ]);
        return request({ 'content-length': String(cut.length), 'inference-header-content-length': h }, cut);
      },
      // Huge declared shapes and sizes, wrong types in every field.
      () => {
        const o = JSON.parse(binHeader) as { inputs: Record<string, unknown>[] };
        const t = o.inputs[0];
        const key = pick(['name', 'datatype', 'shape', 'parameters', 'data', 'shape0', 'size']);
        if (key === 'shape0') t.shape = [pick([2 ** 40, 1e9, -3, 0, 1.5]), 3, 32, 32];
        else if (key === 'size')
          t.parameters = { binary_data_size: pick([2 ** 53, 1e12, -12288, 12288.5, '12288']) };
        else t[key] = pick(weird);
        const h = Buffer.from(JSON.stringify(o));
        const b = Buffer.concat([h, Buffer.from(image.buffer)]);
        return request(
          { 'content-length': String(b.length), 'inference-header-content-length': String(h.length) },
          b,
        );
      },
      // Wrong types at the top level and in parameters.
      () => {
        const o = JSON.parse(jsonSeed) as Record<string, unknown>;
        o[pick(['inputs', 'outputs', 'parameters', 'id'])] = pick(weird);
        if (random() < 0.5)
          o.parameters = { [pick(['budget_mflops', 'timeout', 'binary_data_output'])]: pick(weird) };
        const b = Buffer.from(JSON.stringify(o));
        return request({ 'content-length': String(b.length) }, b);
      },
      // Bodies over the limit, declared or sent chunked; garbage request lines and headers.
      () =>
        pick([
          request({ 'content-length': String(MAX_BODY + 1 + int(1e9)) }, Buffer.alloc(10)),
          request(
            { 'transfer-encoding': 'chunked' },
            Buffer.from(`${(MAX_BODY + 10).toString(16)}\r\n${'a'.repeat(2000)}`),
          ),
          Buffer.from(`GARBAGE ${'/'.repeat(int(100))} HTTP/9.9\r\n\r\n`),
          request({ 'content-length': 'twelve' }, Buffer.from('{}')),
          request(
            { 'content-length': '2' },
            Buffer.from('{}'),
            pick(['/v2/models/%ff/infer', '/v2/models/digits/versions/x/infer', '/v2//infer', '/metrics']),
          ),
        ]),
    ];
    const memory = () => {
      (globalThis as { gc?: () => void }).gc?.();
      return process.memoryUsage().heapUsed;
    };
    const heapBefore = memory();
    // Slow clients: headers and part of a body, then nothing, held open through everything below.
    const sockets: ReturnType<typeof connect>[] = [];
    const slow = Array.from({ length: SLOW_CLIENTS }, (_, k) => {
      const socket = connect(port, host);
      socket.on('error', () => {});
      socket.write(request({ 'content-length': String(binBody.length) }, binBody.subarray(0, 100 + k)));
      sockets.push(socket);
      return socket;
    });
    const t1 = performance.now();
    const statuses = new Map<number, number>();
    for (let k = 0; k < REST_CASES; k += 50) {
      const batch = await Promise.all(Array.from({ length: 50 }, () => rawHttp(pick(mutations)())));
      for (const s of batch) statuses.set(s, (statuses.get(s) ?? 0) + 1);
    }

    const restSeconds = (performance.now() - t1) / 1000;
    const grpcSeed = Buffer.concat([
      field(1, 'digits'),
      field(
        5,
        Buffer.concat([
          field(1, 'input'),
          field(2, 'FP32'),
          field(3, Buffer.concat([1, 3, 32, 32].map(varint))),
        ]),
      ),
      field(7, Buffer.from(image.buffer)),
    ]);
    const grpcMutations: (() => Buffer)[] = [
      () => grpcSeed.subarray(0, int(grpcSeed.length)),
      () => {
        const b = Buffer.from(grpcSeed);
        for (let k = 0; k < 1 + int(8); k++) b[int(60)] = int(256);
        return b;
      },
      // A length prefix far larger than the message.
      () => Buffer.concat([Buffer.from([(7 << 3) | 2]), varint(2 ** 31 + int(2 ** 20)), Buffer.alloc(16)]),
      // Huge declared shapes; a field of the wrong wire type.
      () =>
        Buffer.concat([
          field(1, 'digits'),
          field(
            5,
            Buffer.concat([
              field(1, 'input'),
              field(2, pick(['FP32', 'UINT8', 'BYTES'])),
              field(3, Buffer.concat([2 ** 40, 1e9, 3, 32].map(varint))),
            ]),
          ),
          random() < 0.5 ? Buffer.from([(1 << 3) | 0, 5]) : field(7, Buffer.alloc(int(5000))),
        ]),
      () => Buffer.from(Array.from({ length: int(300) }, () => int(256))),
    ];
    const codes = new Map<number, number>();
    const client = new grpc.Client(server.grpcAddress, grpc.credentials.createInsecure());
    const t0 = performance.now();
    for (let k = 0; k < GRPC_CASES; k += 50) {
      const batch = await Promise.all(
        Array.from({ length: 50 }, () =>
          rawGrpcCall(server.grpcAddress, 'ModelInfer', pick(grpcMutations)(), client).then(
            () => grpc.status.OK,
            (e: grpc.ServiceError) => {
              return e.code;
            },
          ),
        ),
      );
      for (const c of batch) codes.set(c, (codes.get(c) ?? 0) + 1);
    }
    client.close();
    const grpcSeconds = (performance.now() - t0) / 1000;

    const heapAfter = memory();
    console.log(
      `fuzz: REST statuses ${JSON.stringify(Object.fromEntries(statuses))}, gRPC codes ${JSON.stringify(Object.fromEntries(codes))}, ` +
        `${slow.filter((c) => c.destroyed || c.readableEnded).length} of ${SLOW_CLIENTS} slow clients disconnected by the server, heap ${(heapBefore / 2 ** 20).toFixed(1)} -> ${(heapAfter / 2 ** 20).toFixed(1)} MiB, REST ${restSeconds.toFixed(1)} s, gRPC ${grpcSeconds.toFixed(1)} s`,
    );
    expect([...statuses.keys()].every((s) => [0, 200, 400, 404, 408, 503].includes(s))).toBe(true);
    expect(statuses.get(400)).toBeGreaterThan(REST_CASES / 3);
    expect([...codes.keys()].every((c) => [0, 3, 5, 8].includes(c))).toBe(true);
    expect(codes.get(grpc.status.INVALID_ARGUMENT)).toBeGreaterThan(GRPC_CASES / 10);
    expect(heapAfter - heapBefore).toBeLessThan(64 * 2 ** 20);
    expect(logs.filter((l) => /internal error/.test(l))).toEqual([]);

    const after = await restInfer(server.httpUrl, 'digits', {
      inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 3, 32, 32], data: Array.from(image) }],
    });
    const direct = await opened.model.classify(image, { thresholds: opened.thresholds.thresholds });
    expect(after.status).toBe(200);
    expect(after.tensors.get('class')).toEqual([direct[0].class]);
    expect(after.tensors.get('exit')).toEqual([direct[0].exit]);
    expect((await fetch(`${server.httpUrl}/v2/health/ready`)).status).toBe(200);
    for (const socket of sockets) socket.destroy();
  });
});
