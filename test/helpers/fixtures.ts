import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCifarFile, toNormalizedBatch } from '../../src/adaptive/datasets.ts';
import { loadSpec } from '../../src/spec/parse.ts';
import type { Spec } from '../../src/spec/types.ts';
import { loadWeights } from '../../src/weights/load.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Fixtures produced by the public implementation; CI has shared/ beside the checkout. */
export const fixturesDir = path.resolve(repoRoot, '../shared/fixtures');
export const fixture = (...parts: string[]): string => path.join(fixturesDir, ...parts);

/** The hyperparameters of a fixture, as the public training scripts name them. */
export interface PublicConfig {
  data: string;
  input: number[];
  classes: number;
  nChannels: number;
  growthRate: number;
  nBlocks: number;
  blockStep: number;
  step: number;
  stepMode: 'even' | 'lg';
  scaleList: number[];
  grFactor: number[];
  bnFactor: number[];
  compressFactor: number;
  reduction: number;
}

/** Translates a public configuration into a Spec; `classes: 0` means "by data set", as the public code decides. */
export function specFromPublic(name: string, c: PublicConfig): Spec {
  const data = c.data.startsWith('cifar') ? 'cifar' : 'imagenet';
  const classes =
    c.classes || (c.data.startsWith('cifar100') ? 100 : c.data.startsWith('cifar10') ? 10 : 1000);
  const { nChannels, growthRate, nBlocks, blockStep, step, stepMode, scaleList, grFactor, bnFactor } = c;
  return {
    name,
    data,
    input: { channels: c.input[0], height: c.input[1], width: c.input[2] },
    classes,
    architecture: {
      nChannels,
      growthRate,
      nBlocks,
      blockStep,
      step,
      stepMode,
      scaleList,
      grFactor,
      bnFactor,
      compressFactor: c.compressFactor,
      reduction: c.reduction,
    },
    target: { backend: 'wgsl', precision: 'f32', maxBatch: 64 },
  };
}

export interface FixtureMeta {
  spec: PublicConfig;
  flops: number[];
  params: number[];
}

export const readMeta = (set: string): FixtureMeta =>
  JSON.parse(readFileSync(fixture(set, 'meta.json'), 'utf8')) as FixtureMeta;

export const readFlopsTable = (): Record<string, FixtureMeta> =>
  JSON.parse(readFileSync(fixture('flops.json'), 'utf8')) as Record<string, FixtureMeta>;

/** The trained digits model: its spec, its f32 weights and its first `n` test images, normalized. */
export function digitsTestBatch(n: number): {
  spec: Spec;
  weights: Map<string, Float32Array>;
  images: Float32Array;
} {
  const { spec } = loadSpec(path.join(repoRoot, 'specs/digits.yaml'));
  const weights = new Map<string, Float32Array>();
  for (const [k, t] of loadWeights(fixture('digits', 'model.safetensors')))
    if (t.dtype === 'f32') weights.set(k, t.data);
  const set = readCifarFile(fixture('digits', 'test.bin'), { classes: spec.classes });
  const { mean, std } = spec.input.normalize!;
  const images = toNormalizedBatch(
    set.pixels,
    Array.from({ length: n }, (_, i) => i),
    mean,
    std,
  );
  return { spec, weights, images };
}
