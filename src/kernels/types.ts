/**
 * The kernel IR: what backends turn into code. A program is a list of stages, one per exit;
 * each stage is a list of kernels over logical buffers of `maxBatch` samples. Every kernel
 * processes the samples still active (`count`, known only on the device after the first
 * exit), so backends dispatch `count` along one grid axis.
 *
 * Target-independent: `src/schedule` places it in memory and turns each kernel into a launch
 * that every backend renders.
 */

/** A logical activation buffer: `maxBatch x perSample` f32 elements. */
export interface BufferDecl {
  readonly id: number;
  readonly perSample: number;
  /** What it holds, for listings and dumps. */
  readonly label: string;
}

/**
 * Channels `[offset, offset + count)` of a `[channels, height, width]` buffer: element
 * (n, c, y, x) is at `((n * channels + offset + c) * height + y) * width + x`.
 */
export interface View {
  readonly buffer: number;
  readonly channels: number;
  readonly offset: number;
  readonly count: number;
  readonly height: number;
  readonly width: number;
}

export interface ConvKernel {
  readonly kind: 'conv';
  readonly name: string;
  readonly input: View;
  readonly output: View;
  readonly kernel: number;
  readonly stride: number;
  readonly pad: number;
  readonly relu: boolean;
  /**
   * Set when a bilinear resize (align_corners) is fused into the epilogue: the size the conv
   * itself computes, which is then interpolated to `output`'s size.
   */
  readonly coarse?: { readonly height: number; readonly width: number };
  /** Parameter names (see `Graph.params`); `bias` absent means no bias. */
  readonly weight: string;
  readonly bias?: string;
}

export interface ElementwiseKernel {
  readonly kind: 'batchnorm' | 'relu' | 'copy';
  readonly name: string;
  readonly input: View;
  readonly output: View;
  /** batchnorm: parameter names. */
  readonly params?: {
    readonly weight: string;
    readonly bias: string;
    readonly mean: string;
    readonly variance: string;
    readonly eps: number;
  };
}

export interface ResizeKernel {
  readonly kind: 'resize';
  readonly name: string;
  readonly input: View;
  readonly output: View;
}

export interface PoolKernel {
  readonly kind: 'maxpool' | 'avgpool';
  readonly name: string;
  readonly input: View;
  readonly output: View;
  readonly window: number;
  readonly stride: number;
  readonly pad: number;
}

/** `logits = W . x + b` over a flattened view; with `pool`, an average pool is fused in front. */
export interface LinearKernel {
  readonly kind: 'linear';
  readonly name: string;
  readonly input: View;
  readonly pool?: { readonly window: number; readonly stride: number };
  readonly output: View;
  readonly weight: string;
  readonly bias: string;
}

/**
 * Decides exit `exit` on the device: confidence (max softmax) and class per active sample,
 * results written at each sample's original index, then (unless last) a prefix sum over
 * "continues" compacts the active list and sets the next stage's count and dispatch sizes.
 */
export interface ExitKernel {
  readonly kind: 'exit';
  readonly name: string;
  readonly exit: number;
  readonly logits: View;
  readonly last: boolean;
}

/**
 * Moves the continuing samples of one buffer to their compacted slots in `to`, a buffer of the
 * same size (its per-sample stride is `BufferDecl.perSample` of either).
 */
export interface GatherKernel {
  readonly kind: 'gather';
  readonly name: string;
  readonly exit: number;
  readonly from: number;
  readonly to: number;
  /** Elements per sample to move: only what has been written so far. */
  readonly perSample: number;
}

export type Kernel =
  ConvKernel | ElementwiseKernel | ResizeKernel | PoolKernel | LinearKernel | ExitKernel | GatherKernel;

export interface StagePlan {
  readonly exit: number;
  readonly kernels: readonly Kernel[];
}

export interface KernelProgram {
  readonly name: string;
  readonly classes: number;
  readonly input: View;
  readonly buffers: readonly BufferDecl[];
  readonly stages: readonly StagePlan[];
}
