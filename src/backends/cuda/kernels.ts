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

export function cudaKernelSpec(k: Exclude<KernelDesc, { kind: 'exit' }>, label: string): CudaKernelSpec {
  switch (k.kind) {
    case 'conv': {
      const { shape, epilogue } = k;
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
