/**
 * ranetc as a library: the compiler (spec to plan and kernels), the runtime a compiled model
 * runs on, weights, and the adaptive-inference toolkit (calibration, evaluation, data sets).
 */
export { loadSpec } from './spec/parse.ts';
export { SpecError } from './spec/errors.ts';
export type { Spec, Target } from './spec/types.ts';
export { compile } from './compile.ts';
export type { CompileOptions, Compiled } from './compile.ts';
export { createNodeDevice } from './backends/wgsl/node-device.ts';
export type { NodeDevice, NodeDeviceOptions } from './backends/wgsl/node-device.ts';
export { loadWeights, loadCheckedWeights, readWeights, WeightsError } from './weights/load.ts';
export { floatTensors } from './weights/tensor.ts';
export type { HostTensor, StateDict } from './weights/tensor.ts';
export { CompiledModel } from './runtime/scheduler.ts';
export type {
  Calibration,
  CalibrationPoint,
  ClassifyOptions,
  ExitPredictions,
  Executor,
  Prediction,
} from './runtime/scheduler.ts';
export type { ModelPlan, WgslPlan } from './runtime/plan.ts';
export type { CudaPlan } from './runtime/cuda-plan.ts';
export { createWebGpuModel } from './runtime/webgpu.ts';
export { createWasmModel } from './runtime/wasm.ts';
export type { WasmOptions } from './runtime/wasm.ts';
export type { WasmPlan } from './runtime/wasm-plan.ts';
export { createCudaModel, readPtx } from './runtime/cuda.ts';
export type { CudaOptions } from './runtime/cuda.ts';
export { planHash, readPackedWeights, storedWeights, writePackedWeights } from './runtime/packed.ts';
export type { StoredWeights, Weights } from './runtime/packed.ts';
export * from './adaptive/index.ts';
