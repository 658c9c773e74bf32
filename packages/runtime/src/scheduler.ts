/**
 * The early-exit scheduler, the same for every target: it splits a batch into device-sized
 * chunks, starts each chunk with every input active, asks the device to run stages, and turns
 * the output words into predictions. What "run a stage" means (WebGPU dispatches, CUDA
 * launches) is the `Executor`'s business.
 *
 * `classify` runs every stage of a chunk in one go: each exit kernel decides on the device and
 * compacts the inputs that continue, so the host reads results back once per chunk. `anytime`
 * runs stage by stage and reads each exit's predictions as soon as it has run.
 *
 * Copied unchanged into every generated runtime, so it imports nothing but the plan types.
 */
import type { CountedDispatch, ModelPlan } from './plan.ts';

export interface Prediction {
  /** Index of the input in the batch. */
  readonly index: number;
  readonly class: number;
  /** Exit the input left at (0-based, execution order). */
  readonly exit: number;
  /** Max softmax probability at that exit. */
  readonly confidence: number;
  readonly logits?: Float32Array;
}

export interface ExitPredictions {
  readonly exit: number;
  /** Cumulative FLOPs per input of everything run up to this exit. */
  readonly flops: number;
  readonly predictions: readonly Omit<Prediction, 'exit'>[];
}

/** Thresholds calibrated for one operating point, with the cost they were calibrated to. */
export interface CalibrationPoint {
  readonly thresholds: readonly number[];
  /** Expected MFLOPs per input on the calibration set. */
  readonly expectedMFlops: number;
}

/** A `ranetc calibrate` thresholds file (its `curve` holds every calibrated point), or the points. */
export type Calibration =
  readonly CalibrationPoint[] | (CalibrationPoint & { readonly curve?: readonly CalibrationPoint[] });

export interface ClassifyOptions {
  /** One threshold per exit: an input leaves at the first exit whose confidence reaches it. */
  readonly thresholds?: readonly number[];
  /**
   * Average compute per input, in MFLOPs: uses the thresholds of the most expensive calibrated
   * point (see `useCalibration`) whose expected cost fits the budget.
   */
  readonly budgetMFlops?: number;
  /** Also return the logits of the exit each input took. */
  readonly logits?: boolean;
  /**
   * Also return the work the kernels executed, counted on the device (`ExecutedWork`); the
   * model must be built with counters (`counters: true`).
   */
  readonly count?: boolean;
}

/** What one counted dispatch (launch) executed, summed over the chunks of a `classify` call. */
export interface DispatchWork extends CountedDispatch {
  /** Sample-workgroups (blocks) that did work. */
  readonly ran: number;
  /** Blocks that returned early (CUDA: at or past the active count; WebGPU launches none). */
  readonly skipped: number;
  /** Samples it processed: `ran / blocksPerSample`. */
  readonly samples: number;
}

/** The compute a `classify` call really executed, from the device's counters. */
export interface ExecutedWork {
  readonly inputs: number;
  /** Inputs that reached each stage: those that did not leave at an earlier exit. */
  readonly reached: readonly number[];
  readonly dispatches: readonly DispatchWork[];
  /** MFLOPs per input the kernels executed: each dispatch's FLOPs times the samples it processed, summed. */
  readonly executedMFlops: number;
  /** MFLOPs per input that the public accounting charges for the exits taken. */
  readonly accountedMFlops: number;
}

export interface CountedPredictions {
  readonly predictions: Prediction[];
  readonly work: ExecutedWork;
}

/** Device time of one dispatch (launch) of a profiled run. */
export interface DispatchTiming {
  readonly stage: number;
  /** Position in the stage's dispatches (launches). */
  readonly index: number;
  readonly label: string;
  /** WebGPU: the kernel that ran, as an index into the plan's `pipelines` (tuned regimes differ). */
  readonly pipeline?: number;
  /** Start, in ms after the run's first dispatch started, and duration, in ms. */
  readonly startMs: number;
  readonly ms: number;
}

/** A profiled `classify`: predictions, every dispatch's device time per chunk, and the wall time. */
export interface ProfiledPredictions {
  readonly predictions: Prediction[];
  /** The counters' work, in builds with counters. */
  readonly work?: ExecutedWork;
  /** Per chunk, its dispatches in execution order. */
  readonly chunks: readonly (readonly DispatchTiming[])[];
  /** Wall time of the whole call, ms. */
  readonly wallMs: number;
}

/** A range of the output buffer, in u32 words. */
export interface OutputRange {
  readonly first: number;
  readonly words: number;
}

/** What the scheduler needs from a device. */
export interface Executor {
  /** Uploads `n` inputs (`n x C x H x W` floats, n <= maxBatch) and the control words that start them. */
  start(images: Float32Array, n: number, control: Uint32Array<ArrayBuffer>): void;
  /** Runs `stages` in order; resolves to the output words, of which those in `reads` are current. */
  run(stages: readonly number[], reads: readonly OutputRange[]): Promise<Uint32Array>;
  /** `run` with every dispatch timed (slower: each is measured on its own). */
  profile?(
    stages: readonly number[],
    reads: readonly OutputRange[],
  ): Promise<{ words: Uint32Array; timings: DispatchTiming[] }>;
  /** Host threads that compute kernels (the wasm pool); absent: one, or none (a GPU computes). */
  readonly threads?: number;
  /**
   * Inputs per run that the executor computes fastest, at most `maxBatch`: `classify` runs its
   * inputs in chunks of this many (the wasm executor: as many as keep a run's buffers in the
   * CPU's caches from layer to layer). Absent: `maxBatch`.
   */
  readonly runBatch?: number;
  destroy(): void;
}

/** Threshold that no confidence reaches, and one that every confidence reaches. */
const NEVER = 1e8;
const ALWAYS = -1e8;

export class CompiledModel {
  private calibration: readonly CalibrationPoint[] = [];
  /** Settles when the device is free (see `acquire`). */
  private busy: Promise<void> = Promise.resolve();

  constructor(
    readonly plan: ModelPlan,
    private readonly executor: Executor,
  ) {}

  /** CPU threads computing the kernels: the wasm backend's pool size, 1 elsewhere. */
  get threads(): number {
    return this.executor.threads ?? 1;
  }

  /**
   * Sets the calibrated operating points that `classify({ budgetMFlops })` chooses from: a
   * thresholds file's own point (for `calibrate --budget-mflops`, refined between grid points)
   * and every point of its curve, or the given points.
   */
  useCalibration(calibration: Calibration): void {
    const points = 'length' in calibration ? calibration : [calibration, ...(calibration.curve ?? [])];
    for (const p of points) this.checkThresholds(p.thresholds);
    this.calibration = [...points].sort((a, b) => a.expectedMFlops - b.expectedMFlops);
  }

  /** The thresholds `classify` uses for an average budget per input (MFLOPs). */
  thresholdsForBudget(budgetMFlops: number): readonly number[] {
    if (this.calibration.length === 0) {
      throw new Error(
        `${this.plan.name}: budgetMFlops needs calibrated thresholds; call useCalibration() with a ranetc calibrate file first`,
      );
    }
    const fitting = this.calibration.filter((p) => p.expectedMFlops <= budgetMFlops);
    if (fitting.length === 0) {
      const cheapest = this.calibration[0].expectedMFlops;
      throw new Error(
        `${this.plan.name}: no calibrated thresholds fit ${budgetMFlops} MFLOPs per input; the cheapest need ${cheapest.toFixed(3)}`,
      );
    }
    return fitting[fitting.length - 1].thresholds;
  }

  /** Budgeted batch classification: each input stops costing compute at the exit it takes. */
  async classify(
    images: Float32Array,
    options: ClassifyOptions & { count: true },
  ): Promise<CountedPredictions>;
  async classify(images: Float32Array, options?: ClassifyOptions): Promise<Prediction[]>;
  async classify(
    images: Float32Array,
    options: ClassifyOptions = {},
  ): Promise<Prediction[] | CountedPredictions> {
    const { predictions, work } = await this.classifyChunks(images, options, undefined);
    return work === undefined ? predictions : { predictions, work };
  }

  /**
   * `classify` with every dispatch timed on the device (WebGPU timestamp queries, where the
   * device has `timestamp-query`; CUDA: per launch), for finding where the time goes. With a
   * counting build it counts too.
   */
  async profile(
    images: Float32Array,
    options: Omit<ClassifyOptions, 'count'> = {},
  ): Promise<ProfiledPredictions> {
    if (this.executor.profile === undefined)
      throw new Error(`${this.plan.name}: this executor cannot time dispatches`);
    const chunks: DispatchTiming[][] = [];
    const t0 = performance.now();
    const { predictions, work } = await this.classifyChunks(
      images,
      { ...options, count: this.plan.counters !== undefined },
      chunks,
    );
    return { predictions, ...(work === undefined ? {} : { work }), chunks, wallMs: performance.now() - t0 };
  }

  /** Runs `classify`'s chunks; with `timings`, through the executor's `profile`, one entry per chunk. */
  private async classifyChunks(
    images: Float32Array,
    options: ClassifyOptions,
    timings: DispatchTiming[][] | undefined,
  ): Promise<{ predictions: Prediction[]; work?: ExecutedWork }> {
    if (options.thresholds !== undefined && options.budgetMFlops !== undefined)
      throw new Error(`${this.plan.name}: pass thresholds or budgetMFlops, not both`);
    const thresholds =
      options.budgetMFlops !== undefined
        ? this.thresholdsForBudget(options.budgetMFlops)
        : (options.thresholds ?? this.lastExitOnly());
    this.checkThresholds(thresholds);
    const { final, logits } = this.plan.output;
    const classes = this.plan.classes;
    const everyStage = this.plan.exitFlops.map((_, s) => s);
    const counters = options.count ? this.countersLayout() : undefined;
    const counted = new Uint32Array(2 * (counters?.dispatches.length ?? 0));
    const out: Prediction[] = [];
    const runBatch = Math.min(this.executor.runBatch ?? this.plan.maxBatch, this.plan.maxBatch);
    for (const [start, chunk] of this.chunks(images, runBatch)) {
      const release = await this.acquire();
      let n: number;
      let words: Uint32Array;
      try {
        n = this.start(chunk, thresholds);
        const reads = [{ first: final, words: 3 * n }];
        if (options.logits)
          reads.push({ first: logits, words: this.plan.exits * this.plan.maxBatch * classes });
        if (counters !== undefined) reads.push({ first: counters.at, words: counted.length });
        if (timings === undefined) words = await this.executor.run(everyStage, reads);
        else {
          const timed = await this.executor.profile!(everyStage, reads);
          timings.push(timed.timings);
          words = timed.words;
        }
      } finally {
        release();
      }
      const f32 = new Float32Array(words.buffer, words.byteOffset, words.length);
      for (let i = 0; i < n; i++) {
        const exit = words[final + 3 * i + 1];
        out.push({
          index: start + i,
          class: words[final + 3 * i],
          exit,
          confidence: f32[final + 3 * i + 2],
          ...(options.logits ? { logits: this.logitsOf(f32, exit, i) } : {}),
        });
      }
      if (counters !== undefined) counted.forEach((_, w) => (counted[w] += words[counters.at + w]));
    }
    return counters === undefined
      ? { predictions: out }
      : { predictions: out, work: this.executedWork(out, counted) };
  }

  /**
   * Anytime prediction: yields each exit's predictions for the whole batch as soon as that
   * exit has run; stops computing when the consumer stops iterating. The model is this
   * iteration's until it ends: finish it, `break` out of `for await`, or call `return()`.
   */
  async *anytime(images: Float32Array, options: { logits?: boolean } = {}): AsyncGenerator<ExitPredictions> {
    const [[, chunk], ...rest] = this.chunks(images, this.plan.maxBatch);
    if (rest.length > 0) throw new Error(`anytime takes at most maxBatch = ${this.plan.maxBatch} inputs`);
    const release = await this.acquire();
    try {
      yield* this.stages(chunk, options);
    } finally {
      release();
    }
  }

  private async *stages(chunk: Float32Array, options: { logits?: boolean }): AsyncGenerator<ExitPredictions> {
    const n = this.start(chunk, this.lastExitOnly());
    const { perExit } = this.plan.output;
    const classes = this.plan.classes;
    for (let s = 0; s < this.plan.exits; s++) {
      const first = perExit + 2 * this.plan.maxBatch * s;
      const reads = [{ first, words: 2 * n }];
      if (options.logits) reads.push({ first: this.logitsAt(s, 0), words: n * classes });
      const words = await this.executor.run([s], reads);
      const f32 = new Float32Array(words.buffer, words.byteOffset, words.length);
      const predictions = Array.from({ length: n }, (_, i) => ({
        index: i,
        class: words[first + 2 * i],
        confidence: f32[first + 2 * i + 1],
        ...(options.logits ? { logits: this.logitsOf(f32, s, i) } : {}),
      }));
      yield { exit: s, flops: this.plan.exitFlops[s], predictions };
    }
  }

  /** Every exit's logits for every input (`n x classes` each), as the PyTorch model returns them. */
  async allExits(images: Float32Array): Promise<Float32Array[]> {
    const outs: Float32Array[] = [];
    for await (const step of this.anytime(images, { logits: true })) {
      const merged = new Float32Array(step.predictions.length * this.plan.classes);
      step.predictions.forEach((p, i) => merged.set(p.logits!, i * this.plan.classes));
      outs.push(merged);
    }
    return outs;
  }

  destroy(): void {
    this.executor.destroy();
  }

  /**
   * Calls share the device's buffers, so they take turns: a `classify` chunk, or a whole
   * `anytime` iteration, at a time. Resolves to the function that ends the turn.
   */
  private async acquire(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = this.busy;
    this.busy = previous.then(() => turn);
    await previous;
    return release;
  }

  private countersLayout(): NonNullable<ModelPlan['counters']> {
    if (this.plan.counters === undefined) {
      throw new Error(
        `${this.plan.name} was built without executed-work counters; build it with counters: true (ranetc build --counters) to count`,
      );
    }
    return this.plan.counters;
  }

  /** The work behind `predictions`, from the counter words (ran, returned early) summed over chunks. */
  private executedWork(predictions: readonly Prediction[], counted: Uint32Array): ExecutedWork {
    const inputs = predictions.length;
    const left = this.plan.exitFlops.map(() => 0);
    for (const p of predictions) left[p.exit]++;
    const reached = left.map((_, s) => inputs - left.slice(0, s).reduce((a, b) => a + b, 0));
    const dispatches = this.countersLayout().dispatches.map((d, i) => {
      const [ran, skipped] = [counted[2 * i], counted[2 * i + 1]];
      return { ...d, ran, skipped, samples: d.blocksPerSample === 0 ? 0 : ran / d.blocksPerSample };
    });
    const executed = dispatches.reduce((sum, d) => sum + d.flops * d.samples, 0);
    const accounted = left.reduce((sum, k, e) => sum + k * this.plan.exitFlops[e], 0);
    return {
      inputs,
      reached,
      dispatches,
      executedMFlops: executed / inputs / 1e6,
      accountedMFlops: accounted / inputs / 1e6,
    };
  }

  /** Thresholds under which every input runs to the last exit. */
  private lastExitOnly(): number[] {
    return this.plan.exitFlops.map((_, e) => (e === this.plan.exits - 1 ? ALWAYS : NEVER));
  }

  private checkThresholds(thresholds: readonly number[]): void {
    if (thresholds.length !== this.plan.exits)
      throw new Error(`${this.plan.name} has ${this.plan.exits} exits, got ${thresholds.length} thresholds`);
  }

  /** `images` in chunks of `size` inputs (at most maxBatch), each with the index of its first. */
  private chunks(images: Float32Array, size: number): [number, Float32Array][] {
    const { channels, height, width } = this.plan.input;
    const per = channels * height * width;
    if (images.length % per !== 0 || images.length === 0) {
      throw new Error(
        `${this.plan.name}: images must be n x ${per} floats (n x C x H x W), got ${images.length}`,
      );
    }
    const out: [number, Float32Array][] = [];
    const step = size * per;
    for (let at = 0; at < images.length; at += step) out.push([at / per, images.subarray(at, at + step)]);
    return out;
  }

  /** Starts a chunk: every input active, in order, with these thresholds. */
  private start(chunk: Float32Array, thresholds: readonly number[]): number {
    const { input, control } = this.plan;
    const n = chunk.length / (input.channels * input.height * input.width);
    const words = new Uint32Array(control.words);
    words[control.counts] = n;
    for (let i = 0; i < n; i++) words[control.ids[0] + i] = i;
    new Float32Array(words.buffer).set(thresholds.map(Math.fround), control.thresholds);
    this.executor.start(chunk, n, words);
    return n;
  }

  private logitsAt(exit: number, i: number): number {
    const c = this.plan.classes;
    return this.plan.output.logits + this.plan.maxBatch * c * exit + i * c;
  }

  private logitsOf(f32: Float32Array, exit: number, i: number): Float32Array {
    const at = this.logitsAt(exit, i);
    return f32.slice(at, at + this.plan.classes);
  }
}
