import type { Graph } from '../ir/types.ts';
import { consumers, rewrite } from './rewrite.ts';

/**
 * fuseActivations: conv -> ReLU, where the ReLU is the conv's only consumer, becomes one
 * conv with a ReLU epilogue: `relu(conv(x) + b)` computed in registers, never stored twice.
 * (After foldBatchNorm every ReLU in RANet directly follows a conv.)
 */
export function fuseActivations(graph: Graph): Graph {
  const users = consumers(graph);
  const fusedConv = new Set<number>();
  for (const node of graph.nodes) {
    const producer = node.op === 'relu' ? graph.nodes[node.inputs[0]] : undefined;
    if (
      producer?.op === 'conv2d' &&
      producer.attrs.activation === undefined &&
      users[producer.id].length === 1
    ) {
      fusedConv.add(producer.id);
    }
  }
  return rewrite(graph, (node, r) => {
    if (fusedConv.has(node.id)) return undefined;
    if (node.op === 'relu') {
      const conv = graph.nodes[node.inputs[0]];
      if (conv.op === 'conv2d' && fusedConv.has(conv.id)) {
        return r.add(
          'conv2d',
          [r.map(conv.inputs[0])],
          { ...conv.attrs, activation: 'relu' },
          conv.name,
          conv.scope,
        );
      }
    }
    return r.keep(node);
  });
}
