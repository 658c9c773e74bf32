// Prepares the browser demo's assets from ../shared/fixtures into examples/web/assets/ (ignored
// by git; Vite serves it as the public folder):
// - weights.bin: the trained digits weights packed for the generated plan (BatchNorm folded);
// - samples.bin: the first SAMPLE_COUNT test images (3 x 32 x 32 bytes each, labels stripped);
// - demo.json: their labels, the input normalization, and the budget curve: thresholds by the
//   public calibration (39 share ratios q = p / 20) on val.bin, run through the compiled model
//   on Dawn, each with its expected MFLOPs and accuracy on val.bin.
//
// Calibration takes about a minute on lavapipe, so its result is cached (in .tmp/, outside the
// served folder) under a key made of everything it depends on (weights, val.bin, the spec, the
// generated plan); a second run with the same inputs only copies files.
//
// Usage: node --import tsx examples/web/prepare.ts

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validationCurve } from '../../src/adaptive/budget.ts';
import { evaluateThresholds, LAST_EXIT_THRESHOLD, NO_EXIT_THRESHOLD } from '../../src/adaptive/calibrate.ts';
import { CIFAR_PIXELS, readCifarFile } from '../../src/adaptive/datasets.ts';
import { datasetOutputs } from '../../src/cli/calibrate.ts';
import { expandRanet } from '../../src/frontend/ranet.ts';
import { exitCosts } from '../../src/ir/cost.ts';
import { readPlanFile, storedWeights, writePackedWeights } from '@ranetc/runtime';
import type { WgslPlan } from '@ranetc/runtime';
import { loadSpec } from '../../src/spec/parse.ts';
import { loadCheckedWeights } from '../../src/weights/load.ts';
import { floatTensors } from '../../src/weights/tensor.ts';
import type { BudgetPoint, DemoAssets } from './src/assets-format.ts';
import { DEMO_FORMAT } from './src/assets-format.ts';

export const webDir = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(webDir, '../..');
export const assetsDir = path.join(webDir, 'assets');
const fixturesDir = path.resolve(repoRoot, '../shared/fixtures/digits');
const specFile = path.join(repoRoot, 'specs/digits.yaml');
/** What the calibration depends on besides the fixture files; a change here invalidates the cache. */
const generatedPlan = path.join(repoRoot, 'generated/digits/plan.json');
/** The plan the page runs, as the generated package reads it. */
const { plan } = readPlanFile<WgslPlan>(JSON.parse(readFileSync(generatedPlan, 'utf8')), generatedPlan);

/** Test images shown in the grid: a few dozen, one batch of the compiled model. */
export const SAMPLE_COUNT = 48;
/** Bump when the calibration's method changes, so that cached curves are recomputed. */
const CALIBRATION_VERSION = 1;

interface CachedCalibration {
  readonly key: string;
  readonly calibration: DemoAssets['calibration'];
}

/** Writes the assets; returns the demo description it wrote. */
export async function prepareDemo(log: (line: string) => void = console.log): Promise<DemoAssets> {
  for (const f of ['model.safetensors', 'val.bin', 'test.bin']) {
    if (!existsSync(path.join(fixturesDir, f))) {
      throw new Error(
        `${path.join(fixturesDir, f)} is missing: the demo's assets come from the shared fixtures beside the checkout`,
      );
    }
  }
  const { spec } = loadSpec(specFile);
  if (spec.input.normalize === undefined) throw new Error(`${specFile}: the demo needs input.normalize`);
  mkdirSync(assetsDir, { recursive: true });

  // What `ranetc build specs/digits.yaml --weights model.safetensors` writes: packed for the plan the page imports.
  const tensors = floatTensors(
    loadCheckedWeights(expandRanet(spec), path.join(fixturesDir, 'model.safetensors')),
  );
  writeFileSync(path.join(assetsDir, 'weights.bin'), writePackedWeights(plan, storedWeights(plan, tensors)));
  const test = readCifarFile(path.join(fixturesDir, 'test.bin'), { classes: spec.classes });
  writeFileSync(path.join(assetsDir, 'samples.bin'), test.pixels.subarray(0, SAMPLE_COUNT * CIFAR_PIXELS));

  const calibration = await cachedCalibration(log);
  const demo: DemoAssets = {
    format: DEMO_FORMAT,
    model: spec.name,
    normalize: { mean: [...spec.input.normalize.mean], std: [...spec.input.normalize.std] },
    samples: {
      file: 'samples.bin',
      source: `test.bin records 0..${SAMPLE_COUNT - 1}`,
      labels: Array.from(test.labels.subarray(0, SAMPLE_COUNT)),
    },
    calibration,
  };
  writeFileSync(path.join(assetsDir, 'demo.json'), JSON.stringify(demo, null, 2) + '\n');
  log(
    `prepare: wrote ${path.relative(repoRoot, assetsDir)}/ (model, ${SAMPLE_COUNT} test images, budget curve)`,
  );
  return demo;
}

async function cachedCalibration(log: (line: string) => void): Promise<DemoAssets['calibration']> {
  const hash = createHash('sha256').update(`calibration v${CALIBRATION_VERSION}\n`);
  for (const f of [
    path.join(fixturesDir, 'model.safetensors'),
    path.join(fixturesDir, 'val.bin'),
    specFile,
    generatedPlan,
  ])
    hash.update(readFileSync(f));
  const key = hash.digest('hex');
  const cacheFile = path.join(repoRoot, '.tmp/web-demo-calibration.json');
  if (existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as CachedCalibration;
    if (cached.key === key) {
      log('prepare: calibration up to date (cached)');
      return cached.calibration;
    }
  }
  log('prepare: calibrating on val.bin through the compiled model (about a minute on lavapipe)');
  const calibration = await calibrate();
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ key, calibration } satisfies CachedCalibration) + '\n');
  return calibration;
}

/** The public budget sweep on val.bin, plus the full network as the most expensive point. */
async function calibrate(): Promise<DemoAssets['calibration']> {
  const { spec } = loadSpec(specFile);
  const val = await datasetOutputs(
    spec,
    path.join(fixturesDir, 'model.safetensors'),
    path.join(fixturesDir, 'val.bin'),
  );
  const flops = exitCosts(expandRanet(spec)).map((c) => c.flops);
  const exits = flops.length;
  const curve = validationCurve(val, flops).map((v): BudgetPoint => ({
    p: v.p,
    thresholds: v.thresholds,
    expectedMFlops: v.validationExpectedMFlops,
    accuracy: v.validationAccuracy,
    exitCounts: v.validationExitCounts,
  }));
  const full = Array.from({ length: exits }, (_, e) =>
    e === exits - 1 ? LAST_EXIT_THRESHOLD : NO_EXIT_THRESHOLD,
  );
  const r = evaluateThresholds(val.confidences, val.predictions, val.labels, full, flops);
  const fullPoint: BudgetPoint = {
    p: null,
    thresholds: full,
    expectedMFlops: r.expectedFlops / 1e6,
    accuracy: r.accuracy,
    exitCounts: r.exitCounts,
  };
  return { set: 'val.bin', images: val.labels.length, points: [...curve, fullPoint] };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await prepareDemo();
}
