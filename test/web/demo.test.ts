// The browser demo end to end: prepares its assets, builds it with Vite, serves the build on
// localhost and drives it in headless chromium with WebGPU. What the page shows is checked
// against the reference interpreter run here on the same test images.
//
// Needs /usr/bin/chromium (`sudo npm run setup`); fails, rather than skips, without it.

import { mkdirSync } from 'node:fs';
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

/** Where the screenshot goes (ignored by git). */
const SCREENSHOT = path.join(repoRoot, '.tmp/web-demo.png');
/**
 * The page runs the compiled WGSL; the reference is the plain f32 interpreter. They agree to
 * about 1e-6 (test/wgsl/runtime.test.ts), so a confidence within CLOSE of a threshold, or two
 * logits within CLOSE of each other, could fall either way and is not held against the page;
 * every other decision must match exactly. Tests count such cases and report them.
 */
const CLOSE = 1e-4;
/** The slider's second position: below the initial budget (9), above the cheapest point. */
const LOW_BUDGET = 5;

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
let page: Page;
const pageErrors: string[] = [];
/** What Vite warned about while bundling: a Node built-in reached from the page would show here. */
const buildWarnings: string[] = [];
/** Reference per exit: class and confidence of every sample image. */
let reference: { prediction: Int32Array; confidence: Float32Array; ambiguous: boolean[] }[];

beforeAll(async () => {
  const started = performance.now();
  await prepareDemo(() => {});
  const prepared = performance.now();
  const logger = createLogger('warn');
  logger.warn = (msg) => buildWarnings.push(msg);
  logger.warnOnce = logger.warn;
  await build({ configFile, customLogger: logger });
  server = await preview({ configFile, logLevel: 'error', preview: { host: '127.0.0.1', port: 0 } });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('vite preview reported no local URL');

  chromium = await launchChromium();
  page = await chromium.browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  const loading = performance.now();
  // Once the page has its assets (the server shares this thread), compute the oracle while it
  // sets up the model and classifies: the public graph through the reference interpreter.
  await page.goto(url, { waitUntil: 'networkidle' });
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

  await page.waitForSelector(
    'body[data-anytime="done"], body[data-state="error"], body[data-state="no-webgpu"]',
    {
      timeout: 180_000,
    },
  );
  const state = await page.getAttribute('body', 'data-state');
  if (state !== 'ready')
    throw new Error(`the page did not start (${state}): ${await page.textContent('#notice')}`);
  const seconds = (from: number, to = performance.now()): string => ((to - from) / 1000).toFixed(1);
  console.log(
    `web demo: assets ${seconds(started, prepared)} s (calibration included when not cached), ` +
      `page ready (model set up, batch classified, anytime pass) ${seconds(loading)} s ` +
      `on ${await page.textContent('#facts dd:last-of-type')}`,
  );
}, 600_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** What the page shows now (its views keep their figures in data attributes). */
async function readRun(): Promise<Run> {
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

describe('the browser demo (Vite build, headless chromium, WebGPU)', () => {
  it('bundles the generated runtime without warnings', () => {
    expect(buildWarnings).toEqual([]);
  });

  it('shows the budgeted predictions the reference interpreter makes for the same images', async () => {
    const run = await readRun();
    const { ambiguous } = expectReferenceDecisions(run);
    expect(ambiguous).toBeLessThan(SAMPLE_COUNT / 10);
    // Early exit is visible: more than one exit is in use, and the average cost is what the exits say.
    const exitMFlops = exitCosts(expandRanet(spec)).map((c) => c.flops / 1e6);
    expect(new Set(run.cards.map((c) => c.exit)).size).toBeGreaterThan(1);
    const average = run.cards.reduce((s, c) => s + exitMFlops[c.exit], 0) / run.cards.length;
    expect(run.averageMflops).toBeCloseTo(average, 6);
    expect(run.averageMflops).toBeLessThan(exitMFlops[exitMFlops.length - 1]);
    expect(pageErrors).toEqual([]);
  });

  it("shows every exit's predictions in the anytime view", async () => {
    const rows: string[] = await page
      .locator('#anytime .anytime-row')
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
    expect(pageErrors).toEqual([]);
  });

  it('saves a screenshot (initial budget, a drawn digit)', async () => {
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('spends less and exits earlier when the budget slider moves down', async () => {
    const before = await readRun();
    const runs = Number(await page.getAttribute('#grid', 'data-run'));
    await page.locator('#budget').fill(String(LOW_BUDGET));
    await page.waitForSelector(`#grid[data-run="${runs + 1}"][data-budget="${LOW_BUDGET}"]`, {
      timeout: 60_000,
    });
    const after = await readRun();
    expect(after.averageMflops).toBeLessThan(before.averageMflops);
    expect(after.meanExit).toBeLessThan(before.meanExit);
    expect(after.averageMflops).toBeLessThanOrEqual(LOW_BUDGET * 1.25); // calibrated on val.bin, not these 48
    expectReferenceDecisions(after);
  });

  it('says so plainly when the browser has no WebGPU', async () => {
    const bare = await chromium.browser.newPage();
    await bare.addInitScript(() => {
      // As in a browser without WebGPU: no navigator.gpu at all.
      const { navigator } = globalThis as unknown as { navigator: object };
      delete (Object.getPrototypeOf(navigator) as { gpu?: unknown }).gpu;
    });
    await bare.goto(page.url());
    await bare.waitForSelector('body[data-state="no-webgpu"]', { timeout: 30_000 });
    expect(await bare.textContent('#notice')).toContain('This browser has no WebGPU');
    expect(await bare.isVisible('#app')).toBe(false);
    await bare.screenshot({ path: SCREENSHOT.replace(/\.png$/, '-no-webgpu.png') });
    await bare.close();
  });
});
