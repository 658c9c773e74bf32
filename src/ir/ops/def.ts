import type { OpAttrs, OpName, ParamRole, ValueType } from '../types.ts';

/** A batch of values in host memory: `n` samples of `shape`, row-major, f32. */
export interface Batch {
  readonly n: number;
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

export interface DeclaredParam {
  readonly name: string;
  readonly shape: readonly number[];
  readonly dtype: 'f32' | 'i64';
  readonly role: ParamRole;
}

/**
 * Everything ranetc knows about one op, in one place: how many inputs it takes, its shape
 * rule, the parameters it declares, its FLOPs by the public accounting, and its reference
 * implementation (the oracle every backend is tested against).
 */
export interface OpDef<Op extends OpName> {
  readonly arity: number | 'variadic';
  /** Output shape from input shapes; throws a plain Error naming the problem on mismatch. */
  shape(inputs: readonly ValueType[], attrs: OpAttrs[Op]): readonly number[];
  params(inputs: readonly ValueType[], attrs: OpAttrs[Op]): readonly DeclaredParam[];
  /** FLOPs per sample, as the public `op_counter.py` counts them. */
  flops(inputs: readonly ValueType[], out: ValueType, attrs: OpAttrs[Op]): number;
  reference(inputs: readonly Batch[], attrs: OpAttrs[Op], param: (name: string) => Float32Array): Batch;
}

export const size = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** Output extent of a sliding window, as PyTorch computes it (floor division, no ceil mode). */
export const windowOut = (extent: number, kernel: number, stride: number, pad: number): number =>
  Math.floor((extent + 2 * pad - kernel) / stride) + 1;

export function expectRank(t: ValueType, rank: number, what: string): void {
  if (t.shape.length !== rank) throw new Error(`${what} expects rank ${rank}, got [${t.shape.join(', ')}]`);
}

export const noParams = (): readonly DeclaredParam[] => [];
