import type { Graph } from '../ir/types.ts';
import { rewrite } from './rewrite.ts';

/**
 * eliminateDeadCode: keeps only the nodes that an exit (or a structure record that later
 * passes read: block inputs, outputs, low features) depends on. Walks backwards from those
 * roots; whatever is not reached is dropped.
 */
export function eliminateDeadCode(graph: Graph): Graph {
  const roots = [graph.input, ...graph.exits.map((e) => e.logits), ...graph.stem];
  for (const flow of graph.flows)
    for (const b of flow.blocks) roots.push(b.input, b.output, ...b.lowFeatures);
  const live = new Set<number>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (live.has(id)) continue;
    live.add(id);
    stack.push(...graph.nodes[id].inputs);
  }
  return rewrite(graph, (node, r) => (live.has(node.id) ? r.keep(node) : undefined));
}
