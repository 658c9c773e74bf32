// The browser demo end to end: prepares its assets, builds it with Vite, serves the build on
// localhost and drives it in headless chromium twice: with WebGPU, and without it (navigator.gpu
// deleted before the page's scripts run), where the page runs the package's wasm build on the
// CPU, on a pool of worker threads: the server (vite preview) serves the page cross-origin
// isolated, on both backends. What the page shows is checked against the reference interpreter run here on the same
// test images, the same checks on both backends.
//
// Needs /usr/bin/chromium (`sudo npm run setup`); fails, rather than skips, without it.

import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build, createLogger, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitPredictions } from '../../src/adaptive/confidence.ts';
import { readCifarFile, toNormalizedBatch } from '../../src/adaptive/datasets.ts';
import { expandRanet } from '../../src/frontend/ranet.ts';
import { exitCosts } from '../../src/ir/cost.ts';
import { paramsFrom, runGraph } from '../../src/reference/interpreter.ts';
import { loadSpec } from '../../src/spec/parse.ts';
import { loadWeights } from '../../src/weights/load.ts';
import { prepareDemo, SAMPLE_COUNT, webDir } from '../../examples/web/prepare.ts';
import { fixture, repoRoot } from '../helpers/fixtures.ts';
import { launchChromium, type Chromium } from './chromium.ts';

/** Where the screenshots go (ignored by git). */
const SCREENSHOT = path.join(repoRoot, '.tmp/web-demo.png');
/**
 * The page runs the compiled WGSL or wasm; the reference is the plain f32 interpreter. They
 * agree to about 1e-6 (test/wgsl/runtime.test.ts, test/wasm/wasm.test.ts), so a confidence
 * within CLOSE of a threshold, or two logits within CLOSE of each other, could fall either way
 * and is not held against the page; every other decision must match exactly. Tests count such
 * cases and report them.
 */
const CLOSE = 1e-4;
/** The slider's second position: below the initial budget (9), above the cheapest point. */
const LOW_BUDGET = 5;

type Backend = 'webgpu' | 'wasm';
const BACKENDS: readonly Backend[] = ['webgpu', 'wasm'];

interface Card {
  index: number;
  class: number;
  exit: number;
  confidence: number;
}

interface Run {
  cards: Card[];
  thresholds: number[];
  averageMflops: number;
  meanExit: number;
}

const { spec } = loadSpec(path.join(repoRoot, 'specs/digits.yaml'));
const configFile = path.join(webDir, 'vite.config.ts');

let chromium: Chromium;
let server: PreviewServer;
let url: string;
interface Opened {
  readonly page: Page;
  readonly errors: string[];
  /** Every `.wasm` the page fetched, with its status. */
  readonly wasmFetches: string[];
  /** The URL of every Web Worker the page started. */
  readonly workers: string[];
}
const pages = new Map<Backend, Opened>();
/** What Vite warned about while bundling: a Node built-in reached from the page would show here. */
const buildWarnings: string[] = [];
/** Reference per exit: class and confidence of every sample image. */
let reference: { prediction: Int32Array; confidence: Float32Array; ambiguous: boolean[] }[];

/** Before the page's scripts run: as in a browser without WebGPU, no navigator.gpu at all. */
function deleteWebGpu(): void {
  const { navigator } = globalThis as unknown as { navigator: object };
  delete (Object.getPrototypeOf(navigator) as { gpu?: unknown }).gpu;
}

/** Opens the demo in a new page; `init` runs before the page's scripts. */
async function openDemo(init?: () => void): Promise<Opened> {
  const page = await chromium.browser.newPage({ viewport: { width: 1360, height: 900 } });
  const opened: Opened = { page, errors: [], wasmFetches: [], workers: [] };
  page.on('worker', (w) => opened.workers.push(w.url()));
  page.on('pageerror', (e) => opened.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') opened.errors.push(m.text());
  });
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.endsWith('.wasm')) opened.wasmFetches.push(`${r.status()} ${r.url()}`);
  });
  if (init !== undefined) await page.addInitScript(init);
  await page.goto(url, { waitUntil: 'networkidle' });
  return opened;
}

/** Waits until the page has classified the grid and run the anytime pass; says how long it took. */
async function waitReady(page: Page, backend: Backend, loading: number): Promise<void> {
  await page.waitForSelector(
    'body[data-anytime="done"], body[data-state="error"], body[data-state="no-backend"]',
    { timeout: 180_000 },
  );
  const state = await page.getAttribute('body', 'data-state');
  if (state !== 'ready')
    throw new Error(`the page did not start on ${backend} (${state}): ${await page.textContent('#notice')}`);
  console.log(
    `web demo on ${backend}: page ready (model set up, batch classified, anytime pass) ` +
      `${((performance.now() - loading) / 1000).toFixed(1)} s; ` +
      `${await page.textContent('#facts dd:nth-last-of-type(2)')}; ${await page.textContent('#facts dd:last-of-type')}`,
  );
}

beforeAll(async () => {
  const started = performance.now();
  await prepareDemo(() => {});
  const prepared = performance.now();
  console.log(
    `web demo: assets ${((prepared - started) / 1000).toFixed(1)} s (calibration included when not cached)`,
  );
  const logger = createLogger('warn');
  logger.warn = (msg) => buildWarnings.push(msg);
  logger.warnOnce = logger.warn;
  await build({ configFile, customLogger: logger });
  server = await preview({ configFile, logLevel: 'error', preview: { host: '127.0.0.1', port: 0 } });
  const local = server.resolvedUrls?.local[0];
  if (local === undefined) throw new Error('vite preview reported no local URL');
  url = local;
  chromium = await launchChromium();

  // WebGPU first. Once the page has its assets (the server shares this thread), compute the
  // oracle while it sets up the model and classifies: the public graph through the reference
  // interpreter.
  let loading = performance.now();
  pages.set('webgpu', await openDemo());
  const set = readCifarFile(fixture('digits', 'test.bin'), { classes: spec.classes });
  const indices = Array.from({ length: SAMPLE_COUNT }, (_, i) => i);
  const { mean, std } = spec.input.normalize!;
  const data = toNormalizedBatch(set.pixels, indices, mean, std);
  const weights = paramsFrom(loadWeights(fixture('digits', 'model.safetensors')));
  const logits = runGraph(expandRanet(spec), weights, { n: SAMPLE_COUNT, shape: [3, 32, 32], data });
  reference = logits.map(({ data: l }) => ({
    ...exitPredictions(l, SAMPLE_COUNT, spec.classes),
    ambiguous: indices.map((i) => {
      const row = Array.from(l.subarray(i * spec.classes, (i + 1) * spec.classes)).sort((a, b) => b - a);
      return row[0] - row[1] < CLOSE * Math.max(1, Math.abs(row[0]));
    }),
  }));
  await waitReady(pages.get('webgpu')!.page, 'webgpu', loading);

  // Then a browser without WebGPU, alone on the machine's cores.
  loading = performance.now();
  pages.set('wasm', await openDemo(deleteWebGpu));
  await waitReady(pages.get('wasm')!.page, 'wasm', loading);
}, 600_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** What the page shows now (its views keep their figures in data attributes). */
async function readRun(page: Page): Promise<Run> {
  const attrs = ['data-index', 'data-class', 'data-exit', 'data-confidence'];
  const rows = await page
    .locator('#grid .card')
    .evaluateAll((els, names) => els.map((e) => names.map((n) => e.getAttribute(n))), attrs);
  const stat = async (name: string): Promise<string> => (await page.getAttribute('#stats', name)) ?? '';
  return {
    cards: rows.map(([index, cls, exit, confidence]) => ({
      index: Number(index),
      class: Number(cls),
      exit: Number(exit),
      confidence: Number(confidence),
    })),
    thresholds: JSON.parse(await stat('data-thresholds')) as number[],
    averageMflops: Number(await stat('data-average-mflops')),
    meanExit: Number(await stat('data-mean-exit')),
  };
}

/** Budgeted classification of the reference outputs: the first exit whose confidence reaches its threshold. */
function expectReferenceDecisions(run: Run): { ambiguous: number } {
  const exits = reference.length;
  let ambiguous = 0;
  expect(run.cards).toHaveLength(SAMPLE_COUNT);
  for (const card of run.cards) {
    let exit = 0;
    let close = false;
    for (; exit < exits - 1; exit++) {
      const c = reference[exit].confidence[card.index];
      close ||= Math.abs(c - run.thresholds[exit]) < CLOSE;
      if (c >= run.thresholds[exit]) break;
    }
    if (close) {
      ambiguous++;
      continue;
    }
    const what = `image ${card.index}`;
    expect(card.exit, what).toBe(exit);
    if (reference[exit].ambiguous[card.index]) {
      ambiguous++;
      continue;
    }
    expect(card.class, what).toBe(reference[exit].prediction[card.index]);
    expect(Math.abs(card.confidence - reference[exit].confidence[card.index]), what).toBeLessThan(CLOSE);
  }
  return { ambiguous };
}

describe('the browser demo (Vite build, headless chromium)', () => {
  it('bundles the generated runtime without warnings, model.wasm and model-relaxed.wasm as assets', () => {
    expect(buildWarnings).toEqual([]);
    const wasm = readdirSync(path.join(webDir, 'dist/assets')).filter((f) => f.endsWith('.wasm'));
    expect(wasm.map((f) => f.replace(/-[\w-]{8}\.wasm$/, '.wasm')).sort()).toEqual([
      'model-relaxed.wasm',
      'model.wasm',
    ]);
  });
});

describe.each(BACKENDS)('the browser demo on %s', (backend) => {
  const opened = (): Opened => pages.get(backend)!;

  it('says which backend it uses, and fetches model.wasm only without WebGPU', async () => {
    const { page, wasmFetches } = opened();
    expect(await page.getAttribute('body', 'data-backend')).toBe(backend);
    const label = await page.textContent('#facts dd:last-of-type');
    if (backend === 'webgpu') {
      expect(label).toMatch(/^WebGPU · /);
      expect(wasmFetches).toEqual([]);
    } else {
      expect(label).toMatch(/^WebAssembly SIMD on the CPU/);
      expect(wasmFetches).toHaveLength(1);
      expect(wasmFetches[0]).toMatch(/^200 http:\/\/127\.0\.0\.1:\d+\/assets\/model-[\w-]+\.wasm$/);
    }
  });

  it('is cross-origin isolated; on the CPU it runs on the threads the browser reports', async () => {
    const { page, workers } = opened();
    const browser = await page.evaluate(() => {
      const g = globalThis as unknown as {
        crossOriginIsolated: boolean;
        navigator: { hardwareConcurrency: number };
      };
      return { isolated: g.crossOriginIsolated, cores: g.navigator.hardwareConcurrency };
    });
    expect(browser.isolated).toBe(true);
    if (backend === 'webgpu') {
      expect(await page.getAttribute('body', 'data-threads')).toBeNull();
      expect(workers).toEqual([]);
      return;
    }
    const threads = Number(await page.getAttribute('body', 'data-threads'));
    console.log(
      `web demo on wasm: hardwareConcurrency ${browser.cores}, ${threads} threads, ${workers.length} workers`,
    );
    // 'auto': the browser's threads, at most 8 (AUTO_THREADS_CAP); one worker per thread besides the page's.
    expect(threads).toBe(Math.min(browser.cores, 8));
    if (browser.cores > 1) expect(threads).toBeGreaterThan(1);
    expect(workers).toHaveLength(threads - 1);
    expect(await page.textContent('#facts dd:last-of-type')).toContain(
      threads === 1 ? 'one thread' : `, ${threads} threads (this browser offers no WebGPU)`,
    );
  });

  it('shows the budgeted predictions the reference interpreter makes for the same images', async () => {
    const run = await readRun(opened().page);
    const { ambiguous } = expectReferenceDecisions(run);
    expect(ambiguous).toBeLessThan(SAMPLE_COUNT / 10);
    // Early exit is visible: more than one exit is in use, and the average cost is what the exits say.
    const exitMFlops = exitCosts(expandRanet(spec)).map((c) => c.flops / 1e6);
    expect(new Set(run.cards.map((c) => c.exit)).size).toBeGreaterThan(1);
    const average = run.cards.reduce((s, c) => s + exitMFlops[c.exit], 0) / run.cards.length;
    expect(run.averageMflops).toBeCloseTo(average, 6);
    expect(run.averageMflops).toBeLessThan(exitMFlops[exitMFlops.length - 1]);
    expect(opened().errors).toEqual([]);
  });

  it("shows every exit's predictions in the anytime view", async () => {
    const rows: string[] = await opened()
      .page.locator('#anytime .anytime-row')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-classes') ?? ''));
    expect(rows).toHaveLength(reference.length);
    rows.forEach((row, e) => {
      const classes = row.split(',').map(Number);
      expect(classes).toHaveLength(SAMPLE_COUNT);
      classes.forEach((c, i) => {
        if (!reference[e].ambiguous[i]) expect(c, `exit ${e}, image ${i}`).toBe(reference[e].prediction[i]);
      });
    });
  });

  it('classifies a digit drawn on the pad', async () => {
    const { page } = opened();
    const pad = (await page.locator('#pad').boundingBox())!;
    // A "7": a bar across the top, then a stroke down to the lower left.
    const at = (x: number, y: number): [number, number] => [pad.x + pad.width * x, pad.y + pad.height * y];
    await page.mouse.move(...at(0.3, 0.25));
    await page.mouse.down();
    for (const [x, y] of [
      [0.7, 0.25],
      [0.55, 0.5],
      [0.42, 0.8],
    ] as const)
      await page.mouse.move(...at(x, y), { steps: 8 });
    await page.mouse.up();
    await page.waitForSelector('#drawn[data-run="1"]', { timeout: 60_000 });
    const drawn = Number(await page.getAttribute('#drawn', 'data-class'));
    expect(drawn).toBeGreaterThanOrEqual(0);
    expect(drawn).toBeLessThan(spec.classes);
    expect(await page.locator('#drawn .ladder li').count()).toBe(reference.length);
    expect(opened().errors).toEqual([]);
  });

  it('saves a screenshot (initial budget, a drawn digit)', async () => {
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await opened().page.screenshot({
      path: backend === 'webgpu' ? SCREENSHOT : SCREENSHOT.replace(/\.png$/, `-${backend}.png`),
      fullPage: true,
    });
  });

  it('spends less and exits earlier when the budget slider moves down', async () => {
    const { page } = opened();
    const before = await readRun(page);
    const runs = Number(await page.getAttribute('#grid', 'data-run'));
    await page.locator('#budget').fill(String(LOW_BUDGET));
    await page.waitForSelector(`#grid[data-run="${runs + 1}"][data-budget="${LOW_BUDGET}"]`, {
      timeout: 60_000,
    });
    const after = await readRun(page);
    expect(after.averageMflops).toBeLessThan(before.averageMflops);
    expect(after.meanExit).toBeLessThan(before.meanExit);
    expect(after.averageMflops).toBeLessThanOrEqual(LOW_BUDGET * 1.25); // calibrated on val.bin, not these 48
    expectReferenceDecisions(after);
    expect(opened().errors).toEqual([]);
  });
});

describe('the browser demo without WebGPU', () => {
  it('falls back to wasm when WebGPU offers no adapter', async () => {
    const { page, errors } = await openDemo(() => {
      const { navigator } = globalThis as unknown as {
        navigator: { gpu: { requestAdapter(): Promise<unknown> } };
      };
      navigator.gpu.requestAdapter = () => Promise.resolve(null);
    });
    await page.waitForSelector('body[data-state="ready"], body[data-state="error"]', { timeout: 120_000 });
    expect(await page.getAttribute('body', 'data-state')).toBe('ready');
    expect(await page.getAttribute('body', 'data-backend')).toBe('wasm');
    expect(await page.getAttribute('#facts dd:last-of-type', 'title')).toContain('offered no adapter');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so plainly when neither WebGPU nor WebAssembly SIMD is there', async () => {
    const { page } = await openDemo(() => {
      const { navigator } = globalThis as unknown as { navigator: object };
      delete (Object.getPrototypeOf(navigator) as { gpu?: unknown }).gpu;
      (globalThis as unknown as { WebAssembly: { validate(): boolean } }).WebAssembly.validate = () => false;
    });
    await page.waitForSelector('body[data-state="no-backend"]', { timeout: 30_000 });
    const notice = await page.textContent('#notice');
    expect(notice).toContain('This browser has no WebGPU');
    expect(notice).toContain('WebAssembly fallback did not start either');
    expect(notice).toContain('no WebAssembly SIMD128');
    expect(await page.isVisible('#app')).toBe(false);
    await page.screenshot({ path: SCREENSHOT.replace(/\.png$/, '-no-backend.png') });
    await page.close();
  });
});
