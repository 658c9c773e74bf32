import type { Graph } from '../ir/types.ts';
import { fuseIntoConv } from './fuse-epilogue.ts';

/**
 * fuseActivations: conv -> ReLU, where the ReLU is the conv's only consumer, becomes one
 * conv with a ReLU epilogue: `relu(conv(x) + b)` computed in registers, never stored twice.
 * (After foldBatchNorm every ReLU in RANet directly follows a conv.)
 */
export function fuseActivations(graph: Graph): Graph {
  return fuseIntoConv(
    graph,
    'relu',
    (conv) => conv.attrs.activation === undefined && conv.attrs.resize === undefined,
    () => ({ activation: 'relu' }),
  );
}
