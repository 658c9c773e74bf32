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
// The runtime a compiled model runs on (the `@ranetc/runtime` package, re-exported).
export {
  CompiledModel,
  createWasmModel,
  createWebGpuModel,
  weightsHash,
  readPackedWeights,
  readSafetensors,
  storedWeights,
  writePackedWeights,
} from '@ranetc/runtime';
export type {
  Calibration,
  CalibrationPoint,
  ClassifyOptions,
  ExitPredictions,
  Executor,
  ModelPlan,
  Prediction,
  StoredWeights,
  WasmOptions,
  WasmPlan,
  Weights,
  WgslPlan,
} from '@ranetc/runtime';
export { createCudaModel, readPtx } from '@ranetc/runtime/node';
export type { CudaOptions, CudaPlan } from '@ranetc/runtime/node';
export * from './adaptive/index.ts';
