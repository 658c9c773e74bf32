// The compiled model's WebAssembly build end to end: the module assembled from the renderer's
// text (wabt), run by the wasm executor under the shared scheduler. The suite (every exit against
// the fixtures within the device tolerance (test/helpers/tolerances.ts), budgeted classification
// against a reference scheduler, anytime, the executed-work counters) is shared with WebGPU and
// cuda-cpu: see ../helpers/model-suite.ts. The executor computes only the active samples, as
// WebGPU's indirect dispatch does: nothing is launched for an input that left.

import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleWasm } from '../../src/backends/wasm/assemble.ts';
import { cifarImages } from '../../src/adaptive/datasets.ts';
import { compile } from '../../src/compile.ts';
import type { CompileOptions } from '../../src/compile.ts';
import { UNFUSED } from '../../src/passes/pipeline.ts';
import { paramsFrom, runGraph } from '../../src/reference/interpreter.ts';
import { createWasmExecutor, createWasmModel } from '@ranetc/runtime';
import { loadSpec } from '../../src/spec/parse.ts';
import { loadWeights } from '../../src/weights/load.ts';
import { compare } from '../helpers/compare.ts';
import { fixture, readMeta, repoRoot, specFromPublic } from '../helpers/fixtures.ts';
import { describeCompiledModel, MAX_BATCH } from '../helpers/model-suite.ts';
import { DEVICE_REL } from '../helpers/tolerances.ts';
import { expectFixtureExits } from '../helpers/fixture-exits.ts';

const figures: string[] = [];

afterAll(() => {
  if (figures.length > 0) console.log(`wasm (SIMD128) vs expected, per exit\n${figures.join('\n')}`);
});

describeCompiledModel(
  {
    name: 'wasm',
    launches: 'active',
    compile: (spec, { counters }) => {
      const compiled = compile(spec, { target: 'wasm', maxBatch: MAX_BATCH, counters });
      return {
        graph: compiled.graph,
        plan: compiled.plan,
        executor: async (weights) =>
          createWasmExecutor(compiled.plan, readFileSync(weights), {
            module: await assembleWasm(compiled.source, spec.name),
          }),
      };
    },
  },
  figures,
);

/** Every exit of a fixture against the public implementation's, within DEVICE_REL. */
async function checkExits(
  set: string,
  label: string,
  options: Omit<CompileOptions<'wasm'>, 'target'>,
): Promise<void> {
  const spec = specFromPublic(set, readMeta(set).spec);
  const compiled = compile(spec, { target: 'wasm', ...options });
  const model = await createWasmModel(compiled.plan, readFileSync(fixture(set, 'model.safetensors')), {
    module: await assembleWasm(compiled.source, set),
  });
  await expectFixtureExits(model, set, label, figures);
}

describe('one kernel per op on wasm (batchnorm, relu, copy, avgpool, plain linear kernels)', () => {
  it('reproduces every exit of tiny-cifar within the device tolerance', async () => {
    await checkExits('tiny-cifar', 'one kernel per op', { maxBatch: 4, passes: UNFUSED, fuseHeads: false });
  });
});

describe('the trained digits model on wasm', () => {
  it('agrees with the reference interpreter on 16 test images, every exit', async () => {
    const { spec } = loadSpec(`${repoRoot}/specs/digits.yaml`);
    const compiled = compile(spec, { target: 'wasm', maxBatch: 16 });
    const weights = fixture('digits', 'model.safetensors');
    const model = await createWasmModel(compiled.plan, readFileSync(weights), {
      module: await assembleWasm(compiled.source, spec.name),
    });
    const images = cifarImages(fixture('digits', 'test.bin'), spec.classes, spec.input).batch(0, 16);
    const shape = [spec.input.channels, spec.input.height, spec.input.width];
    const reference = runGraph(compiled.graph, paramsFrom(loadWeights(weights)), {
      n: 16,
      shape,
      data: images,
    });
    const outs = await model.allExits(images);
    outs.forEach((out, e) => {
      const { rel } = compare(reference[e].data, out);
      figures.push(`  digits (16 test images) exit${e}  rel ${rel.toExponential(2)}`);
      expect(rel, `exit ${e}`).toBeLessThanOrEqual(DEVICE_REL);
    });
    model.destroy();
  });
});

describe('per-sample independence on wasm', () => {
  it('gives each input bit-identical logits alone and in a batch, in any order', async () => {
    const spec = specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec);
    const compiled = compile(spec, { target: 'wasm', maxBatch: 8 });
    const model = await createWasmModel(
      compiled.plan,
      readFileSync(fixture('tiny-cifar', 'model.safetensors')),
      {
        module: await assembleWasm(compiled.source, spec.name),
      },
    );
    const per = 3 * 32 * 32;
    const n = 5;
    const batch = Float32Array.from({ length: n * per }, (_, i) => Math.sin(i * 0.37) * 2);
    const together = await model.allExits(batch);
    const reversed = new Float32Array(n * per);
    for (let i = 0; i < n; i++) reversed.set(batch.subarray(i * per, (i + 1) * per), (n - 1 - i) * per);
    const backwards = await model.allExits(reversed);
    for (let i = 0; i < n; i++) {
      const alone = await model.allExits(batch.subarray(i * per, (i + 1) * per));
      alone.forEach((out, e) => {
        const row = (a: Float32Array, j: number): Float32Array => a.subarray(j * 10, (j + 1) * 10);
        expect(out, `input ${i}, exit ${e}`).toEqual(row(together[e], i));
        expect(out, `input ${i}, exit ${e}, reversed batch`).toEqual(row(backwards[e], n - 1 - i));
      });
    }
    model.destroy();
  });
});

describe('wasm build errors', () => {
  it('refuses weights packed for a plan with another weights layout (packedFor)', async () => {
    const spec = specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec);
    const compiled = compile(spec, { target: 'wasm', maxBatch: 4 });
    const unfused = compile(spec, { target: 'wgsl', maxBatch: 4, passes: UNFUSED, fuseHeads: false });
    await expect(
      createWasmExecutor(compiled.plan, readFileSync(fixture('tiny-cifar', 'model.safetensors')), {
        module: await assembleWasm(compiled.source, spec.name),
        packedFor: unfused.plan,
      }),
    ).rejects.toThrow(/weights packed for the wgsl build have another layout than the wasm build's/);
  });

  it('refuses f16 storage with a message naming the field', () => {
    const spec = specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec);
    expect(() => compile(spec, { target: 'wasm', precision: 'f16' })).toThrow(
      /wasm backend stores f32 only; set target.precision: f32/,
    );
  });
});
