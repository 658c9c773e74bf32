/** What the CUDA kernels are shaped to: every NVIDIA GPU from Ampere on. */
export const LIMITS = {
  /** Shared memory a block may use without opting in (cudaFuncAttributeMaxDynamicSharedMemorySize), bytes. */
  sharedMemory: 48 * 1024,
  /** PTX targets built by default: Ampere (A100) and Hopper (H100); PTX JIT-compiles forward. */
  archs: [80, 90],
} as const;
