/**
 * The WebAssembly part of an execution plan: one linear memory holding every buffer at a fixed
 * byte offset (the kernels have them as constants), and per stage the calls that run it.
 * Copied unchanged into every generated wasm runtime, so it imports only the plan types.
 */
import type { ModelPlan } from './plan.ts';

/** Byte offsets of the buffers in the module's linear memory (all 16-aligned). */
export interface WasmMemoryLayout {
  readonly control: number;
  readonly output: number;
  readonly weights: number;
  readonly arena: number;
  /**
   * Per-call scratch of the kernels (padded inputs, coarse maps, pooled features), from here to
   * `bytes`; each thread of a pool has its own copy (the module adds its global `scratch`).
   */
  readonly scratch: number;
  /** Total bytes; the memory has `ceil(bytes / 65536)` pages. */
  readonly bytes: number;
}

/**
 * One step of a stage. `call`: export `fn` with the active count (control word `countAt`) and
 * `args` (byte addresses and strides), run by the module for active samples 0 .. count-1 only.
 * `exit` and `gather`: the decision and the compaction, which the executor does on the words
 * and the arena itself (a few hundred bytes of control logic per sample).
 */
export type WasmStep =
  | {
      readonly kind: 'call';
      readonly fn: string;
      readonly countAt: number;
      /**
       * Byte addresses and strides: input, its per-sample stride, output, its stride, then
       * weights; last the range of split units to compute, 0 and `units` (the whole).
       */
      readonly args: readonly number[];
      /** Accounting FLOPs per sample (what a thread pool weighs against its synchronization). */
      readonly flops: number;
      /**
       * Parts of one sample's output that a thread pool may compute on different threads (a
       * call given units [first, end) in its last two arguments computes those alone, with the
       * same instructions per element as the whole): parts of a convolution's map (ranges of
       * pixels, rows) or blocks of its output channels, or channels. A pool gives each thread
       * one range of them (the calling thread the first), so that a thread computes the same
       * part of every map from layer to layer and finds its input in its own cache, and a call
       * that copies its inputs into scratch whatever its range (padded maps) copies once.
       */
      readonly units: number;
    }
  | {
      readonly kind: 'exit';
      readonly exit: number;
      readonly last: boolean;
      readonly classes: number;
      readonly countAt: number;
      readonly nextCountAt: number;
      readonly thresholdAt: number;
      readonly idsIn: number;
      readonly idsOut: number;
      readonly sourceAt: number;
      readonly finalAt: number;
      readonly perExitAt: number;
      readonly logitsAt: number;
      /** Arena element of sample 0's logits, and the per-sample stride. */
      readonly base: number;
      readonly stride: number;
    }
  | {
      readonly kind: 'gather';
      readonly countAt: number;
      readonly sourceAt: number;
      readonly perSample: number;
      /** Arena elements: source and destination bases, and their per-sample stride. */
      readonly from: number;
      readonly to: number;
      readonly stride: number;
    };

export interface WasmLaunch {
  readonly label: string;
  readonly step: WasmStep;
  /** Builds with counters: the output word of this launch's (ran, skipped) pair. */
  readonly counter?: number;
}

export interface WasmStage {
  readonly exit: number;
  readonly launches: readonly WasmLaunch[];
}

/** A plan for WebAssembly SIMD128: the module's memory layout and, per stage, its steps. */
export interface WasmPlan extends ModelPlan {
  readonly target: 'wasm';
  readonly memory: WasmMemoryLayout;
  readonly stages: readonly WasmStage[];
}
