import type { Graph, NodeOf, OpAttrs, OpName } from '../ir/types.ts';
import { consumers, rewrite } from './rewrite.ts';

/**
 * Folds a node of kind `op` into the conv before it, when it is that conv's only consumer
 * and `fits` accepts the pair: the conv takes the attributes `extra` returns (its epilogue
 * now does the work) and the node's place in the graph. The fusion passes are this plus
 * what they fuse.
 */
export function fuseIntoConv<Op extends OpName>(
  graph: Graph,
  op: Op,
  fits: (conv: NodeOf<'conv2d'>, node: NodeOf<Op>) => boolean,
  extra: (node: NodeOf<Op>) => Partial<OpAttrs['conv2d']>,
): Graph {
  const users = consumers(graph);
  const convOf = (node: { op: OpName; inputs: readonly number[] }): NodeOf<'conv2d'> | undefined => {
    const producer = node.op === op ? graph.nodes[node.inputs[0]] : undefined;
    return producer?.op === 'conv2d' && users[producer.id].length === 1 ? producer : undefined;
  };
  const fused = new Set<number>();
  for (const node of graph.nodes) {
    const conv = convOf(node);
    if (conv !== undefined && fits(conv, node as NodeOf<Op>)) fused.add(conv.id);
  }
  return rewrite(graph, (node, r) => {
    if (fused.has(node.id)) return undefined;
    const conv = convOf(node);
    if (conv !== undefined && fused.has(conv.id)) {
      const attrs = { ...conv.attrs, ...extra(node as NodeOf<Op>) };
      return r.add('conv2d', [r.map(conv.inputs[0])], attrs, conv.name, conv.scope);
    }
    return r.keep(node);
  });
}
