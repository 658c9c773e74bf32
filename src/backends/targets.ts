import type { CudaPlan } from '@ranetc/runtime/node';
import type { WgslPlan } from '@ranetc/runtime';
import type { WasmPlan } from '@ranetc/runtime';
import type { Schedule } from '../schedule/types.ts';
import { renderCudaModel } from './cuda/render.ts';
import { renderWasmModel } from './wasm/render.ts';
import type { KernelOptions } from './wgsl/kernels.ts';
import { LIMITS as WGSL_LIMITS } from './wgsl/limits.ts';
import { renderWgsl } from './wgsl/render.ts';

export interface RenderOptions {
  /** Storage precision of activations and weights (kernels compute in f32). */
  readonly precision: 'f32' | 'f16';
  /** WGSL: which kernel strategies to use (the defaults are what measurements pick). */
  readonly kernels?: KernelOptions;
  /** Kernels that count the work they execute (see `CountersLayout`); off by default. */
  readonly counters?: boolean;
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
  wgsl: (s, o) => ({ plan: renderWgsl(s, o) }),
  cuda: (s, o) => renderCudaModel(s, o.precision, o.counters ?? false),
  wasm: (s, o) => renderWasmModel(s, o.precision, o.counters ?? false),
};

/** Bytes of the weights buffer one kernel may address through one binding, per target. */
export const WEIGHTS_BINDING_BYTES: { readonly [T in TargetName]: number } = {
  wgsl: WGSL_LIMITS.storageBinding,
  cuda: Infinity,
  wasm: Infinity,
};
