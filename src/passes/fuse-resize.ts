import type { Graph } from '../ir/types.ts';
import { consumers, rewrite } from './rewrite.ts';

/**
 * The kernel keeps 4 channels of the coarse map on chip: 16 KiB at this size, WebGPU's default
 * workgroup storage. (RANet's coarse maps are at most 28x28, on ImageNet.)
 */
const MAX_COARSE_PIXELS = 1024;

/**
 * fuseResize: conv -> bilinear resize, where the resize is the conv's only consumer, becomes
 * one conv that resizes in its epilogue. In RANet these are the `conv_up` and `conv_last`
 * branches that bring coarse features to a finer scale: the coarse map is computed and
 * interpolated inside one kernel and never stored. (Resizes of anything else, such as the
 * down-sampling of a dense block's concatenation, stay: they write into their concat slice.)
 */
export function fuseResize(graph: Graph): Graph {
  const users = consumers(graph);
  const fused = new Set<number>();
  for (const node of graph.nodes) {
    const producer = node.op === 'resize' ? graph.nodes[node.inputs[0]] : undefined;
    if (
      producer?.op === 'conv2d' &&
      producer.attrs.resize === undefined &&
      users[producer.id].length === 1 &&
      producer.type.shape[1] * producer.type.shape[2] <= MAX_COARSE_PIXELS
    )
      fused.add(producer.id);
  }
  return rewrite(graph, (node, r) => {
    if (fused.has(node.id)) return undefined;
    if (node.op === 'resize') {
      const conv = graph.nodes[node.inputs[0]];
      if (conv.op === 'conv2d' && fused.has(conv.id)) {
        const size = { height: node.attrs.height, width: node.attrs.width };
        return r.add(
          'conv2d',
          [r.map(conv.inputs[0])],
          { ...conv.attrs, resize: size },
          conv.name,
          conv.scope,
        );
      }
    }
    return r.keep(node);
  });
}
