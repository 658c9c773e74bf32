/**
 * Opens a built model package (`ranetc build --weights` output, with `ranetc calibrate`'s
 * `thresholds.json` inside) on a backend, for serving.
 *
 * The backend follows what the package holds: a WGSL package serves on WebGPU when a hardware
 * adapter is found, and otherwise on its wasm fallback with every core (a software adapter
 * such as lavapipe is far slower than wasm on the same CPU, so it is never chosen by
 * default); a wasm package on wasm; a CUDA package on CUDA. `backend` overrides, refused when
 * the package cannot run on it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isCpuAdapter, readPlanFile } from '@ranetc/runtime';
import { parseThresholdsFile, type ThresholdsFile } from '../adaptive/thresholds-file.ts';
import { enableRelaxedSimd } from '../backends/wasm/relaxed-simd.ts';
import type { CudaPlan } from '@ranetc/runtime/node';
import type { ModelPlan, WgslPlan } from '@ranetc/runtime';
import type { CompiledModel } from '@ranetc/runtime';
import type { WasmPlan } from '@ranetc/runtime';
import type { NodeDevice } from '../backends/wgsl/node-device.ts';

export type ServeBackend = 'wgsl' | 'wasm' | 'cuda' | 'cuda-cpu';

/** A package that cannot be served as asked: its directory, the file or option, and why. */
export class PackageError extends Error {}

/** A model opened for serving. */
export interface OpenedModel {
  readonly dir: string;
  readonly model: CompiledModel;
  readonly thresholds: ThresholdsFile;
  readonly backend: ServeBackend;
  /** Where it runs, in words. */
  readonly device: string;
  close(): void;
}

export interface OpenOptions {
  readonly backend?: ServeBackend;
  /** wasm: threads computing the kernels (default: every core, `'auto'`). */
  readonly threads?: number | 'auto';
}

const WEIGHTS = 'weights.bin';
const THRESHOLDS = 'thresholds.json';

/** Reads the package in `dir` and opens its model on the chosen backend. */
export async function openPackage(dir: string, options: OpenOptions = {}): Promise<OpenedModel> {
  const need = (file: string, how: string): string => {
    const at = path.join(dir, file);
    if (!existsSync(at)) throw new PackageError(`${dir}: no ${file} in the model package (${how})`);
    return at;
  };
  const planPath = need('plan.json', 'expected the output of `ranetc build`');
  const weights = readFileSync(need(WEIGHTS, 'build it with `ranetc build --weights`'));
  const thresholdsFile = need(THRESHOLDS, 'write it with `ranetc calibrate ... -o DIR/thresholds.json`');
  const thresholds = parseThresholdsFile(readFileSync(thresholdsFile, 'utf8'), thresholdsFile);
  let read: { readonly plan: ModelPlan; readonly fallback?: WasmPlan };
  try {
    read = readPlanFile<ModelPlan, WasmPlan>(JSON.parse(readFileSync(planPath, 'utf8')), planPath);
  } catch (e) {
    throw new PackageError(
      (e as Error).message.startsWith(planPath)
        ? (e as Error).message
        : `${planPath}: ${(e as Error).message}`,
    );
  }
  const built = read.plan;
  if (thresholds.exits !== built.exits)
    throw new PackageError(
      `${thresholdsFile}: field "exits": the thresholds are for ${thresholds.exits} exits, model ${built.name} has ${built.exits}`,
    );
  const wasmModule = path.join(dir, 'model.wasm');
  const relaxedModule = path.join(dir, 'model-relaxed.wasm');
  const wasmPlan = async (): Promise<WasmPlan | undefined> => {
    if (!existsSync(wasmModule)) return undefined;
    if (built.target === 'wasm') return built as WasmPlan;
    return read.fallback;
  };
  // Without --backend, the device opened to look at the adapter is the one served on.
  const probed =
    options.backend === undefined ? await defaultBackend(built, (await wasmPlan()) !== undefined) : undefined;
  const backend = options.backend ?? probed!.backend;
  const refuse = (why: string): never => {
    throw new PackageError(`--backend ${backend}: ${dir} (${built.name}) ${why}`);
  };
  const base = { dir, thresholds, backend };
  if (backend === 'wasm') {
    const cpu = (await wasmPlan()) ?? refuse(`is a ${built.target} build without a wasm fallback`);
    const { createWasmModel, wasmSimd } = await import('@ranetc/runtime');
    const relaxed = existsSync(relaxedModule) ? readFileSync(relaxedModule) : undefined;
    // The fused multiply-add build runs where V8 has relaxed SIMD (behind a flag in Node 20).
    if (relaxed !== undefined) enableRelaxedSimd();
    const modules = {
      module: readFileSync(wasmModule),
      ...(relaxed === undefined ? {} : { relaxedModule: relaxed }),
    };
    const model = await createWasmModel(cpu, weights, {
      ...modules,
      packedFor: built,
      threads: options.threads ?? 'auto',
    });
    const simd = wasmSimd(modules) === 'relaxed' ? 'relaxed SIMD' : 'SIMD128';
    const device = `wasm (WebAssembly ${simd} on the CPU, ${model.threads} thread${model.threads === 1 ? '' : 's'})`;
    return { ...base, model, device, close: () => model.destroy() };
  }
  if (backend === 'wgsl') {
    if (built.target !== 'wgsl') refuse(`is a ${built.target} build`);
    const { createNodeDevice } = await import('../backends/wgsl/node-device.ts');
    const { createWebGpuModel } = await import('@ranetc/runtime');
    const gpu = probed?.gpu ?? (await createNodeDevice());
    try {
      const model = await createWebGpuModel(gpu.device, built as WgslPlan, weights);
      const close = (): void => {
        model.destroy();
        gpu.destroy();
      };
      return { ...base, model, device: `WebGPU (${gpu.adapter.description})`, close };
    } catch (e) {
      gpu.destroy();
      throw e;
    }
  }
  if (built.target !== 'cuda') refuse(`is a ${built.target} build`);
  const cuda = built as CudaPlan;
  const { createCudaModel } = await import('@ranetc/runtime/node');
  const source = path.join(dir, 'kernels', 'model.cu');
  let driver: string | undefined;
  if (backend === 'cuda-cpu') {
    const { buildHarness } = await import('../backends/cuda/cpu/harness.ts');
    driver = buildHarness(readFileSync(source, 'utf8'), cuda.kernels).library;
  }
  const model = await createCudaModel(cuda, weights, {
    source: pathToFileURL(source),
    ptx: pathToFileURL(path.join(dir, 'ptx') + path.sep),
    ...(driver === undefined ? {} : { driver }),
  });
  const device = driver === undefined ? 'CUDA (libcuda)' : 'cuda-cpu (CUDA kernels on the CPU, g++)';
  return { ...base, model, device, close: () => model.destroy() };
}

/**
 * WGSL on a hardware adapter (with the device opened to find it), else its wasm fallback; the
 * other targets on themselves.
 */
async function defaultBackend(
  plan: ModelPlan,
  fallback: boolean,
): Promise<{ backend: ServeBackend; gpu?: NodeDevice }> {
  if (plan.target !== 'wgsl' || !fallback) return { backend: plan.target as ServeBackend };
  const { createNodeDevice } = await import('../backends/wgsl/node-device.ts');
  try {
    const gpu = await createNodeDevice();
    if (!isCpuAdapter(gpu.adapter)) return { backend: 'wgsl', gpu };
    gpu.destroy();
  } catch {
    // No adapter at all: the wasm fallback.
  }
  return { backend: 'wasm' };
}
