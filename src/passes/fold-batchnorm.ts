import type { Graph, NodeOf } from '../ir/types.ts';
import type { Rewriter } from './rewrite.ts';
import { consumers, rewrite } from './rewrite.ts';

/**
 * foldBatchNorm: conv -> BN becomes one conv with
 *   w'[o] = w[o] * s[o],  b'[o] = (b[o] - mean[o]) * s[o] + beta[o],  s = gamma / sqrt(var + eps)
 * (b = 0 for convs without bias; the ImageNet stem conv has one). Applies when the BN is the
 * conv's only consumer. The folded tensors are derived parameters: the runtime computes
 * them from the checkpoint at load time, the reference interpreter on first use.
 */
export function foldBatchNorm(graph: Graph): Graph {
  const users = consumers(graph);
  const foldable = (bn: NodeOf<'batchnorm'>): NodeOf<'conv2d'> | undefined => {
    const conv = graph.nodes[bn.inputs[0]];
    return conv.op === 'conv2d' && users[conv.id].length === 1 && conv.attrs.activation === undefined
      ? conv
      : undefined;
  };
  const folded = new Set<number>();
  for (const node of graph.nodes) {
    if (node.op === 'batchnorm') {
      const conv = foldable(node);
      if (conv !== undefined) folded.add(conv.id);
    }
  }
  return rewrite(graph, (node, r) => {
    if (folded.has(node.id)) return undefined;
    if (node.op === 'batchnorm') {
      const conv = foldable(node);
      if (conv !== undefined) return foldInto(conv, node, r);
    }
    return r.keep(node);
  });
}

function foldInto(conv: NodeOf<'conv2d'>, bn: NodeOf<'batchnorm'>, r: Rewriter): number {
  const a = bn.attrs;
  const recipe = {
    conv:
      conv.attrs.bias === undefined
        ? { weight: conv.attrs.weight }
        : { weight: conv.attrs.weight, bias: conv.attrs.bias },
    bn: { weight: a.weight, bias: a.bias, mean: a.mean, variance: a.variance, eps: a.eps },
  };
  const attrs = {
    outChannels: conv.attrs.outChannels,
    kernel: conv.attrs.kernel,
    stride: conv.attrs.stride,
    pad: conv.attrs.pad,
    weight: `${conv.name}.folded_weight`,
    bias: `${conv.name}.folded_bias`,
  };
  const id = r.add('conv2d', [r.map(conv.inputs[0])], attrs, conv.name, conv.scope);
  r.builder.derive(attrs.weight, { kind: 'folded-weight', ...recipe });
  r.builder.derive(attrs.bias, { kind: 'folded-bias', ...recipe });
  return id;
}
