// Stage kernels (a whole stage in one dispatch) on the Node WebGPU device: the shared runtime
// suite (every exit against the fixtures, budgeted classification, counters, anytime) with
// stage kernels for every chunk.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { compile } from '../../src/compile.ts';
import { createNodeDevice, type NodeDevice } from '../../src/backends/wgsl/node-device.ts';
import { createWebGpuExecutor } from '@ranetc/runtime';
import { describeCompiledModel, MAX_BATCH } from '../helpers/model-suite.ts';

let nd: NodeDevice;
const figures: string[] = [];

beforeAll(async () => {
  nd = await createNodeDevice();
});

afterAll(() => {
  nd?.destroy();
  if (figures.length > 0)
    console.log(`WGSL stage kernels (${nd?.adapter.description}) vs expected\n${figures.join('\n')}`);
});

describeCompiledModel(
  {
    name: 'WebGPU stage kernels',
    launches: 'active',
    compile: (spec, { counters }) => {
      const compiled = compile(spec, {
        target: 'wgsl',
        maxBatch: MAX_BATCH,
        counters,
        kernels: { stageKernels: 'always' },
      });
      return {
        graph: compiled.graph,
        plan: compiled.plan,
        executor: (weights) => createWebGpuExecutor(nd.device, compiled.plan, readFileSync(weights)),
      };
    },
  },
  figures,
);
