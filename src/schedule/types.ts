/**
 * The schedule: a kernel program placed in memory, for every target alike. Buffers have their
 * arena offsets, parameters their place in the weights buffer, the control and output words
 * their layout, and each kernel became a launch: a typed description of what it computes (the
 * compile-time constants a renderer specializes on), its run-time parameter words, and its
 * grid in terms of the active count. Renderers (`src/backends/<target>`) turn launches into
 * code and a plan; nothing here knows a target.
 */
import type { ModelPlan } from '@ranetc/runtime';

/** A compile-time f32 constant; each renderer prints it as its language writes f32 literals. */
export interface F32 {
  readonly f32: number;
}

/**
 * A convolution. `resize`: a bilinear resize (align_corners) fused into the epilogue: the conv
 * computes the coarse `ch x cw` map and writes its interpolation at `oh x ow`.
 */
export interface ConvDesc {
  readonly kind: 'conv';
  readonly shape: {
    readonly h: number;
    readonly w: number;
    readonly oh: number;
    readonly ow: number;
    readonly k: number;
    readonly stride: number;
    readonly pad: number;
  };
  readonly epilogue: { readonly relu: boolean; readonly bias: boolean };
  readonly cin: number;
  readonly cout: number;
  readonly resize?: {
    readonly ih: number;
    readonly iw: number;
    readonly ch: number;
    readonly cw: number;
    readonly scaleY: F32;
    readonly scaleX: F32;
    readonly coarsePixels: number;
  };
}

/** One thread per output element: `elements` per sample. */
export interface ElementwiseDesc {
  readonly kind: 'elementwise';
  readonly constants: { readonly op: 'batchnorm' | 'relu' | 'copy'; readonly hw: number };
  readonly elements: number;
}

export interface ResizeDesc {
  readonly kind: 'resize';
  readonly constants: {
    readonly h: number;
    readonly w: number;
    readonly oh: number;
    readonly ow: number;
    readonly scaleY: F32;
    readonly scaleX: F32;
  };
  readonly elements: number;
}

export interface PoolDesc {
  readonly kind: 'pool';
  readonly constants: {
    readonly op: 'maxpool' | 'avgpool';
    readonly h: number;
    readonly w: number;
    readonly oh: number;
    readonly ow: number;
    readonly window: number;
    readonly stride: number;
    readonly pad: number;
    readonly windowArea: number;
  };
  readonly elements: number;
}

/** An exit head's linear layer (`pool` > 0: an average pool fused in front); one block per sample. */
export interface LinearDesc {
  readonly kind: 'linear';
  readonly constants: {
    readonly features: number;
    readonly classes: number;
    readonly pool: number | false;
    readonly poolStride: number;
    readonly poolArea: number;
    readonly poh: number;
    readonly pow: number;
    readonly pooledHW: number;
    readonly h: number;
    readonly w: number;
  };
}

/** Decides exit `exit` (see `ExitKernel`); `words` are its control and output word indices. */
export interface ExitDesc {
  readonly kind: 'exit';
  readonly exit: number;
  readonly last: boolean;
  readonly classes: number;
  readonly words: {
    readonly countAt: number;
    readonly nextCountAt: number;
    readonly thresholdAt: number;
    readonly idsIn: number;
    readonly idsOut: number;
    readonly sourceAt: number;
    readonly finalAt: number;
    readonly perExitAt: number;
    readonly logitsAt: number;
  };
}

/** Moves `perSample` elements of each continuing sample to its compacted slot (`source`: control word). */
export interface GatherDesc {
  readonly kind: 'gather';
  readonly constants: { readonly perSample: number; readonly source: number };
}

export type KernelDesc =
  ConvDesc | ElementwiseDesc | ResizeDesc | PoolDesc | LinearDesc | ExitDesc | GatherDesc;

/**
 * `perSample`: a slice of the grid for each active sample, their number read on the device from
 * control word `countAt` (written by the host for stage 0, by the previous exit kernel after);
 * `single`: one block.
 */
export type Grid = { readonly kind: 'perSample'; readonly countAt: number } | { readonly kind: 'single' };

export interface Launch {
  readonly label: string;
  readonly kernel: KernelDesc;
  /** Run-time parameter words (f32 values as their bits), named as the templates name them. */
  readonly params: readonly (readonly [string, number])[];
  readonly grid: Grid;
  /** FLOPs per sample by the public accounting (see `kernelFlops`; 0 for exits and gathers). */
  readonly flops: number;
  /**
   * Only where the weights exceed what one binding may address (`ScheduleInput.weightsWindow`):
   * the window of the weights buffer (elements) this launch binds; its weight offsets are
   * relative to `first`.
   */
  readonly weights?: WeightsWindow;
}

export interface WeightsWindow {
  readonly first: number;
  readonly elements: number;
}

export interface ScheduledStage {
  readonly exit: number;
  /** The stage's kernels, its exit kernel, then the gathers of what continuing samples still need. */
  readonly launches: readonly Launch[];
}

/** What every target's plan holds beyond its format, target and precision. */
export type ModelLayout = Omit<ModelPlan, 'format' | 'target' | 'precision'>;

export interface Schedule {
  readonly model: ModelLayout;
  readonly stages: readonly ScheduledStage[];
}
