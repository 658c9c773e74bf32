import { flopsPerNode } from '../ir/cost.ts';
import type { Graph } from '../ir/types.ts';
import type { Kernel, KernelProgram } from './types.ts';

/**
 * Public-accounting FLOPs per sample of each kernel, by stage: each node's FLOPs go to the
 * kernel lowered from it (same name), and those of a node that lowers to no kernel to the next
 * kernel of its stage. A fused node keeps the count of what it absorbed (see the conv2d and
 * linear ops), so a stage's kernels sum to the stage's share of `exitCosts`; exits, gathers and
 * copies count nothing.
 */
export function kernelFlops(graph: Graph, program: KernelProgram): number[][] {
  if (graph.stages === undefined) throw new Error(`${graph.name}: kernel FLOPs need partitionAtExits first`);
  const flops = flopsPerNode(graph);
  return program.stages.map((stage, s) => {
    const { first, last } = graph.stages![s];
    const out = stage.kernels.map(() => 0);
    let pending = 0;
    for (let id = first; id <= last; id++) {
      const node = graph.nodes[id];
      pending += flops[id];
      if (pending === 0) continue;
      const k = stage.kernels.findIndex((kernel) => kernel.name === node.name);
      if (k < 0) continue;
      out[k] += pending;
      pending = 0;
    }
    if (pending !== 0) throw new Error(`${graph.name}: stage ${s} ends with ${pending} FLOPs no kernel runs`);
    return out;
  });
}

/**
 * Multiply-adds per sample of a convolution (at the size it computes) or a linear; 0 for other
 * kernels: what a kernel's rate against a multiply-add peak counts.
 */
export function kernelMadds(k: Kernel): number {
  if (k.kind === 'conv') {
    const [h, w] =
      k.coarse === undefined ? [k.output.height, k.output.width] : [k.coarse.height, k.coarse.width];
    return k.input.count * k.output.count * k.kernel * k.kernel * h * w;
  }
  if (k.kind === 'linear') {
    const pooled = k.pool === undefined ? 1 : k.pool.window * k.pool.window;
    return ((k.input.count * k.input.height * k.input.width) / pooled) * k.output.count;
  }
  return 0;
}
