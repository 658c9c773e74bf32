import type { ConvDesc, KernelDesc } from '../../schedule/types.ts';
import { printConstants } from '../../schedule/schedule.ts';
import { CONV_GROUP } from '../../schedule/weights.ts';
import { LIMITS } from './limits.ts';
import type { TemplateName } from './templates.ts';

/**
 * How a kernel description becomes a WGSL pipeline: the template, its compile-time
 * specialization (which decides the pipeline; equal specializations share one) and
 * workgroups per sample.
 */
export interface KernelSpec {
  readonly template: TemplateName;
  /** Compile-time constants: the specialization key is derived from this object. */
  readonly specialization: Readonly<Record<string, number | string | boolean>>;
  readonly workgroupsPerSample: number;
  /** Binds the control buffer. */
  readonly control: boolean;
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

const CONV_THREADS = 64;

/** Threads of the one-thread-per-element kernels. */
const ELEMENT_THREADS = 256;

/** A WGSL f32 literal that round-trips exactly. */
function wgslFloat(x: number): string {
  const s = String(Math.fround(x));
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

export function kernelSpec(
  k: Exclude<KernelDesc, { kind: 'exit' }>,
  options: KernelOptions = {},
): KernelSpec {
  switch (k.kind) {
    case 'conv':
      return convSpec(k, options);
    case 'elementwise':
    case 'resize':
    case 'pool':
      return {
        template: k.kind,
        specialization: printConstants(k.constants, wgslFloat),
        workgroupsPerSample: ceilDiv(k.elements, ELEMENT_THREADS),
        control: false,
      };
    case 'linear':
      return { template: 'linear', specialization: k.constants, workgroupsPerSample: 1, control: false };
    case 'gather':
      return {
        template: 'gather',
        specialization: k.constants,
        workgroupsPerSample: ceilDiv(k.constants.perSample, ELEMENT_THREADS),
        control: true,
      };
  }
}

/**
 * Convolutions: wide 3x3 layers on large images stage tiles in workgroup memory
 * (`conv-tiled`), where a staged input value serves several channel groups (see
 * `workgroupTiled`); the others are register tiled straight from global memory (`conv`).
 */
function convSpec(k: ConvDesc, options: KernelOptions): KernelSpec {
  const { shape, epilogue } = k;
  const { oh, ow } = shape;
  const groups = ceilDiv(k.cout, CONV_GROUP);
  if (k.resize !== undefined) {
    return {
      template: 'conv-resize',
      specialization: printConstants(
        { ...shape, ...k.resize, threads: CONV_THREADS, ...epilogue },
        wgslFloat,
      ),
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
        weightVectors: t.cg * t.ck * shape.k * shape.k,
        ...epilogue,
      },
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
 * `auto` picks the regime where staging won on lavapipe (a 64->64 channel conv at 32x32, +15%
 * over register tiling) and where GPUs are known to need it: 32+ channels in and out on 16x16
 * or larger. On RANet's CIFAR layers (narrow, 8x8 and smaller) it lost 33% at batch 64
 * (`npm run bench`), so there only the ImageNet spec's early layers use it.
 */
function workgroupTiled(k: ConvDesc, t: ConvTiling, mode: 'auto' | 'always' | 'never'): boolean {
  const eligible = k.shape.k === 3 && k.cout >= 16 && threads(t) >= 64;
  if (mode !== 'auto') return eligible && mode === 'always';
  return eligible && k.cin >= 32 && k.cout >= 32 && k.shape.oh * k.shape.ow >= 256;
}

/**
 * Up to 4 channel groups; 4 pixels per thread unless the image is too small to give a
 * workgroup 64 threads; the tile grows to 256 threads within the image; then the largest
 * chunk of input channels that fits 16 KiB, balanced so the last chunk is not mostly padding.
 */
function convTiling(k: ConvDesc): ConvTiling {
  const { oh, ow, stride, k: kernel } = k.shape;
  const cin = k.cin;
  const cg = Math.min(ceilDiv(k.cout, CONV_GROUP), 4);
  const rp = [4, 2].find((r) => r <= ow && ceilDiv(ow, r) * oh * cg >= 64) ?? 1;
  const maxPerGroup = Math.floor(LIMITS.workgroupInvocations / cg);
  const pxTotal = ceilDiv(ow, rp);
  const px = ceilDiv(pxTotal, ceilDiv(pxTotal, maxPerGroup));
  const toh = Math.max(1, Math.min(oh, Math.floor(maxPerGroup / px)));
  const tow = px * rp;
  const ih = (toh - 1) * stride + kernel;
  const iw = (tow - 1) * stride + kernel;
  const bytesPerChannel = 4 * (ih * iw + kernel * kernel * CONV_GROUP * cg);
  const maxCk = Math.max(1, Math.min(cin, Math.floor(LIMITS.workgroupStorage / bytesPerChannel)));
  const ck = ceilDiv(cin, ceilDiv(cin, maxCk));
  return { cg, rp, toh, tow, ck, ih, iw };
}
