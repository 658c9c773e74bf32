import type { Graph, Placement } from './types.ts';

/** Where a value lives: its placement (set by `placeConcats`), or its own buffer. */
export function placementOf(graph: Graph, id: number): Placement {
  return graph.layout?.get(id) ?? { root: id, channelOffset: 0 };
}
