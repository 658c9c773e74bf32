import type { GraphBuilder } from '../ir/builder.ts';
import type { Scope } from '../ir/types.ts';

/**
 * The public RANet building blocks, expanded into graph nodes with the public parameter
 * names. Each function takes the module path its PyTorch counterpart has in `state_dict`.
 */

export const BN_EPS = 1e-5;

export function batchnorm(b: GraphBuilder, x: number, path: string, scope: Scope): number {
  const attrs = {
    eps: BN_EPS,
    weight: `${path}.weight`,
    bias: `${path}.bias`,
    mean: `${path}.running_mean`,
    variance: `${path}.running_var`,
    batches: `${path}.num_batches_tracked`,
  };
  return b.add('batchnorm', [x], attrs, path, scope);
}

interface ConvShape {
  readonly out: number;
  readonly kernel: number;
  readonly stride: number;
  readonly pad: number;
}

/** conv (no bias) -> BN -> ReLU at `path.{0,1,2}` (the public `ConvBasic.net` and each half of `ConvBN.net`). */
export function convBnRelu(
  b: GraphBuilder,
  x: number,
  path: string,
  first: number,
  c: ConvShape,
  scope: Scope,
): number {
  const convPath = `${path}.${first}`;
  const attrs = {
    outChannels: c.out,
    kernel: c.kernel,
    stride: c.stride,
    pad: c.pad,
    weight: `${convPath}.weight`,
  };
  const conv = b.add('conv2d', [x], attrs, convPath, scope);
  const bn = batchnorm(b, conv, `${path}.${first + 1}`, scope);
  return b.add('relu', [bn], {}, `${path}.${first + 2}`, scope);
}

/** `ConvBasic(in, out, k, stride, pad)`: parameters under `path.net.{0,1}`. */
export function convBasic(b: GraphBuilder, x: number, path: string, c: ConvShape, scope: Scope): number {
  return convBnRelu(b, x, `${path}.net`, 0, c, scope);
}

/**
 * `ConvBN(in, out, normal|down, bottleneck=True, bnWidth)`: 1x1 to `min(in, bnWidth*out)`,
 * then 3x3 (stride 2 when down); parameters under `path.net.{0,1,3,4}`.
 */
export function convBN(
  b: GraphBuilder,
  x: number,
  path: string,
  out: number,
  down: boolean,
  bnWidth: number,
  scope: Scope,
): number {
  const inner = Math.min(b.type(x).shape[0], bnWidth * out);
  const squeezed = convBnRelu(b, x, `${path}.net`, 0, { out: inner, kernel: 1, stride: 1, pad: 0 }, scope);
  return convBnRelu(b, squeezed, `${path}.net`, 3, { out, kernel: 3, stride: down ? 2 : 1, pad: 1 }, scope);
}

/** Bilinear align_corners resize to the spatial size of `like`; a no-op (exact identity) when sizes match. */
export function resizeLike(b: GraphBuilder, x: number, like: number, path: string, scope: Scope): number {
  const [, h, w] = b.type(x).shape;
  const [, th, tw] = b.type(like).shape;
  if (h === th && w === tw) return x;
  return b.add('resize', [x], { height: th, width: tw }, `${path}.resize`, scope);
}
