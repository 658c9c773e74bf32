import { SpecFieldError } from '../../spec/errors.ts';

/** What the CUDA kernels are shaped to: every NVIDIA GPU from Ampere on. */
export const LIMITS = {
  /** Shared memory a block may use without opting in (cudaFuncAttributeMaxDynamicSharedMemorySize), bytes. */
  sharedMemory: 48 * 1024,
  /** PTX targets built by default: Ampere (A100) and Hopper (H100); PTX JIT-compiles forward. */
  archs: [80, 90],
} as const;

/** CUDA's gridDim.y and gridDim.z limit: per-sample launches put the batch in gridDim.z. */
export const MAX_GRID_Z = 65535;
/** Kernels address the arena with u32 element offsets. */
const MAX_ELEMENTS = 2 ** 32 - 1;

/**
 * The largest maxBatch the CUDA kernels can address: the grid limit, and the arena (peak
 * elements per sample x maxBatch) within u32 offsets. A larger one is the spec's error.
 */
export function checkCudaLimits(perInput: number, maxBatch: number): void {
  const limit = Math.min(MAX_GRID_Z, Math.floor(MAX_ELEMENTS / perInput));
  if (maxBatch <= limit) return;
  throw new SpecFieldError({
    path: ['target', 'maxBatch'],
    expected:
      `at most ${limit} for the CUDA backend (gridDim.z is at most ${MAX_GRID_Z}, and the activation arena of ` +
      `${perInput} floats per input must stay within u32 element offsets)`,
    found: String(maxBatch),
  });
}
