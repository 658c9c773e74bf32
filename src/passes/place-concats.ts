import type { Graph, Placement } from '../ir/types.ts';
import { placementOf } from '../ir/placement.ts';
import { consumers } from './rewrite.ts';

/**
 * placeConcats (zero-copy dense concatenation): every input of a concat is stored directly
 * in its channel slice of the concat's buffer, so the concat itself moves no data. Walking
 * concats from last to first lets chains nest: a block's running concat lives inside the
 * next layer's, so one buffer holds `[block input | growth 1 | growth 2 | ...]`, and every
 * earlier value of the chain is a channel prefix of it.
 *
 * An input is placed when the concat is the only concat that reads it and it is computed
 * by a kernel (not the graph input); others stay where they are and lowering copies them
 * (RANet has none; the structure test checks that).
 */
export function placeConcats(graph: Graph): Graph {
  const users = consumers(graph);
  const layout = new Map<number, Placement>();
  for (let id = graph.nodes.length - 1; id >= 0; id--) {
    const node = graph.nodes[id];
    if (node.op !== 'concat') continue;
    const here = layout.get(id) ?? { root: id, channelOffset: 0 };
    let offset = here.channelOffset;
    for (const input of node.inputs) {
      const concatReaders = users[input].filter((u) => graph.nodes[u].op === 'concat');
      if (!layout.has(input) && concatReaders.length === 1 && graph.nodes[input].op !== 'input') {
        layout.set(input, { root: here.root, channelOffset: offset });
      }
      offset += graph.nodes[input].type.shape[0];
    }
  }
  return { ...graph, layout };
}

/** True when a concat's inputs all sit in its buffer at their offsets, i.e. it copies nothing. */
export function isInPlaceConcat(graph: Graph, id: number): boolean {
  const node = graph.nodes[id];
  if (node.op !== 'concat') return false;
  const here = placementOf(graph, id);
  let offset = here.channelOffset;
  return node.inputs.every((input) => {
    const p = placementOf(graph, input);
    const ok = p.root === here.root && p.channelOffset === offset;
    offset += graph.nodes[input].type.shape[0];
    return ok;
  });
}
