import type { CudaPlan } from '@ranetc/runtime/node';
import type { WgslPlan } from '@ranetc/runtime';
import type { WasmPlan } from '@ranetc/runtime';
import type { Schedule } from '../schedule/types.ts';
import type { TensorTile } from './cuda/kernels.ts';
import { renderCudaModel } from './cuda/render.ts';
import { renderWasmModel } from './wasm/render.ts';
import type { KernelOptions } from './wgsl/kernels.ts';
import { LIMITS as WGSL_LIMITS } from './wgsl/limits.ts';
import { renderWgsl } from './wgsl/render.ts';

export interface RenderOptions {
  /**
   * Storage precision of activations and weights; WGSL and wasm compute in f32, CUDA runs its
   * convolutions on tensor cores at `tf32` (f32 storage) and `f16`.
   */
  readonly precision: 'f32' | 'tf32' | 'f16';
  /** WGSL: which kernel strategies to use (the defaults are what measurements pick). */
  readonly kernels?: KernelOptions;
  /** Kernels that count the work they execute (see `CountersLayout`); off by default. */
  readonly counters?: boolean;
  /** CUDA at tf32 or f16: the tensor-core convolutions' block tile (default: `defaultTensorTile`). */
  readonly tensorTile?: TensorTile;
}

/** What each target renders a schedule into: its plan, and the source files beside it. */
export interface Rendered {
  readonly wgsl: { readonly plan: WgslPlan };
  readonly cuda: { readonly plan: CudaPlan; /** The model's `.cu`. */ readonly source: string };
  readonly wasm: {
    readonly plan: WasmPlan;
    /** The model's module as WebAssembly text. */ readonly source: string;
    /** The same module with relaxed SIMD's fused multiply-add in its inner loops. */
    readonly relaxedSource: string;
  };
}

export type TargetName = keyof Rendered;

/** The targets: each a renderer in its own folder of `src/backends`. */
export const TARGETS: { readonly [T in TargetName]: (s: Schedule, o: RenderOptions) => Rendered[T] } = {
  wgsl: (s, o) => ({ plan: renderWgsl(s, { ...o, precision: storage(o.precision, 'wgsl') }) }),
  cuda: (s, o) =>
    renderCudaModel(s, {
      precision: o.precision,
      counters: o.counters ?? false,
      ...(o.tensorTile === undefined ? {} : { tensorTile: o.tensorTile }),
    }),
  wasm: (s, o) => renderWasmModel(s, storage(o.precision, 'wasm'), o.counters ?? false),
};

/** TF32 is tensor-core arithmetic: the spec refuses it for the other targets (validate.ts). */
function storage(precision: RenderOptions['precision'], target: TargetName): 'f32' | 'f16' {
  if (precision === 'tf32')
    throw new Error(`precision tf32 is CUDA-only; the ${target} target stores f32 or f16`);
  return precision;
}

/** Bytes of the weights buffer one kernel may address through one binding, per target. */
export const WEIGHTS_BINDING_BYTES: { readonly [T in TargetName]: number } = {
  wgsl: WGSL_LIMITS.storageBinding,
  cuda: Infinity,
  wasm: Infinity,
};
