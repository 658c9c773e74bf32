import { describe, expect, it } from 'vitest';
import { compileWgsl } from '../../src/backends/wgsl/compile.ts';
import type { Executor } from '../../src/runtime/scheduler.ts';
import { CompiledModel } from '../../src/runtime/scheduler.ts';
import { specFromPublic, readMeta } from '../helpers/fixtures.ts';

/** An executor that must never be reached: these tests stop at the scheduler's own checks. */
const unreachable: Executor = {
  start: () => expect.unreachable('start'),
  run: () => expect.unreachable('run'),
  destroy: () => {},
};

describe('the scheduler: thresholds for a budget', () => {
  const { plan } = compileWgsl(specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec));
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
