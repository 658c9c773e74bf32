import type { Graph } from '../ir/types.ts';
import { verifyGraph } from '../ir/verify.ts';
import { eliminateDeadCode } from './dce.ts';
import { foldBatchNorm } from './fold-batchnorm.ts';
import { fuseActivations } from './fuse-activations.ts';
import { fuseHeads } from './fuse-heads.ts';
import { fuseResize } from './fuse-resize.ts';
import { partitionAtExits } from './partition.ts';
import { placeConcats } from './place-concats.ts';

export interface Pass {
  readonly name: string;
  readonly run: (graph: Graph) => Graph;
}

/** The optimizing pipeline, in order. Memory planning follows lowering (see `src/schedule/memory.ts`). */
export const OPTIMIZE: readonly Pass[] = [
  { name: 'foldBatchNorm', run: foldBatchNorm },
  { name: 'fuseActivations', run: fuseActivations },
  { name: 'fuseResize', run: fuseResize },
  { name: 'fuseHeads', run: fuseHeads },
  { name: 'eliminateDeadCode', run: eliminateDeadCode },
  { name: 'placeConcats', run: placeConcats },
  { name: 'partitionAtExits', run: partitionAtExits },
];

/** The baseline for benchmarks: one kernel per op (no folding, fusion or zero-copy concat). */
export const UNFUSED: readonly Pass[] = [
  { name: 'eliminateDeadCode', run: eliminateDeadCode },
  { name: 'partitionAtExits', run: partitionAtExits },
];

export interface RunOptions {
  /** Run `verifyGraph` after every pass. */
  readonly verify?: boolean;
  /** Called with each pass's result (for `--dump-after`). */
  readonly after?: (pass: string, graph: Graph) => void;
}

export function runPasses(graph: Graph, passes: readonly Pass[], options: RunOptions = {}): Graph {
  let g = graph;
  for (const pass of passes) {
    g = pass.run(g);
    if (options.verify) verifyGraph(g);
    options.after?.(pass.name, g);
  }
  return g;
}
