import type { Batch } from '../ir/ops/index.ts';
import { runReference, size } from '../ir/ops/index.ts';
import type { Graph } from '../ir/types.ts';
import type { StateDict } from '../weights/tensor.ts';

/** Float parameters by name, as the reference interpreter reads them. */
export type ParamLookup = (name: string) => Float32Array;

export function paramsFrom(weights: StateDict): ParamLookup {
  return (name) => {
    const t = weights.get(name);
    if (t === undefined) throw new Error(`parameter ${name} is missing`);
    if (t.dtype !== 'f32') throw new Error(`parameter ${name} is ${t.dtype}, expected floating point`);
    return t.data;
  };
}

/**
 * The reference executor: runs every node in order with the op table's plain f32
 * implementations, keeping each value only until its last use. Returns every exit's
 * logits (`n x classes`), in exit order. This is the oracle for every backend.
 */
export function runGraph(graph: Graph, param: ParamLookup, input: Batch): Batch[] {
  const inputType = graph.nodes[graph.input].type;
  if (input.shape.length !== inputType.shape.length || input.shape.some((d, i) => d !== inputType.shape[i])) {
    throw new Error(
      `input is [${input.shape.join(', ')}] per sample, the network takes [${inputType.shape.join(', ')}]`,
    );
  }
  if (input.data.length !== input.n * size(input.shape))
    throw new Error('input data does not match its shape');

  const lastUse = new Int32Array(graph.nodes.length).fill(-1);
  graph.nodes.forEach((node) => node.inputs.forEach((i) => (lastUse[i] = node.id)));
  const kept = new Set(graph.exits.map((e) => e.logits));

  const values = new Map<number, Batch>();
  for (const node of graph.nodes) {
    if (node.op === 'input') {
      values.set(node.id, input);
      continue;
    }
    const args = node.inputs.map((i) => values.get(i)!);
    values.set(node.id, runReference(node, args, param));
    for (const i of node.inputs) if (lastUse[i] === node.id && !kept.has(i)) values.delete(i);
  }
  return graph.exits.map((e) => values.get(e.logits)!);
}
