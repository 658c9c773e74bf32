// f16 storage (target.precision: f16): activations and weights stored as f16, every kernel
// computing in f32. Checked against the public implementation on tiny-cifar and against the
// f32 build on the trained digits model; lavapipe offers `shader-f16`, so CI runs it.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import { createNodeDevice, type NodeDevice } from '../../src/backends/wgsl/node-device.ts';
import { createWebGpuModel } from '@ranetc/runtime';
import { loadWeights } from '../../src/weights/load.ts';
import { digitsTestBatch, fixture, readMeta, specFromPublic } from '../helpers/fixtures.ts';
import { compare } from '../helpers/compare.ts';
import { F16_FIXTURE_REL, F16_VS_F32_REL } from '../helpers/tolerances.ts';

let nd: NodeDevice;
beforeAll(async () => {
  nd = await createNodeDevice({ f16: 'require' });
});
afterAll(() => nd?.destroy());

const maxRel = (expected: Float32Array, got: Float32Array): number => compare(expected, got).rel;

describe('f16 storage', () => {
  it('reproduces every exit of tiny-cifar within the f16 tolerance', async () => {
    const spec = specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec);
    const { plan } = compile(spec, { target: 'wgsl', maxBatch: 8, precision: 'f16' });
    expect(plan.precision).toBe('f16');
    expect(plan.pipelines.every((p) => p.code.startsWith('enable f16;'))).toBe(true);
    const model = await createWebGpuModel(
      nd.device,
      plan,
      readFileSync(fixture('tiny-cifar', 'model.safetensors')),
    );
    const io = loadWeights(fixture('tiny-cifar', 'io.safetensors'));
    const outs = await model.allExits(io.get('input')!.data as Float32Array);
    const rel = outs.map((out, e) => maxRel(io.get(`exit${e}`)!.data as Float32Array, out));
    console.log(
      `f16 tiny-cifar max relative difference per exit: ${rel.map((r) => r.toExponential(1)).join(' ')}`,
    );
    rel.forEach((r, e) => expect(r, `exit ${e}`).toBeLessThanOrEqual(F16_FIXTURE_REL));
    model.destroy();
  });

  it('predicts what the f32 build predicts on 64 digits test images, at every exit', async () => {
    const { spec, weights, images } = digitsTestBatch(64);
    const run = async (precision: 'f32' | 'f16'): Promise<Float32Array[]> => {
      const model = await createWebGpuModel(
        nd.device,
        compile(spec, { target: 'wgsl', precision }).plan,
        weights,
      );
      const outs = await model.allExits(images);
      model.destroy();
      return outs;
    };
    const [full, half] = [await run('f32'), await run('f16')];
    const top = (logits: Float32Array, i: number): { best: number } => {
      const row = Array.from(logits.subarray(i * 10, i * 10 + 10));
      return { best: row.indexOf(Math.max(...row)) };
    };
    let worst = 0;
    full.forEach((logits, e) => {
      const rel = maxRel(logits, half[e]);
      worst = Math.max(worst, rel);
      expect(rel, `exit ${e}`).toBeLessThanOrEqual(F16_VS_F32_REL);
      let changed = 0;
      for (let i = 0; i < 64; i++) if (top(half[e], i).best !== top(logits, i).best) changed++;
      // An argmax can only move where the top-2 gap is within the logits' difference; none did
      // when this was written (a few could, legitimately, for other images).
      expect(changed, `exit ${e}`).toBe(0);
    });
    console.log(`f16 vs f32 on 64 digits test images: max relative difference ${worst.toExponential(1)}`);
  });

  it('refuses an f16 plan on a device without shader-f16, saying what to do', async () => {
    const plain = await createNodeDevice({ f16: 'off' });
    try {
      const spec = specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec);
      const { plan } = compile(spec, { target: 'wgsl', maxBatch: 8, precision: 'f16' });
      await expect(
        createWebGpuModel(plain.device, plan, readFileSync(fixture('tiny-cifar', 'model.safetensors'))),
      ).rejects.toThrow(/lacks the 'shader-f16' feature.*target.precision: f32/);
    } finally {
      plain.destroy();
    }
  });
});
