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
export { CompiledModel } from './runtime/scheduler.ts';
export type {
  Calibration,
  CalibrationPoint,
  ClassifyOptions,
  CountedPredictions,
  DispatchTiming,
  DispatchWork,
  ExecutedWork,
  ExitPredictions,
  Executor,
  OutputRange,
  Prediction,
  ProfiledPredictions,
} from './runtime/scheduler.ts';
export type {
  AdapterIdentity,
  BatchRegime,
  ControlLayout,
  CountedDispatch,
  CountersLayout,
  Dispatch,
  ModelPlan,
  OutputLayout,
  PackedTensor,
  PipelineSource,
  StageDispatches,
  TensorSource,
  WgslPlan,
  WgslTuning,
} from './runtime/plan.ts';
export type { CudaKernel, CudaLaunch, CudaPlan, CudaStage } from './runtime/cuda-plan.ts';
export type { WasmLaunch, WasmMemoryLayout, WasmPlan, WasmStage, WasmStep } from './runtime/wasm-plan.ts';
export { createWebGpuModel, KernelRejectedError } from './runtime/webgpu.ts';
export type { WebGpuModelOptions } from './runtime/webgpu.ts';
export { createCudaModel, readPtx } from './runtime/cuda.ts';
export type { CudaOptions } from './runtime/cuda.ts';
export type { ImageChoice, ImageRequest } from './runtime/cuda-image.ts';
export type { Nvrtc } from './runtime/nvrtc.ts';
export { CudaError, CudaUnavailableError } from './runtime/cuda-driver.ts';
export type { CudaDriver, DevicePointer, Handle } from './runtime/cuda-driver.ts';
export type { TensorMap } from './runtime/weights.ts';
export { planHash, readPackedWeights, storedWeights, writePackedWeights } from './runtime/packed.ts';
export type { StoredWeights, Weights } from './runtime/packed.ts';
export * from './adaptive/index.ts';
