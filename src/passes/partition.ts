import type { Graph, Stage } from '../ir/types.ts';
import { placementOf } from '../ir/placement.ts';

/**
 * partitionAtExits: cuts the node list at each exit's logits into stages, and computes by
 * liveness which buffers (concat roots) inputs that continue past each exit still need: a
 * buffer is live out of stage e when a node of stage <= e writes into it and a node of a
 * later stage reads it. Nothing here knows RANet's structure; low-resolution features that
 * later fusion blocks read fall out of the reads.
 */
export function partitionAtExits(graph: Graph): Graph {
  const stageOf = new Int32Array(graph.nodes.length);
  let exit = 0;
  for (const node of graph.nodes) {
    while (exit < graph.exits.length && node.id > graph.exits[exit].logits) exit++;
    if (exit === graph.exits.length)
      throw new Error(`${graph.name}: node ${node.id} runs after the last exit`);
    stageOf[node.id] = exit;
  }
  const root = (id: number): number => placementOf(graph, id).root;
  const firstWrite = new Map<number, number>();
  const lastRead = new Map<number, number>();
  for (const node of graph.nodes) {
    const r = root(node.id);
    if (!firstWrite.has(r)) firstWrite.set(r, stageOf[node.id]);
    for (const i of node.inputs)
      lastRead.set(root(i), Math.max(lastRead.get(root(i)) ?? 0, stageOf[node.id]));
  }
  const stages: Stage[] = graph.exits.map((e, i) => {
    const first = i === 0 ? 0 : graph.exits[i - 1].logits + 1;
    const liveOut = [...firstWrite.entries()]
      .filter(([r, written]) => written <= i && (lastRead.get(r) ?? -1) > i)
      .map(([r]) => r)
      .sort((a, b) => a - b);
    return { exit: e.index, first, last: e.logits, liveOut };
  });
  return { ...graph, stages };
}
