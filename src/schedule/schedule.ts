import type { Graph } from '../ir/types.ts';
import type { ExitKernel, GatherKernel, Kernel, KernelProgram, View } from '../kernels/types.ts';
import type { ControlLayout, OutputLayout } from '@ranetc/runtime';
import type { MemoryPlan } from './memory.ts';
import { viewBase } from './memory.ts';
import type { F32, KernelDesc, Launch, Schedule, WeightsWindow } from './types.ts';
import { layoutWeights, paramsOf } from './weights.ts';
import { kernelFlops } from '../kernels/flops.ts';

export interface ScheduleInput {
  readonly graph: Graph;
  readonly program: KernelProgram;
  readonly memory: MemoryPlan;
  readonly maxBatch: number;
  readonly exitFlops: readonly number[];
  readonly normalize?: { readonly mean: readonly number[]; readonly std: readonly number[] };
  /**
   * Elements of the weights buffer one launch may address (a target's binding limit, e.g.
   * WebGPU's maxStorageBufferBindingSize); default: no limit. Larger weights are bound per
   * launch as a window that holds the launch's own parameters.
   */
  readonly weightsWindow?: number;
}

/** Window starts are multiples of this many elements: 256 bytes in f16, WebGPU's largest storage offset alignment. */
const WINDOW_ALIGN = 128;

type Params = [string, number][];

/** Resolves views and parameter names to arena and weights offsets. */
interface Addressing {
  base(v: View): number;
  sampleStride(v: View): number;
  /** Weights-buffer offset of a parameter, in elements. */
  weight(name: string): number;
}

/**
 * Control words: counts[s] (active samples of stage s), two ping-pong lists of active samples'
 * original indices, the compaction's source slots, then one threshold per exit.
 */
function controlLayout(exits: number, maxBatch: number): ControlLayout {
  const counts = 0;
  const ids: [number, number] = [exits + 1, exits + 1 + maxBatch];
  const source = exits + 1 + 2 * maxBatch;
  const thresholds = source + maxBatch;
  return { words: thresholds + exits, counts, ids, source, thresholds };
}

/** Output words: the final (class, exit, confidence) per sample, then per exit the anytime view, then logits. */
function outputLayout(exits: number, maxBatch: number, classes: number): OutputLayout {
  const final = 0;
  const perExit = 3 * maxBatch;
  const logits = perExit + 2 * maxBatch * exits;
  return { words: logits + exits * maxBatch * classes, final, perExit, logits };
}

/**
 * Schedules a kernel program for `maxBatch` samples: weights layout, control and output
 * words, and one launch per kernel. Stage s's kernels run on counts[s] samples (set by the
 * host for s = 0, by exit s - 1 otherwise); the gathers after exit s on counts[s + 1].
 */
export function schedule(input: ScheduleInput): Schedule {
  const { graph, program, memory, maxBatch } = input;
  const exits = program.stages.length;
  const weights = layoutWeights(graph, program);
  const tensorOf = new Map(weights.tensors.map((t) => [t.name, t]));
  const at: Addressing = {
    base: (v) => viewBase(memory, maxBatch, v).base,
    sampleStride: (v) => viewBase(memory, maxBatch, v).sampleStride,
    weight: (name) => {
      const tensor = tensorOf.get(name);
      if (tensor === undefined) throw new Error(`parameter ${name} has no place in the weights buffer`);
      return tensor.offset;
    },
  };
  const limit = input.weightsWindow ?? Infinity;
  /** The window a kernel binds: from its first parameter (or 0), as much as the limit allows. */
  const windowOf = (k: Kernel): WeightsWindow | undefined => {
    if (weights.elements <= limit) return undefined;
    const spans = paramsOf(graph, k).map(([name]) => tensorOf.get(name)!);
    if (spans.length === 0) return { first: 0, elements: limit };
    const first = Math.floor(Math.min(...spans.map((t) => t.offset)) / WINDOW_ALIGN) * WINDOW_ALIGN;
    const end = Math.max(...spans.map((t) => t.offset + t.length));
    if (end - first > limit)
      throw new Error(
        `${program.name}: kernel ${k.name} reads ${end - first} weight elements, more than one binding addresses (${limit})`,
      );
    return { first, elements: Math.min(limit, weights.elements - first) };
  };
  const control = controlLayout(exits, maxBatch);
  const output = outputLayout(exits, maxBatch, program.classes);
  const flops = kernelFlops(graph, program);
  const launchOf = (k: Kernel, s: number, i: number, at: Addressing): Launch => {
    if (k.kind === 'exit') return exitLaunch(k, s, at, control, output, maxBatch);
    const countAt = control.counts + (k.kind === 'gather' ? s + 1 : s);
    const grid = { kind: 'perSample', countAt } as const;
    if (k.kind === 'gather') return gatherLaunch(k, program.buffers[k.from].perSample, at, control, grid);
    return { label: k.name, ...describe(k, at), grid, flops: flops[s][i] };
  };
  const stages = program.stages.map((stage, s) => ({
    exit: stage.exit,
    launches: stage.kernels.map((k, i): Launch => {
      const window = windowOf(k);
      if (window === undefined) return launchOf(k, s, i, at);
      const relative = { ...at, weight: (name: string) => at.weight(name) - window.first };
      return { ...launchOf(k, s, i, relative), weights: window };
    }),
  }));
  const inputView = program.input;
  return {
    model: {
      name: program.name,
      classes: program.classes,
      exits,
      maxBatch,
      input: {
        channels: inputView.channels,
        height: inputView.height,
        width: inputView.width,
        base: at.base(inputView),
        sampleStride: at.sampleStride(inputView),
      },
      ...(input.normalize === undefined ? {} : { normalize: input.normalize }),
      exitFlops: input.exitFlops,
      arenaElements: memory.peak * maxBatch,
      weights,
      control,
      output,
    },
    stages,
  };
}

/** The input and output views' bases and per-sample strides. */
const io = (k: { input: View; output: View }, at: Addressing): Params => [
  ['in_base', at.base(k.input)],
  ['in_stride', at.sampleStride(k.input)],
  ['out_base', at.base(k.output)],
  ['out_stride', at.sampleStride(k.output)],
];

const f32Bits = (x: number): number => new Uint32Array(Float32Array.of(x).buffer)[0];

/** `(in - 1) / (out - 1)` as PyTorch rounds it (f32): the align_corners source step. */
const alignCornersScale = (inSize: number, outSize: number): F32 => ({
  f32: outSize > 1 ? Math.fround((inSize - 1) / (outSize - 1)) : 0,
});

/** What a computing kernel is, for a renderer, and its run-time parameters. */
function describe(
  k: Exclude<Kernel, ExitKernel | GatherKernel>,
  at: Addressing,
): { kernel: KernelDesc; params: Params } {
  switch (k.kind) {
    case 'conv': {
      const { height: oh, width: ow } = k.output;
      const shape = {
        h: k.input.height,
        w: k.input.width,
        oh,
        ow,
        k: k.kernel,
        stride: k.stride,
        pad: k.pad,
      };
      const resize =
        k.coarse === undefined
          ? undefined
          : {
              ih: k.input.height,
              iw: k.input.width,
              ch: k.coarse.height,
              cw: k.coarse.width,
              scaleY: alignCornersScale(k.coarse.height, oh),
              scaleX: alignCornersScale(k.coarse.width, ow),
              coarsePixels: k.coarse.height * k.coarse.width,
            };
      return {
        kernel: {
          kind: 'conv',
          shape,
          epilogue: { relu: k.relu, bias: k.bias !== undefined },
          cin: k.input.count,
          cout: k.output.count,
          ...(resize === undefined ? {} : { resize }),
        },
        params: [
          ['cin', k.input.count],
          ...io(k, at),
          ['w_off', at.weight(k.weight)],
          ['b_off', k.bias === undefined ? 0 : at.weight(k.bias)],
          ['cout', k.output.count],
        ],
      };
    }
    case 'batchnorm':
    case 'relu':
    case 'copy': {
      const hw = k.input.height * k.input.width;
      const p = k.params;
      const bn: Params =
        k.kind === 'batchnorm' && p !== undefined
          ? [
              ['gamma', at.weight(p.weight)],
              ['beta', at.weight(p.bias)],
              ['mean', at.weight(p.mean)],
              ['variance', at.weight(p.variance)],
              ['eps', f32Bits(p.eps)],
            ]
          : [];
      return {
        kernel: { kind: 'elementwise', constants: { op: k.kind, hw }, elements: k.input.count * hw },
        params: [['channels', k.input.count], ...io(k, at), ...bn],
      };
    }
    case 'resize': {
      const [h, w, oh, ow] = [k.input.height, k.input.width, k.output.height, k.output.width];
      return {
        kernel: {
          kind: 'resize',
          constants: { h, w, oh, ow, scaleY: alignCornersScale(h, oh), scaleX: alignCornersScale(w, ow) },
          elements: k.output.count * oh * ow,
        },
        params: [['channels', k.input.count], ...io(k, at)],
      };
    }
    case 'maxpool':
    case 'avgpool': {
      const [oh, ow] = [k.output.height, k.output.width];
      return {
        kernel: {
          kind: 'pool',
          constants: {
            op: k.kind,
            h: k.input.height,
            w: k.input.width,
            oh,
            ow,
            window: k.window,
            stride: k.stride,
            pad: k.pad,
            windowArea: k.window * k.window,
          },
          elements: k.output.count * oh * ow,
        },
        params: [['channels', k.input.count], ...io(k, at)],
      };
    }
    case 'linear': {
      const { height: h, width: w, count: c } = k.input;
      const pool = k.pool;
      const poh = pool === undefined ? h : Math.floor((h - pool.window) / pool.stride) + 1;
      const pow = pool === undefined ? w : Math.floor((w - pool.window) / pool.stride) + 1;
      return {
        kernel: {
          kind: 'linear',
          constants: {
            features: c * poh * pow,
            classes: k.output.count,
            pool: pool?.window ?? false,
            poolStride: pool?.stride ?? 0,
            poolArea: pool === undefined ? 0 : pool.window * pool.window,
            poh,
            pow,
            pooledHW: poh * pow,
            h,
            w,
          },
        },
        params: [...io(k, at), ['w_off', at.weight(k.weight)], ['b_off', at.weight(k.bias)]],
      };
    }
  }
}

/** A gather: both buffers have the same per-sample `stride`. */
function gatherLaunch(
  k: GatherKernel,
  stride: number,
  at: Addressing,
  control: ControlLayout,
  grid: Launch['grid'],
): Launch {
  const base = (b: number): number =>
    at.base({ buffer: b, channels: 1, offset: 0, count: 1, height: 1, width: 1 });
  return {
    label: k.name,
    kernel: { kind: 'gather', constants: { perSample: k.perSample, source: control.source } },
    params: [
      ['in_base', base(k.from)],
      ['in_stride', stride],
      ['out_base', base(k.to)],
      ['out_stride', stride],
    ],
    grid,
    flops: 0,
  };
}

function exitLaunch(
  k: ExitKernel,
  stage: number,
  at: Addressing,
  control: ControlLayout,
  output: OutputLayout,
  maxBatch: number,
): Launch {
  const classes = k.logits.count;
  return {
    label: k.name,
    kernel: {
      kind: 'exit',
      exit: k.exit,
      last: k.last,
      classes,
      words: {
        countAt: control.counts + stage,
        nextCountAt: control.counts + stage + 1,
        thresholdAt: control.thresholds + stage,
        idsIn: control.ids[stage % 2],
        idsOut: control.ids[(stage + 1) % 2],
        sourceAt: control.source,
        finalAt: output.final,
        perExitAt: output.perExit + 2 * maxBatch * stage,
        logitsAt: output.logits + maxBatch * classes * stage,
      },
    },
    params: [
      ['out_base', at.base(k.logits)],
      ['out_stride', at.sampleStride(k.logits)],
    ],
    grid: { kind: 'single' },
    flops: 0,
  };
}

/** The target-independent head of a plan: format, target and precision, then the model's layout. */
export function planHead<T extends string>(
  s: Schedule,
  target: T,
  precision: 'f32' | 'f16',
): { format: 'ranetc-plan/1'; target: T; precision: 'f32' | 'f16' } & Schedule['model'] {
  return { format: 'ranetc-plan/1', target, precision, ...s.model };
}

/** A kernel's constants with every F32 printed by `literal` (the target's f32 literal syntax). */
export function printConstants<C extends object>(
  constants: C,
  literal: (x: number) => string,
): Readonly<Record<string, number | string | boolean>> {
  return Object.fromEntries(
    Object.entries(constants).map(([key, v]: [string, unknown]) => [
      key,
      typeof v === 'object' && v !== null && 'f32' in v
        ? literal((v as F32).f32)
        : (v as number | string | boolean),
    ]),
  );
}
