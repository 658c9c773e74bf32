import { windowOut } from '../ir/ops/def.ts';
import type { Graph, Node, OpAttrs } from '../ir/types.ts';
import { placementOf } from '../ir/placement.ts';
import type { BufferDecl, Kernel, KernelProgram, StagePlan, View } from './types.ts';

const dims = (shape: readonly number[]): [number, number, number] =>
  shape.length === 3 ? [shape[0], shape[1], shape[2]] : [shape[0], 1, 1];

/**
 * Lowers a partitioned graph to the kernel IR: one kernel per computing node (concats that
 * `placeConcats` made free emit nothing; others copy), an exit kernel after each stage, and
 * after every exit but the last, one gather per buffer the continuing samples still need.
 * From a gather on, later kernels use the gathered buffer.
 */
export function lowerGraph(graph: Graph, classes: number): KernelProgram {
  if (graph.stages === undefined) throw new Error(`${graph.name}: lowering needs partitionAtExits first`);
  const buffers: BufferDecl[] = [];
  const current = new Map<number, number>();
  const declare = (perSample: number, label: string): number => {
    buffers.push({ id: buffers.length, perSample, label });
    return buffers.length - 1;
  };
  const bufferOf = (root: number): number => {
    let id = current.get(root);
    if (id === undefined) {
      const node = graph.nodes[root];
      id = declare(
        dims(node.type.shape).reduce((a, b) => a * b, 1),
        `${node.name} [${node.type.shape.join('x')}]`,
      );
      current.set(root, id);
    }
    return id;
  };
  const alias = new Map<number, number>();
  const source = (id: number): number => alias.get(id) ?? id;
  const view = (value: number): View => {
    const id = source(value);
    const p = placementOf(graph, id);
    const [channels, height, width] = dims(graph.nodes[p.root].type.shape);
    const [count] = dims(graph.nodes[id].type.shape);
    return { buffer: bufferOf(p.root), channels, offset: p.channelOffset, count, height, width };
  };
  const input = view(graph.input);
  const stages: StagePlan[] = graph.stages.map((stage, s) => {
    const kernels: Kernel[] = [];
    for (let id = stage.first; id <= stage.last; id++) {
      kernels.push(...lowerNode(graph, graph.nodes[id], view, alias));
    }
    const last = s === graph.stages!.length - 1;
    kernels.push({
      kind: 'exit',
      name: `exit${stage.exit}`,
      exit: stage.exit,
      logits: view(stage.last),
      last,
    });
    if (!last) {
      for (const root of stage.liveOut) {
        const from = bufferOf(root);
        const written = writtenPerSample(graph, root, stage.last);
        const to = declare(buffers[from].perSample, `${buffers[from].label} after exit ${stage.exit}`);
        current.set(root, to);
        kernels.push({
          kind: 'gather',
          name: `gather${from}`,
          exit: stage.exit,
          from,
          to,
          perSample: written,
        });
      }
    }
    return { exit: stage.exit, kernels };
  });
  return { name: graph.name, classes, input, buffers, stages };
}

/**
 * Elements per sample of `root`'s buffer written by nodes up to `last`: a channel prefix in
 * RANet. A concat covers its channels too: in place, its inputs wrote them; otherwise its copies.
 */
function writtenPerSample(graph: Graph, root: number, last: number): number {
  const [, h, w] = dims(graph.nodes[root].type.shape);
  let end = 0;
  for (let id = 0; id <= last; id++) {
    const p = placementOf(graph, id);
    if (p.root === root) {
      end = Math.max(end, p.channelOffset + dims(graph.nodes[id].type.shape)[0]);
    }
  }
  return end * h * w;
}

function lowerNode(
  graph: Graph,
  node: Node,
  view: (id: number) => View,
  alias: Map<number, number>,
): Kernel[] {
  const name = node.name;
  switch (node.op) {
    case 'input':
      return [];
    case 'conv2d': {
      const a = node.attrs;
      return [
        {
          kind: 'conv',
          name,
          input: view(node.inputs[0]),
          output: view(node.id),
          kernel: a.kernel,
          stride: a.stride,
          pad: a.pad,
          relu: a.activation === 'relu',
          ...(a.resize === undefined
            ? {}
            : { coarse: coarseSize(graph.nodes[node.inputs[0]].type.shape, a) }),
          weight: a.weight,
          ...(a.bias === undefined ? {} : { bias: a.bias }),
        },
      ];
    }
    case 'batchnorm': {
      const { weight, bias, mean, variance, eps } = node.attrs;
      const params = { weight, bias, mean, variance, eps };
      return [{ kind: 'batchnorm', name, input: view(node.inputs[0]), output: view(node.id), params }];
    }
    case 'relu':
      return [{ kind: 'relu', name, input: view(node.inputs[0]), output: view(node.id) }];
    case 'resize':
      return [{ kind: 'resize', name, input: view(node.inputs[0]), output: view(node.id) }];
    case 'maxpool':
    case 'avgpool': {
      const pad = node.op === 'maxpool' ? node.attrs.pad : 0;
      const { kernel: window, stride } = node.attrs;
      return [
        { kind: node.op, name, input: view(node.inputs[0]), output: view(node.id), window, stride, pad },
      ];
    }
    case 'concat': {
      const out = placementOf(graph, node.id);
      let offset = out.channelOffset;
      const copies: Kernel[] = [];
      for (const i of node.inputs) {
        const p = placementOf(graph, i);
        const src = view(i);
        if (p.root !== out.root || p.channelOffset !== offset) {
          const dst = { ...view(node.id), offset, count: src.count };
          copies.push({ kind: 'copy', name: `${name}.copy${copies.length}`, input: src, output: dst });
        }
        offset += src.count;
      }
      return copies;
    }
    case 'flatten':
      alias.set(node.id, alias.get(node.inputs[0]) ?? node.inputs[0]);
      return [];
    case 'linear': {
      const { weight, bias, pool } = node.attrs;
      return [
        {
          kind: 'linear',
          name,
          input: view(node.inputs[0]),
          ...(pool === undefined ? {} : { pool: { window: pool.kernel, stride: pool.stride } }),
          output: view(node.id),
          weight,
          bias,
        },
      ];
    }
    case 'softmax':
      throw new Error(`${name}: softmax is computed by exit kernels, not lowered on its own`);
  }
}

/** The size a conv computes before its fused resize. */
function coarseSize(input: readonly number[], a: OpAttrs['conv2d']): { height: number; width: number } {
  return {
    height: windowOut(input[1], a.kernel, a.stride, a.pad),
    width: windowOut(input[2], a.kernel, a.stride, a.pad),
  };
}
