import type { MemoryPlan } from '../../kernels/memory.ts';
import { SpecFieldError } from '../../spec/errors.ts';

/** CUDA's gridDim.y and gridDim.z limit: per-sample launches put the batch in gridDim.z. */
export const MAX_GRID_Z = 65535;
/** Kernels address the arena with u32 element offsets. */
const MAX_ELEMENTS = 2 ** 32 - 1;

/**
 * The largest maxBatch the CUDA kernels can address: the grid limit, and the arena (peak
 * elements per sample x maxBatch) within u32 offsets. A larger one is the spec's error.
 */
export function checkCudaLimits(memory: MemoryPlan, maxBatch: number): void {
  const limit = Math.min(MAX_GRID_Z, Math.floor(MAX_ELEMENTS / memory.peak));
  if (maxBatch <= limit) return;
  throw new SpecFieldError({
    path: ['target', 'maxBatch'],
    expected:
      `at most ${limit} for the CUDA backend (gridDim.z is at most ${MAX_GRID_Z}, and the activation arena of ` +
      `${memory.peak} floats per input must stay within u32 element offsets)`,
    found: String(maxBatch),
  });
}
