import type { Kernel, KernelProgram, View } from '../kernels/types.ts';

export interface MemoryPlan {
  /** Per buffer: offset in the activation arena, in elements per sample (multiply by the batch). */
  readonly offsets: readonly number[];
  /** Arena size in elements per sample: the peak of live buffers under this placement. */
  readonly peak: number;
  /** What the arena would hold with one region per buffer and no reuse. */
  readonly unshared: number;
}

/** Offsets are multiples of this many elements so every region starts 256-byte aligned at any batch. */
const ALIGN = 64;

export function buffersRead(k: Kernel): number[] {
  switch (k.kind) {
    case 'gather':
      return [k.from];
    case 'exit':
      return [k.logits.buffer];
    default:
      return [k.input.buffer];
  }
}

export function buffersWritten(k: Kernel): number[] {
  switch (k.kind) {
    case 'gather':
      return [k.to];
    case 'exit':
      return [];
    default:
      return [k.output.buffer];
  }
}

/**
 * planMemory: assigns arena offsets by liveness. A buffer is live from the first kernel that
 * touches it to the last (the input from the start); buffers whose lifetimes overlap get
 * disjoint regions. Placement is greedy, largest first, at the lowest offset that fits
 * (the usual offset-assignment heuristic for static graphs).
 */
export function planMemory(program: KernelProgram): MemoryPlan {
  const n = program.buffers.length;
  const first = new Array<number>(n).fill(Infinity);
  const last = new Array<number>(n).fill(-Infinity);
  const touch = (b: number, t: number): void => {
    first[b] = Math.min(first[b], t);
    last[b] = Math.max(last[b], t);
  };
  touch(program.input.buffer, -1);
  let t = 0;
  for (const stage of program.stages) {
    for (const k of stage.kernels) {
      for (const b of [...buffersRead(k), ...buffersWritten(k)]) touch(b, t);
      t++;
    }
  }
  const size = (b: number): number => Math.ceil(program.buffers[b].perSample / ALIGN) * ALIGN;
  const order = program.buffers.map((b) => b.id).filter((b) => first[b] <= last[b]);
  order.sort((a, b) => size(b) - size(a) || a - b);
  const offsets = new Array<number>(n).fill(0);
  const placed: number[] = [];
  let peak = 0;
  for (const b of order) {
    const clashes = placed
      .filter((o) => first[o] <= last[b] && first[b] <= last[o])
      .map((o) => [offsets[o], offsets[o] + size(o)] as const)
      .sort((x, y) => x[0] - y[0]);
    let at = 0;
    for (const [start, end] of clashes) {
      if (at + size(b) <= start) break;
      at = Math.max(at, end);
    }
    offsets[b] = at;
    placed.push(b);
    peak = Math.max(peak, at + size(b));
  }
  return { offsets, peak, unshared: order.reduce((s, b) => s + size(b), 0) };
}

/** Element index of (sample 0, channel 0 of the view) and the per-sample stride, in the arena. */
export function viewBase(
  plan: MemoryPlan,
  maxBatch: number,
  v: View,
): { base: number; sampleStride: number } {
  return {
    base: plan.offsets[v.buffer] * maxBatch + v.offset * v.height * v.width,
    sampleStride: v.channels * v.height * v.width,
  };
}
