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
import { mulberry32 } from '../../src/weights/synthetic.ts';
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
    await checkExits('tiny-cifar', 'one kernel per op', { maxBatch: 4, passes: UNFUSED });
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

describe('wasm kernels compute only the active samples', () => {
  // The executor passes each kernel the active count; the counters add that count. So that they
  // count what was computed, every kernel of a model is called here on its own on fewer samples
  // than maxBatch, over a memory of random values: it may write its output samples below the
  // count and its scratch, and no other byte (the samples past the count keep their values).
  it('every kernel of tiny-cifar leaves every byte outside its active samples untouched', async () => {
    const maxBatch = 6;
    const spec = specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec);
    const { plan, source } = compile(spec, { target: 'wasm', maxBatch });
    const module = await assembleWasm(source, spec.name);
    // The repository's types have no WebAssembly global.
    const wasm = (
      globalThis as unknown as {
        WebAssembly: {
          Memory: new (d: { initial: number }) => { buffer: ArrayBuffer };
          instantiate(
            bytes: Uint8Array,
            imports: object,
          ): Promise<{ instance: { exports: Record<string, unknown> } }>;
        };
      }
    ).WebAssembly;
    const memory = new wasm.Memory({ initial: Math.ceil(plan.memory.bytes / 65536) });
    const { instance } = await wasm.instantiate(module, { env: { memory } });
    const { exports } = instance;
    const words = new Uint32Array(memory.buffer);
    const f32 = new Float32Array(memory.buffer);
    const random = mulberry32(1);
    let calls = 0;
    for (const stage of plan.stages)
      for (const { step, label } of stage.launches) {
        if (step.kind !== 'call') continue;
        for (const count of [1, maxBatch - 2]) {
          for (let i = 0; i < plan.memory.scratch / 4; i++) f32[i] = random() * 2 - 1;
          const before = words.slice(0, plan.memory.scratch / 4);
          const [, , out, outS] = step.args;
          (exports[step.fn] as (...a: number[]) => void)(count, ...step.args);
          const active = (at: number): boolean => at >= out && at < out + count * outS;
          let changedOutside = -1;
          let changedInside = 0;
          for (let w = 0; w < before.length; w++)
            if (before[w] !== words[w]) {
              if (active(4 * w)) changedInside++;
              else if (changedOutside < 0) changedOutside = 4 * w;
            }
          expect(changedOutside, `${label}, ${count} of ${maxBatch} samples: byte ${changedOutside}`).toBe(
            -1,
          );
          expect(changedInside, `${label}: wrote its output`).toBeGreaterThan(0);
          calls++;
        }
      }
    expect(calls).toBeGreaterThan(20);
  });
});

describe('wasm build errors', () => {
  it('refuses weights packed for a plan with another weights layout (packedFor)', async () => {
    const spec = specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec);
    const compiled = compile(spec, { target: 'wasm', maxBatch: 4 });
    const unfused = compile(spec, { target: 'wgsl', maxBatch: 4, passes: UNFUSED });
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
