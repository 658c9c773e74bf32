/**
 * Kernel variants as data: a variant is a point of a typed family, each valid under WebGPU's
 * default limits by construction. Convolutions (template, pixels and output channels per
 * thread, workgroup shape, workgroup-memory staging and its chunk size, f16 arithmetic), the
 * fused conv-resize (workgroup size) and the exit heads (workgroup size, threads per logit,
 * subgroup reductions). `kernelFamily(k, features)` lists every variant a kernel can run on a
 * device with `features`; `defaultVariant` is the fixed choice the renderer makes without a
 * tuning (it needs no feature); a tuning (`ranetc tune`) picks another member per kernel shape.
 */
import type { ConvDesc, LinearDesc } from '../../schedule/types.ts';
import { CONV_GROUP } from '../../schedule/weights.ts';
import { LIMITS } from './limits.ts';

/**
 * `direct`: register tiled from global memory (template `conv`); each thread computes 4
 * output channels (one packed weight group: the vector width of the weights) x `rp` pixels of
 * a row, a workgroup `threads` such threads of one channel group.
 * `tiled`: workgroup-memory staging (template `conv-tiled`); a workgroup computes `cg` channel
 * groups over an output tile of at most `maxThreads` threads of 4 channels x `rp` pixels, and
 * stages input channels in chunks of the largest size that fits the workgroup storage, divided by
 * `chunkDiv` (smaller chunks: more barriers, less storage per workgroup).
 * `gemm`: implicit GEMM (template `conv-gemm`): M = active inputs x output pixels (the batch
 * folded into M), N = output channels, K = input channels x taps; a workgroup computes a `tm` x
 * `tn` tile of the output, each thread `rm` rows of M x 4 channels (one vec4 of N), with K staged
 * through workgroup memory in chunks, in `buffers` buffers (2: the next chunk is staged while
 * the current one is multiplied, one barrier a chunk).
 */
export type ConvVariant =
  | {
      readonly kind: 'direct';
      readonly rp: number;
      readonly threads: number;
      /** f16 arithmetic (needs `shader-f16`): each input channel's taps multiplied and summed in f16. */
      readonly f16?: true;
    }
  | {
      readonly kind: 'tiled';
      readonly cg: number;
      readonly rp: number;
      readonly maxThreads: number;
      readonly chunkDiv: number;
    }
  | {
      readonly kind: 'gemm';
      readonly tm: number;
      readonly tn: number;
      readonly rm: number;
      readonly buffers: number;
      /**
       * Split K (the GPU default only, never a tuning's: it adds a dispatch): K's chunks in this
       * many consecutive ranges, each its own workgroups, whose partial products a second pass
       * adds in split order (`gemmSplits`).
       */
      readonly splitK?: number;
    };

export type GemmVariant = Extract<ConvVariant, { kind: 'gemm' }>;

/**
 * The fused conv-resize (template `conv-resize`): a workgroup of `threads` computes one channel
 * group's coarse map into workgroup memory, then its interpolation.
 */
export interface ConvResizeVariant {
  readonly kind: 'resize';
  readonly threads: number;
}

/**
 * An exit head's tail (template `linear`: optional average pool, then the classifier), one
 * sample per workgroup of `threads`. `head`: `lanes` threads per logit (1: a thread computes a
 * whole logit; more: strided shares added by a tree over workgroup memory). `head-subgroup`
 * (needs `subgroups`): a subgroup per logit, its lanes' shares added by `subgroupAdd`.
 */
export type HeadVariant =
  | { readonly kind: 'head'; readonly threads: number; readonly lanes: number }
  | { readonly kind: 'head-subgroup'; readonly threads: number };

export type KernelVariant = ConvVariant | ConvResizeVariant | HeadVariant;

/** The kernels that have variants: convolutions (fused resize or not) and exit heads. */
export type TunableKernel = ConvDesc | LinearDesc;

/** Optional WebGPU features some variants need; a family offers them only where the device has them. */
export const DEVICE_FEATURES = ['shader-f16', 'subgroups'] as const;
export type DeviceFeature = (typeof DEVICE_FEATURES)[number];

/** The values each dimension takes. */
export const FAMILY = {
  direct: { rp: [1, 2, 4, 8, 16], threads: [32, 64, 128, 256] },
  tiled: { cg: [1, 2, 4], rp: [1, 2, 4], maxThreads: [64, 128, 256], chunkDiv: [1, 2] },
  // Output tile (M x N), rows of M per thread (x 4 channels) and buffers: every tile with 4x4
  // outputs per thread, the public engines' 32x32 first (see `gpuConvVariant`), two narrow ones
  // for layers of few output channels, 32x32 with 2x4 outputs per thread, and 32x32
  // double-buffered.
  gemm: [
    [32, 32, 4, 1],
    [16, 32, 4, 1],
    [16, 64, 4, 1],
    [32, 64, 4, 1],
    [64, 32, 4, 1],
    [64, 64, 4, 1],
    [64, 16, 4, 1],
    [64, 8, 4, 1],
    [32, 32, 2, 1],
    [32, 32, 4, 2],
  ],
  resize: { threads: [32, 64, 128, 256] },
  head: { threads: [32, 64, 128, 256], lanes: [1, 4, 16, 64] },
  headSubgroup: { threads: [32, 64, 128, 256] },
} as const;

/** Fewest threads a staged tile may have: fewer leave most of the staging to few threads. */
const MIN_TILED_THREADS = 32;

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

/** A layer's shape as tunings key it: what decides a convolution kernel's cost. */
export function convShapeKey(k: ConvDesc): string {
  const s = k.shape;
  return `conv${s.k}x${s.k}/${s.stride} p${s.pad} ${k.cin}->${k.cout} ${s.h}x${s.w}->${s.oh}x${s.ow}`;
}

export interface ConvTiling {
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

export const tilingThreads = (t: ConvTiling): number => t.cg * t.toh * (t.tow / t.rp);

/**
 * The staged tile of a `tiled` variant: the tile grows to `maxThreads` threads within the
 * image; then the largest chunk of input channels that fits 16 KiB, divided by `chunkDiv`,
 * balanced so the last chunk is not mostly padding.
 */
export function convTiling(k: ConvDesc, v: Extract<ConvVariant, { kind: 'tiled' }>): ConvTiling {
  const { oh, ow, stride, k: kernel } = k.shape;
  const { cg, rp } = v;
  const cin = k.cin;
  const maxPerGroup = Math.floor(v.maxThreads / cg);
  const pxTotal = ceilDiv(ow, rp);
  const px = ceilDiv(pxTotal, ceilDiv(pxTotal, maxPerGroup));
  const toh = Math.max(1, Math.min(oh, Math.floor(maxPerGroup / px)));
  const tow = px * rp;
  const ih = (toh - 1) * stride + kernel;
  const iw = (tow - 1) * stride + kernel;
  const bytesPerChannel = 4 * (ih * iw + kernel * kernel * CONV_GROUP * cg);
  const fits = Math.floor(LIMITS.workgroupStorage / bytesPerChannel);
  const maxCk = Math.max(1, Math.min(cin, Math.floor(fits / v.chunkDiv)));
  const ck = ceilDiv(cin, ceilDiv(cin, maxCk));
  return { cg, rp, toh, tow, ck, ih, iw };
}

/** Most K (input channel x tap) rows a gemm chunk stages: the public engines' 32. */
const GEMM_MAX_TK = 32;

/**
 * A gemm variant's threads and K chunk: the largest multiple of 4 up to 32 that fits the
 * storage, beside a conv-resize's coarse tile (`gemmResizeTiling`).
 */
export function gemmTiling(k: ConvDesc, v: GemmVariant): { threads: number; tk: number } {
  const threads = (v.tm / v.rm) * (v.tn / CONV_GROUP);
  const coarse = k.resize === undefined ? 0 : 4 * v.tm * v.tn;
  const fits = Math.floor((LIMITS.workgroupStorage - coarse) / (4 * (v.tm + v.tn) * v.buffers));
  const kdim = k.cin * k.shape.k * k.shape.k;
  return { threads, tk: Math.min(GEMM_MAX_TK, 4 * Math.floor(fits / 4), kdim) };
}

/**
 * How a gemm variant covers a conv-resize's coarse map (`ch x cw`, one input per workgroup): M
 * tiles of `ry x rx` coarse pixels (at most `tm`), each owning the `ty x tx` of them at its
 * origin, the fine pixels whose top-left bilinear source lies there; a tile narrower or lower
 * than the map computes one more row or column (the sources' next neighbours), shared with the
 * next tile. A map of at most `tm` pixels is one tile; else the rectangle with the fewest tiles,
 * the widest on a tie.
 */
export interface GemmResizeTiling {
  readonly ry: number;
  readonly rx: number;
  readonly ty: number;
  readonly tx: number;
  readonly tilesX: number;
  readonly tiles: number;
}

export function gemmResizeTiling(k: ConvDesc, v: GemmVariant): GemmResizeTiling {
  const { ch, cw } = k.resize!;
  const tiling = (ry: number, rx: number): GemmResizeTiling => {
    const ty = ry >= ch ? ch : ry - 1;
    const tx = rx >= cw ? cw : rx - 1;
    return { ry, rx, ty, tx, tilesX: ceilDiv(cw, tx), tiles: ceilDiv(ch, ty) * ceilDiv(cw, tx) };
  };
  if (ch * cw <= v.tm) return tiling(ch, cw);
  let best: GemmResizeTiling | undefined;
  for (let rx = Math.min(cw, v.tm >> 1); rx >= 2; rx--) {
    const ry = Math.min(ch, Math.floor(v.tm / rx));
    if (ry < 2) continue;
    const t = tiling(ry, rx);
    if (best === undefined || t.tiles < best.tiles) best = t;
  }
  return best!;
}

/** Workgroups of a gemm variant's grid for `batch` inputs. */
export function gemmWorkgroups(k: ConvDesc, v: GemmVariant, batch: number): number {
  const tilesN = ceilDiv(k.cout, v.tn) * (v.splitK ?? 1);
  if (k.resize !== undefined) return batch * gemmResizeTiling(k, v).tiles * tilesN;
  return ceilDiv(batch * k.shape.oh * k.shape.ow, v.tm) * tilesN;
}

export function sameVariant(a: KernelVariant, b: KernelVariant): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** A variant with its fields in a fixed order (tunings compare and print them). */
export function canonical<V extends KernelVariant>(v: V): V;
export function canonical(v: KernelVariant): KernelVariant {
  switch (v.kind) {
    case 'direct':
      return { kind: 'direct', rp: v.rp, threads: v.threads, ...(v.f16 === true ? { f16: true } : {}) };
    case 'tiled':
      return { kind: 'tiled', cg: v.cg, rp: v.rp, maxThreads: v.maxThreads, chunkDiv: v.chunkDiv };
    case 'gemm':
      return {
        kind: 'gemm',
        tm: v.tm,
        tn: v.tn,
        rm: v.rm,
        buffers: v.buffers,
        ...(v.splitK === undefined ? {} : { splitK: v.splitK }),
      };
    case 'resize':
      return { kind: 'resize', threads: v.threads };
    case 'head':
      return { kind: 'head', threads: v.threads, lanes: v.lanes };
    case 'head-subgroup':
      return { kind: 'head-subgroup', threads: v.threads };
  }
}

/** The device features a variant's kernel needs. */
export function variantFeatures(v: KernelVariant): DeviceFeature[] {
  if (v.kind === 'direct' && v.f16 === true) return ['shader-f16'];
  if (v.kind === 'head-subgroup') return ['subgroups'];
  return [];
}

/** The features a set of variants needs, in `DEVICE_FEATURES` order. */
export function featuresOf(variants: Iterable<KernelVariant>): DeviceFeature[] {
  const needed = new Set([...variants].flatMap(variantFeatures));
  return DEVICE_FEATURES.filter((f) => needed.has(f));
}

/** A kernel's shape as tunings key it (distinct for convolutions, conv-resizes and heads). */
export function shapeKey(k: TunableKernel): string {
  if (k.kind === 'linear') {
    const c = k.constants;
    const pool = c.pool === false ? '' : ` pool${c.pool}/${c.poolStride} ${c.h}x${c.w}`;
    return `head ${c.features}->${c.classes}${pool}`;
  }
  if (k.resize === undefined) return convShapeKey(k);
  const s = k.shape;
  const r = k.resize;
  return `conv${s.k}x${s.k}/${s.stride} p${s.pad} ${k.cin}->${k.cout} ${r.ih}x${r.iw}->${r.ch}x${r.cw} resize ${s.oh}x${s.ow}`;
}

/** Every variant of `k` on a device with `features`, in a fixed order; the default is one. */
export function kernelFamily(k: TunableKernel, features: readonly DeviceFeature[] = []): KernelVariant[] {
  if (k.kind === 'linear') return headFamily(k, features);
  if (k.resize !== undefined)
    return [
      ...FAMILY.resize.threads.map((threads) => ({ kind: 'resize', threads }) as const),
      ...gemmFamily(k),
    ];
  return convFamily(k, features);
}

/** Whether `v` is a member of `k`'s family on a device with `features`. */
export function validVariant(
  k: TunableKernel,
  v: KernelVariant,
  features: readonly DeviceFeature[] = [],
): boolean {
  if (v.kind === 'gemm' && v.splitK !== undefined) {
    const { splitK, ...whole } = v;
    return (
      k.kind === 'conv' &&
      splitK > 1 &&
      validVariant(k, whole, features) &&
      gemmSplits(k, whole, splitK) === splitK
    );
  }
  return kernelFamily(k, features).some((m) => sameVariant(m, v));
}

/** The variant without a tuning: today's fixed kernels (which need no device feature). */
export function defaultVariant(
  k: TunableKernel,
  workgroupTiling: 'auto' | 'always' | 'never' = 'auto',
): KernelVariant {
  if (k.kind === 'linear') return { kind: 'head', threads: 64, lanes: 1 };
  if (k.resize !== undefined) return { kind: 'resize', threads: 64 };
  return defaultConvVariant(k, workgroupTiling);
}

/**
 * Heads: every workgroup size with 1 thread per logit, and with 4 to 64 threads per logit where
 * the features give each at least 2; with `subgroups`, a subgroup per logit at every size. The
 * pooled features and the partial sums fit the workgroup storage.
 */
function headFamily(k: LinearDesc, features: readonly DeviceFeature[]): HeadVariant[] {
  const { features: n } = k.constants;
  const out: HeadVariant[] = [];
  for (const threads of FAMILY.head.threads)
    for (const lanes of FAMILY.head.lanes) {
      if (lanes > threads || (lanes > 1 && 2 * lanes > n)) continue;
      if (4 * (n + (lanes > 1 ? threads : 0)) > LIMITS.workgroupStorage) continue;
      out.push({ kind: 'head', threads, lanes });
    }
  if (features.includes('subgroups') && 4 * n <= LIMITS.workgroupStorage)
    for (const threads of FAMILY.headSubgroup.threads) out.push({ kind: 'head-subgroup', threads });
  return out;
}

/**
 * Every variant of a (non-resizing) convolution, in a fixed order. Direct: `rp` up to the
 * row's width (1 always, the whole row where it is narrower than 8). Tiled: 3x3 kernels of 16+ output channels only (a staged input value
 * must serve several channel groups to pay for its staging), `cg` up to the layer's groups,
 * `rp` up to the width, tiles of 32 to 256 threads that fit the workgroup storage with at least
 * one input channel; `chunkDiv` 2 only where the full chunk holds 2+ channels. With `shader-f16`,
 * the direct variants of 64 threads again with f16 arithmetic.
 */
export function convFamily(k: ConvDesc, features: readonly DeviceFeature[] = []): ConvVariant[] {
  if (k.resize !== undefined) return [];
  const { ow } = k.shape;
  const groups = ceilDiv(k.cout, CONV_GROUP);
  const out: ConvVariant[] = [];
  // Whole rows narrower than 8 pixels are one more choice (the default's on rows of 3).
  const directRp = [
    ...FAMILY.direct.rp.filter((rp) => rp === 1 || rp <= ow),
    ...(ow < 8 && ![1, 2, 4].includes(ow) ? [ow] : []),
  ];
  for (const rp of directRp) {
    for (const threads of FAMILY.direct.threads) out.push({ kind: 'direct', rp, threads });
  }
  // f16 arithmetic at the default's 64 threads only: the workgroup size is a choice of its own,
  // already in the family, and twins at every size would double the tuning rounds.
  if (features.includes('shader-f16'))
    for (const rp of directRp) out.push({ kind: 'direct', rp, threads: 64, f16: true });
  out.push(...gemmFamily(k));
  if (k.shape.k !== 3 || k.cout < 16) return out;
  const seen = new Set<string>();
  for (const cg of FAMILY.tiled.cg) {
    if (cg > groups) continue;
    for (const rp of FAMILY.tiled.rp) {
      if (rp > 1 && rp > ow) continue;
      for (const maxThreads of [...FAMILY.tiled.maxThreads].reverse()) {
        for (const chunkDiv of FAMILY.tiled.chunkDiv) {
          const v = { kind: 'tiled', cg, rp, maxThreads, chunkDiv } as const;
          const t = convTiling(k, v);
          const threads = tilingThreads(t);
          if (threads < MIN_TILED_THREADS || threads > LIMITS.workgroupInvocations) continue;
          if (
            4 * (t.ck * t.ih * t.iw + t.cg * t.ck * k.shape.k * k.shape.k * CONV_GROUP) >
            LIMITS.workgroupStorage
          )
            continue;
          if (chunkDiv > 1 && convTiling(k, { ...v, chunkDiv: 1 }).ck === t.ck) continue;
          // Tiles that come out the same for two `maxThreads` are one variant (the larger).
          const key = JSON.stringify(t);
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(v);
        }
      }
    }
  }
  return out;
}

/**
 * Implicit GEMM, for every convolution (conv-resizes with the resize in the epilogue): the members of `FAMILY.gemm` with 32 to
 * 256 threads where more than half of the N tile is output channels (the narrowest tile, 8,
 * always) and N tiles narrower than 32 only for layers of at most twice their width; two
 * buffers only where K has more than one chunk to overlap.
 */
export function gemmFamily(k: ConvDesc): GemmVariant[] {
  const out: GemmVariant[] = [];
  for (const [tm, tn, rm, buffers] of FAMILY.gemm) {
    if (tn > 8 && 2 * k.cout <= tn) continue;
    if (tn < 32 && k.cout > 2 * tn) continue;
    const v = { kind: 'gemm', tm, tn, rm, buffers } as const;
    const { threads, tk } = gemmTiling(k, v);
    if (threads < MIN_TILED_THREADS || threads > LIMITS.workgroupInvocations || tk < 1) continue;
    if (buffers > 1 && tk >= k.cin * k.shape.k * k.shape.k) continue;
    out.push(v);
  }
  return out;
}

/**
 * Fewest workgroups a GPU default's grid should have: below it, a GPU of some 100 compute units
 * leaves most of them idle (the occupancy rule the public WebGPU engines apply).
 */
export const GPU_MIN_WORKGROUPS = 128;

/** Most K splits of the GPU default. */
export const GPU_MAX_SPLITS = 16;

/** Fewest K chunks a split computes: fewer leave its workgroups mostly staging. */
const MIN_SPLIT_CHUNKS = 2;

/**
 * The splits of K that `splitK` asks of gemm variant `v` on a non-resizing convolution: at most
 * one per `MIN_SPLIT_CHUNKS` chunks of K, then as many as the chunks per split that gives leave
 * non-empty (so every split computes the same number of chunks but the last); 1 where K is too
 * short to split.
 */
export function gemmSplits(k: ConvDesc, v: GemmVariant, splitK: number): number {
  if (k.resize !== undefined) return 1;
  const chunks = ceilDiv(k.cin * k.shape.k * k.shape.k, gemmTiling(k, v).tk);
  const splits = Math.max(1, Math.min(splitK, Math.floor(chunks / MIN_SPLIT_CHUNKS)));
  return ceilDiv(chunks, ceilDiv(chunks, splits));
}

/**
 * A convolution's default on an adapter that is not a CPU, for a regime of `batch` inputs:
 * implicit GEMM as the leading WebGPU engines run convolutions on GPUs (onnxruntime-web's
 * `conv2d_mm` and tfjs-webgpu's `Conv2DMMProgram`: 8x8 threads of 4x4 outputs, a 32x32 tile, K
 * staged in chunks of 32), on layers of 16 or fewer output channels the narrow tile that wastes
 * least of N (64x16, 64x8); with their occupancy rule: where the grid of useful workgroups
 * would be smaller than `GPU_MIN_WORKGROUPS`, the single-buffered member with the most
 * workgroups (the smaller tiles, 2x4 outputs per thread), the first choice on a tie. Where even
 * that grid is smaller, and `splitK` allows it (f32 storage: the partial products are kept in
 * the arena), the engines' other answer: K split over as many workgroups as bring the grid to
 * `GPU_MIN_WORKGROUPS`, at most `GPU_MAX_SPLITS` (`gemmSplits`); not for conv-resizes, whose
 * epilogue needs whole sums.
 */
export function gpuConvVariant(k: ConvDesc, batch: number, splitK = false): GemmVariant | undefined {
  const family = gemmFamily(k).filter((v) => v.buffers === 1);
  if (family.length === 0) return undefined;
  const grid = (v: GemmVariant): number => gemmWorkgroups(k, v, batch);
  const tile = (tm: number, tn: number) => family.find((v) => v.tm === tm && v.tn === tn && v.rm === 4);
  const first = tile(32, 32) ?? tile(64, 16) ?? tile(64, 8) ?? family[0];
  if (grid(first) >= GPU_MIN_WORKGROUPS) return first;
  const most = family.reduce((best, v) => (grid(v) > grid(best) ? v : best), first);
  if (!splitK || grid(most) >= GPU_MIN_WORKGROUPS) return most;
  const wanted = Math.min(GPU_MAX_SPLITS, ceilDiv(GPU_MIN_WORKGROUPS, grid(most)));
  const splits = gemmSplits(k, most, wanted);
  return splits > 1 ? { ...most, splitK: splits } : most;
}

/**
 * The choice without a tuning (what it was before variants were data). Register tiling with
 * 4 pixels per thread (fewer on narrower rows) and 64 threads; staging where `workgroupTiling`
 * says: `auto` the regime where it won on lavapipe (a 64->64 channel conv at 32x32, +15% over
 * register tiling) and where GPUs are known to need it: 32+ channels in and out on 16x16 or
 * larger. On RANet's CIFAR layers (narrow, 8x8 and smaller) it lost 33% at batch 64
 * (`npm run bench`), so there only the ImageNet spec's early layers use it. `always`: every
 * 3x3 layer it can serve with 64+ threads; `never`: none. A staged tile has up to 4 channel
 * groups, 4 pixels per thread unless the image is too small to give a workgroup 64 threads, and
 * up to 256 threads.
 */
export function defaultConvVariant(
  k: ConvDesc,
  workgroupTiling: 'auto' | 'always' | 'never' = 'auto',
): ConvVariant {
  const { oh, ow } = k.shape;
  const cg = Math.min(ceilDiv(k.cout, CONV_GROUP), 4);
  const rp = [4, 2].find((r) => r <= ow && ceilDiv(ow, r) * oh * cg >= 64) ?? 1;
  const tiled = { kind: 'tiled', cg, rp, maxThreads: LIMITS.workgroupInvocations, chunkDiv: 1 } as const;
  const eligible = k.shape.k === 3 && k.cout >= 16 && tilingThreads(convTiling(k, tiled)) >= 64;
  const staged =
    workgroupTiling === 'auto'
      ? eligible && k.cin >= 32 && k.cout >= 32 && oh * ow >= 256
      : eligible && workgroupTiling === 'always';
  return staged ? tiled : { kind: 'direct', rp: Math.min(4, ow), threads: 64 };
}
