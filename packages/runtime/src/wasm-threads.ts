/**
 * The thread pool of the WebAssembly executor: workers (Node: `worker_threads`; a browser: Web
 * Workers, when the page is cross-origin isolated) that share the model's memory, each with its
 * own instance of the module, and compute a share of the active samples of every kernel.
 * Copied unchanged into every generated wasm model; like `wasm.ts`, it needs no DOM or Node
 * types (the few APIs it uses are typed here) and imports only the runtime.
 *
 * Bit for bit as one thread: a kernel computes each output element with the same instructions
 * whatever runs it. Each thread has its own copy of the scratch region (the module adds its
 * instance's global `scratch` to every scratch address).
 *
 * A run of at least as many samples as threads is split by samples. A thread runs a run of
 * consecutive kernels (a segment: calls between two exits or gathers that touch no memory
 * another sample's earlier call of the run touched; see `planSegments` in wasm.ts) on each
 * chunk of samples it claims from a shared counter (`chunkOf`), with no synchronization
 * between them. Per segment the caller publishes a job in words of the shared memory and
 * wakes the workers (Atomics.notify); every thread, the caller too, claims chunks until none
 * is left, and the caller waits until every sample is done. A worker the OS runs late finds
 * nothing to claim, so no job waits for a thread to wake.
 *
 * A run of fewer samples than threads runs as a program (`runProgram`, `PoolProgram`): one
 * job for all the calls between two exits or gathers, in which every thread of the job walks
 * the calls, computes its own part of each call's split units (parts of the map or blocks of
 * output channels of a convolution, channels of a resize, pool or elementwise op; never a
 * reduction), takes any part another thread has not claimed, and waits until a call's parts
 * are all computed before a call that reads them. A call costs a wait, not a job: at batch 1
 * a stage's calls are small, and publishing each as a job of its own cost more than some of
 * them compute (ranet-cifar10 at batch 1, 2 threads: 151 jobs an image before, 8 after). No
 * message is posted after the start.
 */

/** The WebAssembly and worker APIs the pool uses (typed here: no DOM or Node types in the runtime). */
interface WasmModuleLike {
  readonly [Symbol.toStringTag]: string;
}
interface SharedMemory {
  readonly buffer: ArrayBufferLike;
}
interface PoolWorker {
  postMessage(message: unknown): void;
  terminate(): unknown;
}
interface NodeWorkerThreads {
  Worker: new (
    source: string,
    options: { eval: true },
  ) => PoolWorker & {
    on(event: 'message' | 'error', listener: (value: unknown) => void): void;
    unref(): void;
  };
}
interface BrowserGlobals {
  crossOriginIsolated?: boolean;
  navigator?: { hardwareConcurrency?: number };
  Worker?: new (url: string) => PoolWorker & {
    addEventListener(
      event: 'message' | 'error',
      listener: (event: { data?: unknown; message?: string }) => void,
    ): void;
  };
  Blob?: new (parts: string[], options: { type: string }) => unknown;
  URL: { createObjectURL?(blob: unknown): string; revokeObjectURL?(url: string): void };
  process?: { versions?: { node?: string } };
}
interface AtomicsWithAsync {
  waitAsync?(
    array: Int32Array,
    index: number,
    value: number,
  ): { async: boolean; value: Promise<string> | string };
}

/** At most this many threads: the samples of a batch are split, and a pool costs a scratch copy per thread. */
export const MAX_THREADS = 64;
/** `threads: 'auto'` uses the hardware's threads up to this many. */
export const AUTO_THREADS_CAP = 8;

/**
 * Accounting FLOPs per thread below which a segment is not split: about what one thread
 * computes (at some 14 GFLOP/s) in the time a worker that spins takes to see a job and to
 * report back (a few us; more once it sleeps in Atomics.wait). Measured on the digits model
 * (Node 20, x64, 2 threads on a loaded 2-core machine): splitting every kernel at batch 2,
 * some 180 kFLOPs per thread each, still ran 1.4x faster than one thread. On ranet-cifar10 at
 * batch 1 (2 threads, relaxed module, interleaved runs of 200 images each), 30 kFLOPs split
 * 153 calls per image against 94 at 100 kFLOPs and ran 1.05x to 1.08x faster (4 of 4
 * comparisons, three runs, when each split call was a job of its own); 300 kFLOPs ran 0.87x;
 * digits at batch 1 within the noise. With programs (a job per run of calls), 0, 10 k and 30 k
 * ran within 1.5% of one another on ranet-cifar10 at batch 1, 100 k 0.95x and 1.0x of 30 k (two
 * interleaved runs of the four pools in one process).
 */
export const MIN_FLOPS_PER_THREAD = 30_000;

/**
 * Samples per claim when `count` samples are split over `used` threads: each thread claims
 * chunks from a shared counter until none is left, some 4 per thread, so that a thread the OS
 * runs late (other work on the cores) leaves its samples to the others instead of stalling
 * the segment. Any assignment is bit-identical: a sample's kernels run on one thread whole.
 */
export function chunkOf(count: number, used: number): number {
  return Math.max(1, Math.ceil(count / (4 * used)));
}

type Kernel = (count: number, ...args: number[]) => void;

/** How many threads a segment of `count` samples of `flopsPerSample` each is split over. */
export function threadsFor(pool: number, count: number, flopsPerSample: number, minFlops: number): number {
  const byWork = minFlops <= 0 ? pool : Math.floor((count * flopsPerSample) / minFlops);
  return Math.max(1, Math.min(pool, count, byWork));
}

/** Where the environment can run a pool over a shared memory: Node, or a cross-origin isolated page. */
export function poolEnvironment(): 'node' | 'browser' | undefined {
  const g = globalThis as unknown as BrowserGlobals;
  if (typeof SharedArrayBuffer !== 'function' || typeof Atomics !== 'object') return undefined;
  if (typeof g.process?.versions?.node === 'string') return 'node';
  if (g.crossOriginIsolated === true && typeof g.Worker === 'function' && typeof g.Blob === 'function')
    return 'browser';
  return undefined;
}

/** The threads of `threads: 'auto'`: the hardware's, capped at AUTO_THREADS_CAP. */
export async function hardwareThreads(): Promise<number> {
  const g = globalThis as unknown as BrowserGlobals;
  let n = g.navigator?.hardwareConcurrency;
  if (n === undefined && poolEnvironment() === 'node') {
    const osModule: string = 'node:os';
    const os = (await import(/* @vite-ignore */ osModule)) as {
      availableParallelism?(): number;
      cpus(): unknown[];
    };
    n = os.availableParallelism?.() ?? os.cpus().length;
  }
  return Math.max(1, Math.min(AUTO_THREADS_CAP, n ?? 1));
}

/**
 * The module's binary with its memory import (`env.memory`, the only import) made shared, of
 * exactly `pages` pages (a shared memory needs a maximum; it never grows). One `model.wasm`
 * serves both: one thread imports the plain memory it declares.
 */
export function sharedMemoryModule(bytes: Uint8Array, pages: number): Uint8Array {
  const readLeb = (at: number): [number, number] => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if ((byte & 0x80) === 0) return [value, at];
    }
  };
  const leb = (value: number): number[] => {
    const out: number[] = [];
    do {
      let byte = value & 0x7f;
      value = Math.floor(value / 128);
      if (value > 0) byte |= 0x80;
      out.push(byte);
    } while (value > 0);
    return out;
  };
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = readLeb(at + 1);
    if (id === 2) {
      const [imports, first] = readLeb(body);
      let p = first;
      for (let i = 0; i < imports; i++) {
        const [moduleLength, moduleAt] = readLeb(p);
        const [fieldLength, fieldAt] = readLeb(moduleAt + moduleLength);
        const kind = bytes[fieldAt + fieldLength];
        p = fieldAt + fieldLength + 1;
        if (kind !== 2) throw new Error('the wasm module imports more than its memory');
        const flags = bytes[p];
        const [, afterMin] = readLeb(p + 1);
        const limitsEnd = flags & 1 ? readLeb(afterMin)[1] : afterMin;
        const limits = [0x03, ...leb(pages), ...leb(pages)];
        const section = [...bytes.subarray(body, p), ...limits, ...bytes.subarray(limitsEnd, body + size)];
        const out = [...bytes.subarray(0, at + 1), ...leb(section.length), ...section];
        const result = new Uint8Array(out.length + bytes.length - (body + size));
        result.set(out);
        result.set(bytes.subarray(body + size), out.length);
        return result;
      }
    }
    at = body + size;
  }
  throw new Error('the wasm module imports no memory');
}

/** One call of a segment: an export and its arguments (input, its stride, output, its stride, ...). */
export interface PoolCall {
  readonly fn: string;
  readonly args: readonly number[];
}

/**
 * A run of calls as a program: each step a one-call segment whose last two arguments are the
 * range of its split units. A step split over `used` threads has `used` parts (part p: units
 * floor(p * units / used) to floor((p + 1) * units / used)); thread r computes part r, then
 * claims any part another thread has not (a worker the OS runs late, or asleep, leaves its
 * parts to the others instead of stalling the step). A step not split (`used` 1) is the
 * calling thread's, whole. `barrier`: the threads wait after the step until all its parts are
 * computed (the next step reads its output, and one of the two is split; the last step, when
 * split, so that the program ends with its work done).
 */
export interface PoolProgram {
  /** Threads of the job: the most any step uses. */
  readonly threads: number;
  readonly steps: readonly {
    readonly segment: number;
    readonly units: number;
    readonly used: number;
    readonly barrier: boolean;
  }[];
}

/** The units of part `part` of a step split over `used` threads: [first, end). */
export function partRange(units: number, used: number, part: number): [number, number] {
  return [Math.floor((part * units) / used), Math.floor(((part + 1) * units) / used)];
}

/** Steps of the longest of `programs` (0 without any). */
export function maxSteps(programs: readonly PoolProgram[]): number {
  return programs.reduce((most, p) => Math.max(most, p.steps.length), 0);
}

/** Word indices of the pool's synchronization words (an Int32Array at `sync` in the memory). */
const WORDS = {
  /**
   * Samples of the current job computed so far, the thread that completes them notifying; in
   * a program, the workers that have left it.
   */
  done: 0,
  failed: 1,
  stop: 2,
  segment: 3,
  count: 4,
  /** Bumped per job: the workers wait on it. */
  wake: 5,
  chunk: 7,
  /**
   * 0: the job splits samples (`count` of them); 1: program `segment` on `samples` samples,
   * `count` workers taking a rank each (1 ..), the caller rank 0.
   */
  mode: 8,
  samples: 9,
} as const;
/**
 * Byte offset, from `sync`, of the claim word: a 64-bit word holding the job's generation (high
 * 32 bits) and the next sample or unit to claim (low 32 bits). A claim is a compare-exchange
 * on the whole word, so it holds only in the job whose fields the claimer read: a thread that
 * the OS stops between reading the word and claiming would need 2^32 jobs to pass meanwhile
 * to mistake a later job for its own (with a 16-bit generation, 65,536 small jobs, well under
 * a second, could pass while a worker sat preempted on a loaded machine: it then claimed with
 * the old job's chunk, the count of computed samples never met the new job's, and the caller
 * waited forever).
 */
const CLAIM_BYTE = 64;
/** The claim word between two jobs: an index no count reaches. */
const CLOSED = 0xffffffffn;
/**
 * Byte offset, from `sync`, of a program's step words: per step k, word 2k holds a bit per
 * part of the step claimed so far, word 2k + 1 how many parts are computed.
 */
const STEP_BYTE = 128;
/** Most threads a program splits a call over: a bit each in a step's claim word. */
export const MAX_PROGRAM_THREADS = 32;

/** Bytes of the synchronization words for programs of at most `steps` steps: a multiple of 64. */
export function syncBytes(steps: number): number {
  return Math.ceil((STEP_BYTE + 8 * steps) / 64) * 64;
}

/**
 * A worker's whole program, as source text, so that no worker file has to be located beside
 * the runtime (a Node eval worker, or a blob: URL in a page) and no bundler or TypeScript
 * transform can rewrite it. `receive(handler)` delivers the one start message, `send` posts
 * back. The worker instantiates the module on the shared memory, sets its scratch global, says
 * `ready`, then waits on the wake word: per job, it claims chunks of samples, runs the
 * segment's calls on each and adds them to `done` (the one that completes the job notifies).
 */
const WORKER_MAIN = `function workerMain(receive, send) {
  receive((init) => {
    WebAssembly.instantiate(init.module, { env: { memory: init.memory } }).then((instance) => {
      const exports = instance.exports;
      exports.scratch.value = init.scratch;
      const segments = init.segments.map((calls) =>
        calls.map((c) => ({ fn: exports[c.fn], args: c.args, head: c.args.slice(0, -2), tail: c.args.slice(4) })));
      const programs = init.programs.map((p) => ({
        threads: p.threads,
        steps: p.steps.map((s) => ({ ...s, ...segments[s.segment][0] })),
      }));
      const W = init.words;
      const thread = init.thread;
      const i32 = new Int32Array(init.memory.buffer, init.sync, init.syncBytes / 4);
      const claim = new BigInt64Array(init.memory.buffer, init.sync + init.claimByte, 1);
      let seen = Atomics.load(i32, W.wake);
      send('ready');
      for (;;) {
        for (let s = 0; s < init.spin && Atomics.load(i32, W.wake) === seen; s++);
        while (Atomics.load(i32, W.wake) === seen) Atomics.wait(i32, W.wake, seen);
        seen = Atomics.load(i32, W.wake);
        if (Atomics.load(i32, W.stop) !== 0) return;
        // Claim chunks of the current job until none is left. A claim holds only if the claim
        // word did not change since the job's fields were read: the caller closes the word
        // before it writes the next job's fields, so a late worker never mixes two jobs.
        for (;;) {
          const v = Atomics.load(claim, 0);
          const first = Number(BigInt.asUintN(32, v));
          const count = i32[W.count];
          const chunk = i32[W.chunk];
          const calls = segments[i32[W.segment]];
          const samples = i32[W.samples];
          if (first >= count) break;
          if (Atomics.compareExchange(claim, 0, v, v + BigInt(chunk)) !== v) continue;
          const n = Math.min(chunk, count - first);
          if (i32[W.mode] === 1) {
            // A program: this worker is rank first + 1 (see PoolProgram). A failed call still
            // counts its part done, or the others would wait for it forever.
            const rank = first + 1;
            let failed = false;
            programs[i32[W.segment]].steps.forEach((step, k) => {
              const at = init.stepWord + 2 * k;
              for (let j = 0; j < step.used; j++) {
                const part = (rank + j) % step.used;
                if (step.used === 1 || (Atomics.or(i32, at, 1 << part) >> part) & 1) continue;
                const lo = Math.floor((part * step.units) / step.used);
                const hi = Math.floor(((part + 1) * step.units) / step.used);
                try {
                  if (!failed && hi > lo) step.fn(samples, ...step.head, lo, hi);
                } catch (error) {
                  failed = true;
                  Atomics.store(i32, W.failed, thread);
                  send(String(error));
                }
                if (Atomics.add(i32, at + 1, 1) + 1 === step.used) Atomics.notify(i32, at + 1);
              }
              if (!step.barrier) return;
              for (let s = 0; s < init.spin && Atomics.load(i32, at + 1) < step.used; s++);
              for (let d = Atomics.load(i32, at + 1); d < step.used; d = Atomics.load(i32, at + 1))
                Atomics.wait(i32, at + 1, d);
            });
            Atomics.add(i32, W.done, 1);
            Atomics.notify(i32, W.done);
            continue;
          }
          try {
            for (const { fn, args, tail } of calls)
              fn(n, args[0] + first * args[1], args[1], args[2] + first * args[3], args[3], ...tail);
          } catch (error) {
            Atomics.store(i32, W.failed, thread);
            send(String(error));
          }
          if (Atomics.add(i32, W.done, n) + n === count) Atomics.notify(i32, W.done);
        }
      }
    }, (error) => send(String(error)));
  });
}`;

// A dynamic import, since an eval worker is a CommonJS script or, when the process runs with
// --input-type=module (which workers inherit), a module; messages wait for the listener.
const NODE_WORKER = `import('node:worker_threads').then(({ parentPort }) =>
  (${WORKER_MAIN})((f) => parentPort.once('message', f), (m) => parentPort.postMessage(m)));`;
const BROWSER_WORKER = `(${WORKER_MAIN})((f) => { self.onmessage = (e) => { self.onmessage = null; f(e.data); }; }, (m) => self.postMessage(m));`;

/**
 * Spins on a word this many times (some 0.1 ms; 5.7 ns a pass measured on x64) before waiting
 * on it. A wait and a wake cost some 10 us on an idle machine, far more on a loaded one; at
 * batch 1, where every call of a stage is split by its units with a call or two of the calling
 * thread alone between them, workers that slept after each job made 2 threads 0.58x (digits)
 * and 0.82x (ranet-cifar10) as fast as one (2000 passes), against 1.11x and 1.14x spinning
 * 20000 and 1.14x and 1.17x spinning 60000 (one run each, a shared 2-core machine).
 */
const SPIN = 20000;

/**
 * A pool of `threads - 1` workers (the calling thread is thread 0) over `memory`, which holds
 * the sync words at byte `sync` and, for worker t, a copy of the scratch region that its
 * instance reaches with global `scratch` = `scratchOffsets[t]`.
 */
export class WasmThreadPool {
  private readonly i32: Int32Array;
  private readonly claim: BigInt64Array;
  /** Segments run over more than one thread so far, their samples, and those this thread computed. */
  splits = 0;
  splitSamples = 0;
  callerSamples = 0;
  /** Calls split by units over more than one thread so far, their units, and those this thread computed. */
  unitSplits = 0;
  splitUnits = 0;
  callerUnits = 0;
  /** Programs run over more than one thread so far (a job each). */
  programs = 0;
  /** Per segment, its first call's export, arguments and arguments but the range (a program's steps are one-call segments). */
  private readonly calls: readonly { fn: Kernel; args: readonly number[]; head: readonly number[] }[];
  /** The current job's generation (32 bits, in the claim word). */
  private generation = 0n;
  /** Whether this thread may block in Atomics.wait (not a browser's main thread). */
  private readonly canBlock: boolean;

  private constructor(
    readonly threads: number,
    private readonly workers: readonly PoolWorker[],
    memory: SharedMemory,
    sync: number,
    words: number,
    private readonly segments: readonly (readonly PoolCall[])[],
    private readonly plans: readonly PoolProgram[],
    private readonly exports: Record<string, unknown>,
  ) {
    this.i32 = new Int32Array(memory.buffer, sync, words);
    this.calls = segments.map(([{ fn, args }]) => ({
      fn: exports[fn] as Kernel,
      args,
      head: args.slice(0, -2),
    }));
    this.claim = new BigInt64Array(memory.buffer, sync + CLAIM_BYTE, 1);
    let canBlock = true;
    try {
      Atomics.wait(this.i32, WORDS.stop, 1, 0);
    } catch {
      canBlock = false;
    }
    this.canBlock = canBlock;
  }

  static async create(options: {
    readonly threads: number;
    readonly module: WasmModuleLike;
    readonly memory: SharedMemory;
    readonly sync: number;
    readonly scratchOffsets: readonly number[];
    readonly segments: readonly (readonly PoolCall[])[];
    /** Programs of the segments' calls (`runProgram`), by index. */
    readonly programs?: readonly PoolProgram[];
    readonly exports: Record<string, unknown>;
    readonly name: string;
  }): Promise<WasmThreadPool> {
    const { threads, module, memory, sync, scratchOffsets, segments, name } = options;
    const programs = options.programs ?? [];
    const bytes = syncBytes(maxSteps(programs));
    const environment = poolEnvironment();
    const workers: PoolWorker[] = [];
    const ready: Promise<void>[] = [];
    const unref: (() => void)[] = [];
    const g = globalThis as unknown as BrowserGlobals;
    let nodeThreads: NodeWorkerThreads | undefined;
    let url: string | undefined;
    if (environment === 'node') {
      const specifier: string = 'node:worker_threads';
      nodeThreads = (await import(/* @vite-ignore */ specifier)) as NodeWorkerThreads;
    } else if (environment === 'browser')
      url = g.URL.createObjectURL!(new g.Blob!([BROWSER_WORKER], { type: 'text/javascript' }));
    else throw new Error(`${name}: threads need Node or a cross-origin isolated page (SharedArrayBuffer)`);
    const failure = (t: number, what: unknown): Error =>
      new Error(`${name}: wasm worker ${t} failed: ${String(what)}`);
    for (let t = 1; t < threads; t++) {
      ready.push(
        new Promise<void>((resolve, reject) => {
          const onMessage = (m: unknown): void => (m === 'ready' ? resolve() : reject(failure(t, m)));
          if (nodeThreads !== undefined) {
            const worker = new nodeThreads.Worker(NODE_WORKER, { eval: true });
            worker.on('message', onMessage);
            worker.on('error', (e) => reject(failure(t, e)));
            workers.push(worker);
            // Once started, a model that is never destroyed does not keep the process alive.
            unref.push(() => worker.unref());
          } else {
            const worker = new g.Worker!(url!);
            worker.addEventListener('message', (e) => onMessage(e.data));
            worker.addEventListener('error', (e) => reject(failure(t, e.message)));
            workers.push(worker);
          }
        }),
      );
      workers[t - 1].postMessage({
        module,
        memory,
        thread: t,
        scratch: scratchOffsets[t],
        sync,
        claimByte: CLAIM_BYTE,
        stepWord: STEP_BYTE / 4,
        syncBytes: bytes,
        words: WORDS,
        spin: SPIN,
        segments: segments.map((calls) => calls.map((c) => ({ fn: c.fn, args: [...c.args] }))),
        programs: programs.map((p) => ({ threads: p.threads, steps: p.steps.map((step) => ({ ...step })) })),
      });
    }
    try {
      await Promise.all(ready);
      for (const u of unref) u();
    } catch (error) {
      for (const w of workers) w.terminate();
      throw error;
    } finally {
      if (url !== undefined) g.URL.revokeObjectURL?.(url);
    }
    return new WasmThreadPool(threads, workers, memory, sync, bytes / 4, segments, programs, options.exports);
  }

  /**
   * Runs segment `segment` on `count` samples over `used` threads (1 .. threads): this thread
   * computes share 0, workers 1 .. used-1 the others. Settles when every share is computed;
   * synchronous (undefined) where this thread may block or `used` is 1.
   */
  run(segment: number, count: number, used: number): Promise<void> | undefined {
    const calls = this.segments[segment];
    if (used === 1) {
      for (const { fn, args } of calls) (this.exports[fn] as Kernel)(count, ...args);
      return undefined;
    }
    this.splits++;
    this.splitSamples += count;
    return this.job(segment, count, chunkOf(count, used), used, (first, n) => {
      for (const { fn, args } of calls)
        (this.exports[fn] as Kernel)(
          n,
          args[0] + first * args[1],
          args[1],
          args[2] + first * args[3],
          args[3],
          ...args.slice(4),
        );
      this.callerSamples += n;
    });
  }

  /**
   * Runs program `program` on `samples` samples: this thread is rank 0, workers claim ranks
   * 1 .. (`PoolProgram`). Settles as `run` does.
   */
  runProgram(program: number, samples: number): Promise<void> | undefined {
    const { threads, steps } = this.plans[program];
    const { i32, claim } = this;
    const call = (step: PoolProgram['steps'][number], first: number, end: number): void => {
      const { fn, args, head } = this.calls[step.segment];
      // Unsplit, a call keeps its own range: a call that cannot be split has 1 unit, not its range.
      if (step.used === 1) fn(samples, ...args);
      else fn(samples, ...head, first, end);
    };
    if (threads === 1) {
      for (const step of steps) call(step, 0, step.units);
      return undefined;
    }
    this.programs++;
    i32.fill(0, STEP_BYTE / 4, STEP_BYTE / 4 + 2 * steps.length);
    this.publish(program, 1, threads - 1, samples, 1, threads);
    let failure: unknown;
    steps.forEach((step, k) => {
      const at = STEP_BYTE / 4 + 2 * k;
      if (step.used > 1) {
        this.unitSplits++;
        this.splitUnits += step.units;
      }
      // Part 0, then any part no worker has claimed. A failed call still counts its part
      // done, or the workers would wait for it forever.
      for (let part = 0; part < step.used; part++) {
        if (step.used > 1 && (Atomics.or(i32, at, 1 << part) >> part) & 1) continue;
        const [first, end] = partRange(step.units, step.used, part);
        try {
          if (failure === undefined) call(step, first, end);
        } catch (error) {
          failure = error;
        }
        if (step.used > 1) this.callerUnits += end - first;
        if (Atomics.add(i32, at + 1, 1) + 1 === step.used) Atomics.notify(i32, at + 1);
      }
      if (step.barrier) this.waitFor(at + 1, step.used);
    });
    // No worker joins from here on; those that did leave the program before the next job.
    const joined = Math.min(threads - 1, Number(BigInt.asUintN(32, Atomics.exchange(claim, 0, CLOSED))));
    const pending = this.finish(joined);
    if (failure !== undefined) throw failure;
    return pending;
  }

  /**
   * Publishes a job of `count` samples in claims of `chunk`, claims them on this thread too
   * (`compute`) until none is left, and waits for the workers' chunks.
   */
  private job(
    segment: number,
    count: number,
    chunk: number,
    used: number,
    compute: (first: number, n: number) => void,
  ): Promise<void> | undefined {
    const { i32, claim } = this;
    this.publish(segment, 0, count, 0, chunk, used);
    // This thread claims chunks too, as the workers do, until none is left; a worker the OS
    // runs late finds none and waits again, and the job does not wait for it.
    for (;;) {
      const v = Atomics.load(claim, 0);
      const first = Number(BigInt.asUintN(32, v));
      if (first >= count) break;
      if (Atomics.compareExchange(claim, 0, v, v + BigInt(chunk)) !== v) continue;
      const n = Math.min(chunk, count - first);
      compute(first, n);
      Atomics.add(i32, WORDS.done, n);
    }
    return this.finish(count);
  }

  /** Writes a job's fields, opens its claim word and wakes `used - 1` workers. */
  private publish(
    segment: number,
    mode: 0 | 1,
    count: number,
    samples: number,
    chunk: number,
    used: number,
  ): void {
    const { i32, claim } = this;
    this.generation = BigInt.asUintN(32, this.generation + 1n);
    Atomics.store(claim, 0, CLOSED);
    i32[WORDS.segment] = segment;
    i32[WORDS.count] = count;
    i32[WORDS.mode] = mode;
    i32[WORDS.samples] = samples;
    i32[WORDS.chunk] = chunk;
    Atomics.store(i32, WORDS.done, 0);
    Atomics.store(claim, 0, BigInt.asIntN(64, this.generation << 32n));
    Atomics.add(i32, WORDS.wake, 1);
    Atomics.notify(i32, WORDS.wake, used - 1);
  }

  /** Waits until the job's `count` items are done (synchronously where this thread may block). */
  private finish(count: number): Promise<void> | undefined {
    const { i32 } = this;
    for (let s = 0; s < SPIN && Atomics.load(i32, WORDS.done) !== count; s++);
    if (this.canBlock) {
      for (let d = Atomics.load(i32, WORDS.done); d !== count; d = Atomics.load(i32, WORDS.done))
        Atomics.wait(i32, WORDS.done, d);
      this.check();
      return undefined;
    }
    return this.waitAsync(count);
  }

  /** Waits until word `word` reaches `target`: spins, then sleeps where this thread may block. */
  private waitFor(word: number, target: number): void {
    const { i32 } = this;
    for (let s = 0; s < SPIN && Atomics.load(i32, word) < target; s++);
    for (let a = Atomics.load(i32, word); a < target; a = Atomics.load(i32, word))
      if (this.canBlock) Atomics.wait(i32, word, a);
  }

  /**
   * A browser's main thread, which may not block: waits with Atomics.waitAsync or, in an engine
   * without it, spins on the word (the workers are computing; a timer would wait 4 ms at least).
   */
  private async waitAsync(count: number): Promise<void> {
    const { i32 } = this;
    const atomics = Atomics as unknown as AtomicsWithAsync;
    for (let d = Atomics.load(i32, WORDS.done); d !== count; d = Atomics.load(i32, WORDS.done)) {
      if (atomics.waitAsync === undefined) continue;
      const result = atomics.waitAsync(i32, WORDS.done, d);
      if (result.async) await result.value;
    }
    this.check();
  }

  private check(): void {
    const failed = Atomics.exchange(this.i32, WORDS.failed, 0);
    if (failed !== 0) throw new Error(`wasm worker ${failed} failed in a kernel`);
  }

  /** Stops the workers (each returns from its loop) and ends them. */
  destroy(): void {
    Atomics.store(this.i32, WORDS.stop, 1);
    Atomics.add(this.i32, WORDS.wake, 1);
    Atomics.notify(this.i32, WORDS.wake);
    for (const w of this.workers) w.terminate();
  }
}
