import type { ConvKernel, GatherKernel, Kernel, View } from '../../kernels/types.ts';
import type { TemplateName } from './templates.ts';
import { CONV_GROUP } from './layout.ts';

/**
 * How each kernel of the kernel IR becomes a WGSL pipeline: the template, its
 * compile-time specialization (which decides the pipeline; equal specializations share
 * one), the run-time parameter block, and workgroups per sample.
 */
export interface KernelSpec {
  readonly template: TemplateName;
  /** Compile-time constants: the specialization key is derived from this object. */
  readonly specialization: Readonly<Record<string, number | string | boolean>>;
  /** Run-time parameters, in `Params` struct order. */
  readonly params: readonly (readonly [string, number])[];
  readonly workgroupsPerSample: number;
  readonly control: boolean;
}

/** Resolves weight names and buffer bases to numbers. */
export interface Addressing {
  base(v: View): number;
  sampleStride(v: View): number;
  /** Weights-buffer offset of a parameter, in elements. */
  weight(name: string): number;
  readonly maxBatch: number;
  readonly classes: number;
}

/** Choices of kernel strategy; the defaults are what the measurements pick. */
export interface KernelOptions {
  /**
   * Which 3x3 convolutions stage tiles in workgroup memory: `auto` (default) the wide layers on
   * large images where it is measured to pay, `always` every 3x3 layer it can serve (16+ output
   * channels, a 64-thread tile), `never` none (register tiling only).
   */
  readonly workgroupTiling?: 'auto' | 'always' | 'never';
}

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

/** The input and output views' bases and per-sample strides: every kernel's first parameters. */
export const io = (k: { input: View; output: View }, at: Addressing): [string, number][] => [
  ['in_base', at.base(k.input)],
  ['in_stride', at.sampleStride(k.input)],
  ['out_base', at.base(k.output)],
  ['out_stride', at.sampleStride(k.output)],
];

const f32Bits = (x: number): number => new Uint32Array(Float32Array.of(x).buffer)[0];

export const CONV_THREADS = 64;
/** WebGPU's default limits: workgroup storage bytes and invocations per workgroup. */
const WORKGROUP_STORAGE = 16384;
const WORKGROUP_INVOCATIONS = 256;

export function kernelSpec(k: Kernel, at: Addressing, options: KernelOptions = {}): KernelSpec {
  switch (k.kind) {
    case 'conv':
      return convSpec(k, at, options);
    case 'batchnorm':
    case 'relu':
    case 'copy': {
      const hw = k.input.height * k.input.width;
      const bn: [string, number][] =
        k.kind === 'batchnorm'
          ? [
              ['gamma', at.weight(k.params!.weight)],
              ['beta', at.weight(k.params!.bias)],
              ['mean', at.weight(k.params!.mean)],
              ['variance', at.weight(k.params!.variance)],
              ['eps', f32Bits(k.params!.eps)],
            ]
          : [];
      return {
        template: 'elementwise',
        specialization: { op: k.kind, hw },
        params: [['channels', k.input.count], ...io(k, at), ...bn],
        workgroupsPerSample: ceilDiv(k.input.count * hw, 256),
        control: false,
      };
    }
    case 'resize': {
      const [h, w, oh, ow] = [k.input.height, k.input.width, k.output.height, k.output.width];
      return {
        template: 'resize',
        specialization: { h, w, oh, ow, scaleY: alignCornersScale(h, oh), scaleX: alignCornersScale(w, ow) },
        params: [['channels', k.input.count], ...io(k, at)],
        workgroupsPerSample: ceilDiv(k.output.count * oh * ow, 256),
        control: false,
      };
    }
    case 'maxpool':
    case 'avgpool': {
      const [oh, ow] = [k.output.height, k.output.width];
      return {
        template: 'pool',
        specialization: {
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
        params: [['channels', k.input.count], ...io(k, at)],
        workgroupsPerSample: ceilDiv(k.output.count * oh * ow, 256),
        control: false,
      };
    }
    case 'linear': {
      const { height: h, width: w, count: c } = k.input;
      const pool = k.pool;
      const poh = pool === undefined ? h : Math.floor((h - pool.window) / pool.stride) + 1;
      const pow = pool === undefined ? w : Math.floor((w - pool.window) / pool.stride) + 1;
      return {
        template: 'linear',
        specialization: {
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
        params: [...io(k, at), ['w_off', at.weight(k.weight)], ['b_off', at.weight(k.bias)]],
        workgroupsPerSample: 1,
        control: false,
      };
    }
    case 'gather':
      throw new Error('gather kernels are specialized with the control layout; see emit.ts');
    case 'exit':
      throw new Error('exit kernels are specialized with the control layout; see emit.ts');
  }
}

/**
 * Convolutions: wide 3x3 layers on large images stage tiles in workgroup memory
 * (`conv-tiled`), where a staged input value serves several channel groups (see
 * `workgroupTiled`); the others are register tiled straight from global memory (`conv`).
 */
function convSpec(k: ConvKernel, at: Addressing, options: KernelOptions): KernelSpec {
  const params: [string, number][] = [
    ['cin', k.input.count],
    ...io(k, at),
    ['w_off', at.weight(k.weight)],
    ['b_off', k.bias === undefined ? 0 : at.weight(k.bias)],
    ['cout', k.output.count],
  ];
  const { height: oh, width: ow } = k.output;
  const shape = { h: k.input.height, w: k.input.width, oh, ow, k: k.kernel, stride: k.stride, pad: k.pad };
  const epilogue = { relu: k.relu, bias: k.bias !== undefined };
  const groups = ceilDiv(k.output.count, CONV_GROUP);
  if (k.coarse !== undefined) {
    const { height: ch, width: cw } = k.coarse;
    return {
      template: 'conv-resize',
      specialization: {
        ...shape,
        ih: k.input.height,
        iw: k.input.width,
        ch,
        cw,
        scaleY: alignCornersScale(ch, oh),
        scaleX: alignCornersScale(cw, ow),
        coarsePixels: ch * cw,
        threads: CONV_THREADS,
        ...epilogue,
      },
      params,
      workgroupsPerSample: groups,
      control: false,
    };
  }
  const t = convTiling(k);
  if (workgroupTiled(k, t, options.workgroupTiling ?? 'auto')) {
    const tiles = ceilDiv(oh, t.toh) * ceilDiv(ow, t.tow);
    return {
      template: 'conv-tiled',
      specialization: {
        ...shape,
        ...t,
        tilesX: ceilDiv(ow, t.tow),
        tiles,
        threads: threads(t),
        tileLength: t.ck * t.ih * t.iw,
        weightVectors: t.cg * t.ck * k.kernel * k.kernel,
        ...epilogue,
      },
      params,
      workgroupsPerSample: tiles * ceilDiv(groups, t.cg),
      control: false,
    };
  }
  const rp = Math.min(4, ow);
  const groupsX = ceilDiv(ow, rp);
  const pixelBlocks = ceilDiv(oh * groupsX, CONV_THREADS);
  return {
    template: 'conv',
    specialization: {
      ...shape,
      rp,
      rc: CONV_GROUP,
      groupsX,
      pixelBlocks,
      threads: CONV_THREADS,
      ...epilogue,
    },
    params,
    workgroupsPerSample: pixelBlocks * groups,
    control: false,
  };
}

interface ConvTiling {
  /** Channel groups (of CONV_GROUP output channels) per workgroup. */
  readonly cg: number;
  /** Pixels of a row per thread. */
  readonly rp: number;
  /** Output tile rows and columns. */
  readonly toh: number;
  readonly tow: number;
  /** Input channels per staged chunk, and the staged input tile's rows and columns. */
  readonly ck: number;
  readonly ih: number;
  readonly iw: number;
}

const threads = (t: ConvTiling): number => t.cg * t.toh * (t.tow / t.rp);

/**
 * `auto` picks the regime where staging won on lavapipe (scripts/proto/conv-proto.ts: 64->64
 * channels at 32x32, +15%) and where GPUs are known to need it: 32+ channels in and out on
 * 16x16 or larger. On RANet's CIFAR layers (narrow, 8x8 and smaller) it lost 33% at batch 64
 * (`npm run bench`), so there only the ImageNet spec's early layers use it.
 */
function workgroupTiled(k: ConvKernel, t: ConvTiling, mode: 'auto' | 'always' | 'never'): boolean {
  const eligible = k.kernel === 3 && k.output.count >= 16 && threads(t) >= 64;
  if (mode !== 'auto') return eligible && mode === 'always';
  const { count, height, width } = k.output;
  return eligible && k.input.count >= 32 && count >= 32 && height * width >= 256;
}

/**
 * Up to 4 channel groups; 4 pixels per thread unless the image is too small to give a
 * workgroup 64 threads; the tile grows to 256 threads within the image; then the largest
 * chunk of input channels that fits 16 KiB, balanced so the last chunk is not mostly padding.
 */
function convTiling(k: ConvKernel): ConvTiling {
  const { height: oh, width: ow } = k.output;
  const cin = k.input.count;
  const cg = Math.min(ceilDiv(k.output.count, CONV_GROUP), 4);
  const rp = [4, 2].find((r) => r <= ow && ceilDiv(ow, r) * oh * cg >= 64) ?? 1;
  const maxPerGroup = Math.floor(WORKGROUP_INVOCATIONS / cg);
  const pxTotal = ceilDiv(ow, rp);
  const px = ceilDiv(pxTotal, ceilDiv(pxTotal, maxPerGroup));
  const toh = Math.max(1, Math.min(oh, Math.floor(maxPerGroup / px)));
  const tow = px * rp;
  const ih = (toh - 1) * k.stride + k.kernel;
  const iw = (tow - 1) * k.stride + k.kernel;
  const bytesPerChannel = 4 * (ih * iw + k.kernel * k.kernel * CONV_GROUP * cg);
  const maxCk = Math.max(1, Math.min(cin, Math.floor(WORKGROUP_STORAGE / bytesPerChannel)));
  const ck = ceilDiv(cin, ceilDiv(cin, maxCk));
  return { cg, rp, toh, tow, ck, ih, iw };
}

/** Parameters of a gather: both buffers have the same per-sample `stride`. */
export function gatherParams(k: GatherKernel, stride: number, at: Addressing): [string, number][] {
  const base = (b: number): number =>
    at.base({ buffer: b, channels: 1, offset: 0, count: 1, height: 1, width: 1 });
  return [
    ['in_base', base(k.from)],
    ['in_stride', stride],
    ['out_base', base(k.to)],
    ['out_stride', stride],
  ];
}

/** `(in - 1) / (out - 1)` as PyTorch rounds it (f32), a WGSL literal. */
const alignCornersScale = (inSize: number, outSize: number): string =>
  outSize > 1 ? wgslFloat(Math.fround((inSize - 1) / (outSize - 1))) : '0.0';

/** A WGSL f32 literal that round-trips exactly. */
export function wgslFloat(x: number): string {
  const s = String(Math.fround(x));
  return /[.eE]/.test(s) ? s : `${s}.0`;
}
