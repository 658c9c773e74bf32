import type { Node, OpName, ValueType } from '../types.ts';
import { batchnorm } from './batchnorm.ts';
import { concat } from './concat.ts';
import { conv2d } from './conv2d.ts';
import type { Batch, DeclaredParam, OpDef } from './def.ts';
import { flatten, relu, softmax } from './elementwise.ts';
import { linear } from './linear.ts';
import { avgpool, maxpool } from './pool.ts';
import { resize } from './resize.ts';

export type { Batch, DeclaredParam, OpDef } from './def.ts';
export { size } from './def.ts';

const input: OpDef<'input'> = {
  arity: 0,
  shape: () => {
    throw new Error('the input node carries its own type');
  },
  params: () => [],
  flops: () => 0,
  reference: () => {
    throw new Error('the input node is fed, not computed');
  },
};

/** The op table: adding an op means adding one entry here (and its file). */
export const OPS: { readonly [Op in OpName]: OpDef<Op> } = {
  input,
  conv2d,
  batchnorm,
  relu,
  maxpool,
  avgpool,
  resize,
  concat,
  flatten,
  linear,
  softmax,
};

/*
 * Dispatch by node: TypeScript cannot correlate `OPS[node.op]` with `node.attrs` through a
 * union, so the one unchecked step lives here rather than at every call site.
 */
type AnyOpDef = OpDef<OpName> & {
  shape(inputs: readonly ValueType[], attrs: unknown): readonly number[];
  params(inputs: readonly ValueType[], attrs: unknown): readonly DeclaredParam[];
  flops(inputs: readonly ValueType[], out: ValueType, attrs: unknown): number;
  reference(inputs: readonly Batch[], attrs: unknown, param: (name: string) => Float32Array): Batch;
};
const defOf = (op: OpName): AnyOpDef => OPS[op] as unknown as AnyOpDef;

export const inferShape = (op: OpName, inputs: readonly ValueType[], attrs: unknown): readonly number[] =>
  defOf(op).shape(inputs, attrs);

export const declaredParams = (
  op: OpName,
  inputs: readonly ValueType[],
  attrs: unknown,
): readonly DeclaredParam[] => defOf(op).params(inputs, attrs);

export const nodeFlops = (node: Node, inputs: readonly ValueType[]): number =>
  defOf(node.op).flops(inputs, node.type, node.attrs);

export const runReference = (
  node: Node,
  inputs: readonly Batch[],
  param: (name: string) => Float32Array,
): Batch => defOf(node.op).reference(inputs, node.attrs, param);
