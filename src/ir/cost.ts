import { nodeFlops, size } from './ops/index.ts';
import type { Graph } from './types.ts';

export interface ExitCost {
  readonly exit: number;
  /** FLOPs per sample of everything executed up to and including this exit's head. */
  readonly flops: number;
  /** Parameters (running statistics excluded) of everything executed up to this exit. */
  readonly params: number;
}

/** Per-node FLOPs by the public accounting convention (`op_counter.py`, batch 1). */
export function flopsPerNode(graph: Graph): number[] {
  return graph.nodes.map((node) =>
    nodeFlops(
      node,
      node.inputs.map((i) => graph.nodes[i].type),
    ),
  );
}

/** Parameters owned by each node, counted as `op_counter.py` does (learnable tensors only). */
export function paramsPerNode(graph: Graph): number[] {
  const counts = graph.nodes.map(() => 0);
  for (const p of graph.params.values()) {
    if (p.role === 'weight' || p.role === 'bias') counts[p.owner] += size(p.shape);
  }
  return counts;
}

/**
 * Cumulative cost per exit. Nodes are in execution order, so an exit's cost is the sum over
 * the prefix of nodes ending at its logits.
 */
export function exitCosts(graph: Graph): ExitCost[] {
  const flops = flopsPerNode(graph);
  const params = paramsPerNode(graph);
  return graph.exits.map((exit) => {
    let f = 0;
    let p = 0;
    for (let id = 0; id <= exit.logits; id++) {
      f += flops[id];
      p += params[id];
    }
    return { exit: exit.index, flops: f, params: p };
  });
}
