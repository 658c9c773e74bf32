/**
 * Three `ranetc serve` replicas (digits, wasm, the controller holding 7 MFLOPs per input)
 * behind haproxy with deploy/haproxy.cfg, under steady load through haproxy: SIGTERM one
 * replica (no request may fail: it answers what it accepted, refuses the rest with 503, which
 * haproxy resends elsewhere), then kill -9 another (only the requests it held may fail). The
 * fleet's realized cost per input, from every replica's /metrics, stays within 5% of the budget.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cifarImages } from '../../src/adaptive/datasets.ts';
import { inferRequest, metricByLabel, parseReply, type Reply } from '../../src/cli/bench/oip-client.ts';
import { loadSpec } from '../../src/spec/parse.ts';
import { fixture, repoRoot } from '../helpers/fixtures.ts';
import { freePort, SERVED_BUDGET, servedDigits, startServe, type ServeProcess } from './served-digits.ts';

const haproxy = spawnSync('haproxy', ['-v']).status === 0;
/**
 * Enough requests in flight that each replica holds a queue: the drain takes long enough for
 * haproxy to send the draining replica new requests, which it refuses with 503.
 */
const CLIENTS = 16;
const PER_REQUEST = 8;
/**
 * Images in the long request the first replica holds when it is sent SIGTERM; the replicas'
 * queue bound (`--max-queue`, in batches of 64) leaves room for it beside the load.
 */
const LONG_REQUEST = 128;
/** Steady load before the SIGTERM, between the drain's end and the kill -9, and after it. */
const PHASE_MS = 3000;

interface Outcome {
  readonly start: number;
  readonly end: number;
  readonly ok: boolean;
  readonly status: string;
  readonly inputs: number;
  readonly correct: number;
  readonly mflops: number;
}

describe.skipIf(!haproxy)('replicas behind haproxy (deploy/haproxy.cfg)', () => {
  let pkg: Awaited<ReturnType<typeof servedDigits>>;
  const replicas: ServeProcess[] = [];
  let lb: ChildProcess | undefined;
  // The load's clients and the scrapers loop while these hold; afterAll ends them whatever
  // happened, so that a failed assertion leaves no loop behind.
  let running = true;
  let scraping = true;

  beforeAll(async () => {
    pkg = await servedDigits();
  });
  afterAll(() => {
    running = false;
    scraping = false;
    for (const r of replicas) if (r.child.exitCode === null) r.child.kill('SIGKILL');
    lb?.kill('SIGKILL');
    pkg?.remove();
  });

  it('drains one replica without a failed request and loses only what a killed one held', async () => {
    const args = [
      '--backend',
      'wasm',
      '--threads',
      '1',
      '--max-queue',
      '64',
      '--budget-mflops',
      String(SERVED_BUDGET),
    ];
    for (let i = 0; i < 3; i++)
      replicas.push(await startServe(pkg.dir, ['--http-port', '0', '--grpc-port', '0', ...args]));
    const [lbPort, statsPort] = [await freePort(), await freePort()];
    const env = {
      ...process.env,
      RANETC_LB_BIND: `127.0.0.1:${lbPort}`,
      RANETC_LB_STATS: `127.0.0.1:${statsPort}`,
      ...Object.fromEntries(replicas.map((r, i) => [`RANETC_R${i + 1}`, r.url.replace('http://', '')])),
    };
    let lbLog = '';
    lb = spawn('haproxy', ['-db', '-f', path.join(repoRoot, 'deploy/haproxy.cfg')], { env });
    lb.stderr?.on('data', (c: Buffer) => (lbLog += c.toString()));
    await until(
      async () => (await upServers(statsPort)) === 3,
      10_000,
      () => `haproxy never saw 3 replicas up:\n${lbLog}`,
    );

    // Every replica's counters, scraped until it stops answering (the last scrape stands).
    const scraped = new Map<number, string>();
    const scrapers = replicas.map(async (r, i) => {
      while (scraping) {
        try {
          scraped.set(i, await (await fetch(`${r.url}/metrics`)).text());
        } catch {
          if (r.child.exitCode !== null || r.child.signalCode !== null) return;
        }
        await sleep(100);
      }
    });

    const { spec } = loadSpec(path.join(repoRoot, 'specs/digits.yaml'));
    const test = cifarImages(fixture('digits', 'test.bin'), spec.classes, spec.input);
    const images = test.batch(0, test.count);
    const per = images.length / test.count;
    const outcomes: Outcome[] = [];
    let next = 0;
    const client = async (): Promise<void> => {
      while (running) {
        const first = next;
        next = (next + PER_REQUEST) % (test.count - PER_REQUEST);
        const { body, headers } = inferRequest(
          images.subarray(first * per, (first + PER_REQUEST) * per),
          [PER_REQUEST, spec.input.channels, spec.input.height, spec.input.width],
          true,
        );
        const start = performance.now();
        const done = (o: Omit<Outcome, 'start' | 'end' | 'inputs'>): void =>
          void outcomes.push({ start, end: performance.now(), inputs: PER_REQUEST, ...o });
        try {
          const res = await fetch(`http://127.0.0.1:${lbPort}/v2/models/digits/infer`, {
            method: 'POST',
            headers,
            body,
          });
          const bytes = Buffer.from(await res.arrayBuffer());
          if (res.status !== 200) {
            done({
              ok: false,
              status: `${res.status} ${bytes.toString().slice(0, 200)}`,
              correct: 0,
              mflops: 0,
            });
            continue;
          }
          const reply = parseReply(bytes, res.headers.get('inference-header-content-length'));
          done({
            ok: true,
            status: '200',
            correct: reply.classes.filter((c, i) => c === test.labels[first + i]).length,
            mflops: reply.mflops.reduce((a, b) => a + b, 0),
          });
        } catch (e) {
          done({ ok: false, status: String(e), correct: 0, mflops: 0 });
        }
      }
    };
    const clients = Array.from({ length: CLIENTS }, client);

    await sleep(PHASE_MS);
    // The first replica holds a larger request, sent to it directly, when it gets SIGTERM: it
    // must answer it. New requests that haproxy sends it until its health check fails are
    // refused (503) and resent by haproxy.
    const long = postDirect(replicas[0].url, images, LONG_REQUEST, test.count, spec.input);
    await long.sent;
    await sleep(300);
    const tTerm = performance.now();
    replicas[0].child.kill('SIGTERM');
    expect(await replicas[0].exited).toBe(0);
    const longReply = await long.reply;
    await sleep(PHASE_MS);
    const tKill = performance.now();
    const inFlightAtKill = CLIENTS;
    replicas[1].child.kill('SIGKILL');
    await replicas[1].exited;
    await sleep(PHASE_MS);
    running = false;
    await Promise.all(clients);
    scraping = false;
    await Promise.all(scrapers);

    const stats = await serverStats(statsPort);
    const failed = outcomes.filter((o) => !o.ok);
    const beforeTerm = failed.filter((o) => o.end < tTerm);
    const afterTerm = failed.filter((o) => o.end >= tTerm && o.end < tKill);
    const afterKill = failed.filter((o) => o.end >= tKill);
    const answered = outcomes.filter((o) => o.ok);
    const inputs = answered.reduce((a, o) => a + o.inputs, 0);
    const clientCost = answered.reduce((a, o) => a + o.mflops, 0) / inputs;
    let fleetInputs = 0;
    let fleetMFlops = 0;
    for (const text of scraped.values())
      for (const [exit, count] of metricByLabel(text, 'ranetc_exit_count', 'exit')) {
        fleetInputs += count;
        fleetMFlops += (count * pkg.exitFlops[Number(exit)]) / 1e6;
      }
    const fleetCost = fleetMFlops / fleetInputs;
    const refusedByDraining =
      metricByLabel(scraped.get(0) ?? '', 'ranetc_inference_request_failure', 'model').get('digits') ?? 0;
    const accuracy = answered.reduce((a, o) => a + o.correct, 0) / inputs;
    console.log(
      `replicas: ${outcomes.length} requests (${inputs} inputs answered), failed before SIGTERM ${beforeTerm.length}, ` +
        `after SIGTERM ${afterTerm.length}, after kill -9 ${afterKill.length}; fleet ${fleetCost.toFixed(3)} MFLOPs/input ` +
        `over ${fleetInputs} inputs (/metrics), ${clientCost.toFixed(3)} from the answers; accuracy ${(100 * accuracy).toFixed(2)}%; ` +
        `503s from the draining replica ${refusedByDraining}; haproxy: retries ${[...stats.values()].reduce((a, s) => a + s.wretr, 0)}, ` +
        `redispatches ${[...stats.values()].reduce((a, s) => a + s.wredis, 0)}` +
        (failed.length === 0 ? '' : `; failures: ${[...new Set(failed.map((o) => o.status))].join(' | ')}`),
    );
    // The draining replica answered the long request it had accepted,
    expect(longReply.error).toBeUndefined();
    expect(longReply.status).toBe(200);
    expect(longReply.reply?.classes).toHaveLength(LONG_REQUEST);
    // and refused new ones (503, counted in its last scrape), which haproxy resent.
    expect(refusedByDraining).toBeGreaterThan(0);
    expect(beforeTerm).toEqual([]);
    expect(afterTerm).toEqual([]);
    // Only what the killed replica held may fail: at most one request per client.
    expect(afterKill.length).toBeLessThanOrEqual(inFlightAtKill);
    // The load kept flowing through the survivor after the kill.
    expect(answered.filter((o) => o.start > tKill + 500).length).toBeGreaterThan(10);
    expect(Math.abs(fleetCost / SERVED_BUDGET - 1)).toBeLessThan(0.05);
    // The scrapes saw (almost) every answered input: the counters are the fleet's.
    expect(fleetInputs).toBeGreaterThan(0.9 * inputs);
    expect(accuracy).toBeGreaterThan(0.85);
  });
});

interface LongReply {
  readonly status: number;
  readonly reply?: Reply;
  readonly error?: string;
}

/**
 * POST of `count` images (the first `available` of `images`, repeated) to `url` itself, not
 * through haproxy, with binary tensors: `sent` once the body is written to the socket.
 */
function postDirect(
  url: string,
  images: Float32Array,
  count: number,
  available: number,
  input: { channels: number; height: number; width: number },
): { sent: Promise<void>; reply: Promise<LongReply> } {
  const per = images.length / available;
  const all = new Float32Array(count * per);
  for (let i = 0; i < count; i += available)
    all.set(images.subarray(0, Math.min(available, count - i) * per), i * per);
  const { body, headers } = inferRequest(all, [count, input.channels, input.height, input.width], true);
  let sent!: () => void;
  const sentP = new Promise<void>((r) => (sent = r));
  const reply = new Promise<LongReply>((resolve, reject) => {
    const req = request(`${url}/v2/models/digits/infer`, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const status = res.statusCode ?? 0;
        const length = res.headers['inference-header-content-length'];
        resolve(
          status === 200
            ? { status, reply: parseReply(bytes, length as string) }
            : { status, error: bytes.toString().slice(0, 300) },
        );
      });
    });
    req.on('error', reject);
    req.end(body, sent);
  });
  return { sent: sentP, reply };
}

interface ServerStats {
  readonly status: string;
  readonly wretr: number;
  readonly wredis: number;
}

/** haproxy's counters for each replica, from its stats page's CSV. */
async function serverStats(statsPort: number): Promise<Map<string, ServerStats>> {
  const csv = await (await fetch(`http://127.0.0.1:${statsPort}/;csv`)).text();
  const [head, ...rows] = csv.trim().split('\n');
  const names = head.replace(/^# /, '').split(',');
  const out = new Map<string, ServerStats>();
  for (const row of rows) {
    const f = new Map(row.split(',').map((v, k) => [names[k], v]));
    const server = f.get('svname') ?? '';
    if (f.get('pxname') !== 'ranetc_replicas' || !/^r\d$/.test(server)) continue;
    const n = (k: string): number => Number(f.get(k) ?? NaN);
    out.set(server, {
      status: f.get('status') ?? '',
      wretr: n('wretr'),
      wredis: n('wredis'),
    });
  }
  return out;
}

/** Replicas haproxy reports UP. */
async function upServers(statsPort: number): Promise<number> {
  try {
    return [...(await serverStats(statsPort)).values()].filter((s) => s.status === 'UP').length;
  } catch {
    return 0;
  }
}

async function until(cond: () => Promise<boolean>, ms: number, why: () => string): Promise<void> {
  const deadline = performance.now() + ms;
  while (!(await cond())) {
    if (performance.now() > deadline) throw new Error(why());
    await sleep(100);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
