/**
 * Stage kernels: a whole stage of the schedule (its layers, its exit kernel and the gathers
 * after it) as one dispatch of one workgroup, for chunks of few inputs, where today's build
 * spends its time launching a dispatch per layer. The stage's launches become a loop over
 * them in one shader: each layer a function over the active samples' work items, shaped like
 * the layer's own kernel, followed by a `storageBarrier()` that makes its output visible to
 * the next (a storage barrier synchronizes one workgroup only, hence one workgroup for all the
 * samples of the chunk). Parameter words are compile-time constants here: a stage kernel is
 * its stage's alone. Within WebGPU's default limits: 256 threads, workgroup memory under 16 KiB.
 */
import type { Launch, Schedule, ScheduledStage } from '../../schedule/types.ts';
import { CONV_GROUP } from '../../schedule/weights.ts';
import { LIMITS } from './limits.ts';
import { render } from './templates.ts';

/** Threads of a stage kernel's workgroup (the exit's prefix sum is written for 256). */
const THREADS = 256;
/**
 * f32 words of workgroup memory a layer may share between its threads (a head's features, a
 * conv-resize's coarse maps), leaving room for the exit's prefix sum.
 */
export const STAGE_SHARED_WORDS = 3584;

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

/** Pixels per item of the register-tiled convolutions: a function of the template for each. */
const CONV_WIDTHS = [4, 8] as const;

/**
 * Why `schedule` cannot run as stage kernels, or undefined when it can: a launch that binds a
 * window of the weights (a stage kernel binds them whole), or one whose shared data does not fit
 * the workgroup memory left.
 */
export function stageKernelsUnfit(schedule: Schedule): string | undefined {
  for (const [s, stage] of schedule.stages.entries()) {
    const bytes = 16 * stageParamVectors(stage);
    if (bytes > LIMITS.uniformBinding)
      return `stage ${s}'s parameter block takes ${bytes} bytes, over ${LIMITS.uniformBinding}`;
  }
  for (const stage of schedule.stages)
    for (const l of stage.launches) {
      if (l.weights !== undefined) return `${l.label} binds a window of the weights`;
      const k = l.kernel;
      const words =
        k.kind === 'linear'
          ? k.constants.features
          : k.kind === 'conv' && k.resize !== undefined
            ? CONV_GROUP * k.resize.coarsePixels
            : 0;
      if (words > STAGE_SHARED_WORDS)
        return `${l.label} shares ${words} words of workgroup memory, over ${STAGE_SHARED_WORDS}`;
    }
  return undefined;
}

/** Per launch of a stage: its counter word and blocks per sample in the multi-dispatch build. */
export interface StageCounter {
  readonly at: number;
  readonly blocks: number;
}

/** 4-word vectors of a layer record in the parameter block (see the template). */
const RECORD_VECTORS = 8;
/** Each kind's code in record word 0, as the template's `switch` reads it. */
const KIND_CODE = {
  conv: 0,
  'conv-resize': 1,
  elementwise: 2,
  resize: 3,
  pool: 4,
  linear: 5,
  exit: 6,
  gather: 7,
} as const;

/**
 * The stage kernel: one WGSL shader for every stage of a build (`f16` storage, `counted` builds
 * with counters); the stage it runs is its parameter block, `stageParams`.
 */
export function stageKernel(
  model: Schedule['model'],
  f16: boolean,
  counted: boolean,
  vectors: number,
): string {
  if (4 * (STAGE_SHARED_WORDS + THREADS + 1) > LIMITS.workgroupStorage)
    throw new Error('stage kernels: workgroup memory over the default limit');
  return render('stage', {
    f16,
    counted,
    shared: STAGE_SHARED_WORDS,
    recordVectors: RECORD_VECTORS,
    paramVectors: vectors,
    maxBatch: model.maxBatch,
    convWidths: CONV_WIDTHS.map((width) => {
      const pixels = Array.from({ length: width }, (_, j) => j);
      // 3x3 at stride 1: pixel j's taps are inputs j, j + 1 and j + 2 of a window of width + 2.
      const window = Array.from({ length: width + 2 }, (_, i) => i);
      return { width, pixels, window, taps: pixels.map((j) => ({ j, k0: j, k1: j + 1, k2: j + 2 })) };
    }),
  });
}

/** Vectors of a stage's parameter block: its header and a record per launch. */
export const stageParamVectors = (stage: ScheduledStage): number =>
  1 + RECORD_VECTORS * stage.launches.length;

/**
 * Stage `s`'s parameter block: its number of layers and count word, then a record per launch
 * (words 0 to 6: kind, input base and stride, output base and stride, counter word and blocks;
 * from 8: the kind's shape and parameters). `counters[i]`: where launch i counts, in builds with
 * counters. Padded to `vectors` vectors (every stage of a build binds the same block size).
 */
export function stageParams(
  stage: ScheduledStage,
  s: number,
  model: Schedule['model'],
  counters: readonly (StageCounter | undefined)[] | undefined,
  vectors: number,
): number[] {
  const words = new Array<number>(4 * vectors).fill(0);
  words[0] = stage.launches.length;
  words[1] = model.control.counts + s;
  stage.launches.forEach((l, i) => {
    const record = layerRecord(l);
    const at = 4 + 4 * RECORD_VECTORS * i;
    const named = new Map(l.params);
    const io = ['in_base', 'in_stride', 'out_base', 'out_stride'].map((n) => named.get(n) ?? 0);
    const c = counters?.[i];
    [KIND_CODE[record.kind], ...io, c?.at ?? 0, c?.blocks ?? 0, 0, ...record.words].forEach(
      (w, j) => (words[at + j] = w),
    );
  });
  return words;
}

const f32Bits = (x: number): number => new Uint32Array(Float32Array.of(x).buffer)[0];
const flag = (b: boolean | number): number => (b === false || b === 0 ? 0 : 1);

/** A launch's kind and record words from 8 on, in the order the template reads them. */
function layerRecord(l: Launch): { kind: keyof typeof KIND_CODE; words: number[] } {
  const named = new Map(l.params);
  const param = (n: string): number => {
    const v = named.get(n);
    if (v === undefined) throw new Error(`${l.label}: no parameter ${n}`);
    return v;
  };
  const k = l.kernel;
  switch (k.kind) {
    case 'conv': {
      const groups = ceilDiv(k.cout, CONV_GROUP);
      const { h, w, oh, ow, k: size, stride, pad } = k.shape;
      const weights = [param('cin'), param('cout'), param('w_off'), param('b_off')];
      if (k.resize !== undefined) {
        const r = k.resize;
        const words = CONV_GROUP * r.coarsePixels;
        const perPass = Math.max(1, Math.min(groups, Math.floor(STAGE_SHARED_WORDS / words)));
        return {
          kind: 'conv-resize',
          words: [
            ...weights,
            ...[r.ih, r.iw, r.ch, r.cw, oh, ow, size, stride, pad],
            flag(k.epilogue.relu),
            flag(k.epilogue.bias),
            f32Bits(r.scaleY.f32),
            f32Bits(r.scaleX.f32),
            perPass,
            groups,
          ],
        };
      }
      // 8 pixels per item where a sample still has a workgroup's worth of items (a GPU keeps
      // every thread busy); 4 elsewhere.
      const rp = Math.min(groups * oh * ceilDiv(ow, 8) >= THREADS ? 8 : 4, ow);
      return {
        kind: 'conv',
        words: [
          ...weights,
          ...[h, w, oh, ow, size, stride, pad, rp],
          flag(k.epilogue.relu),
          flag(k.epilogue.bias),
          ceilDiv(ow, rp),
          groups,
        ],
      };
    }
    case 'elementwise': {
      const op = { batchnorm: 0, relu: 1, copy: 2 }[k.constants.op];
      const bn = op === 0 ? ['gamma', 'beta', 'mean', 'variance', 'eps'].map(param) : [0, 0, 0, 0, 0];
      return { kind: 'elementwise', words: [op, param('channels'), k.constants.hw, ...bn] };
    }
    case 'resize': {
      const c = k.constants;
      return {
        kind: 'resize',
        words: [param('channels'), c.h, c.w, c.oh, c.ow, f32Bits(c.scaleY.f32), f32Bits(c.scaleX.f32)],
      };
    }
    case 'pool': {
      const c = k.constants;
      return {
        kind: 'pool',
        words: [
          c.op === 'maxpool' ? 0 : 1,
          param('channels'),
          c.h,
          c.w,
          c.oh,
          c.ow,
          c.window,
          c.stride,
          c.pad,
        ],
      };
    }
    case 'linear': {
      const c = k.constants;
      return {
        kind: 'linear',
        words: [
          c.features,
          c.classes,
          c.pool === false ? 0 : c.pool,
          c.poolStride,
          c.h,
          c.w,
          c.poh,
          c.pow,
          param('w_off'),
          param('b_off'),
        ],
      };
    }
    case 'exit': {
      const w = k.words;
      return {
        kind: 'exit',
        words: [
          k.classes,
          k.exit,
          flag(k.last),
          w.thresholdAt,
          w.idsIn,
          w.idsOut,
          w.sourceAt,
          w.finalAt,
          w.perExitAt,
          w.logitsAt,
          w.nextCountAt,
        ],
      };
    }
    case 'gather':
      return { kind: 'gather', words: [k.constants.perSample, k.constants.source] };
  }
}
