/**
 * The execution plan a compiled model carries: everything the runtime needs, as plain data.
 * This file is copied unchanged into every generated runtime, so it imports nothing.
 */

/** Where a parameter tensor comes from: a checkpoint key, or a BatchNorm folded into a conv. */
export type TensorSource =
  | { readonly key: string }
  | {
      readonly fold: 'weight' | 'bias';
      readonly conv: { readonly weight: string; readonly bias?: string };
      readonly bn: {
        readonly weight: string;
        readonly bias: string;
        readonly mean: string;
        readonly variance: string;
        readonly eps: number;
      };
    };

export interface PackedTensor {
  readonly name: string;
  readonly source: TensorSource;
  /** Offset in the weights buffer, in f32 elements (a multiple of 4). */
  readonly offset: number;
  readonly length: number;
  /**
   * How the (possibly folded) OIHW tensor is laid out: `plain`, or `{ groupOut: g }` for
   * `[ceil(O/g)][I][kh*kw][g]` with zero padding, so a thread reads g output channels at once.
   */
  readonly layout:
    | 'plain'
    | {
        readonly groupOut: number;
        readonly outChannels: number;
        readonly inChannels: number;
        readonly taps: number;
      };
}

/**
 * A compute pipeline. `bindings` names its bind group layout: every kernel binds the arena (0),
 * weights (1) and its parameter block (2); `control` kernels also the control buffer (3);
 * `exit` kernels also the results (4) and indirect-dispatch arguments (5).
 */
export interface PipelineSource {
  readonly label: string;
  readonly code: string;
  readonly bindings: 'basic' | 'control' | 'exit';
}

export interface Dispatch {
  /** Index into `pipelines`. */
  readonly pipeline: number;
  readonly label: string;
  /** The kernel's parameter block (u32 words; f32 values as their bits). */
  readonly params: readonly number[];
  /**
   * `perSample`: `x` workgroups for each active sample (grid `x, 1, count`), dispatched
   * indirectly from `argsSlot`; `single`: one workgroup, direct.
   */
  readonly grid:
    | { readonly kind: 'perSample'; readonly x: number; readonly argsSlot: number }
    | { readonly kind: 'single' };
  /**
   * Where the weights exceed one binding: the window of the weights buffer (elements) this
   * dispatch binds; its weight offsets are relative to `first`. Absent: the whole buffer.
   */
  readonly weights?: { readonly first: number; readonly elements: number };
}

export interface StageDispatches {
  readonly exit: number;
  readonly dispatches: readonly Dispatch[];
  /** Workgroup counts `x` of this stage's per-sample dispatches, by args slot. */
  readonly argsX: readonly number[];
  /** First args slot of this stage in the indirect-args buffer. */
  readonly argsBase: number;
}

export interface ControlLayout {
  /** u32 words of the control buffer. */
  readonly words: number;
  /** counts[s]: active samples in stage s. */
  readonly counts: number;
  /** Ping-pong lists of active samples' original indices. */
  readonly ids: readonly [number, number];
  /** For each slot after compaction, the slot it came from. */
  readonly source: number;
  /** Thresholds per exit (f32 bits). */
  readonly thresholds: number;
}

export interface OutputLayout {
  /** u32 words of the output buffer. */
  readonly words: number;
  /** Per sample: class, exit, confidence (f32 bits). */
  readonly final: number;
  /** Per exit and sample: class, confidence bits (anytime view; written for samples that reached the exit). */
  readonly perExit: number;
  /** Per exit, sample and class: logits (f32 bits). */
  readonly logits: number;
}

/** A dispatch (launch) that a build with executed-work counters counts. */
export interface CountedDispatch {
  readonly label: string;
  /** The stage whose inputs it processes: the gathers after exit s work for stage s + 1. */
  readonly stage: number;
  /** Sample-workgroups (blocks) per active sample; 0 for a gather of nothing. */
  readonly blocksPerSample: number;
  /** FLOPs per sample by the public accounting (0 for gathers). */
  readonly flops: number;
}

/**
 * Executed-work counters: per counted dispatch, two words of the output buffer, the
 * sample-workgroups (blocks) that ran and those that returned early, zeroed when a chunk starts.
 */
export interface CountersLayout {
  /** Output word of the first dispatch's pair. */
  readonly at: number;
  readonly dispatches: readonly CountedDispatch[];
}

/** What every target's plan holds: shapes, costs, weights and the control/output layouts the scheduler uses. */
export interface ModelPlan {
  readonly format: 'ranetc-plan/1';
  readonly target: string;
  /** How activations and weights are stored (kernels compute in f32). */
  readonly precision: 'f32' | 'f16';
  readonly name: string;
  readonly classes: number;
  readonly exits: number;
  readonly maxBatch: number;
  readonly input: {
    readonly channels: number;
    readonly height: number;
    readonly width: number;
    readonly base: number;
    readonly sampleStride: number;
  };
  readonly normalize?: { readonly mean: readonly number[]; readonly std: readonly number[] };
  /** Cumulative FLOPs per sample at each exit (public accounting). */
  readonly exitFlops: readonly number[];
  /** Arena size in f32 elements (already multiplied by maxBatch). */
  readonly arenaElements: number;
  readonly weights: { readonly elements: number; readonly tensors: readonly PackedTensor[] };
  readonly control: ControlLayout;
  readonly output: OutputLayout;
  /** Only in builds with executed-work counters (off by default: the kernels then count nothing). */
  readonly counters?: CountersLayout;
}

/** A plan for WebGPU: WGSL pipelines and, per stage, the dispatches that run them. */
export interface WgslPlan extends ModelPlan {
  readonly target: 'wgsl';
  readonly pipelines: readonly PipelineSource[];
  readonly stages: readonly StageDispatches[];
  /** Bytes of a parameter block slot (uniform offset alignment). */
  readonly paramsStride: number;
  /**
   * Kernels tuned on particular adapters (`ranetc build --tuning`): on a device whose adapter
   * matches one, its pipelines and dispatches replace the default ones at load time.
   */
  readonly tunings?: readonly WgslTuning[];
  /**
   * The default kernels on an adapter that is not a CPU (`isCpuAdapter`) and has no tuning:
   * large batches run implicit-GEMM convolutions, the layouts the leading WebGPU engines use on
   * GPUs; with `kernels.stageKernels: auto`, small chunks run stage kernels (one dispatch per
   * stage); `stages` (the kernels measured best on CPU adapters) run elsewhere. Absent where the
   * plan has one batch regime (maxBatch 1) and no stage kernels, or was built with chosen variants.
   */
  readonly gpu?: WgslKernelSet;
  /**
   * Set on the plan as it runs on an adapter it has a tuning or GPU default kernels for
   * (`planForAdapter`): every regime, whose dispatches replace `stages` for the chunks they fit
   * (a regime of stage kernels has other dispatches and parameter blocks). `stages` is then the
   * largest batch's.
   */
  readonly regimes?: readonly BatchRegime[];
}

/** A WebGPU adapter as `GPUAdapterInfo` names it: what a tuning was measured on. */
export interface AdapterIdentity {
  readonly vendor: string;
  readonly architecture: string;
  readonly description: string;
}

/** Kernels that replace the plan's default ones, per batch regime. */
export interface WgslKernelSet {
  /** The pipelines of every regime, each once (a kernel two regimes share is compiled once). */
  readonly pipelines: readonly PipelineSource[];
  /** One per batch, by increasing batch; their dispatches index `pipelines`. */
  readonly regimes: readonly BatchRegime[];
  /**
   * The arena these kernels need, where it exceeds the plan's `arenaElements` (split-K
   * convolutions keep their partial products past its end); absent: the plan's.
   */
  readonly arenaElements?: number;
}

/**
 * The plan's kernels specialized for one adapter: the same dispatches (parameters, weights
 * windows and args slots unchanged), other pipelines and workgroup counts, per batch regime.
 */
export interface WgslTuning extends WgslKernelSet {
  readonly adapter: AdapterIdentity;
  /** Optional WebGPU features its kernels need (`shader-f16`, `subgroups`); absent: none. */
  readonly features?: readonly string[];
}

/**
 * The dispatches measured fastest at one batch size. A chunk of n inputs runs the regime whose
 * batch is nearest to n on a log scale (`regimeFor`).
 */
export interface BatchRegime {
  readonly batch: number;
  readonly stages: readonly StageDispatches[];
}
