/**
 * `ranetc bench --only serve-load`: `ranetc serve` under concurrent load, next to `classify`
 * called in-process. The digits model (built with weights, thresholds for 7 MFLOPs per input,
 * fixed: no controller) is served on wasm and on WebGPU; clients send one test image per
 * request at each concurrency, over REST with binary tensors (the binary data extension), REST
 * with JSON, and gRPC with raw contents; autocannon drives REST, a small client of ours gRPC.
 * Figures per cell: inputs per second, p50 and p99 latency, the mean batch the server formed
 * and the mean queue time per request (both from the server's /metrics, before and after the
 * cell), and in-process `classify` at that batch size on the same backend and one core.
 *
 * With `pin`, the server runs on core 1 and this process (the load generators) on core 0
 * (`taskset`); the in-process figures then run on core 1 alone.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import autocannon from 'autocannon';
import { cifarImages } from '../../adaptive/datasets.ts';
import { LOADER_OPTIONS, PROTO_FILE } from '../../serve/grpc.ts';
import { openPackage } from '../../serve/package.ts';
import { loadSpec } from '../../spec/parse.ts';
import { inferRequest, metricByLabel } from './oip-client.ts';
import { buildServedDigits } from './serve.ts';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const SPEC = path.join(REPO, 'specs/digits.yaml');
export const SERVED_BUDGET = 7;
/** Distinct test images the clients cycle through. */
const POOL = 256;

export type LoadBackend = 'wasm' | 'wgsl';
export type Encoding = 'binary' | 'json' | 'grpc';

export interface ServeLoadOptions {
  readonly backends: readonly LoadBackend[];
  readonly concurrency: readonly number[];
  readonly encodings: readonly Encoding[];
  /** Seconds of load per cell (after a warm-up of a quarter of it). */
  readonly durationS: number;
  /** Server and load generator on separate cores (taskset), in-process on one. */
  readonly pin: boolean;
}

export const FULL_LOAD: ServeLoadOptions = {
  backends: ['wasm', 'wgsl'],
  concurrency: [1, 8, 32, 128],
  encodings: ['binary', 'json', 'grpc'],
  durationS: 4,
  pin: true,
};

/** For CI: every code path, a few seconds. */
export const SMOKE_LOAD: ServeLoadOptions = {
  backends: ['wasm'],
  concurrency: [1, 8],
  encodings: ['binary', 'json', 'grpc'],
  durationS: 0.4,
  pin: false,
};

export interface LoadRow {
  readonly backend: LoadBackend;
  readonly encoding: Encoding;
  readonly concurrency: number;
  readonly requests: number;
  readonly failed: number;
  readonly inputsPerS: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Mean inputs per batch the server formed. */
  readonly batch: number;
  /** Mean queue time per request, microseconds. */
  readonly queueUs: number;
  /** In-process `classify` at the nearest whole batch size, inputs per second (NaN: no batch ran). */
  readonly inProcess: number;
}

export interface ServeProcess {
  readonly child: ChildProcess;
  /** `http://host:port` */
  readonly url: string;
  /** `host:port` */
  readonly grpcAddress: string;
  readonly exited: Promise<number | null>;
  /** Everything it printed so far. */
  readonly log: () => string;
}

/** `[prefix...] node bin/ranetc.js serve DIR --host 127.0.0.1 args...`, resolved once ready. */
export function startServe(
  dir: string,
  args: readonly string[],
  prefix: readonly string[] = [],
): Promise<ServeProcess> {
  const argv = [
    process.execPath,
    path.join(REPO, 'bin/ranetc.js'),
    'serve',
    dir,
    '--host',
    '127.0.0.1',
    ...args,
  ];
  const all = [...prefix, ...argv];
  const child = spawn(all[0], all.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      text += chunk.toString();
      const m = /ready at (http:\/\/\S+) \(REST, \/metrics\) and (\S+) \(gRPC\)/.exec(text);
      if (m !== null) resolve({ child, url: m[1], grpcAddress: m[2], exited, log: () => text });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`ranetc serve exited (${code}) before ready:\n${text}`)));
  });
}

/** The load table, one row per backend, encoding and concurrency. */
export async function serveLoad(fixtures: string, options: ServeLoadOptions): Promise<LoadRow[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'ranetc-serve-load-'));
  const cores = options.pin ? pinnable() : false;
  try {
    const dir = path.join(root, 'digits');
    await buildServedDigits(fixtures, dir, { budget: SERVED_BUDGET });
    const { spec } = loadSpec(SPEC);
    const test = cifarImages(path.join(fixtures, 'digits', 'test.bin'), spec.classes, spec.input);
    const images = test.batch(0, POOL);
    const shape = [1, spec.input.channels, spec.input.height, spec.input.width];
    const per = images.length / POOL;
    const image = (i: number): Float32Array => images.subarray((i % POOL) * per, ((i % POOL) + 1) * per);
    const rows: LoadRow[] = [];
    for (const backend of options.backends) {
      if (cores) pin(process.pid, '0');
      const args = ['--http-port', '0', '--grpc-port', '0', '--backend', backend];
      if (backend === 'wasm') args.push('--threads', '1');
      const server = await startServe(dir, args, cores ? ['taskset', '-c', '1'] : []);
      const cells: Omit<LoadRow, 'inProcess'>[] = [];
      try {
        for (const encoding of options.encodings)
          for (const concurrency of options.concurrency) {
            const run = (s: number): Promise<Timed> =>
              encoding === 'grpc'
                ? grpcLoad(server.grpcAddress, image, shape, concurrency, s)
                : restLoad(server.url, image, shape, encoding === 'binary', concurrency, s);
            await run(options.durationS / 4);
            const before = await scrape(server.url);
            const timed = await run(options.durationS);
            const after = await scrape(server.url);
            const d = (k: keyof Scrape): number => after[k] - before[k];
            cells.push({
              backend,
              encoding,
              concurrency,
              ...timed,
              batch: d('inputs') / d('batches'),
              queueUs: d('queueUs') / d('requests'),
            });
          }
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
      }
      // In-process on one core (the server's), at each batch size the server formed.
      if (cores) pin(process.pid, '1');
      const sizes = [...new Set(cells.filter((c) => c.batch >= 1).map((c) => Math.round(c.batch)))];
      const inProcess = new Map<number, number>();
      const opened = await openPackage(dir, { backend, threads: 1 });
      try {
        for (const b of sizes) {
          const batch = new Float32Array(b * per);
          let next = 0;
          const once = async (): Promise<void> => {
            for (let i = 0; i < b; i++) batch.set(image(next++), i * per);
            await opened.model.classify(batch, { thresholds: opened.thresholds.thresholds });
          };
          await timeFor(once, options.durationS / 4);
          const { calls, seconds } = await timeFor(once, options.durationS);
          inProcess.set(b, (calls * b) / seconds);
        }
      } finally {
        opened.close();
      }
      for (const c of cells) rows.push({ ...c, inProcess: inProcess.get(Math.round(c.batch)) ?? NaN });
    }
    return rows;
  } finally {
    if (cores) pin(process.pid, cores);
    rmSync(root, { recursive: true, force: true });
  }
}

/** The bench section: the table, with how it was run. */
export async function benchServeLoad(fixtures: string, out: (s: string) => void): Promise<void> {
  const options = FULL_LOAD;
  const cores = pinnable();
  out(
    cores
      ? 'server pinned to core 1, load generators to core 0 (taskset); in-process classify on core 1 alone'
      : 'taskset or a second core missing: server, load generators and in-process classify share the cores',
  );
  out(
    `${options.durationS} s per cell after a warm-up; one image per request; thresholds for ${SERVED_BUDGET} MFLOPs/input`,
  );
  // One table per backend, printed as soon as it is measured.
  for (const backend of options.backends)
    for (const line of loadTable(
      await serveLoad(fixtures, { ...options, backends: [backend], pin: cores !== false }),
    ))
      out(line);
}

/** The rows as a Markdown table. */
export function loadTable(rows: readonly LoadRow[]): string[] {
  const names: Record<Encoding, string> = { binary: 'REST binary', json: 'REST JSON', grpc: 'gRPC raw' };
  return [
    '| backend | protocol | concurrency | inputs/s | p50 ms | p99 ms | mean batch | queue µs/request | in-process inputs/s (same batch) | server / in-process | failed |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.backend === 'wgsl' ? 'WebGPU (lavapipe)' : 'wasm, 1 thread'} | ${names[r.encoding]} | ${r.concurrency} | ${r.inputsPerS.toFixed(0)} | ` +
        `${r.p50Ms.toFixed(2)} | ${r.p99Ms.toFixed(2)} | ${r.batch.toFixed(1)} | ${r.queueUs.toFixed(0)} | ${r.inProcess.toFixed(0)} | ` +
        `${(r.inputsPerS / r.inProcess).toFixed(2)} | ${r.failed} |`,
    ),
  ];
}

interface Timed {
  readonly requests: number;
  readonly failed: number;
  readonly inputsPerS: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

async function restLoad(
  url: string,
  image: (i: number) => Float32Array,
  shape: readonly number[],
  binary: boolean,
  connections: number,
  seconds: number,
): Promise<Timed> {
  const bodies = Array.from({ length: POOL }, (_, i) => inferRequest(image(i), shape, binary));
  let next = 0;
  const result = await autocannon({
    url: `${url}/v2/models/digits/infer`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const { body, headers } = bodies[next++ % POOL];
          return { ...req, body, headers: { ...req.headers, ...headers } };
        },
      },
    ],
  });
  const ok = result['2xx'];
  return {
    requests: result.requests.total,
    failed: result.non2xx + result.errors,
    inputsPerS: ok / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}

interface InferClient extends grpc.Client {
  ModelInfer(request: object, callback: (e: grpc.ServiceError | null, r: unknown) => void): void;
}

/** `concurrency` requests always in flight on one channel, for `seconds`. */
async function grpcLoad(
  address: string,
  image: (i: number) => Float32Array,
  shape: readonly number[],
  concurrency: number,
  seconds: number,
): Promise<Timed> {
  const definition = protoLoader.loadSync(PROTO_FILE, LOADER_OPTIONS);
  const pkg = grpc.loadPackageDefinition(definition) as unknown as {
    inference: { GRPCInferenceService: new (a: string, c: grpc.ChannelCredentials) => InferClient };
  };
  const client = new pkg.inference.GRPCInferenceService(address, grpc.credentials.createInsecure());
  const requests = Array.from({ length: POOL }, (_, i) => {
    const x = image(i);
    return {
      model_name: 'digits',
      inputs: [{ name: 'input', datatype: 'FP32', shape }],
      outputs: [{ name: 'class' }, { name: 'exit' }, { name: 'mflops' }],
      raw_input_contents: [Buffer.from(x.buffer, x.byteOffset, x.byteLength)],
    };
  });
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const loop = async (): Promise<void> => {
    while (performance.now() < end) {
      const t = performance.now();
      const ok = await new Promise<boolean>((resolve) =>
        client.ModelInfer(requests[next++ % POOL], (e) => resolve(e === null)),
      );
      if (ok) latencies.push(performance.now() - t);
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsed = (performance.now() - start) / 1000;
  client.close();
  latencies.sort((a, b) => a - b);
  const q = (p: number): number =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return {
    requests: latencies.length + failed,
    failed,
    inputsPerS: latencies.length / elapsed,
    p50Ms: q(0.5),
    p99Ms: q(0.99),
  };
}

interface Scrape {
  readonly inputs: number;
  readonly batches: number;
  readonly requests: number;
  readonly queueUs: number;
}

async function scrape(url: string): Promise<Scrape> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const v = (metric: string): number => metricByLabel(text, metric, 'model').get('digits') ?? 0;
  return {
    inputs: v('ranetc_inference_count'),
    batches: v('ranetc_inference_exec_count'),
    requests: v('ranetc_inference_request_success'),
    queueUs: v('ranetc_inference_queue_duration_us'),
  };
}

async function timeFor(f: () => Promise<void>, seconds: number): Promise<{ calls: number; seconds: number }> {
  const start = performance.now();
  let calls = 0;
  while (performance.now() - start < seconds * 1000) {
    await f();
    calls++;
  }
  return { calls, seconds: (performance.now() - start) / 1000 };
}

/** This process's CPU list when taskset exists and there are two cores to separate, else false. */
function pinnable(): string | false {
  const r = spawnSync('taskset', ['-cp', String(process.pid)], { encoding: 'utf8' });
  if (r.status !== 0) return false;
  const list = /: (\S+)\s*$/.exec(r.stdout)?.[1];
  return list !== undefined && /^0-([1-9]|\d\d+)$|^0,1/.test(list) ? list : false;
}

/** Every thread of process `pid` onto `cpus`. */
function pin(pid: number, cpus: string): void {
  const r = spawnSync('taskset', ['-a', '-cp', cpus, String(pid)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`taskset -a -cp ${cpus} ${pid}: ${r.stderr.trim()}`);
}
