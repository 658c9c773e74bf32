// The tuning search in a page: src/tune/tune.ts, bundled for the browser on its own (Vite
// reports any Node built-in it reaches), runs a small tuning (tiny-cifar, maxBatch 4, budget 2,
// 1 timed call) on headless chromium's WebGPU adapter, on candidate plans compiled here, and
// confirms each regime on a chosen network it asks this side to compile; the result must
// validate as a tuning file and be the one a tuned build runs on that adapter.
//
// Needs /usr/bin/chromium (`sudo npm run setup`); fails, rather than skips, without it.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, createLogger } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import { planForAdapter } from '@ranetc/runtime';
import type { Spec } from '../../src/spec/types.ts';
import { withTunings } from '../../src/tune/apply.ts';
import { planWith, tuneCandidates } from '../../src/tune/candidates.ts';
import { parseTuningFile, TUNING_FORMAT } from '../../src/tune/file.ts';
import { fixture, readMeta, repoRoot, specFromPublic } from '../helpers/fixtures.ts';
import { launchChromium, type Chromium } from './chromium.ts';
import type { PageTuning } from './tune-page.ts';
import type { ChosenVariants } from '../../src/tune/tune.ts';
import type { DeviceFeature } from '../../src/backends/wgsl/variants.ts';

const spec: Spec = (() => {
  const s = specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec);
  return { ...s, target: { ...s.target, maxBatch: 4 } };
})();
/** An origin the test serves itself (page.route): https, so that the page has WebGPU. */
const ORIGIN = 'https://ranetc.test';

let chromium: Chromium;
const warnings: string[] = [];
let bundle: string;
let page: PageTuning;
const errors: string[] = [];
let seconds: number;

beforeAll(async () => {
  const logger = createLogger('warn');
  logger.warn = (msg) => warnings.push(msg);
  logger.warnOnce = logger.warn;
  const out = await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    customLogger: logger,
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry: path.join(repoRoot, 'test/web/tune-page.ts'), formats: ['es'], fileName: 'tune' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  expect(chunks).toHaveLength(1);
  bundle = chunks[0].code!;

  const candidates = tuneCandidates(spec, { budget: 2 });
  const files: Record<string, [string, string | Buffer]> = {
    '/': ['text/html', '<!doctype html><script type="module" src="tune.js"></script>'],
    '/tune.js': ['text/javascript', bundle],
    '/candidates.json': ['application/json', JSON.stringify(candidates)],
    '/model.safetensors': [
      'application/octet-stream',
      readFileSync(fixture('tiny-cifar', 'model.safetensors')),
    ],
  };
  chromium = await launchChromium();
  const p = await chromium.browser.newPage();
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await p.route(`${ORIGIN}/**`, (route) => {
    const request = route.request();
    if (new URL(request.url()).pathname === '/plan.json' && request.method() === 'POST') {
      const { variants, features } = JSON.parse(request.postData()!) as {
        variants: ChosenVariants;
        features: DeviceFeature[];
      };
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(planWith(spec, variants, features)),
      });
    }
    const file = files[new URL(request.url()).pathname];
    return file === undefined
      ? route.fulfill({ status: 404 })
      : route.fulfill({ status: 200, contentType: file[0], body: file[1] });
  });
  const started = performance.now();
  await p.goto(`${ORIGIN}/`);
  page = await p.evaluate(() => (globalThis as { tuning?: Promise<PageTuning> }).tuning!);
  seconds = (performance.now() - started) / 1000;
  console.log(
    `tuning in a page: ${spec.name} (maxBatch 4, budget 2, 1 call) on ${JSON.stringify(page.adapter)} ` +
      `in ${seconds.toFixed(1)} s (search ${page.result.seconds.toFixed(1)} s); bundle ${(bundle.length / 1024).toFixed(0)} KiB`,
  );
}, 120_000);

afterAll(async () => {
  await chromium?.close();
});

describe('the tuning search in a page', () => {
  it('bundles for the browser without Node built-ins', () => {
    expect(warnings.filter((w) => /externalized|node:|built-?in/i.test(w))).toEqual([]);
    expect(bundle).not.toMatch(/from\s*["']node:|require\(|__vite-browser-external/);
    expect(bundle).toContain('timestamp');
  });

  it('tunes on the page adapter: every round and batch, a valid tuning file for that adapter', () => {
    expect(errors).toEqual([]);
    const { tuning, rounds } = page.result;
    expect(rounds).toBe(2);
    // 2 rounds by 2 batches, then per batch a confirmation and a race against stage kernels.
    expect(page.steps).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(tuning.stageKernels?.map((c) => c.batch)).toEqual([1, 4]);
    expect(tuning.adapter).toEqual(page.adapter);
    expect(tuning.batches).toEqual([1, 4]);
    const file = parseTuningFile(JSON.stringify({ format: TUNING_FORMAT, tunings: [tuning] }), 'page.json');
    const shapes = tuneCandidates(spec, { budget: 2 }).shapes;
    expect(file.tunings[0].layers).toHaveLength(2 * shapes.length);
    for (const l of file.tunings[0].layers) {
      expect(l.ms).toBeGreaterThan(0);
      expect(l.ms).toBeLessThanOrEqual(l.defaultMs);
    }
    // Each regime where the search changed a layer was confirmed on a network compiled here.
    const changed = new Set(page.result.searched.filter((l) => l.ms < l.defaultMs).map((l) => l.batch));
    expect(page.plans).toBe(changed.size);
    expect((tuning.confirmed ?? []).map((c) => c.batch)).toEqual([...changed].sort((a, b) => a - b));
    for (const c of tuning.confirmed ?? []) {
      expect(c.defaultMs).toBeGreaterThan(0);
      expect(c.tunedMs).toBeGreaterThan(0);
    }
    const notices: string[] = [];
    const base = compile(spec, { target: 'wgsl' }).plan;
    const built = withTunings(spec, base, {}, file, 'page.json', (m) => notices.push(m));
    const there = planForAdapter(built, page.adapter, (m) => notices.push(m));
    expect(notices).toEqual([]);
    expect(there.regimes?.map((r) => r.batch)).toEqual([1, 4]);
    expect(there.pipelines).toBe(built.tunings![0].pipelines);
  });
});
