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
import type { CompiledModel } from '../../src/runtime/scheduler.ts';
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

/** How a test compiles a fixture's spec for a target and creates the model from weights. */
export interface Target {
  /** As test titles name it, e.g. 'WebGPU'. */
  readonly name: string;
  compile(spec: Spec): { readonly graph: Graph; create(weightsFile: string): Promise<CompiledModel> };
}

/**
 * The runtime suite for `tiny-cifar` and `ranet-cifar10` on one target; pushes the observed
 * figures (per-exit differences, exits taken) to `figures` for the caller to print.
 */
export function describeCompiledModel(target: Target, figures: string[]): void {
  describe.each(SETS)(`the compiled %s on ${target.name}`, (set) => {
    const spec = specFromPublic(set, readMeta(set).spec);
    const compiled = target.compile(spec);
    const exits = compiled.graph.exits.length;
    const classes = spec.classes;
    const per = spec.input.channels * spec.input.height * spec.input.width;
    let model: CompiledModel;
    let io: StateDict;
    /** io's inputs, then seeded standard normal ones: BATCH in all. */
    let batch: Float32Array;
    /** Reference logits of `batch`, per exit (`BATCH x classes`). */
    let reference: Float32Array[];
    /** Reference decisions per exit and input. */
    let decisions: { class: number; confidence: number }[][];

    beforeAll(async () => {
      model = await compiled.create(fixture(set, 'model.safetensors'));
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

    afterAll(() => model?.destroy());

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

    it('stops anytime when the consumer breaks, and the model stays usable', async () => {
      const seen: number[] = [];
      const iterator = model.anytime(batch);
      for await (const step of iterator) {
        seen.push(step.exit);
        if (step.exit === 1) break;
      }
      expect(seen).toEqual([0, 1]);
      // Breaking returned the generator: it yields nothing more.
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
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
