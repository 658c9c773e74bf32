/**
 * How `ranetc serve` behaves around the model: dynamic batching (splitting, routing, one
 * operating point per batch), the bounded queue, timeouts, a device error, the drain (in
 * process and by SIGTERM to the command), and the compute budget held on a drifting stream.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCifarFile, toNormalizedBatch } from '../../src/adaptive/datasets.ts';
import { driftExperiment, formatDrift } from '../../src/cli/bench/serve.ts';
import type { Prediction } from '@ranetc/runtime';
import { openPackage, type OpenedModel } from '../../src/serve/package.ts';
import { startServer } from '../../src/serve/server.ts';
import type { ServedModel } from '../../src/serve/service.ts';
import { fixture, repoRoot } from '../helpers/fixtures.ts';
import { digitsPackage } from './digits-package.ts';
import { grpcClient, restInfer } from './protocol-client.ts';

let pkg: Awaited<ReturnType<typeof digitsPackage>>;
let opened: OpenedModel;
const test = readCifarFile(fixture('digits', 'test.bin'), { classes: 10 });
let images: (start: number, n: number) => Float32Array;

beforeAll(async () => {
  pkg = await digitsPackage();
  opened = await openPackage(pkg.dir, { backend: 'wasm', threads: 1 });
  const { mean, std } = opened.model.plan.normalize!;
  images = (start, n) =>
    toNormalizedBatch(
      test.pixels,
      Array.from({ length: n }, (_, i) => start + i),
      mean,
      std,
    );
});

afterAll(() => {
  opened?.close();
  pkg?.remove();
});

/** The model behind a gate: each classify call is recorded and waits until the gate opens; it can be made to fail. */
function gatedModel() {
  const calls: { n: number; thresholds: readonly number[] }[] = [];
  let open = true;
  let release: () => void = () => {};
  let gate = Promise.resolve();
  let failWith: Error | undefined;
  const model: ServedModel['model'] = {
    plan: opened.model.plan,
    async classify(
      x: Float32Array,
      options: { thresholds: readonly number[]; logits?: boolean },
    ): Promise<Prediction[]> {
      calls.push({ n: x.length / 3072, thresholds: options.thresholds });
      if (!open) await gate;
      if (failWith !== undefined) throw failWith;
      return opened.model.classify(x, options);
    },
  };
  return {
    model,
    calls,
    close() {
      open = false;
      gate = new Promise((r) => (release = r));
    },
    open() {
      open = true;
      release();
    },
    fail(e: Error) {
      failWith = e;
    },
  };
}

async function serverFor(
  model: ServedModel['model'],
  options: { maxBatch?: number; maxQueue?: number; budget?: number } = {},
) {
  const logs: string[] = [];
  const server = await startServer(
    [
      {
        model,
        thresholds: opened.thresholds,
        device: opened.device,
        ...(options.budget === undefined ? {} : { budgetMFlops: options.budget }),
      },
    ],
    {
      host: '127.0.0.1',
      httpPort: 0,
      grpcPort: 0,
      maxBody: 1 << 22,
      maxQueue: options.maxQueue ?? 16,
      maxQueueDelayMs: 2,
      ...(options.maxBatch === undefined ? {} : { maxBatch: options.maxBatch }),
      log: (l) => logs.push(l),
    },
  );
  return { server, logs };
}

const binaryRequest = (x: Float32Array, n: number, parameters: Record<string, unknown> = {}) =>
  [
    {
      parameters,
      inputs: [
        {
          name: 'input',
          datatype: 'FP32',
          shape: [n, 3, 32, 32],
          parameters: { binary_data_size: x.byteLength },
        },
      ],
    },
    [new Uint8Array(x.buffer, x.byteOffset, x.byteLength)],
  ] as const;

const until = async (what: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 2));
  }
};

describe('the served package', () => {
  it('runs the relaxed-SIMD build of a wasm package (the server turns the engine feature on)', () => {
    expect(opened.device).toBe('wasm (WebAssembly relaxed SIMD on the CPU, 1 thread)');
  });
});

describe('dynamic batching', () => {
  it('splits a request larger than a batch, routes every answer back, and keeps operating points apart', async () => {
    const g = gatedModel();
    const { server } = await serverFor(g.model, { maxBatch: 4 });
    try {
      g.close();
      const first = restInfer(server.httpUrl, 'digits', ...binaryRequest(images(0, 1), 1));
      await until(() => g.calls.length === 1);
      // Queued behind the gate: 10 inputs at the file's point and 3 at budget 12, arriving together.
      const big = restInfer(server.httpUrl, 'digits', ...binaryRequest(images(1, 10), 10));
      const other = restInfer(
        server.httpUrl,
        'digits',
        ...binaryRequest(images(11, 3), 3, { budget_mflops: 12 }),
      );
      await until(() => server.service.pending === 3);
      g.open();
      const [a, b, c] = await Promise.all([first, big, other]);
      for (const r of [a, b, c]) expect(r.status).toBe(200);
      expect(g.calls.map((x) => x.n)).toEqual([1, 4, 4, 2, 3]);
      const pointOf = (t: readonly number[]) => JSON.stringify(t);
      expect(new Set(g.calls.slice(1, 4).map((x) => pointOf(x.thresholds))).size).toBe(1);
      expect(pointOf(g.calls[4].thresholds)).not.toBe(pointOf(g.calls[1].thresholds));
      const direct = await opened.model.classify(images(1, 10), { thresholds: opened.thresholds.thresholds });
      expect(b.tensors.get('class')).toEqual(direct.map((p) => p.class));
      expect(b.tensors.get('exit')).toEqual(direct.map((p) => p.exit));
      const budgeted = await opened.model.classify(images(11, 3), { thresholds: g.calls[4].thresholds });
      expect(c.tensors.get('exit')).toEqual(budgeted.map((p) => p.exit));
    } finally {
      await server.shutdown(5000, 0);
    }
  });

  it('refuses at once past the queue bound (503, RESOURCE_EXHAUSTED) and answers a queued request past its timeout (503, DEADLINE_EXCEEDED)', async () => {
    const g = gatedModel();
    const { server } = await serverFor(g.model, { maxBatch: 4, maxQueue: 1 });
    const rpc = grpcClient(server.grpcAddress);
    try {
      g.close();
      const running = restInfer(server.httpUrl, 'digits', ...binaryRequest(images(0, 4), 4));
      await until(() => g.calls.length === 1);
      const queued = restInfer(server.httpUrl, 'digits', ...binaryRequest(images(4, 4), 4));
      await until(() => server.service.pending === 2);
      const full = await restInfer(server.httpUrl, 'digits', ...binaryRequest(images(8, 1), 1));
      expect(full.status).toBe(503);
      expect(full.json.error).toMatch(/queue is full \(4 of 4 inputs queued/);
      const one = Array.from(images(8, 1));
      const grpcInput = {
        name: 'input',
        datatype: 'FP32',
        shape: [1, 3, 32, 32],
        contents: { fp32_contents: one },
      };
      await expect(
        rpc.call('ModelInfer', { model_name: 'digits', inputs: [grpcInput] }),
      ).rejects.toMatchObject({
        code: grpc.status.RESOURCE_EXHAUSTED,
      });
      g.open();
      expect((await running).status).toBe(200);
      expect((await queued).status).toBe(200);

      g.close();
      const blocker = restInfer(server.httpUrl, 'digits', ...binaryRequest(images(0, 1), 1));
      await until(() => g.calls.length === 3);
      const late = restInfer(
        server.httpUrl,
        'digits',
        ...binaryRequest(images(1, 1), 1, { timeout: 20_000 }),
      );
      const lateGrpc = rpc.call('ModelInfer', {
        model_name: 'digits',
        parameters: { timeout: { int64_param: 20_000 } },
        inputs: [grpcInput],
      });
      const [r] = await Promise.all([
        late,
        expect(lateGrpc).rejects.toMatchObject({ code: grpc.status.DEADLINE_EXCEEDED }),
      ]);
      expect(r.status).toBe(503);
      expect(r.json.error).toMatch(/still queued after its timeout of 20000 µs/);
      g.open();
      expect((await blocker).status).toBe(200);
      expect(g.calls.length).toBe(3);
    } finally {
      rpc.close();
      await server.shutdown(5000, 0);
    }
  });
});

describe('faults', () => {
  it('a device error marks the model not ready, answers UNAVAILABLE, logs it, and the server stays up', async () => {
    const g = gatedModel();
    const { server, logs } = await serverFor(g.model);
    try {
      g.fail(new Error('device lost'));
      const r = await restInfer(server.httpUrl, 'digits', ...binaryRequest(images(0, 2), 2));
      expect(r.status).toBe(503);
      expect(r.json.error).toMatch(/not ready: device error: device lost/);
      expect((await fetch(`${server.httpUrl}/v2/health/ready`)).status).toBe(503);
      expect((await fetch(`${server.httpUrl}/v2/models/digits/ready`)).status).toBe(503);
      expect((await fetch(`${server.httpUrl}/v2/health/live`)).status).toBe(200);
      const rpc = grpcClient(server.grpcAddress);
      expect(await rpc.call('ModelReady', { name: 'digits' })).toEqual({ ready: false });
      rpc.close();
      expect((await restInfer(server.httpUrl, 'digits', ...binaryRequest(images(0, 1), 1))).status).toBe(503);
      expect(
        logs.some((l) => /model digits: device error, the model is no longer ready: device lost/.test(l)),
      ).toBe(true);
    } finally {
      await server.shutdown(5000, 0);
    }
  });

  it('draining: readiness false, new requests 503, accepted ones answered', async () => {
    const g = gatedModel();
    const { server } = await serverFor(g.model, { maxBatch: 4 });
    g.close();
    const accepted = [0, 4, 8].map((s) =>
      restInfer(server.httpUrl, 'digits', ...binaryRequest(images(s, 4), 4)),
    );
    await until(() => server.service.pending === 3);
    const done = server.shutdown(10_000);
    expect((await fetch(`${server.httpUrl}/v2/health/ready`)).status).toBe(503);
    const refused = await restInfer(server.httpUrl, 'digits', ...binaryRequest(images(0, 1), 1));
    expect(refused.status).toBe(503);
    expect(refused.json.error).toMatch(/shutting down/);
    g.open();
    for (const r of await Promise.all(accepted)) expect(r.status).toBe(200);
    expect(await done).toBe(true);
  });
});

describe('ranetc serve', () => {
  it('SIGTERM with requests in flight: every accepted request answered, later ones refused with 503, exit 0', async () => {
    const child = spawn(
      process.execPath,
      [
        path.join(repoRoot, 'bin/ranetc.js'),
        'serve',
        pkg.dir,
        '--backend=wasm',
        '--threads=1',
        '--host=127.0.0.1',
        '--http-port=0',
        '--grpc-port=0',
        // A batch waits up to 2 s for 64 inputs: the requests below (60 inputs) are all accepted and queued.
        '--max-queue-delay-ms=2000',
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await until(() => /ready at (http:\/\/\S+)/.test(stdout), 60_000);
    const base = /ready at (http:\/\/\S+)/.exec(stdout)![1];
    const metric = (text: string, name: string) =>
      Number(new RegExp(`${name}\\{model="digits"\\} (\\d+)`).exec(text)![1]);
    const accepted = Array.from({ length: 12 }, (_, k) =>
      restInfer(base, 'digits', ...binaryRequest(images(5 * k, 5), 5, { budget_mflops: 100 })),
    );
    let inFlight = 0;
    while (inFlight < 12)
      inFlight = metric(
        await (await fetch(`${base}/metrics`)).text(),
        'ranetc_inference_pending_request_count',
      );
    child.kill('SIGTERM');
    await until(() => /SIGTERM: draining/.test(stdout), 10_000);
    const draining = Number(/SIGTERM: draining (\d+) request/.exec(stdout)![1]);
    const refused = await restInfer(base, 'digits', ...binaryRequest(images(0, 1), 1));
    const answers = await Promise.all(accepted);
    const code = await exited;
    expect(stderr).not.toMatch(/ at /);
    expect(refused.status).toBe(503);
    expect(draining).toBe(12);
    expect(answers.map((r) => r.status)).toEqual(new Array(12).fill(200));
    expect(stdout).toMatch(/every accepted request answered; stopped/);
    expect(code).toBe(0);
  });
});

describe('the compute budget on a drifting stream', () => {
  it('holds every window of 500 inputs after the first within 5% of 7 MFLOPs per input; static thresholds do not', async () => {
    const f = await driftExperiment(pkg.dir, fixture('digits', 'test.bin'));
    console.log(formatDrift(f));
    expect(f.controlled.windows.length).toBe(8);
    expect(f.controlled.worstAfterFirst).toBeLessThan(0.05);
    expect(f.static.worstAfterFirst).toBeGreaterThan(0.2);
  });
});
