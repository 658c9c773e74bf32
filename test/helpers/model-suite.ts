// The compiled model end to end on one target, shared by every backend's runtime test (WebGPU
// on lavapipe, CUDA on the cuda-cpu harness): every exit against the public implementation,
// and the on-device early-exit decisions (thresholds, compaction across exits, results at each
// input's original index) against a scheduler written here over the reference interpreter's
// logits. The scheduler code under test is the same for every target; only the executor
// differs.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCosts } from '../../src/ir/cost.ts';
import type { Graph } from '../../src/ir/types.ts';
import { paramsFrom, runGraph } from '../../src/reference/interpreter.ts';
import type { ModelPlan } from '@ranetc/runtime';
import type { Executor, ExecutedWork } from '@ranetc/runtime';
import { CompiledModel } from '@ranetc/runtime';
import type { Spec } from '../../src/spec/types.ts';
import { loadWeights } from '../../src/weights/load.ts';
import type { StateDict } from '../../src/weights/tensor.ts';
import { fixture, readMeta, specFromPublic } from './fixtures.ts';
import { compare } from './compare.ts';
import { normals } from './random.ts';
import { MARGIN, thresholdAt } from './thresholds.ts';
import { DEVICE_REL } from './tolerances.ts';

export const MAX_BATCH = 8;
/** Inputs in the bigger batch: more than io.safetensors has, fewer than MAX_BATCH. */
const BATCH = 7;
const SETS = ['tiny-cifar', 'ranet-cifar10', 'imagenet-mini'] as const;

const f32 = (sd: StateDict, name: string): Float32Array => {
  const t = sd.get(name);
  if (t?.dtype !== 'f32') throw new Error(`${name} is missing or not f32`);
  return t.data;
};

/** Max softmax probability and first argmax of one row of logits. */
function decide(logits: Float32Array): { class: number; confidence: number } {
  let best = 0;
  for (let c = 1; c < logits.length; c++) if (logits[c] > logits[best]) best = c;
  let sum = 0;
  for (const v of logits) sum += Math.exp(v - logits[best]);
  return { class: best, confidence: 1 / sum };
}

/** How a test compiles a fixture's spec for a target and creates its executor from weights. */
export interface Target {
  /** As test titles name it, e.g. 'WebGPU'. */
  readonly name: string;
  /**
   * Which samples a per-sample dispatch launches workgroups for: the `active` ones (WebGPU's
   * indirect dispatch), or every `submitted` input, those past the active count returning early (CUDA).
   */
  readonly launches: 'active' | 'submitted';
  compile(
    spec: Spec,
    options: { readonly counters: boolean },
  ): { readonly graph: Graph; readonly plan: ModelPlan; executor(weightsFile: string): Promise<Executor> };
}

/** An executor that records the stages of every `run`, to see what the scheduler asks the device for. */
function recording(executor: Executor): Executor & { readonly runs: number[][] } {
  const runs: number[][] = [];
  return {
    runs,
    start: (images, n, control) => executor.start(images, n, control),
    run: (stages, reads) => {
      runs.push([...stages]);
      return executor.run(stages, reads);
    },
    destroy: () => executor.destroy(),
  };
}

/**
 * The counters against the exits taken: every counted dispatch processed exactly the inputs that
 * reached its stage (its blocks: that many times its blocks per sample; on CUDA the blocks of the
 * other submitted inputs returned early), and the executed FLOPs are the accounting's for these exits.
 */
export function expectWorkOfExits(
  work: ExecutedWork,
  exitsTaken: readonly number[],
  launches: Target['launches'],
): void {
  const reached = work.reached.map((_, s) => exitsTaken.filter((e) => e >= s).length);
  expect(work.reached).toEqual(reached);
  for (const d of work.dispatches) {
    const label = `${d.label} (stage ${d.stage})`;
    expect(d.ran, label).toBe(d.blocksPerSample * reached[d.stage]);
    expect(d.skipped, label).toBe(
      launches === 'active' ? 0 : d.blocksPerSample * (work.inputs - reached[d.stage]),
    );
  }
  // Each side is a sum of integers below 2^53 divided once: they agree to f64 rounding.
  expect(Math.abs(work.executedMFlops - work.accountedMFlops)).toBeLessThanOrEqual(
    1e-12 * work.accountedMFlops,
  );
}

/**
 * The runtime suite for `tiny-cifar` and `ranet-cifar10` on one target; pushes the observed
 * figures (per-exit differences, exits taken) to `figures` for the caller to print.
 */
export function describeCompiledModel(target: Target, figures: string[]): void {
  describe.each(SETS)(`the compiled %s on ${target.name}`, (set) => {
    const spec = specFromPublic(set, readMeta(set).spec);
    const compiled = target.compile(spec, { counters: false });
    const counting = target.compile(spec, { counters: true });
    const exits = compiled.graph.exits.length;
    const classes = spec.classes;
    const per = spec.input.channels * spec.input.height * spec.input.width;
    let model: CompiledModel;
    let device: ReturnType<typeof recording>;
    /** The same model built with executed-work counters. */
    let counted: CompiledModel;
    let io: StateDict;
    /** io's inputs, then seeded standard normal ones: BATCH in all. */
    let batch: Float32Array;
    /** Reference logits of `batch`, per exit (`BATCH x classes`). */
    let reference: Float32Array[];
    /** Reference decisions per exit and input. */
    let decisions: { class: number; confidence: number }[][];

    beforeAll(async () => {
      device = recording(await compiled.executor(fixture(set, 'model.safetensors')));
      model = new CompiledModel(compiled.plan, device);
      counted = new CompiledModel(counting.plan, await counting.executor(fixture(set, 'model.safetensors')));
      io = loadWeights(fixture(set, 'io.safetensors'));
      const input = f32(io, 'input');
      batch = new Float32Array(BATCH * per);
      batch.set(input);
      batch.set(normals(BATCH * per - input.length, 20240501), input.length);
      const weights = loadWeights(fixture(set, 'model.safetensors'));
      const shape = [spec.input.channels, spec.input.height, spec.input.width];
      reference = runGraph(compiled.graph, paramsFrom(weights), { n: BATCH, shape, data: batch }).map(
        (b) => b.data,
      );
      decisions = reference.map((logits) =>
        Array.from({ length: BATCH }, (_, i) => decide(logits.subarray(i * classes, (i + 1) * classes))),
      );
    });

    afterAll(() => {
      model?.destroy();
      counted?.destroy();
    });

    it('reproduces every exit of io.safetensors (allExits)', async () => {
      const outs = await model.allExits(f32(io, 'input'));
      expect(outs).toHaveLength(exits);
      outs.forEach((out, e) => {
        const { diff, scale, rel } = compare(f32(io, `exit${e}`), out);
        figures.push(
          `  ${set.padEnd(14)} exit${e}  max|ref| ${scale.toExponential(2).padStart(9)}  maxdiff ${diff.toExponential(2).padStart(9)}  rel ${rel.toExponential(2)}`,
        );
        expect(rel, `exit ${e}`).toBeLessThanOrEqual(DEVICE_REL);
      });
    });

    it(`agrees with the reference interpreter on a batch of ${BATCH}, confidences included`, async () => {
      const outs = await model.allExits(batch);
      let worstConfidence = 0;
      outs.forEach((out, e) => {
        expect(compare(reference[e], out).rel, `exit ${e}`).toBeLessThanOrEqual(DEVICE_REL);
        for (let i = 0; i < BATCH; i++) {
          const got = decide(out.subarray(i * classes, (i + 1) * classes));
          worstConfidence = Math.max(worstConfidence, Math.abs(got.confidence - decisions[e][i].confidence));
        }
      });
      figures.push(
        `  ${set.padEnd(14)} batch of ${BATCH}: max |confidence - reference| ${worstConfidence.toExponential(2)}`,
      );
      // The premise of MARGIN: thresholds that far from the reference confidences decide alike here.
      expect(worstConfidence).toBeLessThan(MARGIN / 2);
    });

    /** The budgeted scheduler of the public evaluation: first exit with confidence >= T[e]; the last takes all. */
    const schedule = (thresholds: readonly number[]): { exit: number; class: number; confidence: number }[] =>
      Array.from({ length: BATCH }, (_, i) => {
        let e = 0;
        while (e < exits - 1 && !(decisions[e][i].confidence >= thresholds[e])) e++;
        return { exit: e, ...decisions[e][i] };
      });

    const quantiles = (q: (e: number) => number) => (): number[] =>
      Array.from({ length: exits }, (_, e) =>
        e === exits - 1
          ? -1e8
          : thresholdAt(
              decisions[e].map((d) => d.confidence),
              q(e),
            ),
      );
    const VECTORS: [string, () => number[]][] = [
      ['medians', quantiles(() => 0.5)],
      ['upper quartiles', quantiles(() => 0.75)],
      ['lower quartiles', quantiles(() => 0.25)],
      ['falling with depth', quantiles((e) => 1 - (e + 1) / exits)],
      ['nobody leaves early', () => Array.from({ length: exits }, (_, e) => (e === exits - 1 ? -1e8 : 1e8))],
      [
        'everybody leaves at exit 0',
        () => Array.from({ length: exits }, (_, e) => (e === exits - 1 ? -1e8 : 0)),
      ],
    ];
    it.each(VECTORS)(
      'classifies with thresholds at %s like the reference scheduler',
      async (name, vector) => {
        const thresholds = vector();
        for (const [e, t] of thresholds.slice(0, -1).entries()) {
          for (const d of decisions[e]) expect(Math.abs(d.confidence - t)).toBeGreaterThanOrEqual(MARGIN);
        }
        const want = schedule(thresholds);
        const got = await model.classify(batch, { thresholds, logits: true });
        figures.push(
          `  ${set.padEnd(14)} thresholds at ${name}: exits taken [${got.map((p) => p.exit).join(' ')}]`,
        );
        expect(got.map((p) => p.index)).toEqual(want.map((_, i) => i));
        expect(got.map((p) => [p.exit, p.class])).toEqual(want.map((w) => [w.exit, w.class]));
        got.forEach((p, i) => {
          expect(Math.abs(p.confidence - want[i].confidence)).toBeLessThan(MARGIN / 2);
          const expected = reference[p.exit].subarray(i * classes, (i + 1) * classes);
          expect(compare(expected, p.logits!).rel).toBeLessThanOrEqual(DEVICE_REL);
        });
      },
    );

    it.each(VECTORS)(
      'counts on the device, with thresholds at %s, exactly the work of the inputs that continued',
      async (name, vector) => {
        const thresholds = vector();
        const want = schedule(thresholds);
        const { predictions, work } = await counted.classify(batch, { thresholds, count: true });
        expect(predictions.map((p) => [p.exit, p.class])).toEqual(want.map((w) => [w.exit, w.class]));
        expectWorkOfExits(
          work,
          want.map((w) => w.exit),
          target.launches,
        );
        figures.push(
          `  ${set.padEnd(14)} thresholds at ${name}: inputs per stage [${work.reached.join(' ')}], executed ${work.executedMFlops.toFixed(6)} MFLOPs per input, accounting ${work.accountedMFlops.toFixed(6)}`,
        );
      },
    );

    it('counts a batch larger than maxBatch chunk by chunk (counters start at zero in every chunk)', async () => {
      const thresholds = quantiles(() => 0.5)();
      const n = 2 * MAX_BATCH + 3;
      const big = new Float32Array(n * per);
      for (let i = 0; i < n; i++)
        big.set(batch.subarray((i % BATCH) * per, ((i % BATCH) + 1) * per), i * per);
      const want = schedule(thresholds);
      const { work } = await counted.classify(big, { thresholds, count: true });
      expect(work.inputs).toBe(n);
      expectWorkOfExits(
        work,
        Array.from({ length: n }, (_, i) => want[i % BATCH].exit),
        target.launches,
      );
    });

    it('refuses to count on a build without counters', async () => {
      await expect(model.classify(batch, { count: true })).rejects.toThrow(
        /built without executed-work counters/,
      );
    });

    it('has sent inputs out at several exits, the first and the last included', () => {
      // Guards the threshold choice above: compaction must be exercised across exits. The
      // classify tests assert the device takes exactly these exits.
      const taken = new Set(VECTORS.flatMap(([, vector]) => schedule(vector()).map((w) => w.exit)));
      expect(taken.has(0) && taken.has(exits - 1)).toBe(true);
      expect(taken.size).toBeGreaterThanOrEqual(4);
    });

    it('classifies a batch larger than maxBatch chunk by chunk', async () => {
      const thresholds = quantiles(() => 0.5)();
      const n = MAX_BATCH + 3;
      const big = new Float32Array(n * per);
      for (let i = 0; i < n; i++)
        big.set(batch.subarray((i % BATCH) * per, ((i % BATCH) + 1) * per), i * per);
      const want = schedule(thresholds);
      const got = await model.classify(big, { thresholds });
      expect(got.map((p) => [p.index, p.exit, p.class])).toEqual(
        Array.from({ length: n }, (_, i) => [i, want[i % BATCH].exit, want[i % BATCH].class]),
      );
    });

    it('classifies for a budget with the thresholds of the calibrated point that fits it', async () => {
      // A made-up curve over three of the vectors above; only the choice by cost matters here.
      const curve = [
        { thresholds: VECTORS[3][1](), expectedMFlops: 2 },
        { thresholds: VECTORS[0][1](), expectedMFlops: 3 },
        { thresholds: VECTORS[4][1](), expectedMFlops: 9 },
      ];
      model.useCalibration(curve);
      const got = await model.classify(batch, { budgetMFlops: 4 });
      expect(got.map((p) => [p.exit, p.class])).toEqual(
        schedule(curve[1].thresholds).map((w) => [w.exit, w.class]),
      );
    });

    it('yields every exit in order from anytime, with the reference predictions and FLOPs', async () => {
      const flops = exitCosts(compiled.graph).map((c) => c.flops);
      const seen: number[] = [];
      for await (const step of model.anytime(batch)) {
        seen.push(step.exit);
        expect(step.flops).toBe(flops[step.exit]);
        expect(step.predictions.map((p) => [p.index, p.class])).toEqual(
          decisions[step.exit].map((d, i) => [i, d.class]),
        );
      }
      expect(seen).toEqual(Array.from({ length: exits }, (_, e) => e));
    });

    it('stops anytime when the consumer breaks: later stages never run, and the model stays usable', async () => {
      const seen: number[] = [];
      const before = device.runs.length;
      const iterator = model.anytime(batch);
      for await (const step of iterator) {
        seen.push(step.exit);
        if (step.exit === 1) break;
      }
      expect(seen).toEqual([0, 1]);
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
      // The device ran stage 0, then stage 1, and nothing after the break.
      expect(device.runs.slice(before)).toEqual([[0], [1]]);
      const outs = await model.allExits(batch);
      outs.forEach((out, e) =>
        expect(compare(reference[e], out).rel, `exit ${e}`).toBeLessThanOrEqual(DEVICE_REL),
      );
    });

    it('refuses more than maxBatch inputs in anytime', async () => {
      const iterator = model.anytime(new Float32Array((MAX_BATCH + 1) * per));
      await expect(iterator.next()).rejects.toThrow(/at most maxBatch = 8/);
    });
  });
}
