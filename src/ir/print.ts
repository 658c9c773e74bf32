import type { Graph, Node } from './types.ts';

function attrsText(node: Node): string {
  switch (node.op) {
    case 'conv2d': {
      const a = node.attrs;
      const parts = [`k${a.kernel}`, `s${a.stride}`, `p${a.pad}`];
      if (a.bias !== undefined) parts.push('bias');
      if (a.activation !== undefined) parts.push(a.activation);
      if (a.resize !== undefined) parts.push(`resize ${a.resize.height}x${a.resize.width}`);
      return parts.join(' ');
    }
    case 'maxpool':
      return `k${node.attrs.kernel} s${node.attrs.stride} p${node.attrs.pad}`;
    case 'avgpool':
      return `k${node.attrs.kernel} s${node.attrs.stride}`;
    case 'resize':
      return `${node.attrs.height}x${node.attrs.width} align_corners`;
    case 'linear': {
      const pool = node.attrs.pool;
      return pool === undefined ? '' : `avgpool k${pool.kernel} s${pool.stride}`;
    }
    default:
      return '';
  }
}

/** A readable listing of a graph: one line per node, with placements, stages and exits. */
export function printGraph(graph: Graph): string {
  const lines = [
    `graph ${graph.name}: ${graph.nodes.length} nodes, ${graph.params.size} params, ${graph.exits.length} exits`,
  ];
  const exitAt = new Map(graph.exits.map((e) => [e.logits, e.index]));
  const stageStart = new Map((graph.stages ?? []).map((s) => [s.first, s]));
  for (const node of graph.nodes) {
    const stage = stageStart.get(node.id);
    if (stage !== undefined) lines.push(`stage ${stage.exit}:`);
    const args = node.inputs.map((i) => `%${i}`).join(', ');
    const type = `${node.type.dtype}[${node.type.shape.join('x')}]`;
    const placed = graph.layout?.get(node.id);
    const where = placed === undefined ? '' : ` @%${placed.root}[${placed.channelOffset}:]`;
    const attrs = attrsText(node);
    const exit = exitAt.has(node.id) ? `  -> exit ${exitAt.get(node.id)}` : '';
    lines.push(
      `  %${node.id} = ${node.op}(${args})${attrs ? ` ${attrs}` : ''} : ${type}${where}  # ${node.name}${exit}`,
    );
  }
  for (const s of graph.stages ?? []) {
    if (s.liveOut.length > 0)
      lines.push(`live after exit ${s.exit}: ${s.liveOut.map((r) => `%${r}`).join(', ')}`);
  }
  return lines.join('\n');
}
