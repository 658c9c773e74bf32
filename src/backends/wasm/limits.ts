/** What the wasm kernels are shaped to: wasm32 with SIMD128 and bulk memory. */
export const LIMITS = {
  /**
   * Linear memory the module may use, bytes: the kernels address it with i32 constants, and
   * 2 GiB is what every engine grants a wasm32 memory (V8 allows up to 4 GiB).
   */
  memoryBytes: 2 ** 31 - 65536,
} as const;
