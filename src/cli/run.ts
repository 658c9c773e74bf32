import type { KernelOptions } from '../backends/wgsl/kernels.ts';
import { writeFileSync } from 'node:fs';
import { compile } from '../compile.ts';
import { createNodeDevice } from '../backends/wgsl/node-device.ts';
import { expandRanet } from '../frontend/ranet.ts';
import { paramsFrom, runGraph } from '../reference/interpreter.ts';
import type { CompiledModel } from '@ranetc/runtime';
import { createWebGpuModel } from '@ranetc/runtime';
import type { Spec } from '../spec/types.ts';
import { loadCheckedWeights, loadWeights } from '../weights/load.ts';
import { writeSafetensors } from '../weights/safetensors.ts';
import type { StateDict } from '../weights/tensor.ts';
import { floatTensors } from '../weights/tensor.ts';
import { UsageError } from './errors.ts';

export type Backend = 'reference' | 'wgsl' | 'cuda' | 'cuda-cpu' | 'wasm';

export interface RunResult {
  /** Per exit, `n x classes` logits. */
  readonly exits: Float32Array[];
  readonly n: number;
}

/** Reads `input` (N x C x H x W, f32) from a safetensors file and checks it against the spec. */
export function loadInput(spec: Spec, file: string): { n: number; data: Float32Array } {
  const tensors = loadWeights(file);
  const input = tensors.get('input');
  if (input === undefined) {
    throw new UsageError(
      `${file}: expected a tensor named 'input' (N x C x H x W), found ${[...tensors.keys()].join(', ') || 'none'}`,
    );
  }
  const want = [spec.input.channels, spec.input.height, spec.input.width];
  if (input.dtype !== 'f32' || input.shape.length !== 4 || want.some((d, i) => input.shape[i + 1] !== d)) {
    throw new UsageError(
      `${file}: 'input' must be float N x ${want.join(' x ')}, found ${input.dtype} [${input.shape.join(', ')}]`,
    );
  }
  return { n: input.shape[0], data: input.data };
}

export async function runNetwork(
  spec: Spec,
  weightsFile: string,
  inputFile: string,
  backend: Backend,
): Promise<RunResult> {
  const graph = expandRanet(spec);
  const weights = loadCheckedWeights(graph, weightsFile);
  const { n, data } = loadInput(spec, inputFile);
  if (backend === 'reference') {
    const outs = runGraph(graph, paramsFrom(weights), {
      n,
      shape: graph.nodes[graph.input].type.shape,
      data,
    });
    return { n, exits: outs.map((o) => o.data) };
  }
  return withCompiledModel(
    spec,
    weights,
    async (model) => {
      const per = data.length / n;
      const exits = Array.from({ length: model.plan.exits }, () => new Float32Array(n * spec.classes));
      for (let start = 0; start < n; start += model.plan.maxBatch) {
        const count = Math.min(model.plan.maxBatch, n - start);
        const outs = await model.allExits(data.subarray(start * per, (start + count) * per));
        outs.forEach((o, e) => exits[e].set(o, start * spec.classes));
      }
      return { n, exits };
    },
    backend,
  );
}

/**
 * Compiles `spec`, loads `weights` onto a device (WebGPU through Dawn by default) and runs
 * `use` on the model; `device` describes where it runs.
 */
export async function withCompiledModel<T>(
  spec: Spec,
  weights: StateDict,
  use: (model: CompiledModel, device: string) => Promise<T>,
  backend: Exclude<Backend, 'reference'> = 'wgsl',
  /** Build the kernels with executed-work counters. */
  counters = false,
): Promise<T> {
  const { model, device, close } = await openModel(spec, floatTensors(weights), backend, counters);
  try {
    return await use(model, device);
  } finally {
    model.destroy();
    close();
  }
}

/**
 * The compiled model on a device: WebGPU (Dawn), CUDA on the GPU (libcuda; PTX built now
 * with nvcc), CUDA on the CPU (the generated .cu built with g++ against the cuda-cpu
 * harness, driven by the same CUDA executor), or WebAssembly SIMD on the CPU (assembled now).
 */
export async function openModel(
  spec: Spec,
  tensors: Map<string, Float32Array>,
  backend: Exclude<Backend, 'reference'>,
  counters: boolean,
  /** WGSL kernel choices (the sweep's random convolution variants); the defaults otherwise. */
  kernels?: KernelOptions,
  /** wasm: the SIMD128 module even where the engine has relaxed SIMD. */
  simd128 = false,
): Promise<{ model: CompiledModel; device: string; close: () => void }> {
  if (backend === 'wgsl') {
    const gpu = await createNodeDevice();
    try {
      // Variants that need a device feature only where this device has it.
      const features = kernels?.features?.filter((f) => gpu.device.features.has(f));
      const { plan } = compile(spec, {
        target: 'wgsl',
        counters,
        ...(kernels === undefined ? {} : { kernels: { ...kernels, features: features ?? [] } }),
      });
      const model = await createWebGpuModel(gpu.device, plan, tensors);
      return { model, device: gpu.adapter.description, close: () => gpu.destroy() };
    } catch (e) {
      gpu.destroy();
      throw e;
    }
  }
  if (backend === 'wasm' && spec.target.precision !== 'f32')
    throw new UsageError(
      `spec ${spec.name}: target.precision: ${spec.target.precision} is not for the wasm backend, which takes f32`,
    );
  if (backend === 'wasm') {
    const { createWasmModel, wasmSimd } = await import('@ranetc/runtime');
    const { wasmModules } = await import('./wasm-modules.ts');
    const compiled = compile(spec, { target: 'wasm', counters });
    const modules = await wasmModules(compiled, spec.name, simd128);
    const model = await createWasmModel(compiled.plan, tensors, modules);
    const simd = wasmSimd(modules) === 'relaxed' ? 'relaxed SIMD' : 'SIMD128';
    return { model, device: `wasm (WebAssembly ${simd} on the CPU, 1 thread)`, close() {} };
  }
  const { createCudaModel } = await import('@ranetc/runtime/node');
  const { CudaUnavailableError } = await import('@ranetc/runtime/node');
  const { findNvcc, nvccCompile } = await import('../backends/cuda/nvcc.ts');
  const { plan, source } = compile(spec, { target: 'cuda', counters });
  // PTX from nvcc when it is here; on a GPU, NVRTC compiles `source` for it when it is found.
  const nvcc = findNvcc();
  const ptx =
    nvcc === undefined
      ? {}
      : Object.fromEntries(plan.archs.map((a) => [a, nvccCompile(nvcc, source, a, 'ptx').output]));
  let driver: string | undefined;
  if (backend === 'cuda-cpu') {
    if (nvcc === undefined)
      throw new UsageError(
        '--backend cuda-cpu checks the PTX a GPU would load, built with nvcc, which was not found',
      );
    const { buildHarness } = await import('../backends/cuda/cpu/harness.ts');
    driver = buildHarness(source, plan.kernels).library;
  }
  try {
    const model = await createCudaModel(plan, tensors, {
      ptx,
      source,
      ...(driver === undefined ? {} : { driver }),
    });
    const device = driver === undefined ? 'CUDA (libcuda)' : 'cuda-cpu (CUDA kernels on the CPU, g++)';
    return { model, device, close() {} };
  } catch (e) {
    if (e instanceof CudaUnavailableError) throw new UsageError(e.message);
    throw e;
  }
}

export function writeExits(file: string, result: RunResult, classes: number): void {
  const tensors: Record<string, { dtype: 'F32'; shape: number[]; data: Float32Array }> = {};
  result.exits.forEach(
    (data, e) => (tensors[`exit${e}`] = { dtype: 'F32', shape: [result.n, classes], data }),
  );
  writeFileSync(file, writeSafetensors(tensors));
}

export function formatPredictions(result: RunResult, classes: number): string {
  const lines = [`input  ${result.exits.map((_, e) => `exit${e}`.padStart(8)).join('')}`];
  for (let i = 0; i < result.n; i++) {
    const cells = result.exits.map((logits) => {
      const row = logits.subarray(i * classes, (i + 1) * classes);
      let best = 0;
      for (let c = 1; c < classes; c++) if (row[c] > row[best]) best = c;
      return String(best).padStart(8);
    });
    lines.push(`${String(i).padEnd(5)}  ${cells.join('')}`);
  }
  return lines.join('\n');
}
