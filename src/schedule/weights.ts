import type { Graph } from '../ir/types.ts';
import type { Kernel, KernelProgram } from '../kernels/types.ts';
import type { PackedTensor, TensorSource } from '@ranetc/runtime';

/** Output channels a conv thread computes at once: conv weights are packed in groups of this many. */
export const CONV_GROUP = 4;

/**
 * Lays out every parameter the kernels read in one weights buffer, in first-use order,
 * each at a multiple of 4 elements (vec4 reads). Conv weights are packed
 * `[ceil(O/4)][I][kh*kw][4]` so one vec4 holds the 4 output channels of one tap.
 */
export function layoutWeights(
  graph: Graph,
  program: KernelProgram,
): { elements: number; tensors: PackedTensor[] } {
  const tensors: PackedTensor[] = [];
  const seen = new Set<string>();
  let offset = 0;
  const add = (name: string, layout: PackedTensor['layout']): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const spec = graph.params.get(name);
    if (spec === undefined) throw new Error(`kernel reads unknown parameter ${name}`);
    const size = spec.shape.reduce((a, b) => a * b, 1);
    const length =
      layout === 'plain'
        ? size
        : Math.ceil(layout.outChannels / CONV_GROUP) * CONV_GROUP * (size / layout.outChannels);
    tensors.push({ name, source: sourceOf(graph, name), offset, length, layout });
    offset += Math.ceil(length / 4) * 4;
  };
  for (const stage of program.stages) {
    for (const k of stage.kernels) for (const [name, layout] of paramsOf(graph, k)) add(name, layout);
  }
  return { elements: offset, tensors };
}

/** The parameters a kernel reads from the weights buffer, with their packing. */
export function paramsOf(graph: Graph, k: Kernel): [string, PackedTensor['layout']][] {
  switch (k.kind) {
    case 'conv': {
      const [o, i, kh, kw] = graph.params.get(k.weight)!.shape;
      const grouped = { groupOut: CONV_GROUP, outChannels: o, inChannels: i, taps: kh * kw };
      return k.bias === undefined
        ? [[k.weight, grouped]]
        : [
            [k.weight, grouped],
            [k.bias, 'plain'],
          ];
    }
    case 'linear':
      return [
        [k.weight, 'plain'],
        [k.bias, 'plain'],
      ];
    case 'batchnorm': {
      const p = k.params!;
      return [p.weight, p.bias, p.mean, p.variance].map((n) => [n, 'plain']);
    }
    default:
      return [];
  }
}

function sourceOf(graph: Graph, name: string): TensorSource {
  const derived = graph.params.get(name)?.derived;
  if (derived === undefined) return { key: name };
  return { fold: derived.kind === 'folded-weight' ? 'weight' : 'bias', conv: derived.conv, bn: derived.bn };
}
