import { printConstants } from '../../schedule/schedule.ts';
import type { ConvDesc, KernelDesc } from '../../schedule/types.ts';
import { CONV_GROUP } from '../../schedule/weights.ts';
import { LIMITS } from './limits.ts';
import type { CudaTemplate } from './templates.ts';

/**
 * How a kernel description becomes a CUDA kernel: the template, its compile-time
 * specialization (equal specializations share one `__global__` function), the block size and
 * the blocks per sample.
 */
export interface CudaKernelSpec {
  readonly template: Exclude<CudaTemplate, 'module' | 'exit'>;
  readonly specialization: Readonly<Record<string, number | string | boolean>>;
  readonly threads: number;
  readonly blocksPerSample: number;
  /** Uses `__syncthreads` / warp intrinsics. */
  readonly cooperative: boolean;
}

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

/** Threads of the one-thread-per-element kernels; heads reduce with warp shuffles in blocks of 128. */
const ELEMENT_THREADS = 256;
const HEAD_THREADS = 128;
/** A conv with a fused resize: a block keeps the whole coarse map of 4 channels in shared memory. */
const RESIZE_THREADS = 64;

/** A CUDA f32 literal that round-trips exactly. */
function cudaFloat(x: number): string {
  const s = String(Math.fround(x));
  return /[.eE]/.test(s) ? `${s}f` : `${s}.0f`;
}

/**
 * Conv tiling: output tiles of up to 8 x 16 pixels, one thread per pixel and group of 4 output
 * channels; on small maps a block takes several channel groups so that it keeps >= 64 threads.
 * Input channels are staged 8 at a time unless that overflows shared memory.
 */
function convTiling(k: ConvDesc): { tileH: number; tileW: number; ct: number; ci: number } {
  const { oh, ow, k: kernel, stride } = k.shape;
  const tileW = Math.min(ow, 16);
  const tileH = Math.min(oh, 8);
  const pixels = tileH * tileW;
  const ct = Math.max(1, Math.min(ceilDiv(k.cout, CONV_GROUP), Math.floor(128 / pixels)));
  const inH = (tileH - 1) * stride + kernel;
  const inW = (tileW - 1) * stride + kernel;
  let ci = 8;
  const bytes = (c: number): number => 4 * c * (inH * inW + kernel * kernel * ct * CONV_GROUP);
  while (ci > 1 && bytes(ci) > LIMITS.sharedMemory) ci /= 2;
  if (bytes(ci) > LIMITS.sharedMemory) throw new Error(`conv tile needs ${bytes(ci)} bytes of shared memory`);
  return { tileH, tileW, ct, ci };
}

/** Convolution arithmetic: f32 on the CUDA cores, or TF32 / FP16 on the tensor cores (f32 accumulation). */
export type CudaMath = 'f32' | 'tf32' | 'f16';

/**
 * A block tile of the tensor-core convolution: `bm` output pixels (one warp per 16) by `bn`
 * output channels (one m16n8 multiply-accumulate per 8), K staged `TENSOR_BK` at a time.
 */
export interface TensorTile {
  readonly bm: 32 | 64;
  readonly bn: 8 | 16 | 32;
}

/** The tensor-core variant family: every member compiles for sm_80 and sm_90 (test/cuda/nvcc.test.ts); the harness runs the default. */
export const TENSOR_TILES: readonly TensorTile[] = [
  { bm: 64, bn: 32 },
  { bm: 64, bn: 16 },
  { bm: 64, bn: 8 },
  { bm: 32, bn: 32 },
  { bm: 32, bn: 16 },
  { bm: 32, bn: 8 },
];

/** K per pipeline stage: two m16n8k8 steps in TF32, one m16n8k16 in FP16. */
export const TENSOR_BK = 16;

/**
 * The default tile per compute capability and batch. sm_80 and sm_90 (the only targets,
 * LIMITS.archs) share it: 64 x 32, 128 threads, for batches of 8 and more; below that the
 * small maps of the later stages would give too few blocks to fill the GPU, so 32 x 32 (twice
 * the blocks). A choice from the shapes, not yet from a measurement (no GPU has run it).
 */
export function defaultTensorTile(arch: number, maxBatch: number): TensorTile {
  if (arch < 80)
    throw new Error(
      `the tensor-core convolutions need sm_80 or later (cp.async, mma.sync tf32); got sm_${arch}`,
    );
  return maxBatch >= 8 ? { bm: 64, bn: 32 } : { bm: 32, bn: 32 };
}

/** Shared memory of a tensor-core convolution: two A and two B buffers, and the coarse map when it resizes. */
function tensorSharedBytes(tile: TensorTile, element: number, coarsePixels: number): number {
  const { lda, ldb } = tensorStrides(tile, element);
  return 2 * (tile.bm * lda + TENSOR_BK * ldb) * element + coarsePixels * tile.bn * 4;
}

/** Row strides (elements) of the shared tiles: multiples of 16 bytes, padded off the bank pattern. */
function tensorStrides(tile: TensorTile, element: number): { lda: number; ldb: number } {
  return { lda: TENSOR_BK + 16 / element, ldb: tile.bn + 8 };
}

/**
 * A convolution on the tensor cores with `tile` (its bn narrowed, for a fused resize, until the
 * coarse map fits shared memory), or undefined when even 8 channels of the map do not fit: that
 * convolution stays on the CUDA cores.
 */
function tensorConv(k: ConvDesc, math: 'tf32' | 'f16', tile: TensorTile): CudaKernelSpec | undefined {
  const element = math === 'f16' ? 2 : 4;
  const coarse = k.resize === undefined ? 0 : k.resize.ch * k.resize.cw;
  let bn = tile.bn;
  while (bn > 8 && tensorSharedBytes({ ...tile, bn }, element, coarse) > LIMITS.sharedMemory) bn /= 2;
  const fitted: TensorTile = { bm: tile.bm, bn: bn as TensorTile['bn'] };
  if (tensorSharedBytes(fitted, element, coarse) > LIMITS.sharedMemory) return undefined;
  const { h, w, oh, ow, k: kernel, stride, pad } = k.shape;
  const threads = 2 * fitted.bm;
  const nTiles = ceilDiv(k.cout, fitted.bn);
  const common = {
    k: kernel,
    stride,
    pad,
    ...fitted,
    bk: TENSOR_BK,
    ...tensorStrides(fitted, element),
    threads,
    math,
  };
  if (k.resize === undefined)
    return {
      template: 'conv-mma',
      specialization: { h, w, oh, ow, ...common, resize: false, ...k.epilogue },
      threads,
      blocksPerSample: nTiles * ceilDiv(oh * ow, fitted.bm),
      cooperative: true,
    };
  const { ih, iw, ch, cw, scaleY, scaleX } = k.resize;
  return {
    template: 'conv-mma',
    specialization: {
      ...printConstants({ h: ih, w: iw, oh: ch, ow: cw, rh: oh, rw: ow, scaleY, scaleX }, cudaFloat),
      ...common,
      resize: true,
      ...k.epilogue,
    },
    threads,
    blocksPerSample: nTiles,
    cooperative: true,
  };
}

export function cudaKernelSpec(
  k: Exclude<KernelDesc, { kind: 'exit' }>,
  label: string,
  tensor?: { readonly math: 'tf32' | 'f16'; readonly tile: TensorTile },
): CudaKernelSpec {
  switch (k.kind) {
    case 'conv': {
      const { shape, epilogue } = k;
      const onTensorCores = tensor === undefined ? undefined : tensorConv(k, tensor.math, tensor.tile);
      if (onTensorCores !== undefined) return onTensorCores;
      if (k.resize !== undefined) {
        return {
          template: 'conv-resize',
          specialization: printConstants(
            { ...shape, ...k.resize, threads: RESIZE_THREADS, ...epilogue },
            cudaFloat,
          ),
          threads: RESIZE_THREADS,
          blocksPerSample: ceilDiv(k.cout, CONV_GROUP),
          cooperative: true,
        };
      }
      const { tileH, tileW, ct, ci } = convTiling(k);
      const tilesX = ceilDiv(shape.ow, tileW);
      const tiles = tilesX * ceilDiv(shape.oh, tileH);
      const threads = tileH * tileW * ct;
      return {
        template: 'conv',
        specialization: { ...shape, tileH, tileW, tilesX, tiles, ct, ci, threads, ...epilogue },
        threads,
        blocksPerSample: tiles * ceilDiv(k.cout, CONV_GROUP * ct),
        cooperative: true,
      };
    }
    case 'elementwise':
    case 'resize':
    case 'pool':
      return {
        template: k.kind,
        specialization: { ...printConstants(k.constants, cudaFloat), threads: ELEMENT_THREADS },
        threads: ELEMENT_THREADS,
        blocksPerSample: ceilDiv(k.elements, ELEMENT_THREADS),
        cooperative: false,
      };
    case 'linear':
      if (k.constants.features * 4 > LIMITS.sharedMemory)
        throw new Error(`${label}: ${k.constants.features} features exceed shared memory`);
      return {
        template: 'linear',
        specialization: { ...k.constants, threads: HEAD_THREADS },
        threads: HEAD_THREADS,
        blocksPerSample: 1,
        cooperative: true,
      };
    case 'gather':
      return {
        template: 'gather',
        specialization: k.constants,
        threads: ELEMENT_THREADS,
        blocksPerSample: ceilDiv(k.constants.perSample, ELEMENT_THREADS),
        cooperative: false,
      };
  }
}
