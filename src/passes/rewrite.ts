import { GraphBuilder } from '../ir/builder.ts';
import type { BlockInfo, FlowInfo, Graph, Node, OpAttrs, OpName, Placement, Scope } from '../ir/types.ts';

/** What a pass's visitor uses to emit the new graph while walking the old one. */
export interface Rewriter {
  /** New id of an already visited old node. */
  map(old: number): number;
  /** Copies a node unchanged but for its inputs. */
  keep(node: Node): number;
  add<Op extends OpName>(
    op: Op,
    inputs: readonly number[],
    attrs: OpAttrs[Op],
    name: string,
    scope: Scope,
  ): number;
  readonly builder: GraphBuilder;
}

/**
 * Rebuilds a graph node by node: `visit` returns the new id that stands for each old node
 * (a new node, or an earlier one when the node is folded away), or `undefined` to drop a
 * node nothing uses. Exits, structure and layout are carried over through the id map, so
 * passes only think about nodes.
 */
export function rewrite(graph: Graph, visit: (node: Node, r: Rewriter) => number | undefined): Graph {
  const builder = new GraphBuilder(graph.nodes[graph.input].type.dtype);
  const ids = new Map<number, number>();
  const map = (old: number): number => {
    const id = ids.get(old);
    if (id === undefined) throw new Error(`${graph.name}: node ${old} is used after it was dropped`);
    return id;
  };
  const r: Rewriter = {
    map,
    builder,
    keep: (node) =>
      node.op === 'input'
        ? builder.input(node.type.shape, node.name)
        : builder.add(node.op, node.inputs.map(map), node.attrs, node.name, node.scope),
    add: (op, inputs, attrs, name, scope) => builder.add(op, inputs, attrs, name, scope),
  };
  for (const node of graph.nodes) {
    const id = visit(node, r);
    if (id !== undefined) ids.set(node.id, id);
  }
  // Parameters a pass kept keep what earlier passes said about them (e.g. that they are folded).
  for (const [name, p] of builder.params) {
    const derived = graph.params.get(name)?.derived;
    if (derived !== undefined && p.derived === undefined) builder.derive(name, derived);
  }
  const block = (b: BlockInfo): BlockInfo => ({
    ...b,
    input: map(b.input),
    output: map(b.output),
    lowFeatures: b.lowFeatures.map(map),
  });
  const flows: FlowInfo[] = graph.flows.map((f) => ({ ...f, blocks: f.blocks.map(block) }));
  let layout: Map<number, Placement> | undefined;
  if (graph.layout !== undefined) {
    layout = new Map();
    for (const [v, p] of graph.layout) layout.set(map(v), { ...p, root: map(p.root) });
  }
  return {
    name: graph.name,
    nodes: builder.nodes,
    params: builder.params,
    input: map(graph.input),
    exits: graph.exits.map((e) => ({ ...e, logits: map(e.logits) })),
    flows,
    stem: graph.stem.map(map),
    ...(layout === undefined ? {} : { layout }),
  };
}

/** For each node, the ids of the nodes that read it. */
export function consumers(graph: Graph): number[][] {
  const users: number[][] = graph.nodes.map(() => []);
  for (const node of graph.nodes) for (const i of node.inputs) users[i].push(node.id);
  return users;
}
