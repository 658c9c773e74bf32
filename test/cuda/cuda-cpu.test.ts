// The compiled model's CUDA code end to end without a GPU: the generated .cu is built with g++
// against the cuda-cpu harness (threads as fibers, so barriers, shared memory and warp
// intrinsics behave), which exports the CUDA Driver API functions the runtime calls; the SAME
// CUDA executor (koffi) and scheduler as on a GPU drive it. The suite (every exit against the
// fixtures within 1e-3 x max(1, max|expected|), budgeted classification against a reference
// scheduler, anytime) is shared with WebGPU: see ../helpers/model-suite.ts.

import { readFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import { compileCuda } from '../../src/backends/cuda/compile.ts';
import { buildHarness } from '../../src/backends/cuda/cpu/harness.ts';
import { createCudaModel } from '../../src/runtime/cuda.ts';
import { describeCompiledModel, MAX_BATCH } from '../helpers/model-suite.ts';

const figures: string[] = [];

afterAll(() => {
  if (figures.length > 0) console.log(`CUDA on cuda-cpu vs expected, per exit\n${figures.join('\n')}`);
});

describeCompiledModel(
  {
    name: 'CUDA (cuda-cpu harness)',
    compile: (spec) => {
      const compiled = compileCuda(spec, { maxBatch: MAX_BATCH });
      return {
        graph: compiled.graph,
        create: (weights) => {
          const { library } = buildHarness(compiled.source, compiled.plan.kernels);
          // The harness has the kernels compiled in; the module image it is handed is not used.
          return createCudaModel(compiled.plan, readFileSync(weights), {
            ptx: { 90: compiled.source },
            driver: library,
          });
        },
      };
    },
  },
  figures,
);
