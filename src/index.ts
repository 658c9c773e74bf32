/**
 * ranetc as a library: the compiler (spec to plan and kernels), the runtime a compiled model
 * runs on, weights, and the adaptive-inference toolkit (calibration, evaluation, data sets).
 */
export { loadSpec } from './spec/parse.ts';
export { SpecError } from './spec/errors.ts';
export type { FieldPath, SpecIssue } from './spec/errors.ts';
export type { Architecture, Spec, Target } from './spec/types.ts';
export type { ParsedSpec } from './spec/parse.ts';
export { compile } from './compile.ts';
export type { CompileOptions, Compiled } from './compile.ts';
export type { Rendered, RenderOptions, TargetName } from './backends/targets.ts';
export type { KernelOptions } from './backends/wgsl/kernels.ts';
export type { TensorTile } from './backends/cuda/kernels.ts';
export { DEVICE_FEATURES } from './backends/wgsl/variants.ts';
export type {
  ConvResizeVariant,
  ConvVariant,
  DeviceFeature,
  HeadVariant,
  KernelVariant,
} from './backends/wgsl/variants.ts';
export { createNodeDevice } from './backends/wgsl/node-device.ts';
export type { AdapterSummary, F16Mode, NodeDevice, NodeDeviceOptions } from './backends/wgsl/node-device.ts';
export { loadWeights, loadCheckedWeights, readWeights, WeightsError } from './weights/load.ts';
export { floatTensors } from './weights/tensor.ts';
export type { HostTensor, StateDict } from './weights/tensor.ts';
// The runtime a compiled model runs on: the `@ranetc/runtime` package (its Node entry, which adds
// CUDA to the browser entry), re-exported whole so that a compiler user needs one import.
export * from '@ranetc/runtime/node';
export * from './adaptive/index.ts';
