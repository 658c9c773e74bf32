// The wasm thread pool in a browser: headless Debian chromium loads the digits package (built
// with `ranetc build --bundle`, so the page imports it with no bundler) from a local server, creates its model on the CPU on one
// thread and with `threads: 2`, and classifies the same inputs on both. Served cross-origin
// isolated (COOP + COEP), the pool starts Web Workers from a blob: URL and waits with
// Atomics.waitAsync (a page's main thread may not block): bit-identical predictions and logits.
// Served without those headers, there is no SharedArrayBuffer: it runs on one thread, no worker.
// Needs /usr/bin/chromium (`sudo npm run setup`), as the demo's test does.

import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { fixture, repoRoot } from '../helpers/fixtures.ts';
import { launchChromium, type Chromium } from '../web/chromium.ts';

const PAGE = `<!doctype html><meta charset="utf-8"><title>threads</title><script type="module">
let workers = 0;
const Native = globalThis.Worker;
if (Native !== undefined)
  globalThis.Worker = class extends Native { constructor(...args) { super(...args); workers++; } };
try {
  const { createDigitsModel, inputShape } = await import('/pkg/index.js');
  const weights = new Uint8Array(await (await fetch('/weights')).arrayBuffer());
  const per = inputShape[0] * inputShape[1] * inputShape[2];
  const images = Float32Array.from({ length: 16 * per }, (_, i) => Math.sin(i * 0.37) * 2);
  const thresholds = [0.9, 0.9, 0.9, 0.9, 0.9, 0];
  const run = async (m) => {
    const r = [await m.classify(images), await m.classify(images, { thresholds, logits: true })];
    return JSON.stringify(r, (k, v) => (v instanceof Float32Array ? Array.from(new Uint32Array(v.buffer, v.byteOffset, v.length)) : v));
  };
  const one = await createDigitsModel(undefined, weights);
  const pool = await createDigitsModel(undefined, weights, { threads: 2 });
  const result = { isolated: globalThis.crossOriginIsolated === true, target: pool.plan.target, one: await run(one), pool: await run(pool), workers };
  pool.destroy();
  one.destroy();
  window.result = result;
} catch (error) {
  window.result = { error: String(error && error.stack || error) };
}
</script>`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

function serve(isolated: boolean): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers: Record<string, string> = isolated
      ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }
      : {};
    try {
      if (url.pathname === '/') {
        res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(PAGE);
      } else if (url.pathname === '/weights') {
        res.writeHead(200, headers).end(readFileSync(fixture('digits', 'model.safetensors')));
      } else if (url.pathname.startsWith('/pkg/')) {
        const file = path.join(pkg, path.normalize(url.pathname.slice(5)));
        if (!file.startsWith(pkg)) throw new Error('outside');
        res
          .writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'text/plain' })
          .end(readFileSync(file));
      } else res.writeHead(404).end();
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface PageResult {
  readonly error?: string;
  readonly isolated: boolean;
  readonly target: string;
  readonly one: string;
  readonly pool: string;
  readonly workers: number;
}

let chromium: Chromium;
const servers: Server[] = [];
/** The digits package with the runtime inlined. */
const pkg = path.join(mkdtempSync(path.join(tmpdir(), 'ranetc-browser-threads-')), 'digits');

beforeAll(async () => {
  const built = await cli('build', path.join(repoRoot, 'specs', 'digits.yaml'), '--bundle', '-o', pkg);
  if (built.code !== 0) throw new Error(built.err);
  chromium = await launchChromium();
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  for (const s of servers) s.close();
});

async function load(isolated: boolean): Promise<PageResult> {
  const server = await serve(isolated);
  servers.push(server);
  const page = await chromium.browser.newPage();
  try {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(
      () => (globalThis as unknown as { result?: unknown }).result !== undefined,
      null,
      {
        timeout: 120_000,
      },
    );
    return (await page.evaluate(() => (globalThis as unknown as { result: unknown }).result)) as PageResult;
  } finally {
    await page.close();
  }
}

describe('wasm threads in a browser (headless chromium, generated digits package)', () => {
  it('cross-origin isolated: 2 threads on Web Workers, bit-identical to one thread', async () => {
    const result = await load(true);
    expect(result.error).toBeUndefined();
    expect(result.isolated).toBe(true);
    expect(result.target).toBe('wasm');
    expect(result.workers, 'one worker besides the page').toBe(1);
    expect(result.pool).toBe(result.one);
  }, 180_000);

  it('not isolated: no SharedArrayBuffer, so one thread and no worker, same results', async () => {
    const result = await load(false);
    expect(result.error).toBeUndefined();
    expect(result.isolated).toBe(false);
    expect(result.workers).toBe(0);
    expect(result.pool).toBe(result.one);
  }, 180_000);
});
