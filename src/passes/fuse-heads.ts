import type { Graph, Node, NodeOf } from '../ir/types.ts';
import { consumers, rewrite } from './rewrite.ts';

/**
 * fuseHeads: avgpool -> flatten -> linear, each read only by the next (an exit head's tail),
 * becomes one linear that pools in front: `W . flatten(avgpool(x)) + b` read straight from the
 * feature map, the pooled vector never stored. Flatten is the identity on row-major data, so
 * the weights are the linear's own; the linear's FLOPs rule keeps the pool's count.
 */
export function fuseHeads(graph: Graph): Graph {
  const users = consumers(graph);
  /** The node `id`, when one node alone reads it. */
  const readOnce = (id: number): Node | undefined => (users[id].length === 1 ? graph.nodes[id] : undefined);
  const poolOf = new Map<number, NodeOf<'avgpool'>>();
  const fused = new Set<number>();
  for (const node of graph.nodes) {
    if (node.op !== 'linear' || node.attrs.pool !== undefined) continue;
    const flat = readOnce(node.inputs[0]);
    if (flat?.op !== 'flatten') continue;
    const pool = readOnce(flat.inputs[0]);
    if (pool?.op !== 'avgpool') continue;
    poolOf.set(node.id, pool);
    fused.add(flat.id).add(pool.id);
  }
  return rewrite(graph, (node, r) => {
    if (fused.has(node.id)) return undefined;
    const pool = poolOf.get(node.id);
    if (node.op !== 'linear' || pool === undefined) return r.keep(node);
    const attrs = { ...node.attrs, pool: { kernel: pool.attrs.kernel, stride: pool.attrs.stride } };
    return r.add('linear', [r.map(pool.inputs[0])], attrs, node.name, node.scope);
  });
}
