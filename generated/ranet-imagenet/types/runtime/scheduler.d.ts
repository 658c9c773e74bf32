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
import type { CountedDispatch, ModelPlan } from './plan.js';
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
export type Calibration = readonly CalibrationPoint[] | (CalibrationPoint & {
    readonly curve?: readonly CalibrationPoint[];
});
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
    profile?(stages: readonly number[], reads: readonly OutputRange[]): Promise<{
        words: Uint32Array;
        timings: DispatchTiming[];
    }>;
    /** Host threads that compute kernels (the wasm pool); absent: one, or none (a GPU computes). */
    readonly threads?: number;
    destroy(): void;
}
export declare class CompiledModel {
    readonly plan: ModelPlan;
    private readonly executor;
    private calibration;
    /** Settles when the device is free (see `acquire`). */
    private busy;
    constructor(plan: ModelPlan, executor: Executor);
    /** CPU threads computing the kernels: the wasm backend's pool size, 1 elsewhere. */
    get threads(): number;
    /**
     * Sets the calibrated operating points that `classify({ budgetMFlops })` chooses from: a
     * thresholds file's own point (for `calibrate --budget-mflops`, refined between grid points)
     * and every point of its curve, or the given points.
     */
    useCalibration(calibration: Calibration): void;
    /** The thresholds `classify` uses for an average budget per input (MFLOPs). */
    thresholdsForBudget(budgetMFlops: number): readonly number[];
    /** Budgeted batch classification: each input stops costing compute at the exit it takes. */
    classify(images: Float32Array, options: ClassifyOptions & {
        count: true;
    }): Promise<CountedPredictions>;
    classify(images: Float32Array, options?: ClassifyOptions): Promise<Prediction[]>;
    /**
     * `classify` with every dispatch timed on the device (WebGPU timestamp queries, where the
     * device has `timestamp-query`; CUDA: per launch), for finding where the time goes. With a
     * counting build it counts too.
     */
    profile(images: Float32Array, options?: Omit<ClassifyOptions, 'count'>): Promise<ProfiledPredictions>;
    /** Runs `classify`'s chunks; with `timings`, through the executor's `profile`, one entry per chunk. */
    private classifyChunks;
    /**
     * Anytime prediction: yields each exit's predictions for the whole batch as soon as that
     * exit has run; stops computing when the consumer stops iterating. The model is this
     * iteration's until it ends: finish it, `break` out of `for await`, or call `return()`.
     */
    anytime(images: Float32Array, options?: {
        logits?: boolean;
    }): AsyncGenerator<ExitPredictions>;
    private stages;
    /** Every exit's logits for every input (`n x classes` each), as the PyTorch model returns them. */
    allExits(images: Float32Array): Promise<Float32Array[]>;
    destroy(): void;
    /**
     * Calls share the device's buffers, so they take turns: a `classify` chunk, or a whole
     * `anytime` iteration, at a time. Resolves to the function that ends the turn.
     */
    private acquire;
    private countersLayout;
    /** The work behind `predictions`, from the counter words (ran, returned early) summed over chunks. */
    private executedWork;
    /** Thresholds under which every input runs to the last exit. */
    private lastExitOnly;
    private checkThresholds;
    private chunks;
    /** Starts a chunk: every input active, in order, with these thresholds. */
    private start;
    private logitsAt;
    private logitsOf;
}
