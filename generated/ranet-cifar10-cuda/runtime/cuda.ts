/**
 * The CUDA executor: runs a compiled RANet's CUDA plan through the CUDA Driver API for the
 * shared scheduler (the same `CompiledModel` as on WebGPU). Copied unchanged into every
 * generated CUDA model; it needs Node and the `koffi` package, loaded only when a model is
 * created.
 *
 * CUDA has no indirect dispatch. Every per-sample launch has gridDim.z = n, the inputs of the
 * chunk (an upper bound of the active count), and its blocks compare blockIdx.z with the
 * active count that the previous exit kernel wrote to device memory, returning at once when
 * past it; so `classify` launches every stage of a chunk back to back on one stream, and the
 * host reads results once. Argument structs are packed once per launch at load time, and each
 * stage runs as one CUDA graph per chunk size (stream capture of its launches), so a stage costs
 * one graph launch instead of one kernel launch per kernel.
 */
import type { CudaDriver, DevicePointer, Handle } from './cuda-driver.ts';
import { loadCudaDriver } from './cuda-driver.ts';
import type { CudaPlan } from './cuda-plan.ts';
import { argBytes } from './cuda-plan.ts';
import type { Executor, OutputRange } from './scheduler.ts';
import { CompiledModel } from './scheduler.ts';
import type { Weights } from './packed.ts';
import { storedWeights } from './packed.ts';

export type { Weights } from './packed.ts';

export interface CudaOptions {
  /** Module images by target architecture (80: `ptx/sm_80.ptx`, ...); the highest the device runs is used. */
  readonly ptx: Readonly<Record<number, string | Uint8Array>>;
  /** The driver: libcuda by default; the cuda-cpu harness library in tests. */
  readonly driver?: CudaDriver | string;
  /** Device ordinal (default 0). */
  readonly device?: number;
  /**
   * Launch each stage as one CUDA graph (captured on first use for each chunk size), instead
   * of one cuLaunchKernel per kernel. Default true.
   */
  readonly graphs?: boolean;
}

/** Creates a compiled model on a CUDA device: uploads weights (packed, or folding BatchNorm as the plan says) and loads the module. */
export async function createCudaModel(
  plan: CudaPlan,
  weights: Weights,
  options: CudaOptions,
): Promise<CompiledModel> {
  const driver =
    typeof options.driver === 'object' ? options.driver : await loadCudaDriver(options.driver ?? undefined);
  return new CompiledModel(plan, CudaExecutor.create(driver, plan, weights, options));
}

/** The image for a device of compute capability `cc`: the highest architecture <= cc (PTX JIT-compiles forward). */
export function pickImage(
  ptx: Readonly<Record<number, string | Uint8Array>>,
  cc: number,
  name: string,
): { arch: number; image: Uint8Array } {
  const archs = Object.keys(ptx)
    .map(Number)
    .filter((a) => a <= cc)
    .sort((a, b) => b - a);
  if (archs.length === 0) {
    throw new Error(
      `${name}: no PTX for this device (compute capability ${cc / 10}); built for sm_${Object.keys(ptx).join(', sm_')}`,
    );
  }
  const image = ptx[archs[0]];
  // cuModuleLoadData reads PTX as a NUL-terminated string.
  const bytes = typeof image === 'string' ? new TextEncoder().encode(`${image}\0`) : image;
  return { arch: archs[0], image: bytes };
}

class CudaExecutor implements Executor {
  private n = 0;
  private closed = false;
  /** Executable graphs by stage and chunk size (the grids depend on it). */
  private readonly graphs = new Map<string, Handle>();

  private constructor(
    private readonly driver: CudaDriver,
    private readonly plan: CudaPlan,
    private readonly ordinal: number,
    private readonly module: Handle,
    private readonly functions: readonly Handle[],
    private readonly memory: {
      arena: DevicePointer;
      weights: DevicePointer;
      control: DevicePointer;
      results: DevicePointer;
    },
    /** Per stage and launch: the packed argument struct. */
    private readonly args: readonly (readonly Uint8Array[])[],
    private readonly stream: Handle,
    private readonly useGraphs: boolean,
  ) {}

  static create(driver: CudaDriver, plan: CudaPlan, weights: Weights, options: CudaOptions): CudaExecutor {
    const packed = storedWeights(plan, weights);
    const ordinal = options.device ?? 0;
    driver.retainContext(ordinal);
    const { image } = pickImage(options.ptx, driver.computeCapability(ordinal), plan.name);
    const module = driver.loadModule(image);
    const functions = plan.kernels.map((k) => driver.getFunction(module, k.name));
    const memory = {
      arena: driver.alloc(plan.arenaElements * 4),
      weights: driver.alloc(Math.max(4, packed.byteLength)),
      control: driver.alloc(plan.control.words * 4),
      results: driver.alloc(plan.output.words * 4),
    };
    driver.copyToDevice(memory.weights, packed);
    const args = plan.stages.map((stage) =>
      stage.launches.map((launch) => {
        const bytes = new Uint8Array(argBytes(launch.params.length));
        const view = new DataView(bytes.buffer);
        [memory.arena, memory.weights, memory.control, memory.results].forEach((p, i) =>
          view.setBigUint64(8 * i, p, true),
        );
        launch.params.forEach((word, i) => view.setUint32(32 + 4 * i, word, true));
        return bytes;
      }),
    );
    const stream = driver.createStream();
    return new CudaExecutor(
      driver,
      plan,
      ordinal,
      module,
      functions,
      memory,
      args,
      stream,
      options.graphs ?? true,
    );
  }

  start(images: Float32Array, n: number, control: Uint32Array<ArrayBuffer>): void {
    this.driver.copyToDevice(this.memory.arena + BigInt(this.plan.input.base * 4), images);
    this.driver.copyToDevice(this.memory.control, control);
    this.n = n;
  }

  run(stages: readonly number[], reads: readonly OutputRange[]): Promise<Uint32Array> {
    for (const s of stages) {
      if (!this.useGraphs) {
        this.launchStage(s);
        continue;
      }
      const key = `${s}:${this.n}`;
      let graph = this.graphs.get(key);
      if (graph === undefined) {
        this.driver.beginCapture(this.stream);
        try {
          this.launchStage(s);
        } finally {
          graph = this.driver.endCapture(this.stream);
        }
        this.graphs.set(key, graph);
      }
      this.driver.launchGraph(graph, this.stream);
    }
    this.driver.synchronize(this.stream);
    const words = new Uint32Array(this.plan.output.words);
    for (const { first, words: count } of reads) {
      this.driver.copyToHost(words.subarray(first, first + count), this.memory.results + BigInt(first * 4));
    }
    return Promise.resolve(words);
  }

  private launchStage(s: number): void {
    this.plan.stages[s].launches.forEach((launch, i) => {
      const kernel = this.plan.kernels[launch.kernel];
      const grid: [number, number, number] =
        launch.grid.kind === 'single' ? [1, 1, 1] : [launch.grid.x, 1, this.n];
      this.driver.launch(
        this.functions[launch.kernel],
        grid,
        [kernel.threads, 1, 1],
        this.args[s][i],
        this.stream,
      );
    });
  }

  destroy(): void {
    if (this.closed) return;
    this.closed = true;
    for (const graph of this.graphs.values()) this.driver.destroyGraph(graph);
    this.driver.destroyStream(this.stream);
    for (const p of Object.values(this.memory)) this.driver.free(p);
    this.driver.unloadModule(this.module);
    this.driver.releaseContext(this.ordinal);
  }
}

/**
 * Reads `sm_XX.ptx` for each architecture the model was built for from a directory (Node);
 * the generated entry module passes its `ptx/` folder.
 */
export async function readPtx(dir: URL, plan: CudaPlan): Promise<Record<number, string>> {
  const { readFile } = await import('node:fs/promises');
  const out: Record<number, string> = {};
  for (const arch of plan.archs) {
    try {
      out[arch] = await readFile(new URL(`sm_${arch}.ptx`, dir), 'utf8');
    } catch {
      // Absent: nvcc was not there at build time, or this architecture was not built.
    }
  }
  if (Object.keys(out).length === 0) {
    throw new Error(
      `${plan.name}: no PTX in ${dir.pathname}; build the model where nvcc is installed ` +
        '(ranetc build --target cuda) or pass options.ptx',
    );
  }
  return out;
}
