import { describe, expect, it } from 'vitest';
import { calibrateThresholdsFile, exitOutputsFromLogits } from '../../../src/adaptive/index.ts';
import { compile } from '../../../src/compile.ts';
import type { Executor } from '../src/scheduler.ts';
import { CompiledModel } from '../src/scheduler.ts';
import { specFromPublic, readMeta } from '../../../test/helpers/fixtures.ts';

/** An executor that must never be reached: these tests stop at the scheduler's own checks. */
const unreachable: Executor = {
  start: () => expect.unreachable('start'),
  run: () => expect.unreachable('run'),
  destroy: () => {},
};

describe('the scheduler: thresholds for a budget', () => {
  const { plan } = compile(specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec), { target: 'wgsl' });
  const exits = plan.exits;
  const point = (t: number, expectedMFlops: number) => ({
    thresholds: Array.from({ length: exits }, (_, e) => (e === exits - 1 ? -1e8 : t)),
    expectedMFlops,
  });
  const curve = [point(0.9, 5), point(0.5, 2), point(0.99, 8)];

  it('takes the most expensive calibrated point that fits the budget', () => {
    const model = new CompiledModel(plan, unreachable);
    model.useCalibration(curve);
    expect(model.thresholdsForBudget(2)).toEqual(curve[1].thresholds);
    expect(model.thresholdsForBudget(7.99)).toEqual(curve[0].thresholds);
    expect(model.thresholdsForBudget(100)).toEqual(curve[2].thresholds);
  });

  it('reads a thresholds file: its curve when it has one, else its single point', () => {
    const model = new CompiledModel(plan, unreachable);
    model.useCalibration({ ...curve[0], curve });
    expect(model.thresholdsForBudget(3)).toEqual(curve[1].thresholds);
    model.useCalibration(curve[0]);
    expect(model.thresholdsForBudget(6)).toEqual(curve[0].thresholds);
    expect(() => model.thresholdsForBudget(3)).toThrow(
      /no calibrated thresholds fit 3 MFLOPs.*cheapest need 5\.000/,
    );
  });

  it("uses a budget-calibrated file's refined point, not only the grid points of its curve", () => {
    // Validation outputs from a fixed random draw; exit costs of tiny-cifar.
    let seed = 7;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const n = 400;
    const classes = 10;
    const logits = plan.exitFlops.map((_, e) =>
      Float32Array.from({ length: n * classes }, () => random() * (2 + e)),
    );
    const labels = Array.from({ length: n }, () => Math.floor(random() * classes));
    const val = exitOutputsFromLogits(logits, labels, classes);
    const full = plan.exitFlops[exits - 1] / 1e6;
    // A budget between two grid points: the refined q costs more than every grid point under it.
    const budget = 0.6 * full;
    const file = calibrateThresholdsFile('tiny-cifar', val, plan.exitFlops, { budgetMFlops: budget });
    const bestGrid = Math.max(
      ...file.curve!.filter((c) => c.expectedMFlops <= budget).map((c) => c.expectedMFlops),
    );
    expect(file.expectedMFlops).toBeLessThanOrEqual(budget);
    expect(file.expectedMFlops).toBeGreaterThan(bestGrid);

    const model = new CompiledModel(plan, unreachable);
    model.useCalibration(file);
    expect(model.thresholdsForBudget(budget)).toEqual(file.thresholds);
    // Below the refined point, the curve still serves.
    const below = file.curve!.filter((c) => c.expectedMFlops <= bestGrid).at(-1)!;
    expect(model.thresholdsForBudget(bestGrid)).toEqual(below.thresholds);
  });

  it('refuses a budget without calibration, both options at once, and wrong-length thresholds', async () => {
    const model = new CompiledModel(plan, unreachable);
    const images = new Float32Array(3 * 32 * 32);
    await expect(model.classify(images, { budgetMFlops: 3 })).rejects.toThrow(/useCalibration/);
    model.useCalibration(curve);
    await expect(
      model.classify(images, { budgetMFlops: 3, thresholds: curve[0].thresholds }),
    ).rejects.toThrow(/not both/);
    expect(() => model.useCalibration([{ thresholds: [0.5], expectedMFlops: 1 }])).toThrow(
      `has ${exits} exits, got 1 thresholds`,
    );
    await expect(model.classify(images, { thresholds: [0.5, -1] })).rejects.toThrow(/got 2 thresholds/);
    await expect(model.classify(new Float32Array(5))).rejects.toThrow(/n x 3072 floats/);
  });
});

/**
 * A device that answers, for every input, class = the input's first value, after a pause,
 * and records how many calls were inside it at once.
 */
function slowEchoDevice(plan: CompiledModel['plan']): Executor & { readonly maxInside: () => number } {
  const per = plan.input.channels * plan.input.height * plan.input.width;
  let images = new Float32Array(0);
  let n = 0;
  let inside = 0;
  let maxInside = 0;
  return {
    start(x, count) {
      inside++;
      maxInside = Math.max(maxInside, inside);
      images = x.slice();
      n = count;
    },
    async run(stages) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const words = new Uint32Array(plan.output.words);
      const confidence = new Uint32Array(Float32Array.of(1).buffer)[0];
      const last = stages.at(-1)!;
      for (let i = 0; i < n; i++) {
        words.set([images[i * per], last, confidence], plan.output.final + 3 * i);
        words.set([images[i * per], confidence], plan.output.perExit + 2 * (plan.maxBatch * last + i));
      }
      if (last === plan.exits - 1) inside--;
      return words;
    },
    destroy: () => {},
    maxInside: () => maxInside,
  };
}

describe('the scheduler: calls take turns on the device', () => {
  const { plan } = compile(specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec), {
    target: 'wgsl',
    maxBatch: 2,
  });
  const per = 3 * 32 * 32;
  const batch = (...firsts: number[]): Float32Array => {
    const x = new Float32Array(firsts.length * per);
    firsts.forEach((v, i) => (x[i * per] = v));
    return x;
  };

  it('runs concurrent classify and anytime calls one at a time, each on its own inputs', async () => {
    const device = slowEchoDevice(plan);
    const model = new CompiledModel(plan, device);
    const seen: number[][] = [];
    const iterate = async (): Promise<void> => {
      for await (const step of model.anytime(batch(7, 8))) seen.push(step.predictions.map((p) => p.class));
    };
    const [a, b] = await Promise.all([
      model.classify(batch(1, 2, 3, 4, 5)),
      model.classify(batch(6, 5, 4)),
      iterate(),
    ]);
    expect(device.maxInside()).toBe(1);
    expect(a.map((p) => p.class)).toEqual([1, 2, 3, 4, 5]);
    expect(b.map((p) => p.class)).toEqual([6, 5, 4]);
    expect(seen).toEqual(Array.from({ length: plan.exits }, () => [7, 8]));
  });

  it('frees the device when an anytime iteration stops early', async () => {
    const model = new CompiledModel(plan, slowEchoDevice(plan));
    for await (const step of model.anytime(batch(3))) if (step.exit === 1) break;
    expect((await model.classify(batch(9))).map((p) => p.class)).toEqual([9]);
  });
});
