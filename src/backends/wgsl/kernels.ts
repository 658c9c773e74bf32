import type { ConvDesc, KernelDesc, LinearDesc } from '../../schedule/types.ts';
import { printConstants } from '../../schedule/schedule.ts';
import { CONV_GROUP } from '../../schedule/weights.ts';
import type {
  ConvResizeVariant,
  ConvVariant,
  DeviceFeature,
  GemmVariant,
  HeadVariant,
  KernelVariant,
  TunableKernel,
} from './variants.ts';
import {
  convTiling,
  defaultVariant,
  gemmResizeTiling,
  gemmTiling,
  gemmWorkgroups,
  kernelFamily,
  shapeKey,
  tilingThreads,
  validVariant,
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
  /** Template values a default variant leaves out of `specialization` (it names the pipeline). */
  readonly values?: Readonly<Record<string, number | string | boolean>>;
  readonly workgroupsPerSample: number;
  /** Binds the control buffer. */
  readonly control: boolean;
  /** A second dispatch of the same launch, after this one (split K: the sum of the splits). */
  readonly then?: KernelSpec;
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
   * Stage kernels (a whole stage in one dispatch, `stage.ts`): `never` today's dispatch per
   * kernel alone; `always` for every chunk on every adapter; `auto` (default) for chunks of
   * few inputs on adapters that are not CPUs (the batch-1 regime of the GPU default kernels),
   * today's kernels on CPU adapters and for large chunks (docs/tuning.md). A tuning file's
   * choice per batch regime (`ranetc tune`) overrides it on its adapter.
   */
  readonly stageKernels?: 'auto' | 'always' | 'never';
  /**
   * A tuning: the variant of each convolution, conv-resize and exit head by `shapeKey`; shapes
   * not listed get the default. A variant that is not a member of its kernel's family (on a
   * device with `features`) is an error.
   */
  readonly convVariants?: Readonly<Record<string, KernelVariant>>;
  /** A seed: every tunable kernel not in `convVariants` gets a random member of its family. */
  readonly randomVariants?: number;
  /**
   * With `randomVariants`: draw among the family's members of these kinds where it has any
   * (`['gemm']`: every convolution implicit GEMM, the other kernels any member).
   */
  readonly randomKinds?: readonly KernelVariant['kind'][];
  /**
   * The plan's GPU default kernels (`WgslPlan.gpu`, run on adapters that are not CPUs): `auto`
   * (default) where the plan has a large-batch regime (maxBatch > 1) and no variant was chosen
   * (`convVariants`, `randomVariants`); `never`: none.
   */
  readonly gpuKernels?: 'auto' | 'never';
  /**
   * Device features the kernels may use (`shader-f16` arithmetic, `subgroups`): families offer
   * the variants that need them only when listed. None by default.
   */
  readonly features?: readonly DeviceFeature[];
}

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

/** Threads of the one-thread-per-element kernels. */
const ELEMENT_THREADS = 256;

/** A WGSL f32 literal that round-trips exactly. */
function wgslFloat(x: number): string {
  const s = String(Math.fround(x));
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

/**
 * `scratchAt`: where split-K convolutions keep their partial products in the arena (elements;
 * a plan whose kernels split K has its arena grown past it).
 */
export function kernelSpec(
  k: Exclude<KernelDesc, { kind: 'exit' }>,
  options: KernelOptions = {},
  scratchAt?: number,
): KernelSpec {
  switch (k.kind) {
    case 'conv':
      return convSpec(k, options, scratchAt);
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
      return headSpec(k, chooseVariant(k, options) as HeadVariant);
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
function convSpec(k: ConvDesc, options: KernelOptions, scratchAt: number | undefined): KernelSpec {
  const { shape, epilogue } = k;
  const groups = ceilDiv(k.cout, CONV_GROUP);
  if (k.resize !== undefined) {
    const v = chooseVariant(k, options) as ConvResizeVariant | GemmVariant;
    if (v.kind === 'gemm') return convVariantSpec(k, v, scratchAt);
    return {
      template: 'conv-resize',
      specialization: printConstants({ ...shape, ...k.resize, threads: v.threads, ...epilogue }, wgslFloat),
      workgroupsPerSample: groups,
      control: false,
    };
  }
  return convVariantSpec(k, chooseVariant(k, options) as ConvVariant, scratchAt);
}

/**
 * An exit head of variant `v`. The default (64 threads, a thread per logit) specializes on the
 * head's constants alone, as before heads had variants.
 */
export function headSpec(k: LinearDesc, v: HeadVariant): KernelSpec {
  const isDefault = v.kind === 'head' && v.threads === 64 && v.lanes === 1;
  const extra =
    v.kind === 'head-subgroup'
      ? { threads: v.threads, subgroup: true }
      : v.lanes > 1
        ? { threads: v.threads, lanes: v.lanes, rows: v.threads / v.lanes }
        : { threads: v.threads };
  return {
    template: 'linear',
    specialization: isDefault ? k.constants : { ...k.constants, ...extra },
    values: { threads: v.threads },
    workgroupsPerSample: 1,
    control: false,
  };
}

/** The variant the options choose for `k` (a tuned or random one, else the default). */
export function chooseVariant(k: TunableKernel, options: KernelOptions = {}): KernelVariant {
  const key = shapeKey(k);
  const features = options.features ?? [];
  const tuned = options.convVariants?.[key];
  if (tuned !== undefined) {
    if (!validVariant(k, tuned, features))
      throw new Error(
        `${key}: ${JSON.stringify(tuned)} is not a variant of this ${k.kind === 'linear' ? 'head' : 'layer'}` +
          (features.length === 0 ? '' : ` (device features: ${features.join(', ')})`),
      );
    return tuned;
  }
  if (options.randomVariants !== undefined) {
    const all = kernelFamily(k, features);
    const kinds = all.filter((v) => options.randomKinds?.includes(v.kind) === true);
    const family = kinds.length > 0 ? kinds : all;
    return family[hash(`${options.randomVariants} ${key}`) % family.length];
  }
  return defaultVariant(k, options.workgroupTiling);
}

/** FNV-1a: a seeded, deterministic pick that does not depend on the order of the layers. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * A convolution kernel of variant `v` (which must be a member of `kernelFamily(k)`; gemm the
 * only kind of a conv-resize's that this renders).
 */
export function convVariantSpec(k: ConvDesc, v: ConvVariant, scratchAt?: number): KernelSpec {
  const { shape, epilogue } = k;
  const { oh, ow } = shape;
  const groups = ceilDiv(k.cout, CONV_GROUP);
  if (v.kind === 'gemm') {
    const { threads, tk } = gemmTiling(k, v);
    let split: { specialization: Record<string, number | boolean>; then: KernelSpec } | undefined;
    if (v.splitK !== undefined) {
      if (scratchAt === undefined) throw new Error(`${shapeKey(k)}: split K needs scratch in the arena`);
      // The splits and their ranges of K follow from the grid and the parameters at run time
      // (layers of one shape and tile share the pipeline); the sum needs their count.
      split = {
        specialization: { splitK: true, scratch: scratchAt },
        then: {
          template: 'conv-gemm-sum',
          specialization: { p: oh * ow, splits: v.splitK, scratch: scratchAt, ...epilogue },
          workgroupsPerSample: ceilDiv(oh * ow * k.cout, ELEMENT_THREADS),
          control: false,
        },
      };
    }
    const resize =
      k.resize === undefined
        ? {}
        : {
            ...printConstants(k.resize, wgslFloat),
            ...gemmResizeTiling(k, v),
            resize: true,
            coarseLength: (v.tm * v.tn) / CONV_GROUP,
          };
    return {
      template: 'conv-gemm',
      specialization: {
        ...shape,
        ...resize,
        tm: v.tm,
        tn: v.tn,
        rm: v.rm,
        buffers: v.buffers,
        double: v.buffers > 1,
        tk,
        threads,
        aLength: v.buffers * tk * v.tm,
        bLength: (v.buffers * tk * v.tn) / CONV_GROUP,
        ...split?.specialization,
        ...epilogue,
      },
      // Per active input: its pixels' share of the M tiles (rounded up), for every N tile (and split).
      workgroupsPerSample: gemmWorkgroups(k, v, 1),
      control: false,
      ...(split === undefined ? {} : { then: split.then }),
    };
  }
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
      ...(v.f16 === true ? { f16math: true } : {}),
    },
    workgroupsPerSample: pixelBlocks * groups,
    control: false,
  };
}
