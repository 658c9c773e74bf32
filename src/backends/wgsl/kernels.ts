import type { ConvDesc, KernelDesc } from '../../schedule/types.ts';
import { printConstants } from '../../schedule/schedule.ts';
import { CONV_GROUP } from '../../schedule/weights.ts';
import type { ConvVariant } from './variants.ts';
import {
  convFamily,
  convShapeKey,
  convTiling,
  defaultConvVariant,
  tilingThreads,
  validConvVariant,
} from './variants.ts';
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
  /**
   * A tuning: the variant of each convolution by `convShapeKey`; shapes not listed get the
   * default. A variant that is not a member of its layer's family is an error.
   */
  readonly convVariants?: Readonly<Record<string, ConvVariant>>;
  /** A seed: every convolution not in `convVariants` gets a random member of its family. */
  readonly randomVariants?: number;
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
 * Convolutions: the layer's variant (see `variants.ts`): a tuning's choice for its shape, a
 * seeded random member of its family, or the default. `tiled` stages tiles in workgroup memory
 * (`conv-tiled`), where a staged input value serves several channel groups; `direct` is
 * register tiled straight from global memory (`conv`).
 */
function convSpec(k: ConvDesc, options: KernelOptions): KernelSpec {
  const { shape, epilogue } = k;
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
  return convVariantSpec(k, chooseConvVariant(k, options));
}

/** The variant the options choose for `k` (a tuned or random one, else the default). */
export function chooseConvVariant(k: ConvDesc, options: KernelOptions = {}): ConvVariant {
  const tuned = options.convVariants?.[convShapeKey(k)];
  if (tuned !== undefined) {
    if (!validConvVariant(k, tuned))
      throw new Error(`${convShapeKey(k)}: ${JSON.stringify(tuned)} is not a variant of this layer`);
    return tuned;
  }
  if (options.randomVariants !== undefined) {
    const family = convFamily(k);
    return family[hash(`${options.randomVariants} ${convShapeKey(k)}`) % family.length];
  }
  return defaultConvVariant(k, options.workgroupTiling);
}

/** FNV-1a: a seeded, deterministic pick that does not depend on the order of the layers. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A convolution kernel of variant `v` (which must be a member of `convFamily(k)`). */
export function convVariantSpec(k: ConvDesc, v: ConvVariant): KernelSpec {
  const { shape, epilogue } = k;
  const { oh, ow } = shape;
  const groups = ceilDiv(k.cout, CONV_GROUP);
  if (v.kind === 'tiled') {
    const t = convTiling(k, v);
    const tiles = ceilDiv(oh, t.toh) * ceilDiv(ow, t.tow);
    return {
      template: 'conv-tiled',
      specialization: {
        ...shape,
        ...t,
        tilesX: ceilDiv(ow, t.tow),
        tiles,
        threads: tilingThreads(t),
        tileLength: t.ck * t.ih * t.iw,
        weightVectors: t.cg * t.ck * shape.k * shape.k,
        ...epilogue,
      },
      workgroupsPerSample: tiles * ceilDiv(groups, t.cg),
      control: false,
    };
  }
  const { rp, threads } = v;
  const groupsX = ceilDiv(ow, rp);
  const pixelBlocks = ceilDiv(oh * groupsX, threads);
  return {
    template: 'conv',
    specialization: {
      ...shape,
      rp,
      rc: CONV_GROUP,
      groupsX,
      pixelBlocks,
      threads,
      ...epilogue,
    },
    workgroupsPerSample: pixelBlocks * groups,
    control: false,
  };
}
