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
import type { ImageChoice } from './cuda-image.ts';
import { chooseImage } from './cuda-image.ts';
import type { CudaPlan } from './cuda-plan.ts';
import { argBytes } from './cuda-plan.ts';
import { findNvrtc } from './nvrtc.ts';
import type { DispatchTiming, Executor, OutputRange } from './scheduler.ts';
import { CompiledModel } from './scheduler.ts';
import type { Weights } from './packed.ts';
import { storedWeights } from './packed.ts';
import { toHalf } from './weights.ts';

/** Bytes of an arena or weights element: the plan's storage precision. */
const elementBytes = (plan: CudaPlan): number => (plan.precision === 'f16' ? 2 : 4);

export type { Weights } from './packed.ts';

export interface CudaOptions {
  /**
   * Prebuilt PTX by target architecture (80: `ptx/sm_80.ptx`, ...), or the folder holding
   * `sm_XX.ptx`: used when NVRTC cannot compile `source` for this machine.
   */
  readonly ptx?: Readonly<Record<number, string | Uint8Array>> | URL;
  /** The model's `.cu` (text or file), compiled with NVRTC for the device when libnvrtc is found. */
  readonly source?: string | URL;
  /** NVRTC: search the usual places (default), or never (false). */
  readonly nvrtc?: boolean;
  /** The driver: libcuda by default; the cuda-cpu harness library in tests. */
  readonly driver?: CudaDriver | string;
  /** Device ordinal (default 0). */
  readonly device?: number;
  /**
   * Launch each stage as one CUDA graph (captured on first use for each chunk size), instead
   * of one cuLaunchKernel per kernel. Default true.
   */
  readonly graphs?: boolean;
  /** Called with the module image chosen (NVRTC cubin or prebuilt PTX) and why. */
  readonly onImage?: (choice: ImageChoice) => void;
  /**
   * Called after every device submission with its time on the stream in milliseconds (CUDA
   * events from before the input copy to after the results copy).
   */
  readonly onTimed?: (ms: number) => void;
}

/** Creates a compiled model on a CUDA device: uploads weights (packed, or folding BatchNorm as the plan says) and loads the module. */
export async function createCudaModel(
  plan: CudaPlan,
  weights: Weights,
  options: CudaOptions,
): Promise<CompiledModel> {
  return new CompiledModel(plan, await createCudaExecutor(plan, weights, options));
}

/** The executor alone, for a `CompiledModel` over a wrapper of it (tests record what it runs). */
export async function createCudaExecutor(
  plan: CudaPlan,
  weights: Weights,
  options: CudaOptions,
): Promise<Executor> {
  const driver =
    typeof options.driver === 'object' ? options.driver : await loadCudaDriver(options.driver ?? undefined);
  const ordinal = options.device ?? 0;
  const source = options.source instanceof URL ? await readText(options.source) : options.source;
  const found = source !== undefined && options.nvrtc !== false ? await findNvrtc() : { tried: [] };
  const choice = chooseImage({
    name: plan.name,
    cc: driver.computeCapability(ordinal),
    driverVersion: driver.version,
    ptx: options.ptx instanceof URL ? await readPtx(options.ptx, plan) : (options.ptx ?? {}),
    ...(source === undefined ? {} : { source }),
    ...(found.nvrtc === undefined ? {} : { nvrtc: found.nvrtc }),
    nvrtcTried: found.tried,
  });
  options.onImage?.(choice);
  return CudaExecutor.create(driver, plan, weights, choice.image, options);
}

/**
 * What to undo, newest first. Creation pushes each resource as it gets it, so a failure
 * halfway frees what was made; `destroy` undoes everything, going on past failures (after a
 * kernel fault every call may fail) and reporting them at the end.
 */
class Resources {
  private readonly undo: { what: string; run: () => void }[] = [];

  add<T>(what: string, make: () => T, free: (made: T) => void): T {
    const made = make();
    this.undo.push({ what, run: () => free(made) });
    return made;
  }

  /** Undoes everything; the failures, in order. */
  release(): string[] {
    const failures: string[] = [];
    for (const { what, run } of this.undo.reverse()) {
      try {
        run();
      } catch (e) {
        failures.push(`${what}: ${(e as Error).message}`);
      }
    }
    this.undo.length = 0;
    return failures;
  }
}

class CudaExecutor implements Executor {
  private n = 0;
  private closed = false;
  /** Executable graphs by stage and chunk size (the grids depend on it). */
  private readonly graphs = new Map<string, Handle>();
  /** Events around a submission, when timed. */
  private readonly events: readonly [Handle, Handle] | undefined;

  private constructor(
    private readonly driver: CudaDriver,
    private readonly plan: CudaPlan,
    private readonly context: Handle,
    private readonly resources: Resources,
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
    private readonly options: CudaOptions,
  ) {
    this.events =
      options.onTimed === undefined
        ? undefined
        : ([0, 1].map(() =>
            resources.add(
              'event',
              () => driver.createEvent(),
              (e) => driver.destroyEvent(e),
            ),
          ) as [Handle, Handle]);
  }

  static create(
    driver: CudaDriver,
    plan: CudaPlan,
    weights: Weights,
    image: Uint8Array,
    options: CudaOptions,
  ): CudaExecutor {
    const packed = storedWeights(plan, weights);
    const ordinal = options.device ?? 0;
    const resources = new Resources();
    try {
      const context = resources.add(
        'primary context',
        () => driver.retainContext(ordinal),
        () => driver.releaseContext(ordinal),
      );
      driver.setCurrent(context);
      const module = resources.add(
        'module',
        () => driver.loadModule(image),
        (m) => driver.unloadModule(m),
      );
      const functions = plan.kernels.map((k) => driver.getFunction(module, k.name));
      const alloc = (what: string, bytes: number): DevicePointer =>
        resources.add(
          what,
          () => driver.alloc(bytes),
          (p) => driver.free(p),
        );
      const memory = {
        arena: alloc('activation arena', plan.arenaElements * elementBytes(plan)),
        weights: alloc('weights', Math.max(4, packed.byteLength)),
        control: alloc('control words', plan.control.words * 4),
        results: alloc('results', plan.output.words * 4),
      };
      const stream = resources.add(
        'stream',
        () => driver.createStream(),
        (s) => driver.destroyStream(s),
      );
      driver.copyToDevice(memory.weights, packed, stream);
      driver.synchronize(stream);
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
      return new CudaExecutor(driver, plan, context, resources, functions, memory, args, stream, options);
    } catch (e) {
      const failures = resources.release();
      if (failures.length > 0) (e as Error).message += `\n(cleaning up also failed: ${failures.join('; ')})`;
      throw e;
    }
  }

  start(images: Float32Array, n: number, control: Uint32Array<ArrayBuffer>): void {
    this.enter();
    if (this.events !== undefined) this.driver.recordEvent(this.events[0], this.stream);
    // f16 storage: the inputs are rounded to f16 as every activation is (a host copy, staged by
    // the driver before the call returns, as pageable copies are).
    this.driver.copyToDevice(
      this.memory.arena + BigInt(this.plan.input.base * elementBytes(this.plan)),
      this.plan.precision === 'f16' ? toHalf(images) : images,
      this.stream,
    );
    this.driver.copyToDevice(this.memory.control, control, this.stream);
    const counters = this.plan.counters;
    if (counters !== undefined)
      this.driver.copyToDevice(
        this.memory.results + BigInt(counters.at * 4),
        new Uint32Array(2 * counters.dispatches.length),
        this.stream,
      );
    this.n = n;
  }

  run(stages: readonly number[], reads: readonly OutputRange[]): Promise<Uint32Array> {
    this.enter();
    for (const s of stages) {
      if (this.options.graphs === false) this.launchStage(s);
      else this.driver.launchGraph(this.graph(s), this.stream);
    }
    return Promise.resolve(this.read(reads));
  }

  /**
   * `run` launch by launch, each timed on the host from its launch to the end of a stream
   * synchronization (on a GPU this includes the launch latency; on cuda-cpu it is the kernel).
   */
  profile(
    stages: readonly number[],
    reads: readonly OutputRange[],
  ): Promise<{ words: Uint32Array; timings: DispatchTiming[] }> {
    this.enter();
    const timings: DispatchTiming[] = [];
    let t0: number | undefined;
    for (const s of stages) {
      this.plan.stages[s].launches.forEach((launch, i) => {
        const start = performance.now();
        this.launch(s, i);
        this.driver.synchronize(this.stream);
        t0 ??= start;
        timings.push({
          stage: s,
          index: i,
          label: launch.label,
          startMs: start - t0,
          ms: performance.now() - start,
        });
      });
    }
    return Promise.resolve({ words: this.read(reads), timings });
  }

  /** Copies `reads` of the output words back on the stream, then waits for the stream. */
  private read(reads: readonly OutputRange[]): Uint32Array {
    const words = new Uint32Array(this.plan.output.words);
    for (const { first, words: count } of reads) {
      const at = this.memory.results + BigInt(first * 4);
      this.driver.copyToHost(words.subarray(first, first + count), at, this.stream);
    }
    if (this.events !== undefined) this.driver.recordEvent(this.events[1], this.stream);
    this.driver.synchronize(this.stream);
    if (this.events !== undefined) this.options.onTimed?.(this.driver.elapsed(...this.events));
    return words;
  }

  /** Every entry point: the model's context may not be the calling thread's current one. */
  private enter(): void {
    if (this.closed) throw new Error(`${this.plan.name}: the model was destroyed`);
    this.driver.setCurrent(this.context);
  }

  /** The stage's executable graph for this chunk size, captured on first use. */
  private graph(s: number): Handle {
    const key = `${s}:${this.n}`;
    const known = this.graphs.get(key);
    if (known !== undefined) return known;
    this.driver.beginCapture(this.stream);
    try {
      this.launchStage(s);
    } catch (e) {
      // The launch's error is the one to report; ending the capture fails too (invalidated).
      try {
        this.driver.destroyGraph(this.driver.endCapture(this.stream));
      } catch {
        // expected: the capture was invalidated by the failed launch
      }
      throw e;
    }
    const graph = this.resources.add(
      `graph of stage ${s}`,
      () => this.driver.endCapture(this.stream),
      (g) => this.driver.destroyGraph(g),
    );
    this.graphs.set(key, graph);
    return graph;
  }

  private launchStage(s: number): void {
    this.plan.stages[s].launches.forEach((_, i) => this.launch(s, i));
  }

  private launch(s: number, i: number): void {
    const launch = this.plan.stages[s].launches[i];
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
  }

  /** Frees everything it can, even after a kernel fault, then reports what failed. */
  destroy(): void {
    if (this.closed) return;
    this.closed = true;
    const failures: string[] = [];
    try {
      this.driver.setCurrent(this.context);
    } catch (e) {
      failures.push(`cuCtxSetCurrent: ${(e as Error).message}`);
    }
    failures.push(...this.resources.release());
    this.graphs.clear();
    if (failures.length > 0)
      throw new Error(
        `${this.plan.name}: destroy freed what it could; these failed:\n  ${failures.join('\n  ')}`,
      );
  }
}

async function readText(file: URL): Promise<string | undefined> {
  const { readFile } = await import('node:fs/promises');
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Reads `sm_XX.ptx` for each architecture the model was built for from a directory (Node);
 * the generated entry module passes its `ptx/` folder. Absent files are skipped (nvcc was not
 * there at build time): NVRTC may compile the model here instead.
 */
export async function readPtx(dir: URL, plan: CudaPlan): Promise<Record<number, string>> {
  const out: Record<number, string> = {};
  for (const arch of plan.archs) {
    const text = await readText(new URL(`sm_${arch}.ptx`, dir));
    if (text !== undefined) out[arch] = text;
  }
  return out;
}
