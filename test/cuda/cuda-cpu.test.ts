// The compiled model's CUDA code end to end without a GPU: the generated .cu is built with g++
// against the cuda-cpu harness (threads as fibers, so barriers, shared memory and warp
// intrinsics behave), which exports the CUDA Driver API functions the runtime calls; the SAME
// CUDA executor (koffi) and scheduler as on a GPU drive it. The suite (every exit against the
// fixtures within the device tolerance (test/helpers/tolerances.ts), budgeted classification against a reference
// scheduler, anytime) is shared with WebGPU: see ../helpers/model-suite.ts.

import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import type { CompileOptions } from '../../src/compile.ts';
import { UNFUSED } from '../../src/passes/pipeline.ts';
import { createCudaExecutor, createCudaModel } from '@ranetc/runtime/node';
import { loadWeights } from '../../src/weights/load.ts';
import { fixture, readMeta, specFromPublic } from '../helpers/fixtures.ts';
import { describeCompiledModel, MAX_BATCH } from '../helpers/model-suite.ts';
import { expectFixtureExits } from '../helpers/fixture-exits.ts';
import { onHarness } from '../helpers/cuda-cpu.ts';

const figures: string[] = [];

afterAll(() => {
  if (figures.length > 0) console.log(`CUDA on cuda-cpu vs expected, per exit\n${figures.join('\n')}`);
});

describeCompiledModel(
  {
    name: 'CUDA (cuda-cpu harness)',
    launches: 'submitted',
    compile: (spec, { counters }) => {
      const compiled = compile(spec, { target: 'cuda', maxBatch: MAX_BATCH, counters });
      return {
        graph: compiled.graph,
        plan: compiled.plan,
        executor: (weights) =>
          createCudaExecutor(
            compiled.plan,
            readFileSync(weights),
            onHarness(compiled.source, compiled.plan.kernels),
          ),
      };
    },
  },
  figures,
);

describe('stage graphs on cuda-cpu', () => {
  it('gives bit-identical results with one cuLaunchKernel per kernel instead (graphs: false)', async () => {
    const spec = specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec);
    const compiled = compile(spec, { target: 'cuda', maxBatch: 4 });
    const harness = onHarness(compiled.source, compiled.plan.kernels);
    const weights = readFileSync(fixture('tiny-cifar', 'model.safetensors'));
    const input = loadWeights(fixture('tiny-cifar', 'io.safetensors')).get('input')!.data as Float32Array;
    const outputs: Float32Array[][] = [];
    for (const graphs of [true, false]) {
      const model = await createCudaModel(compiled.plan, weights, { ...harness, graphs });
      outputs.push(await model.allExits(input));
      // A second chunk size captures new graphs; the first ones stay valid.
      outputs.push(await model.allExits(input.subarray(0, input.length / 3)));
      outputs.push(await model.allExits(input));
      model.destroy();
    }
    expect(outputs[0]).toEqual(outputs[3]);
    expect(outputs[1]).toEqual(outputs[4]);
    expect(outputs[2]).toEqual(outputs[0]);
    expect(outputs[5]).toEqual(outputs[3]);
  });
});

/** Every exit of a fixture against the public implementation's, within DEVICE_REL. */
async function checkExits(
  set: string,
  label: string,
  options: Omit<CompileOptions<'cuda'>, 'target'>,
): Promise<void> {
  const spec = specFromPublic(set, readMeta(set).spec);
  const compiled = compile(spec, { target: 'cuda', ...options });
  const model = await createCudaModel(
    compiled.plan,
    readFileSync(fixture(set, 'model.safetensors')),
    onHarness(compiled.source, compiled.plan.kernels),
  );
  await expectFixtureExits(model, set, label, figures);
}

describe('one kernel per op on cuda-cpu (batchnorm, relu, copy, avgpool, plain linear kernels)', () => {
  it('reproduces every exit of tiny-cifar within the device tolerance', async () => {
    await checkExits('tiny-cifar', 'one kernel per op', { maxBatch: 4, passes: UNFUSED });
  });
});
