import { declaredParams, inferShape, OPS } from './ops/index.ts';
import type { Graph, Node } from './types.ts';

const same = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Checks the invariants every stage relies on: ids are positions, inputs come earlier
 * (topological order), every type agrees with its op's shape rule, every parameter an op
 * declares exists with that shape, and exits and structure point at real nodes.
 * Throws an Error listing every violation.
 */
export function verifyGraph(graph: Graph): void {
  const problems: string[] = [];
  const at = (n: Node, msg: string): void => void problems.push(`node ${n.id} (${n.op} ${n.name}): ${msg}`);
  graph.nodes.forEach((node, index) => {
    if (node.id !== index) at(node, `id differs from position ${index}`);
    const def = OPS[node.op];
    if (def.arity !== 'variadic' && node.inputs.length !== def.arity) {
      at(node, `expects ${def.arity} inputs, has ${node.inputs.length}`);
    }
    if (node.inputs.some((i) => !(i >= 0 && i < index))) {
      at(node, `inputs [${node.inputs.join(', ')}] are not all earlier nodes`);
      return;
    }
    if (node.op === 'input') return;
    const types = node.inputs.map((i) => graph.nodes[i].type);
    try {
      const shape = inferShape(node.op, types, node.attrs);
      if (!same(shape, node.type.shape))
        at(node, `type [${node.type.shape}] but shape rule gives [${shape}]`);
      for (const p of declaredParams(node.op, types, node.attrs)) {
        const spec = graph.params.get(p.name);
        if (spec === undefined) at(node, `parameter ${p.name} is not declared`);
        else if (!same(spec.shape, p.shape))
          at(node, `parameter ${p.name} is [${spec.shape}], op needs [${p.shape}]`);
      }
    } catch (e) {
      at(node, (e as Error).message);
    }
  });
  const exists = (id: number): boolean => id >= 0 && id < graph.nodes.length;
  if (graph.nodes[graph.input]?.op !== 'input')
    problems.push(`graph input ${graph.input} is not an input node`);
  graph.exits.forEach((exit, i) => {
    if (exit.index !== i) problems.push(`exit ${i} is numbered ${exit.index}`);
    if (!exists(exit.logits)) problems.push(`exit ${i} points at missing node ${exit.logits}`);
    else if (graph.nodes[exit.logits].type.shape.length !== 1)
      problems.push(`exit ${i} logits are not rank 1`);
    if (i > 0 && exit.logits <= graph.exits[i - 1].logits)
      problems.push(`exit ${i} runs before exit ${i - 1}`);
  });
  for (const flow of graph.flows) {
    for (const block of flow.blocks) {
      for (const id of [block.input, block.output, ...block.lowFeatures]) {
        if (!exists(id))
          problems.push(`flow ${flow.index} block ${block.index} points at missing node ${id}`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`graph ${graph.name} is invalid:\n  ${problems.join('\n  ')}`);
}
