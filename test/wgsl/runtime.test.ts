// The compiled model end to end on the Node WebGPU device (Dawn on lavapipe in CI); the suite
// itself (every exit against the fixtures, budgeted classification against a reference
// scheduler, anytime) is shared with the other targets: see ../helpers/model-suite.ts.

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
    console.log(`WGSL (${nd?.adapter.description}) vs expected, per exit\n${figures.join('\n')}`);
});

describeCompiledModel(
  {
    name: 'WebGPU',
    launches: 'active',
    compile: (spec, { counters }) => {
      const compiled = compile(spec, { target: 'wgsl', maxBatch: MAX_BATCH, counters });
      return {
        graph: compiled.graph,
        plan: compiled.plan,
        executor: (weights) => createWebGpuExecutor(nd.device, compiled.plan, readFileSync(weights)),
      };
    },
  },
  figures,
);
