// Builds other than the default must compute the same model: the benchmark's baseline (one
// kernel per op: no folding, fusion or zero-copy concat, so concat copies and gathers of copied
// buffers; a wrong baseline would make its timings meaningless), and workgroup-memory tiling
// of every 3x3 layer it can serve (the default uses it only on large images, which the CIFAR
// fixtures do not have).

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import { createNodeDevice, type NodeDevice } from '../../src/backends/wgsl/node-device.ts';
import { UNFUSED } from '../../src/passes/pipeline.ts';
import { createWebGpuModel } from '@ranetc/runtime';
import { loadWeights } from '../../src/weights/load.ts';
import { fixture, readMeta, specFromPublic } from '../helpers/fixtures.ts';
import { compare } from '../helpers/compare.ts';
import { DEVICE_REL } from '../helpers/tolerances.ts';

let nd: NodeDevice;
beforeAll(async () => {
  nd = await createNodeDevice();
});
afterAll(() => nd?.destroy());

const VARIANTS = {
  unfused: { passes: UNFUSED },
  'workgroup-tiled': { kernels: { workgroupTiling: 'always' } },
  // Weights bound per dispatch as windows, as when they exceed maxStorageBufferBindingSize
  // (ranet-imagenet's 597 MB): 2^19 elements holds the largest kernel's weights of both sets.
  'weights-windowed': { weightsWindow: 1 << 19 },
} as const;
const CASES = (['tiny-cifar', 'ranet-cifar10'] as const).flatMap((set) =>
  (Object.keys(VARIANTS) as (keyof typeof VARIANTS)[]).map((variant) => [variant, set] as const),
);

it.each(CASES)('the %s build reproduces every exit of %s', async (variant, set) => {
  const spec = specFromPublic(set, readMeta(set).spec);
  const { plan } = compile(spec, { target: 'wgsl', maxBatch: 4, ...VARIANTS[variant] });
  if (variant === 'workgroup-tiled') expect(plan.pipelines.some((p) => p.label === 'conv-tiled')).toBe(true);
  if (variant === 'weights-windowed') {
    const firsts = new Set(plan.stages.flatMap((s) => s.dispatches.map((d) => d.weights?.first)));
    expect(firsts.size).toBeGreaterThan(2);
  }
  const model = await createWebGpuModel(nd.device, plan, readFileSync(fixture(set, 'model.safetensors')));
  const io = loadWeights(fixture(set, 'io.safetensors'));
  const outs = await model.allExits(io.get('input')!.data as Float32Array);
  outs.forEach((out, e) => {
    const expected = io.get(`exit${e}`)!.data as Float32Array;
    expect(compare(expected, out).rel, `exit ${e}`).toBeLessThanOrEqual(DEVICE_REL);
  });
  model.destroy();
});
