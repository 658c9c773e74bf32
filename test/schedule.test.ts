// The schedule is the one place where targets' plans are decided alike: both renderers take
// the same memory, weights, control and output layout from it, run the same parameter words,
// and size every per-sample launch by the count word the schedule names.

import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.ts';
import { UNFUSED } from '../src/passes/pipeline.ts';
import { loadSpec } from '../src/spec/parse.ts';
import { repoRoot } from './helpers/fixtures.ts';

const BUILDS = [
  ['tiny-cifar', {}],
  ['tiny-cifar', { passes: UNFUSED }],
  ['ranet-imagenet', {}],
] as const;

describe.each(BUILDS)('the schedule of %s %o', (set, options) => {
  const { spec } = loadSpec(`${repoRoot}/specs/${set}.yaml`);
  const wgsl = compile(spec, { ...options, target: 'wgsl', precision: 'f32' });
  const cuda = compile(spec, { ...options, target: 'cuda', precision: 'f32' });
  const wasm = compile(spec, { ...options, target: 'wasm', precision: 'f32' });

  it('gives every target the same model layout', () => {
    // The GPU default kernels (`gpu`) are WGSL's own, like its pipelines.
    const { pipelines, stages, paramsStride, gpu, ...w } = wgsl.plan;
    expect(gpu === undefined || gpu.regimes.length > 1).toBe(true);
    const { kernels, stages: cudaStages, archs, math, ...c } = cuda.plan;
    expect(math).toBe('f32');
    const { memory, stages: wasmStages, ...a } = wasm.plan;
    expect([pipelines.length, stages.length, paramsStride]).not.toContain(0);
    expect([kernels.length, cudaStages.length, archs.length]).not.toContain(0);
    expect([wasmStages.length, memory.bytes]).not.toContain(0);
    expect({ ...c, target: 'any' }).toEqual({ ...w, target: 'any' });
    expect({ ...a, target: 'any' }).toEqual({ ...w, target: 'any' });
    expect(w).toMatchObject(wgsl.schedule.model);
  });

  it('has one launch per kernel, sized by the count of its stage (gathers: of the next)', () => {
    wgsl.schedule.stages.forEach((stage, s) => {
      const kernels = wgsl.program.stages[s].kernels;
      expect(stage.launches.map((l) => l.label)).toEqual(kernels.map((k) => k.name));
      stage.launches.forEach((l, i) => {
        const k = kernels[i];
        const expected =
          k.kind === 'exit'
            ? { kind: 'single' }
            : { kind: 'perSample', countAt: wgsl.plan.control.counts + (k.kind === 'gather' ? s + 1 : s) };
        expect(l.grid, l.label).toEqual(expected);
      });
    });
  });

  it('runs the same parameter words on both targets (CUDA adds the count word first)', () => {
    const WEIGHT_WORDS = new Set(['w_off', 'b_off', 'gamma', 'beta', 'mean', 'variance']);
    wgsl.schedule.stages.forEach((stage, s) => {
      const nonEmpty = stage.launches.filter(
        (l) => l.kernel.kind !== 'gather' || l.kernel.constants.perSample > 0,
      );
      const launches = cuda.plan.stages[s].launches;
      expect(launches).toHaveLength(nonEmpty.length);
      nonEmpty.forEach((l, i) => {
        // WGSL binds weights past the binding limit as windows (ranet-imagenet): its weight
        // offsets are relative to the window; CUDA's are absolute.
        const relative = (name: string): boolean =>
          l.weights !== undefined &&
          WEIGHT_WORDS.has(name) &&
          !(name === 'b_off' && l.kernel.kind === 'conv' && !l.kernel.epilogue.bias);
        const words = l.params.map(([name, v]) => (relative(name) ? v + l.weights!.first : v));
        const prefix = l.grid.kind === 'perSample' ? [l.grid.countAt] : [];
        expect(launches[i].params, l.label).toEqual([...prefix, ...words]);
      });
      const dispatches = wgsl.plan.stages[s].dispatches;
      expect(dispatches.map((d) => d.params)).toEqual(stage.launches.map((l) => l.params.map(([, v]) => v)));
    });
  });
});
