/**
 * The CUDA part of an execution plan: kernels (by name in the model's `.cu` / PTX) and one
 * launch per kernel of the kernel IR. Copied unchanged into every generated CUDA runtime, so
 * it imports only the target-independent plan types.
 */
import type { ModelPlan } from './plan.ts';

/** A `__global__` function of the model's `.cu`: `extern "C"`, one by-value argument struct. */
export interface CudaKernel {
  readonly name: string;
  /** Threads per block (1-D blocks). */
  readonly threads: number;
  /** Uses `__syncthreads` or warp intrinsics (the CPU harness runs its threads as fibers). */
  readonly cooperative: boolean;
  /** u32 parameters after the four device pointers of the argument struct. */
  readonly params: readonly string[];
}

export interface CudaLaunch {
  /** Index into `kernels`. */
  readonly kernel: number;
  readonly label: string;
  /** The u32 parameter words, in the argument struct's order (f32 values as their bits). */
  readonly params: readonly number[];
  /**
   * `perSample`: grid `(x, 1, n)` where n is the number of inputs submitted; blocks past the
   * device-side active count return at once. `single`: one block.
   */
  readonly grid: { readonly kind: 'perSample'; readonly x: number } | { readonly kind: 'single' };
}

export interface CudaStage {
  readonly exit: number;
  readonly launches: readonly CudaLaunch[];
}

/** A plan for CUDA: the kernels of the model's `.cu` and, per stage, the launches that run them. */
export interface CudaPlan extends ModelPlan {
  readonly target: 'cuda';
  /**
   * Convolution arithmetic: `f32` (CUDA cores), `tf32` or `f16` (tensor cores, f32
   * accumulation); `precision` is the storage (f16 only with `f16`).
   */
  readonly math: 'f32' | 'tf32' | 'f16';
  readonly kernels: readonly CudaKernel[];
  readonly stages: readonly CudaStage[];
  /** PTX targets built with the model (`ptx/sm_XX.ptx`), e.g. [80, 90]. */
  readonly archs: readonly number[];
}

/** Bytes of a kernel's argument struct: four 8-byte pointers, then u32 words, padded to 8. */
export const argBytes = (params: number): number => Math.ceil((32 + 4 * params) / 8) * 8;
