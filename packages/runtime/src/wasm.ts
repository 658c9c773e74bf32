/**
 * The WebAssembly executor: runs a compiled RANet's wasm plan on the CPU for the shared
 * scheduler (the same `CompiledModel` as on WebGPU and CUDA). Copied unchanged into every
 * generated wasm model; it needs only a JavaScript engine with WebAssembly SIMD128 (Node 16.4+,
 * every current browser).
 *
 * The module (assembled at build time) computes every kernel for the active samples only: each
 * call gets the active count from its control word, which the exit before it wrote. Exits
 * (confidence, class, results at each input's original index, compaction of the inputs that go
 * on) and gathers run here, on the same memory; so an input that left is never computed again.
 */
import type { Weights } from './packed.ts';
import { storedWeights, weightsHash } from './packed.ts';
import type { DispatchTiming, Executor, OutputRange } from './scheduler.ts';
import { CompiledModel } from './scheduler.ts';
import type { ModelPlan } from './plan.ts';
import type { WasmPlan, WasmStep } from './wasm-plan.ts';
import type { PoolCall, PoolProgram } from './wasm-threads.ts';
import {
  hardwareThreads,
  MAX_THREADS,
  MIN_FLOPS_PER_THREAD,
  poolEnvironment,
  sharedMemoryModule,
  syncBytes,
  maxSteps,
  MAX_PROGRAM_THREADS,
  threadsFor,
  WasmThreadPool,
} from './wasm-threads.ts';

export type { Weights } from './packed.ts';

/** The part of the WebAssembly JS API the executor uses (typed here: the runtime compiles without the DOM library). */
export interface WasmCompiledModule {
  readonly [Symbol.toStringTag]: string;
}
interface WasmMemory {
  readonly buffer: ArrayBufferLike;
}
type WasmExports = Record<string, unknown>;
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  compile(bytes: Uint8Array | ArrayBuffer): Promise<WasmCompiledModule>;
  instantiate(
    module: WasmCompiledModule,
    imports: Record<string, Record<string, unknown>>,
  ): Promise<{ readonly exports: WasmExports }>;
  readonly Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
  readonly Module: abstract new (...args: never[]) => WasmCompiledModule;
}
const WebAssembly = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

export interface WasmOptions {
  /** The model's module (`model.wasm`): its bytes, the file (Node) or URL (browser), or compiled. */
  readonly module: Uint8Array | ArrayBuffer | URL | WasmCompiledModule;
  /**
   * The relaxed-SIMD build of the same module (`model-relaxed.wasm`: fused multiply-adds), taken
   * instead of `module` where the engine validates relaxed SIMD (Chrome 114+, Node 22+, Node 20
   * with `--experimental-wasm-relaxed-simd`); `executor.simd` says which runs. Its results
   * differ from `module`'s by the rounding of fused multiply-adds.
   */
  readonly relaxedModule?: Uint8Array | ArrayBuffer | URL | WasmCompiledModule;
  /**
   * Packed weights (`weights.bin`) made for another target's plan of the same schedule (a
   * WebGPU build with this wasm build as its fallback): accepted when its weights layout is this
   * plan's.
   */
  readonly packedFor?: ModelPlan;
  /**
   * Threads that compute the kernels (default 1): `'auto'` for the hardware's (at most 8), or a
   * count of 1 to 64. Above 1, a pool of workers shares the model's memory (Node:
   * `worker_threads`; a browser: Web Workers, when the page is cross-origin isolated), and the
   * results are bit for bit those of one thread. Where no pool can run (a page that is not
   * cross-origin isolated, or `module` given compiled), the model runs on one thread;
   * `executor.threads` says how many it has.
   */
  readonly threads?: number | 'auto';
  /**
   * With threads: a run of kernels is split over as many threads as get at least this many
   * accounting FLOPs each (default `MIN_FLOPS_PER_THREAD`, about what a worker's wake-up costs);
   * smaller work (small layers at batch 1) stays on the calling thread. With fewer samples than
   * threads, each call is split by its units (parts of the map, output channels), over as many
   * threads as get this much of the call's FLOPs. 0 splits every run.
   */
  readonly minFlopsPerThread?: number;
  /**
   * Inputs per run of `classify` (1 to the plan's maxBatch; default `runBatchFor` the plan and
   * threads: as many as keep a run's maps in the CPU's caches). The results are the same for
   * every value; `anytime` still takes up to maxBatch inputs in one run.
   */
  readonly runBatch?: number;
}

/** Creates a compiled model on the CPU: instantiates the module and writes the weights into its memory. */
export async function createWasmModel(
  plan: WasmPlan,
  weights: Weights,
  options: WasmOptions,
): Promise<CompiledModel> {
  return new CompiledModel(plan, await createWasmExecutor(plan, weights, options));
}

/** The executor alone, for a `CompiledModel` over a wrapper of it (tests record what it runs). */
export async function createWasmExecutor(
  plan: WasmPlan,
  weights: Weights,
  options: WasmOptions,
): Promise<
  Executor & {
    readonly threads: number;
    readonly splitRuns: number;
    readonly workerShare: number;
    readonly unitSplitRuns: number;
    readonly workerUnitShare: number;
    readonly programRuns: number;
    readonly simd: WasmSimd;
    readonly runBatch: number;
  }
> {
  if (WebAssembly === undefined || !WebAssembly.validate(SIMD_PROBE))
    throw new Error(
      `${plan.name}: this JavaScript engine has no WebAssembly SIMD128, which the wasm build needs`,
    );
  const simd = wasmSimd(options);
  if (simd === 'relaxed') options = { ...options, module: options.relaxedModule! };
  const threads = await poolThreads(plan, options);
  if (threads === 1) {
    const module = await compileModule(WebAssembly, options.module);
    const memory = new WebAssembly.Memory({ initial: Math.ceil(plan.memory.bytes / 65536) });
    const instance = await WebAssembly.instantiate(module, { env: { memory } });
    writeWeights(plan, weights, options, memory);
    return new WasmExecutor(plan, memory, instance.exports, simd, options.runBatch);
  }
  const segments = planSegments(plan);
  const minFlops = options.minFlopsPerThread ?? MIN_FLOPS_PER_THREAD;
  const programs = planPrograms(segments, threads, minFlops);
  // The memory: the plan's layout, the pool's sync words, then a scratch copy per worker.
  const sync = Math.ceil(plan.memory.bytes / 64) * 64;
  const syncSize = syncBytes(maxSteps(programs.programs));
  const scratchBytes = plan.memory.bytes - plan.memory.scratch;
  const bytes = sync + syncSize + (threads - 1) * scratchBytes;
  const pages = Math.ceil(bytes / 65536);
  if (pages > 65536)
    throw new Error(
      `${plan.name}: ${threads} threads need ${bytes} bytes of wasm memory, more than 4 GiB; use fewer`,
    );
  const source = await moduleBytes(options.module);
  const module = await WebAssembly.compile(sharedMemoryModule(source, pages));
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
  const instance = await WebAssembly.instantiate(module, { env: { memory } });
  writeWeights(plan, weights, options, memory);
  const pool = await WasmThreadPool.create({
    threads,
    module,
    memory,
    sync,
    scratchOffsets: Array.from({ length: threads }, (_, t) =>
      t === 0 ? 0 : sync + syncSize + (t - 1) * scratchBytes - plan.memory.scratch,
    ),
    segments: segments.calls,
    programs: programs.programs,
    exports: instance.exports,
    name: plan.name,
  });
  return new WasmExecutor(plan, memory, instance.exports, simd, options.runBatch, {
    pool,
    segments,
    programs: programs.of,
    minFlops,
  });
}

/** Which module runs: `relaxed` (fused multiply-adds) or `simd128`. */
export type WasmSimd = 'relaxed' | 'simd128';

/** The relaxed module where one is given and the engine validates relaxed SIMD, else the plain one. */
export function wasmSimd(options: Pick<WasmOptions, 'relaxedModule'>): WasmSimd {
  return options.relaxedModule !== undefined && relaxedSimd() ? 'relaxed' : 'simd128';
}

/** Whether this engine has relaxed SIMD (validates a function of one `f32x4.relaxed_madd`). */
export function relaxedSimd(): boolean {
  return WebAssembly !== undefined && WebAssembly.validate(RELAXED_PROBE);
}

/** The threads a model gets: 1 unless asked for more and a pool can run here. */
async function poolThreads(plan: WasmPlan, options: WasmOptions): Promise<number> {
  const asked = options.threads ?? 1;
  if (asked !== 'auto' && !(Number.isInteger(asked) && asked >= 1 && asked <= MAX_THREADS))
    throw new Error(
      `${plan.name}: options.threads: expected 'auto' or an integer from 1 to ${MAX_THREADS}, found ${String(asked)}`,
    );
  const minFlops = options.minFlopsPerThread;
  if (minFlops !== undefined && !(Number.isFinite(minFlops) && minFlops >= 0))
    throw new Error(
      `${plan.name}: options.minFlopsPerThread: expected a number >= 0, found ${String(minFlops)}`,
    );
  const runBatch = options.runBatch;
  if (runBatch !== undefined && !(Number.isInteger(runBatch) && runBatch >= 1 && runBatch <= plan.maxBatch))
    throw new Error(
      `${plan.name}: options.runBatch: expected an integer from 1 to maxBatch = ${plan.maxBatch}, found ${String(runBatch)}`,
    );
  if (asked === 1 || poolEnvironment() === undefined || WebAssembly === undefined) return 1;
  // A compiled module cannot be given a shared memory: the pool needs the bytes.
  if (options.module instanceof WebAssembly.Module) {
    if (asked === 'auto') return 1;
    throw new Error(
      `${plan.name}: options.threads: ${asked} threads need the module's bytes, file or URL (a compiled WebAssembly.Module imports an unshared memory)`,
    );
  }
  // The pool's claim word holds a sample index in 16 bits.
  if (plan.maxBatch > 16384) return 1;
  const threads = asked === 'auto' ? await hardwareThreads() : asked;
  // More threads than inputs per run would never be used.
  return Math.min(threads, plan.maxBatch);
}

function writeWeights(plan: WasmPlan, weights: Weights, options: WasmOptions, memory: WasmMemory): void {
  const packedFor = options.packedFor ?? plan;
  if (weightsHash(packedFor) !== weightsHash(plan))
    throw new Error(
      `${plan.name}: weights packed for the ${packedFor.target} build have another layout than the wasm build's`,
    );
  const packed = storedWeights(plan, weights);
  if (!(packed instanceof Float32Array)) throw new Error(`${plan.name}: the wasm build stores f32 weights`);
  new Float32Array(memory.buffer, plan.memory.weights, packed.length).set(packed);
}

/** The smallest module with a SIMD128 instruction (`v128.const` in a function body). */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 22, 1, 20, 0, 253, 12, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11,
]);

/** The smallest module with relaxed SIMD: `(func (param v128 v128 v128) (result v128) f32x4.relaxed_madd)`. */
const RELAXED_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 1, 96, 3, 123, 123, 123, 1, 123, 3, 2, 1, 0, 10, 13, 1, 11, 0, 32, 0, 32,
  1, 32, 2, 253, 133, 2, 11,
]);

async function compileModule(
  WebAssembly: WasmApi,
  source: WasmOptions['module'],
): Promise<WasmCompiledModule> {
  if (source instanceof WebAssembly.Module) return source;
  return WebAssembly.compile(await moduleBytes(source));
}

/** The module's bytes: given, read (a file: URL, Node) or fetched. */
async function moduleBytes(source: WasmOptions['module']): Promise<Uint8Array> {
  if (source instanceof URL) {
    if (source.protocol === 'file:') {
      // Node only. The specifier is not a literal, so that a page's bundler leaves it out and the
      // runtime type-checks without Node's types (a browser never has a file: URL here).
      const fsPromises: string = 'node:fs/promises';
      const { readFile } = (await import(/* @vite-ignore */ fsPromises)) as {
        readFile(file: URL): Promise<Uint8Array>;
      };
      return new Uint8Array(await readFile(source));
    }
    const response = await fetch(source);
    if (!response.ok) throw new Error(`${source.href}: ${response.status} ${response.statusText}`);
    return new Uint8Array(await response.arrayBuffer());
  }
  return source instanceof Uint8Array ? new Uint8Array(source) : new Uint8Array(source as ArrayBuffer);
}

type Kernel = (count: number, ...args: number[]) => void;

/**
 * The calls of a thread pool. A run is a stretch of consecutive call steps on one count word
 * (every kernel between two exits or gathers). Split by samples, a run is one or more segments,
 * run one after another: a segment ends where a call may touch memory that an earlier call of
 * it touched for another sample (`crossSample`), since its threads do not meet within it. Split
 * by units (fewer samples than threads), a run is one program of its calls (`planPrograms`).
 * `at[s]` maps the first launch of each run of stage s to it; `alone[s]` maps every call launch
 * to a run of that launch alone (for `profile`, which times launches one by one).
 */
interface Segments {
  /** Per segment, its calls and accounting FLOPs per sample. */
  readonly calls: PoolCall[][];
  readonly flops: number[];
  readonly runs: Run[];
  readonly at: Map<number, number>[];
  readonly alone: Map<number, number>[];
}

interface Run {
  readonly countAt: number;
  /** Its segments, in order. */
  readonly segments: readonly number[];
  /** Its calls as one-call segments, with their split units and FLOPs per sample. */
  readonly parts: readonly Part[];
}

interface Part {
  readonly segment: number;
  readonly units: number;
  readonly flops: number;
}

type CallStep = Extract<WasmStep, { kind: 'call' }>;

export function planSegments(plan: WasmPlan): Segments {
  const segments: Segments = { calls: [], flops: [], runs: [], at: [], alone: [] };
  const segment = (steps: readonly CallStep[]): number => {
    segments.calls.push(steps.map(({ fn, args }) => ({ fn, args })));
    segments.flops.push(steps.reduce((sum, step) => sum + step.flops, 0));
    return segments.calls.length - 1;
  };
  /** A run of `steps`, whose one-call segments are `parts`: its segments split by samples too. */
  const run = (steps: readonly CallStep[], parts: readonly Part[]): number => {
    const split: number[] = [];
    for (let i = 0; i < steps.length;) {
      let j = i + 1;
      while (
        j < steps.length &&
        !steps.slice(i, j).some((earlier) => crossSample(plan.maxBatch, earlier, steps[j]))
      )
        j++;
      split.push(j - i === 1 ? parts[i].segment : segment(steps.slice(i, j)));
      i = j;
    }
    segments.runs.push({ countAt: steps[0].countAt, segments: split, parts });
    return segments.runs.length - 1;
  };
  for (const stage of plan.stages) {
    const at = new Map<number, number>();
    const alone = new Map<number, number>();
    const { launches } = stage;
    for (let i = 0; i < launches.length;) {
      const first = launches[i].step;
      if (first.kind !== 'call') {
        i++;
        continue;
      }
      const steps: CallStep[] = [];
      for (let j = i; j < launches.length; j++) {
        const step = launches[j].step;
        if (step.kind !== 'call' || step.countAt !== first.countAt) break;
        steps.push(step);
      }
      // Each call's one-call segment serves its run alone and, as a part, the whole run.
      const parts = steps.map((step) => ({ segment: segment([step]), units: step.units, flops: step.flops }));
      parts.forEach((part, k) => alone.set(i + k, run([steps[k]], [part])));
      at.set(i, steps.length === 1 ? alone.get(i)! : run(steps, parts));
      i += steps.length;
    }
    segments.at.push(at);
    segments.alone.push(alone);
  }
  return segments;
}

/**
 * The programs of a pool of `threads` threads (`WasmThreadPool.runProgram`): for every run and
 * every count of fewer samples than threads, its calls one after another, each split by its
 * units over as many threads as its work pays for (`threadsFor`). `of[run][count]` is the
 * program of `count` samples.
 */
export function planPrograms(
  segments: Segments,
  threads: number,
  minFlops: number,
): { programs: PoolProgram[]; of: number[][] } {
  const programs: PoolProgram[] = [];
  const of = segments.runs.map(({ parts }) => {
    const byCount: number[] = [];
    for (let count = 1; count < threads; count++) {
      const used = parts.map((p) =>
        threadsFor(Math.min(threads, MAX_PROGRAM_THREADS), p.units, (count * p.flops) / p.units, minFlops),
      );
      byCount[count] = programs.length;
      programs.push({
        threads: Math.max(1, ...used),
        steps: parts.map((p, k) => ({
          segment: p.segment,
          units: p.units,
          used: used[k],
          // The next call reads all of this one's output: the threads meet between them,
          // unless the calling thread alone computes both; and after the last, split.
          barrier: used[k] > 1 || (k + 1 < parts.length && used[k + 1] > 1),
        })),
      });
    }
    return byCount;
  });
  return { programs, of };
}

/**
 * Whether `later` may touch memory that `earlier` touched for another sample (one of them
 * writing it): the arena reuses the memory of dead buffers, under other per-sample strides, so
 * a thread may run `later` on its samples only once every thread has run `earlier` on theirs.
 * Conservative: any overlap of the two calls' whole-batch ranges counts, but the same buffer
 * access (same address and stride), whose sample n is sample n's alone.
 */
function crossSample(
  maxBatch: number,
  earlier: Extract<WasmStep, { kind: 'call' }>,
  later: Extract<WasmStep, { kind: 'call' }>,
): boolean {
  const [eIn, eInS, eOut, eOutS] = earlier.args;
  const [lIn, lInS, lOut, lOutS] = later.args;
  const clash = (a: number, as: number, b: number, bs: number): boolean =>
    !(a === b && as === bs) && a < b + maxBatch * bs && b < a + maxBatch * as;
  return clash(eOut, eOutS, lIn, lInS) || clash(eOut, eOutS, lOut, lOutS) || clash(eIn, eInS, lOut, lOutS);
}

/**
 * Arena bytes of a run's inputs per thread that `classify` aims at. A run computes every layer
 * for all its inputs before the next layer, so at maxBatch a layer's input of 64 samples comes
 * from memory or the L3 cache; in runs of fewer the maps stay in the caches from layer to layer.
 * Measured on ranet-cifar10 (1.6 MiB of arena per sample) at batch 64, relaxed module, one
 * interleaved run per thread count on an AMD EPYC (1 MiB L2 per core, 32 MiB L3): runs of 8
 * inputs 1.17x the img/s of one run of 64 on one thread (runs of 1: 0.98x, 2: 1.11x, 4: 1.13x,
 * 16: 1.15x, 32: 1.08x), runs of 8 to 32 1.07x on 2 threads (4: 0.96x); digits (0.3 MiB per
 * sample) within the noise.
 */
const RUN_ARENA_BYTES = 14 << 20;

/**
 * Inputs per run for `classify`: as many per thread as hold about `RUN_ARENA_BYTES` of arena,
 * at least 1, at most the plan's maxBatch. Every input's kernels are the same whatever the run
 * (the pool splits runs by samples too), so results do not depend on it.
 */
export function runBatchFor(plan: WasmPlan, threads: number): number {
  const perSample = (plan.memory.scratch - plan.memory.arena) / plan.maxBatch;
  const perThread = Math.max(1, Math.floor(RUN_ARENA_BYTES / perSample));
  return Math.min(plan.maxBatch, perThread * threads);
}

/** A step of a threaded run: synchronous, or settling when the pool is done. */
type Op = () => Promise<void> | undefined;

/** An executor's pool, the segments it runs and their programs (`planPrograms`'s `of`). */
interface Threads {
  readonly pool: WasmThreadPool;
  readonly segments: Segments;
  readonly programs: readonly (readonly number[])[];
  readonly minFlops: number;
}

class WasmExecutor implements Executor {
  private readonly f32: Float32Array;
  private readonly u32: Uint32Array;
  /** Word index of the output words and element index of the arena in memory. */
  private readonly out: number;
  private readonly arena: number;
  /** Per stage, one closure per launch. */
  private readonly steps: (() => void)[][];
  /** With a thread pool: per stage, the ops of `run` (one per segment) and of `profile` (one per launch). */
  private readonly threaded?: { readonly run: Op[][]; readonly profile: Op[][] };
  private readonly pool?: WasmThreadPool;
  /** Threads that compute the kernels (1: this one alone). */
  readonly threads: number;
  /** Inputs per run of `classify`: `options.runBatch`, else `runBatchFor` the plan and threads. */
  readonly runBatch: number;

  /** Runs of kernels split over more than one thread so far (0 on one thread). */
  get splitRuns(): number {
    return this.pool?.splits ?? 0;
  }

  /** Of the samples of those runs, the share the workers computed (the rest: the calling thread). */
  get workerShare(): number {
    const pool = this.pool;
    return pool === undefined || pool.splitSamples === 0 ? 0 : 1 - pool.callerSamples / pool.splitSamples;
  }

  /** Calls whose units (parts of maps, output channels, channels) were split over more than one thread so far. */
  get unitSplitRuns(): number {
    return this.pool?.unitSplits ?? 0;
  }

  /** Of the units of those calls, the share the workers computed. */
  get workerUnitShare(): number {
    const pool = this.pool;
    return pool === undefined || pool.splitUnits === 0 ? 0 : 1 - pool.callerUnits / pool.splitUnits;
  }

  /** Programs (runs of calls split by units, one job each) run over more than one thread so far. */
  get programRuns(): number {
    return this.pool?.programs ?? 0;
  }

  constructor(
    readonly plan: WasmPlan,
    memory: WasmMemory,
    exports: WasmExports,
    /** Which module runs: relaxed SIMD's fused multiply-adds, or SIMD128. */
    readonly simd: WasmSimd,
    runBatch: number | undefined,
    threads?: Threads,
  ) {
    this.f32 = new Float32Array(memory.buffer);
    this.u32 = new Uint32Array(memory.buffer);
    this.out = plan.memory.output / 4;
    this.arena = plan.memory.arena / 4;
    // Control word i is u32[i]: the plan puts the control words first.
    if (plan.memory.control !== 0) throw new Error(`${plan.name}: the control words must start the memory`);
    this.steps = plan.stages.map((stage) =>
      stage.launches.map((l) => {
        const run = this.step(l.step, exports, l.label);
        if (l.counter === undefined) return run;
        const counter = this.out + l.counter;
        // Only per-sample launches (calls, gathers) have a counter: each adds the samples it ran on.
        return () => {
          this.u32[counter] += run();
        };
      }),
    );
    this.threads = threads?.pool.threads ?? 1;
    this.runBatch = runBatch ?? runBatchFor(plan, this.threads);
    if (threads !== undefined) {
      this.pool = threads.pool;
      this.threaded = {
        run: this.threadedOps(threads, threads.segments.at),
        profile: this.threadedOps(threads, threads.segments.alone),
      };
    }
  }

  /**
   * Per stage, the ops of a threaded run: each segment of calls (`starts`: launch -> segment)
   * split over as many threads as its work pays for, the exits and gathers as on one thread.
   * The counters add, per call, the samples it ran on, as on one thread.
   */
  private threadedOps(
    { pool, segments, programs, minFlops }: Threads,
    starts: Map<number, number>[],
  ): Op[][] {
    return this.plan.stages.map((stage, s) => {
      const ops: Op[] = [];
      const { launches } = stage;
      for (let i = 0; i < launches.length;) {
        const r = starts[s].get(i);
        if (r === undefined) {
          const step = this.steps[s][i];
          ops.push(() => {
            step();
            return undefined;
          });
          i++;
          continue;
        }
        const { countAt, parts } = segments.runs[r];
        const counters = launches
          .slice(i, i + parts.length)
          .flatMap((l) => (l.counter === undefined ? [] : [this.out + l.counter]));
        const program = programs[r];
        // Its segments one after another, each split by samples.
        const bySamples = (count: number, k: number): Promise<void> | undefined => {
          const split = segments.runs[r].segments;
          for (; k < split.length; k++) {
            const segment = split[k];
            const used = threadsFor(pool.threads, count, segments.flops[segment], minFlops);
            const pending = pool.run(segment, count, used);
            if (pending !== undefined) {
              const next = k + 1;
              return pending.then(() => bySamples(count, next));
            }
          }
          return undefined;
        };
        ops.push(() => {
          const count = this.u32[countAt];
          for (const c of counters) this.u32[c] += count;
          if (count === 0) return undefined;
          // Fewer samples than threads: the run's program, each call's units split.
          if (count < pool.threads) return pool.runProgram(program[count], count);
          return bySamples(count, 0);
        });
        i += parts.length;
      }
      return ops;
    });
  }

  start(images: Float32Array, n: number, control: Uint32Array<ArrayBuffer>): void {
    const { input, counters } = this.plan;
    this.f32.set(images, this.arena + input.base);
    this.u32.set(control, this.plan.memory.control / 4);
    if (counters !== undefined)
      this.u32.fill(0, this.out + counters.at, this.out + counters.at + 2 * counters.dispatches.length);
    void n;
  }

  run(stages: readonly number[], reads: readonly OutputRange[]): Promise<Uint32Array> {
    if (this.threaded !== undefined) return this.runThreaded(this.threaded.run, stages, reads);
    for (const s of stages) for (const step of this.steps[s]) step();
    return Promise.resolve(this.read(reads));
  }

  private async runThreaded(
    ops: Op[][],
    stages: readonly number[],
    reads: readonly OutputRange[],
  ): Promise<Uint32Array> {
    for (const s of stages)
      for (const op of ops[s]) {
        const pending = op();
        if (pending !== undefined) await pending;
      }
    return this.read(reads);
  }

  /** `run` with each launch timed on the host (`performance.now()` around the call). */
  async profile(
    stages: readonly number[],
    reads: readonly OutputRange[],
  ): Promise<{ words: Uint32Array; timings: DispatchTiming[] }> {
    const timings: DispatchTiming[] = [];
    const t0 = performance.now();
    // Threaded: one op per launch, each call its own segment, split over the pool and timed with its wait.
    const ops: readonly (readonly (Op | (() => void))[])[] = this.threaded?.profile ?? this.steps;
    for (const s of stages)
      for (const [index, op] of ops[s].entries()) {
        const start = performance.now();
        // A single-threaded step returns nothing or its sample count, never a promise.
        const pending: unknown = op();
        if (pending instanceof Promise) await pending;
        const end = performance.now();
        timings.push({
          stage: s,
          index,
          label: this.plan.stages[s].launches[index].label,
          startMs: start - t0,
          ms: end - start,
        });
      }
    return { words: this.read(reads), timings };
  }

  /** Ends the thread pool's workers (nothing to do on one thread). */
  destroy(): void {
    this.pool?.destroy();
  }

  /** The output words, of which those in `reads` are current. */
  private read(reads: readonly OutputRange[]): Uint32Array {
    const words = new Uint32Array(this.plan.output.words);
    for (const r of reads)
      words.set(this.u32.subarray(this.out + r.first, this.out + r.first + r.words), r.first);
    return words;
  }

  /** The step as a call; it returns the samples it computed (the exit: nothing counted). */
  private step(step: WasmStep, exports: WasmExports, label: string): () => number {
    const u32 = this.u32;
    switch (step.kind) {
      case 'call': {
        const fn = exports[step.fn] as Kernel | undefined;
        if (typeof fn !== 'function')
          throw new Error(`${this.plan.name}: ${label}: the module has no function ${step.fn}`);
        const { countAt, args } = step;
        return () => {
          const count = u32[countAt];
          if (count > 0) fn(count, ...args);
          return count;
        };
      }
      case 'gather': {
        const { countAt, sourceAt, perSample, stride } = step;
        const from = this.arena + step.from;
        const to = this.arena + step.to;
        return () => {
          const count = u32[countAt];
          for (let j = 0; j < count; j++) {
            const old = u32[sourceAt + j];
            this.f32.copyWithin(to + j * stride, from + old * stride, from + old * stride + perSample);
          }
          return count;
        };
      }
      case 'exit':
        return () => {
          this.exit(step);
          return 0;
        };
    }
  }

  /**
   * Exit `step.exit`: for each active sample, confidence = max softmax probability and class =
   * first argmax of its logits, written at the sample's original index; samples below the
   * threshold continue, compacted in order, and the next stage's count is how many.
   */
  private exit(step: Extract<WasmStep, { kind: 'exit' }>): void {
    const { u32, f32, out } = this;
    const { classes, last } = step;
    const count = u32[step.countAt];
    const threshold = f32[step.thresholdAt];
    let kept = 0;
    for (let slot = 0; slot < count; slot++) {
      const original = u32[step.idsIn + slot];
      const at = this.arena + step.base + slot * step.stride;
      let cls = 0;
      for (let c = 1; c < classes; c++) if (f32[at + c] > f32[at + cls]) cls = c;
      const best = f32[at + cls];
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += Math.exp(f32[at + c] - best);
      f32.copyWithin(out + step.logitsAt + original * classes, at, at + classes);
      const confidence = Math.fround(1 / sum);
      u32[out + step.perExitAt + original * 2] = cls;
      f32[out + step.perExitAt + original * 2 + 1] = confidence;
      if (last || confidence >= threshold) {
        u32[out + step.finalAt + original * 3] = cls;
        u32[out + step.finalAt + original * 3 + 1] = step.exit;
        f32[out + step.finalAt + original * 3 + 2] = confidence;
      } else {
        u32[step.idsOut + kept] = original;
        u32[step.sourceAt + kept] = slot;
        kept++;
      }
    }
    if (!last) u32[step.nextCountAt] = kept;
  }
}
