import type { Kernel } from '../../kernels/types.ts';
import type { Addressing } from '../wgsl/kernels.ts';
import { io, kernelSpec } from '../wgsl/kernels.ts';
import type { CudaTemplate } from './templates.ts';

/**
 * How each kernel of the kernel IR becomes a CUDA kernel: the template, its compile-time
 * specialization (equal specializations share one `__global__` function), the run-time u32
 * parameters of its argument struct, the block size and the blocks per sample.
 */
export interface CudaKernelSpec {
  readonly template: Exclude<CudaTemplate, 'module' | 'exit'>;
  readonly specialization: Readonly<Record<string, number | string | boolean>>;
  /** Run-time parameters after `count_at` (which every per-sample kernel takes first). */
  readonly params: readonly (readonly [string, number])[];
  readonly threads: number;
  readonly blocksPerSample: number;
  /** Uses `__syncthreads` / warp intrinsics. */
  readonly cooperative: boolean;
}

/** Shared memory a block may use without opting in (cudaFuncAttributeMaxDynamicSharedMemorySize). */
const SHARED_LIMIT = 48 * 1024;

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

/** A CUDA f32 literal that round-trips exactly. */
export function cudaFloat(x: number): string {
  const s = String(Math.fround(x));
  return /[.eE]/.test(s) ? `${s}f` : `${s}.0f`;
}

/**
 * Conv tiling: output tiles of up to 8 x 16 pixels, one thread per pixel and group of 4 output
 * channels; on small maps a block takes several channel groups so that it keeps >= 64 threads.
 * Input channels are staged 8 at a time unless that overflows shared memory.
 */
export function convTiling(k: {
  kernel: number;
  stride: number;
  output: { height: number; width: number; count: number };
}): {
  tileH: number;
  tileW: number;
  ct: number;
  ci: number;
} {
  const tileW = Math.min(k.output.width, 16);
  const tileH = Math.min(k.output.height, 8);
  const pixels = tileH * tileW;
  const ct = Math.max(1, Math.min(ceilDiv(k.output.count, 4), Math.floor(128 / pixels)));
  const inH = (tileH - 1) * k.stride + k.kernel;
  const inW = (tileW - 1) * k.stride + k.kernel;
  let ci = 8;
  const bytes = (c: number): number => 4 * c * (inH * inW + k.kernel * k.kernel * ct * 4);
  while (ci > 1 && bytes(ci) > SHARED_LIMIT) ci /= 2;
  if (bytes(ci) > SHARED_LIMIT) throw new Error(`conv tile needs ${bytes(ci)} bytes of shared memory`);
  return { tileH, tileW, ct, ci };
}

export function cudaKernelSpec(k: Kernel, at: Addressing): CudaKernelSpec {
  switch (k.kind) {
    case 'conv': {
      // A resize fused into the epilogue: WebGPU's kernel shape (the whole coarse map of 4
      // channels in shared memory per block), ported to CUDA.
      if (k.coarse !== undefined) return fromWebGpu(k, at, true);
      const { height: oh, width: ow } = k.output;
      const { tileH, tileW, ct, ci } = convTiling(k);
      const tilesX = ceilDiv(ow, tileW);
      const tiles = tilesX * ceilDiv(oh, tileH);
      return {
        template: 'conv',
        specialization: {
          h: k.input.height,
          w: k.input.width,
          oh,
          ow,
          k: k.kernel,
          stride: k.stride,
          pad: k.pad,
          tileH,
          tileW,
          tilesX,
          tiles,
          ct,
          ci,
          threads: tileH * tileW * ct,
          relu: k.relu,
          bias: k.bias !== undefined,
        },
        params: [
          ['cin', k.input.count],
          ...io(k, at),
          ['w_off', at.weight(k.weight)],
          ['b_off', k.bias === undefined ? 0 : at.weight(k.bias)],
          ['cout', k.output.count],
        ],
        threads: tileH * tileW * ct,
        blocksPerSample: tiles * ceilDiv(k.output.count, 4 * ct),
        cooperative: true,
      };
    }
    case 'batchnorm':
    case 'relu':
    case 'copy':
    case 'resize':
    case 'maxpool':
    case 'avgpool':
    case 'linear': {
      // One thread per output element (the head: one block per sample), exactly as on WebGPU.
      if (k.kind === 'linear') {
        const w = kernelSpec(k, at);
        if (Number(w.specialization.features) * 4 > SHARED_LIMIT)
          throw new Error(`${k.name}: ${String(w.specialization.features)} features exceed shared memory`);
      }
      return fromWebGpu(k, at, k.kind === 'linear');
    }
    case 'gather':
    case 'exit':
      throw new Error(`${k.kind} kernels are specialized with the control layout; see emit.ts`);
  }
}

/**
 * A kernel whose shape is WebGPU's: the same template name, specialization (with CUDA float
 * literals) and parameters, one block per workgroup. Heads reduce with warp shuffles in blocks
 * of 128 threads; the others keep the WGSL workgroup size.
 */
function fromWebGpu(k: Kernel, at: Addressing, cooperative: boolean): CudaKernelSpec {
  const w = kernelSpec(k, at);
  const specialization = Object.fromEntries(
    Object.entries(w.specialization).map(([key, v]) => [
      key,
      typeof v === 'string' && /^-?[0-9.]+(e[-+]?[0-9]+)?$/.test(v) ? cudaFloat(Number(v)) : v,
    ]),
  );
  const threads = k.kind === 'linear' ? 128 : Number(w.specialization.threads ?? 256);
  return {
    template: w.template as CudaKernelSpec['template'],
    specialization: { ...specialization, threads },
    params: w.params,
    threads,
    blocksPerSample: w.workgroupsPerSample,
    cooperative,
  };
}
