import type { FieldProblem } from './errors.ts';
import type { Architecture } from './types.ts';

/*
 * Channel widths, walked exactly as the public RANet constructor computes them, to find convs
 * that would get zero output channels (the public `_init_weights` draws them with std
 * sqrt(2/(k*k*out_channels)), so the constructor raises ZeroDivisionError). Flow i starts at nChannels*G[i] channels; each layer adds growth = growthRate*G[i];
 * a fusion block also appends floor(out*cf) channels from conv_last; a transition keeps
 * floor(r*channels). The float expressions are evaluated in the same order as the Python code,
 * so the floors agree bit for bit.
 */

/** nb: flow i has nb[i+1] blocks, of which the first nb[i] are fusion blocks; nb[0] = 0. */
export function blocksPerFlow(arch: Architecture): number[] {
  return [0, ...arch.scaleList.map((_, i) => arch.nBlocks + arch.blockStep * i)];
}

/** Layers in the block at 1-based position k (the same in every flow). */
export function layersAt(arch: Architecture, k: number): number {
  return arch.stepMode === 'lg' ? k * arch.step : arch.step;
}

/** Whether the block at position k of a flow with `blocks` blocks at level `scale` ends with a transition. */
export function hasTransition(k: number, blocks: number, scale: number): boolean {
  for (let m = 0; m < scale - 1; m++) if (k === Math.floor(((m + 1) * blocks) / scale)) return true;
  return false;
}

export function widthProblems(arch: Architecture): FieldProblem[] {
  return [...growthSplitProblems(arch), ...blockWidthProblems(arch)];
}

/** A fused layer of flow i >= 1 splits its growth into a coarse-flow share and its own share. */
function growthSplitProblems(arch: Architecture): FieldProblem[] {
  const { growthRate: g, grFactor: G, compressFactor: cf } = arch;
  const problems: FieldProblem[] = [];
  let ownShareReported = false;
  for (let i = 1; i < G.length; i++) {
    const growth = g * G[i];
    const up = Math.floor(growth * cf);
    if (up === 0) {
      problems.push({
        path: ['architecture', 'grFactor', i],
        expected:
          `a factor with floor(growthRate*grFactor[${i}]*compressFactor) >= 1: each fused layer of ` +
          `flow ${i} takes that many channels from the coarser flow (conv_up), and 0 is a zero-width conv`,
        found: `${G[i]} (floor(${g}*${G[i]}*${cf}) = 0)`,
      });
    } else if (growth - up === 0 && !ownShareReported) {
      ownShareReported = true;
      problems.push({
        path: ['architecture', 'compressFactor'],
        expected:
          `a compressFactor that leaves each fused layer at least 1 channel of its own ` +
          `(growthRate*grFactor[i] - floor(growthRate*grFactor[i]*compressFactor) >= 1; conv_normal)`,
        found: `${cf} (flow ${i}: ${growth} - ${up} = 0)`,
      });
    }
  }
  return problems;
}

/** The widths of one block, at `scale_flows.{flow}.{block}` (0-based, as in the public state_dict). */
export interface BlockWidths {
  flow: number;
  block: number;
  /** Channels after its layers: input + layers*growth. */
  out: number;
  /** Fusion blocks: conv_last's output width, floor(out*cf). */
  convLast?: number;
  /** Blocks ending with a transition: its input (out, plus convLast) and output widths. */
  trans?: { in: number; out: number };
}

/** Every block's widths, in construction order. */
export function blockWidths(arch: Architecture): BlockWidths[] {
  const { nChannels: C, growthRate: g, grFactor: G, scaleList: S, compressFactor: cf, reduction: r } = arch;
  const nb = blocksPerFlow(arch);
  const blocks: BlockWidths[] = [];
  for (let i = 0; i < S.length; i++) {
    const growth = g * G[i];
    let width = C * G[i];
    for (let k = 1; k <= nb[i + 1]; k++) {
      const block: BlockWidths = { flow: i, block: k - 1, out: width + layersAt(arch, k) * growth };
      let total = block.out;
      if (k <= nb[i]) {
        block.convLast = Math.floor(block.out * cf);
        total += block.convLast;
      }
      if (hasTransition(k, nb[i + 1], S[i])) block.trans = { in: total, out: Math.floor(r * total) };
      width = block.trans ? block.trans.out : total;
      blocks.push(block);
    }
  }
  return blocks;
}

/** conv_last and transition widths; each reported once, at the first block where it is zero. */
function blockWidthProblems(arch: Architecture): FieldProblem[] {
  const { compressFactor: cf, reduction: r } = arch;
  const blocks = blockWidths(arch);
  const problems: FieldProblem[] = [];
  const convLast = blocks.find((b) => b.convLast === 0);
  if (convLast) {
    problems.push({
      path: ['architecture', 'compressFactor'],
      expected: `a compressFactor with floor(out*compressFactor) >= 1 for every fusion block's conv_last (out: the block's width)`,
      found: `${cf} (scale_flows.${convLast.flow}.${convLast.block}.conv_last: floor(${convLast.out}*${cf}) = 0)`,
    });
  }
  const trans = blocks.find((b) => b.trans?.out === 0);
  if (trans?.trans) {
    problems.push({
      path: ['architecture', 'reduction'],
      expected: `a reduction with floor(reduction*channels) >= 1 for every transition layer`,
      found: `${r} (scale_flows.${trans.flow}.${trans.block}.trans: floor(${r}*${trans.trans.in}) = 0)`,
    });
  }
  return problems;
}
