import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Spec } from '../../src/spec/types.ts';

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
