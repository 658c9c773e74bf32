// The wasm executor on a thread pool (workers over one shared memory) against the same model on
// one thread: bit-identical logits, decisions and counters, on the fixtures, at batch 1, 2, 3 and
// larger, with 2 and 3 threads (3 on a 2-core machine still tests correctness). Every run splits
// every run of kernels over the pool (`minFlopsPerThread: 0`): by samples where there are as
// many as threads (`splitRuns` says it did), else each call by its units, blocks of output
// channels or channels (`unitSplitRuns`); and each comparison is on inputs different from the
// previous run's, so a share that a thread skipped or wrote elsewhere leaves the previous run's
// activations behind and fails the test.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleWasm } from '../../src/backends/wasm/assemble.ts';
import { compile } from '../../src/compile.ts';
import { CompiledModel } from '@ranetc/runtime';
import type { Prediction } from '@ranetc/runtime';
import { createWasmExecutor } from '@ranetc/runtime';
import type { WasmOptions } from '@ranetc/runtime';
import type { WasmPlan } from '@ranetc/runtime';
import { MIN_FLOPS_PER_THREAD, chunkOf, runBatchFor, sharedMemoryModule, threadsFor } from '@ranetc/runtime';
import { fixture, readMeta, repoRoot, specFromPublic } from '../helpers/fixtures.ts';
import { DIGITS_CHILD } from './threads-child.ts';
import { normals } from '../helpers/random.ts';

const MAX_BATCH = 16;

/** The WebAssembly API the tests use (the repository's types have no WebAssembly global). */
interface WasmModule {
  readonly [Symbol.toStringTag]: string;
}
const WebAssembly = (
  globalThis as unknown as {
    WebAssembly: {
      compile(bytes: Uint8Array): Promise<WasmModule>;
      instantiate(module: WasmModule, imports: object): Promise<object>;
      Memory: new (d: { initial: number; maximum?: number; shared?: boolean }) => object;
      Module: { exports(module: WasmModule): { name: string; kind: string }[] };
    };
  }
).WebAssembly;
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
): Promise<{
  model: CompiledModel;
  threads: number;
  runBatch: number;
  splitRuns: () => number;
  workerShare: () => number;
  unitSplitRuns: () => number;
  workerUnitShare: () => number;
  programRuns: () => number;
}> {
  const executor = await createWasmExecutor(built.plan, built.weights, { module: built.module, ...options });
  const model = new CompiledModel(built.plan, executor);
  opened.push(model);
  return {
    model,
    threads: executor.threads,
    runBatch: executor.runBatch,
    splitRuns: () => executor.splitRuns,
    workerShare: () => executor.workerShare,
    unitSplitRuns: () => executor.unitSplitRuns,
    workerUnitShare: () => executor.workerUnitShare,
    programRuns: () => executor.programRuns,
  };
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

/** Most extra runs a test makes for a worker to get a share of the work (see their use). */
const MAX_TRIES = 40;

describe('the wasm thread pool gives results bit-identical to one thread', () => {
  const sets = ['tiny-cifar', 'ranet-cifar10', 'imagenet-mini'] as const;
  for (const set of sets)
    it(`${set}: allExits, anytime and classify with early exit, batch 1, 2, 3 and ${MAX_BATCH - 3}, 2 and 3 threads`, async () => {
      const built = await build(set);
      const { channels, height, width } = built.plan.input;
      const per = channels * height * width;
      const single = await open(built, { threads: 1 });
      expect(single.threads).toBe(1);
      const pools = [await open(built, { threads: 2, minFlopsPerThread: 0 })];
      pools.push(await open(built, { threads: 3, minFlopsPerThread: 0 }));
      expect(pools.map((p) => p.threads)).toEqual([2, 3]);
      let seed = 1;
      for (const n of [MAX_BATCH - 3, 1, 2, 3, MAX_BATCH - 3]) {
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
          const unitsBefore = pool.unitSplitRuns();
          // Another batch first: a share not computed would keep its activations.
          await pool.model.allExits(normals(n * per, 1000 + seed));
          const outs = await pool.model.allExits(images);
          outs.forEach((o, e) => expect(sameBits(o, expected[e]), `${label}, exit ${e}`).toBe(true));
          expect(await pool.model.classify(images, { thresholds, logits: true }), label).toEqual(decisions);
          const poolSteps: Omit<Prediction, 'exit'>[][] = [];
          for await (const step of pool.model.anytime(images)) poolSteps.push([...step.predictions]);
          expect(poolSteps, label).toEqual(steps);
          // Fewer samples than threads: each call's output channels are split, never the samples
          // (a larger batch too, in later stages, once enough inputs have left).
          if (n >= pool.threads) expect(pool.splitRuns(), label).toBeGreaterThan(before);
          else {
            expect(pool.splitRuns(), label).toBe(before);
            expect(pool.unitSplitRuns(), label).toBeGreaterThan(unitsBefore);
          }
        }
      }
      // The workers computed part of it (the split is dynamic: how much depends on the OS, so
      // more batches, each checked, until they have).
      for (const pool of pools)
        for (let t = 0; (pool.workerShare() === 0 || pool.workerUnitShare() === 0) && t < MAX_TRIES; t++) {
          const n = pool.workerShare() === 0 ? MAX_BATCH : 1;
          const images = normals(n * per, 2000 + t);
          const expected = await single.model.allExits(images);
          const outs = await pool.model.allExits(images);
          outs.forEach((o, e) => expect(sameBits(o, expected[e]), `retry ${t}, exit ${e}`).toBe(true));
        }
      for (const pool of pools) {
        expect(pool.workerShare(), `${pool.threads} threads, samples`).toBeGreaterThan(0);
        expect(pool.workerUnitShare(), `${pool.threads} threads, units`).toBeGreaterThan(0);
      }
    });
});

describe('one sample split by output channels', () => {
  for (const set of ['tiny-cifar', 'ranet-cifar10', 'imagenet-mini'] as const)
    it(`${set}: at batch 1 every call with more than one unit is split, the workers compute part of each, bit for bit`, async () => {
      const built = await build(set);
      const { channels, height, width } = built.plan.input;
      const per = channels * height * width;
      const calls = built.plan.stages.flatMap((s) =>
        s.launches.flatMap((l) => (l.step.kind === 'call' ? [l.step] : [])),
      );
      const split = calls.filter((c) => c.units > 1);
      // Runs: stretches of consecutive calls on one count word; those with a call split.
      const splitRuns = (() => {
        let n = 0;
        for (const stage of built.plan.stages) {
          let splits = false;
          stage.launches.forEach((l, i) => {
            const step = l.step;
            const next = stage.launches[i + 1]?.step;
            if (step.kind !== 'call') return;
            splits ||= step.units > 1;
            if (next?.kind !== 'call' || next.countAt !== step.countAt) {
              if (splits) n++;
              splits = false;
            }
          });
        }
        return n;
      })();
      expect(splitRuns).toBeLessThan(split.length);
      // The convolutions split: blocks of 8 output channels (2 groups of 4), so more than 8 channels.
      expect(split.filter((c) => c.fn.startsWith('conv')).length, 'convolutions split').toBeGreaterThan(0);
      const single = await open(built, { threads: 1 });
      const pool = await open(built, { threads: 2, minFlopsPerThread: 0 });
      // Three seeds, then more until a worker has claimed units: whether it wakes before the
      // caller has claimed them all is up to the OS (on a loaded machine it can miss a few runs).
      for (let seed = 11; seed < 14 || (pool.workerUnitShare() === 0 && seed < 11 + MAX_TRIES); seed++) {
        const images = normals(per, seed);
        const expected = await single.model.allExits(images);
        const before = pool.unitSplitRuns();
        const programsBefore = pool.programRuns();
        const outs = await pool.model.allExits(images);
        outs.forEach((o, e) => expect(sameBits(o, expected[e]), `seed ${seed}, exit ${e}`).toBe(true));
        // allExits runs every stage: one split per call with more than one unit, and one job
        // per run of calls between two exits or gathers that splits any.
        expect(pool.unitSplitRuns() - before, `seed ${seed}`).toBe(split.length);
        expect(pool.programRuns() - programsBefore, `seed ${seed}`).toBe(splitRuns);
        expect(pool.splitRuns(), 'no sample split').toBe(0);
      }
      expect(pool.workerUnitShare()).toBeGreaterThan(0);
      expect(pool.workerUnitShare()).toBeLessThan(1);
    });

  it('keeps small work on the calling thread: nothing split at batch 1 under minFlopsPerThread', async () => {
    const built = await build('tiny-cifar');
    const { channels, height, width } = built.plan.input;
    const calls = built.plan.stages.flatMap((s) =>
      s.launches.flatMap((l) => (l.step.kind === 'call' ? [l.step] : [])),
    );
    const most = Math.max(...calls.map((c) => c.flops));
    const pool = await open(built, { threads: 2, minFlopsPerThread: most + 1 });
    await pool.model.allExits(normals(channels * height * width, 3));
    expect(pool.unitSplitRuns()).toBe(0);
    const some = await open(built, { threads: 2, minFlopsPerThread: most / 2 });
    await some.model.allExits(normals(channels * height * width, 3));
    // Split over 2 threads: the calls of at least 2 x most / 2 FLOPs, the largest.
    const largest = calls.filter((c) => c.units > 1 && c.flops >= most).length;
    expect(largest).toBeGreaterThan(0);
    expect(some.unitSplitRuns()).toBe(largest);
  });
});

describe('the split and its parts', () => {
  it('splits stride-1 convolutions by parts of their map whatever their output channels, aligned, and every convolution no sample of whose output is an input', () => {
    const spec = specFromPublic('ranet-cifar10', readMeta('ranet-cifar10').spec);
    const { schedule, plan } = compile(spec, { target: 'wasm', maxBatch: MAX_BATCH });
    const steps = new Map(
      plan.stages.flatMap((s) =>
        s.launches.flatMap((l) => (l.step.kind === 'call' ? [[l.label, l.step]] : [])),
      ),
    );
    const seen = { flat: 0, rows: 0, thin: 0, strides: 0 };
    for (const l of schedule.stages.flatMap((s) => s.launches)) {
      const k = l.kernel;
      if (k.kind !== 'conv') continue;
      const step = steps.get(l.label)!;
      const { k: K, pad, stride, oh, ow } = k.shape;
      const byPixels =
        stride === 1 && k.resize === undefined && (K === 1 && pad === 0 ? (oh * ow) % 4 : ow % 4) === 0;
      // (A call whose output overlaps some sample's input is not split: one unit.)
      if (byPixels && step.units > 1) {
        // Ranges of 64-byte lines of the map, at most 16 (8x8: 4 of 16 pixels); rows of a 3x3
        // convolution the same pixels as a 1x1 convolution's units over the same map.
        expect(step.units, l.label).toBe(Math.min(16, (oh * ow) / 16));
        seen[K === 1 && pad === 0 ? 'flat' : 'rows']++;
        if (k.cout <= 4) seen.thin++;
      }
      // Not split only where some sample's output bytes are some sample's input bytes: a
      // dense layer writing a slice of its block's concatenation is split.
      const [input, inS, output, outS] = step.args;
      const [inBytes, outBytes] = [4 * k.cin * k.shape.h * k.shape.w, 4 * k.cout * oh * ow];
      let overlap = false;
      for (let n = 0; n < MAX_BATCH; n++)
        for (let m = 0; m < MAX_BATCH; m++) {
          const [i, o] = [input + n * inS, output + m * outS];
          overlap ||= o < i + inBytes && i < o + outBytes;
        }
      if (step.args.at(-1)! > 1) expect(step.units === 1, l.label).toBe(overlap);
      if (step.units > 1 && inS !== outS) seen.strides++;
    }
    expect(seen.strides, 'split, reading and writing under different strides').toBeGreaterThan(0);
    // Of 1 or 2 output channels (one block of channels): split by pixels alone.
    expect(seen.flat).toBeGreaterThan(0);
    expect(seen.rows).toBeGreaterThan(0);
    expect(seen.thin).toBeGreaterThan(0);
  });

  it('chunks: at least one sample, about 4 claims per thread, enough for every thread', () => {
    for (let used = 2; used <= 5; used++)
      for (let count = used; count <= 70; count++) {
        const chunk = chunkOf(count, used);
        const claims = Math.ceil(count / chunk);
        expect(chunk, `${count} samples on ${used} threads`).toBeGreaterThanOrEqual(1);
        expect(claims, `${count} samples on ${used} threads`).toBeGreaterThanOrEqual(used);
        expect(claims, `${count} samples on ${used} threads`).toBeLessThanOrEqual(4 * used);
      }
  });

  it('splits by work: one thread for small work, never more threads than samples or than the pool', () => {
    const min = MIN_FLOPS_PER_THREAD;
    expect(threadsFor(4, 1, 1e9, min)).toBe(1);
    expect(threadsFor(4, 64, min / 64, min)).toBe(1);
    expect(threadsFor(4, 64, (3 * min) / 64, min)).toBe(3);
    expect(threadsFor(4, 64, 1e9, min)).toBe(4);
    expect(threadsFor(4, 2, 1, 0)).toBe(2);
  });

  it('makes the memory import shared, of exactly the pages asked, and nothing else', async () => {
    const built = await build('tiny-cifar');
    const pages = Math.ceil(built.plan.memory.bytes / 65536) + 3;
    const patched = sharedMemoryModule(built.module, pages);
    const shared = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
    const plain = new WebAssembly.Memory({ initial: pages });
    const module = await WebAssembly.compile(patched);
    expect(WebAssembly.Module.exports(module)).toEqual(
      WebAssembly.Module.exports(await WebAssembly.compile(built.module)),
    );
    await expect(WebAssembly.instantiate(module, { env: { memory: shared } })).resolves.toBeDefined();
    await expect(WebAssembly.instantiate(module, { env: { memory: plain } })).rejects.toThrow();
    await expect(
      WebAssembly.instantiate(await WebAssembly.compile(built.module), { env: { memory: shared } }),
    ).rejects.toThrow();
    // Past the import section the bytes are the module's own.
    const tail = built.module.subarray(built.module.length - 1000);
    expect(Buffer.from(patched.subarray(patched.length - 1000)).equals(Buffer.from(tail))).toBe(true);
  });

  it('counts the same executed work on 3 threads as on 1 (early exit stays real)', async () => {
    const built = await build('ranet-cifar10', true);
    const { channels, height, width } = built.plan.input;
    const images = normals(13 * channels * height * width, 77);
    const single = await open(built, { threads: 1 });
    const pool = await open(built, { threads: 3, minFlopsPerThread: 0 });
    const thresholds = await midThresholds(single.model, images);
    const one = await single.model.classify(images, { thresholds, count: true });
    const three = await pool.model.classify(images, { thresholds, count: true });
    expect(three.work).toEqual(one.work);
    expect(three.predictions).toEqual(one.predictions);
    expect(one.work.reached.at(-1), 'some inputs left early').toBeLessThan(13);
  });
});

describe('classify in runs of fewer inputs than maxBatch (runBatch)', () => {
  it('gives the predictions, logits and counted work of whole runs, on 1 and 2 threads, in runs of runBatch', async () => {
    const built = await build('ranet-cifar10', true);
    const { channels, height, width } = built.plan.input;
    const images = normals(13 * channels * height * width, 91);
    const whole = await open(built, { threads: 1, runBatch: MAX_BATCH });
    const thresholds = await midThresholds(whole.model, images);
    const options = { thresholds, count: true, logits: true } as const;
    const reference = await whole.model.classify(images, options);
    expect(reference.work.reached.at(-1), 'some inputs left early').toBeLessThan(13);
    for (const [threads, runBatch] of [
      [1, 3],
      [1, 1],
      [2, 5],
    ]) {
      const runs = await open(built, { threads, runBatch, minFlopsPerThread: 0 });
      expect(runs.runBatch).toBe(runBatch);
      const counted = await runs.model.classify(images, options);
      expect(counted.predictions, `${threads} threads, runs of ${runBatch}`).toEqual(reference.predictions);
      expect(counted.work, `${threads} threads, runs of ${runBatch}`).toEqual(reference.work);
      const profiled = await runs.model.profile(images, { thresholds });
      expect(profiled.chunks.length).toBe(Math.ceil(13 / runBatch));
    }
    expect((await whole.model.profile(images, { thresholds })).chunks.length).toBe(1);
  });

  it('by default runs as many inputs per thread as hold about 14 MiB of arena, at most maxBatch', () => {
    const plan = (set: string, maxBatch: number): WasmPlan =>
      compile(specFromPublic(set, readMeta(set).spec), { target: 'wasm', maxBatch }).plan;
    const cifar = plan('ranet-cifar10', 64);
    const perSample = (p: WasmPlan): number => (p.memory.scratch - p.memory.arena) / p.maxBatch;
    expect(perSample(cifar)).toBeGreaterThan(1 << 20);
    expect(runBatchFor(cifar, 1)).toBe(Math.floor((14 << 20) / perSample(cifar)));
    expect(runBatchFor(cifar, 2)).toBe(2 * runBatchFor(cifar, 1));
    expect(runBatchFor(cifar, 1)).toBeLessThan(64);
    const small = plan('tiny-cifar', 4);
    expect(runBatchFor(small, 1)).toBe(4);
  });

  it('refuses a runBatch that is not a count up to maxBatch, naming the option', async () => {
    const built = await build('tiny-cifar');
    for (const runBatch of [0, 2.5, MAX_BATCH + 1, Number.NaN])
      await expect(open(built, { runBatch })).rejects.toThrow(
        new RegExp(
          `tiny-cifar: options.runBatch: expected an integer from 1 to maxBatch = ${MAX_BATCH}, found`,
        ),
      );
  });
});

describe('profiling on threads', () => {
  it('times every launch, each split on its own, with the predictions of one thread', async () => {
    const built = await build('tiny-cifar');
    const { channels, height, width } = built.plan.input;
    const images = normals(13 * channels * height * width, 5);
    const single = await open(built, { threads: 1 });
    const pool = await open(built, { threads: 2, minFlopsPerThread: 0 });
    const thresholds = await midThresholds(single.model, images);
    const one = await single.model.profile(images, { thresholds, logits: true });
    const before = pool.splitRuns();
    const two = await pool.model.profile(images, { thresholds, logits: true });
    expect(two.predictions).toEqual(one.predictions);
    const labels = (p: typeof one): string[] =>
      p.chunks.flatMap((c) => c.map((t) => `${t.stage}:${t.index}:${t.label}`));
    expect(labels(two)).toEqual(labels(one));
    const calls = built.plan.stages.flatMap((s, i) =>
      s.launches.filter((l) => l.step.kind === 'call').map(() => i),
    );
    expect(calls.length).toBeGreaterThan(0);
    // One split per call of every stage run (all 13 inputs reach stage 0).
    expect(pool.splitRuns() - before).toBeGreaterThanOrEqual(calls.filter((s) => s === 0).length);
  });
});

describe('wasm threads options', () => {
  it("'auto' takes the hardware's threads (at most 8 and maxBatch); 1 is one thread", async () => {
    const built = await build('tiny-cifar');
    const auto = await open(built, { threads: 'auto' });
    expect(auto.threads).toBe(Math.min(8, MAX_BATCH, availableParallelism()));
    expect((await open(built, {})).threads).toBe(1);
  });

  it('refuses a thread count that is not a count, and threads with a compiled module, naming the option', async () => {
    const built = await build('tiny-cifar');
    for (const threads of [0, 1.5, 65, Number.NaN])
      await expect(open(built, { threads })).rejects.toThrow(
        /tiny-cifar: options.threads: expected 'auto' or an integer from 1 to 64, found/,
      );
    await expect(open(built, { threads: 2, minFlopsPerThread: -1 })).rejects.toThrow(
      /tiny-cifar: options.minFlopsPerThread: expected a number >= 0, found -1/,
    );
    const compiled = await WebAssembly.compile(built.module);
    await expect(open(built, { threads: 2, module: compiled })).rejects.toThrow(
      /options.threads: 2 threads need the module's bytes, file or URL/,
    );
    expect((await open(built, { threads: 'auto', module: compiled })).threads).toBe(1);
  });
});

describe('the generated package on threads', () => {
  // In a child process: the pool must let the process exit, destroyed or not.
  for (const destroy of [true, false])
    it(`digits with cpu.threads 2 classifies as on one thread, and the process exits ${destroy ? 'after destroy()' : 'without destroy()'}`, () => {
      const child = spawnSync(
        process.execPath,
        [
          // tsx maps @ranetc/runtime, which the package imports, to the runtime's sources (tsconfig.json).
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          DIGITS_CHILD,
          path.join(repoRoot, 'generated', 'digits', 'index.js'),
          fixture('digits', 'model.safetensors'),
          String(destroy),
        ],
        { encoding: 'utf8', timeout: 60_000, cwd: repoRoot },
      );
      expect(child.signal, 'the process exits by itself').toBeNull();
      expect(child.status, child.stderr).toBe(0);
      const { refused, one, pool } = JSON.parse(child.stdout) as {
        refused: string;
        one: unknown;
        pool: unknown;
      };
      expect(refused).toMatch(/digits: options.threads: expected 'auto' or an integer from 1 to 64, found 0/);
      expect(pool).toEqual(one);
    });
});
