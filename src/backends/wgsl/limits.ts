/**
 * WebGPU's default limits that the WGSL kernels are shaped to: a model compiled against them
 * runs on any WebGPU device, browsers included, without requesting higher limits.
 */
export const LIMITS = {
  /** maxComputeWorkgroupStorageSize, bytes. */
  workgroupStorage: 16384,
  /** maxComputeInvocationsPerWorkgroup. */
  workgroupInvocations: 256,
  /** maxUniformBufferBindingSize, bytes: a stage kernel's parameter block. */
  uniformBinding: 65536,
  /** minUniformBufferOffsetAlignment, bytes: the stride of parameter blocks. */
  uniformOffsetAlignment: 256,
  /** maxStorageBufferBindingSize, bytes: larger weights are bound per dispatch as a window. */
  storageBinding: 134217728,
} as const;
