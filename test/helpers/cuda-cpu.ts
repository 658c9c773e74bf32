// The cuda-cpu harness as the tests use it: the model's kernels built with g++, and the module
// image a GPU would get (PTX from nvcc, as `ranetc build` writes it), which the harness checks
// (ISA version, target, entry points) before it runs its compiled-in kernels.
import { buildHarness } from '../../src/backends/cuda/cpu/harness.ts';
import { findNvcc, nvccCompile } from '../../src/backends/cuda/nvcc.ts';
import type { CudaKernel } from '@ranetc/runtime/node';

export const nvcc = findNvcc();

/** Driver library and options for createCudaModel on the harness (`ptx` as built for sm_90). */
export function onHarness(
  source: string,
  kernels: readonly Pick<CudaKernel, 'name' | 'cooperative'>[],
): { driver: string; ptx: Record<number, string>; nvrtc: false } {
  if (nvcc === undefined) throw new Error('the cuda-cpu tests need nvcc for the PTX the harness loads');
  const { library } = buildHarness(source, kernels);
  return { driver: library, ptx: { 90: nvccCompile(nvcc, source, 90, 'ptx').output }, nvrtc: false };
}
