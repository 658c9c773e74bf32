import { declaredParams, inferShape } from './ops/index.ts';
import type { DType, FoldedParam, Node, OpAttrs, OpName, ParamSpec, Scope, ValueType } from './types.ts';

/**
 * Builds a graph node by node, inferring each node's type from the op table and collecting
 * the parameters the ops declare. Nodes get ids in insertion order, which must be execution order.
 */
export class GraphBuilder {
  readonly nodes: Node[] = [];
  readonly params = new Map<string, ParamSpec>();

  constructor(private readonly dtype: DType = 'f32') {}

  input(shape: readonly number[], name = 'input'): number {
    const node = {
      id: this.nodes.length,
      op: 'input',
      inputs: [],
      attrs: {},
      type: { shape, dtype: this.dtype },
      name,
      scope: { part: 'input' },
    } satisfies Node;
    this.nodes.push(node);
    return node.id;
  }

  add<Op extends OpName>(
    op: Op,
    inputs: readonly number[],
    attrs: OpAttrs[Op],
    name: string,
    scope: Scope,
  ): number {
    const types = inputs.map((i) => this.type(i));
    let shape: readonly number[];
    try {
      shape = inferShape(op, types, attrs);
    } catch (e) {
      throw new Error(`${name}: ${(e as Error).message}`, { cause: e });
    }
    const id = this.nodes.length;
    for (const p of declaredParams(op, types, attrs)) {
      const known = this.params.get(p.name);
      if (known !== undefined) throw new Error(`${name}: parameter ${p.name} declared twice`);
      this.params.set(p.name, { ...p, owner: id });
    }
    const type: ValueType = { shape, dtype: this.dtype };
    this.nodes.push({ id, op, inputs, attrs, type, name, scope } as Node);
    return id;
  }

  /** Marks a declared parameter as computed from checkpoint tensors rather than read from one. */
  derive(name: string, recipe: FoldedParam): void {
    const p = this.params.get(name);
    if (p === undefined) throw new Error(`cannot derive undeclared parameter ${name}`);
    this.params.set(name, { ...p, derived: recipe });
  }

  type(id: number): ValueType {
    const node = this.nodes[id];
    if (node === undefined) throw new Error(`no node ${id}`);
    return node.type;
  }
}
