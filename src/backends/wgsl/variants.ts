/**
 * Convolution kernel variants as data: a variant is a point of a typed family (template,
 * pixels and output channels per thread, workgroup shape, workgroup-memory staging and its
 * chunk size), each valid under WebGPU's default limits by construction. `convFamily(k)` lists
 * every variant a layer can run; `defaultConvVariant` is the fixed choice the renderer makes
 * without a tuning; a tuning (`ranetc tune`) picks another member per layer shape.
 */
import type { ConvDesc } from '../../schedule/types.ts';
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
 */
export type ConvVariant =
  | { readonly kind: 'direct'; readonly rp: number; readonly threads: number }
  | {
      readonly kind: 'tiled';
      readonly cg: number;
      readonly rp: number;
      readonly maxThreads: number;
      readonly chunkDiv: number;
    };

/** The values each dimension takes. */
export const FAMILY = {
  direct: { rp: [1, 2, 4, 8, 16], threads: [32, 64, 128, 256] },
  tiled: { cg: [1, 2, 4], rp: [1, 2, 4], maxThreads: [64, 128, 256], chunkDiv: [1, 2] },
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

/** Whether `v` is a member of `k`'s family: it computes `k` within WebGPU's default limits. */
export function validConvVariant(k: ConvDesc, v: ConvVariant): boolean {
  return convFamily(k).some((m) => sameVariant(m, v));
}

export function sameVariant(a: ConvVariant, b: ConvVariant): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** A variant with its fields in a fixed order (tunings compare and print them). */
export function canonical(v: ConvVariant): ConvVariant {
  return v.kind === 'direct'
    ? { kind: 'direct', rp: v.rp, threads: v.threads }
    : { kind: 'tiled', cg: v.cg, rp: v.rp, maxThreads: v.maxThreads, chunkDiv: v.chunkDiv };
}

/**
 * Every variant of a (non-resizing) convolution, in a fixed order. Direct: `rp` up to the
 * row's width (1 always, the whole row where it is narrower than 8). Tiled: 3x3 kernels of 16+ output channels only (a staged input value
 * must serve several channel groups to pay for its staging), `cg` up to the layer's groups,
 * `rp` up to the width, tiles of 32 to 256 threads that fit the workgroup storage with at least
 * one input channel; `chunkDiv` 2 only where the full chunk holds 2+ channels.
 */
export function convFamily(k: ConvDesc): ConvVariant[] {
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
