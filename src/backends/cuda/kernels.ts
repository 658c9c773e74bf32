import type { Kernel, View } from '../../kernels/types.ts';
import type { Addressing } from '../wgsl/kernels.ts';
import type { CudaTemplate } from './templates.ts';

/**
 * How each kernel of the kernel IR becomes a CUDA kernel: the template, its compile-time
 * specialization (equal specializations share one `__global__` function), the run-time u32
 * parameters of its argument struct, the block size and the blocks per sample.
 */
export interface CudaKernelSpec {
  readonly template: Exclude<CudaTemplate, 'module' | 'exit' | 'gather'> | 'gather';
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

const io = (k: { input: View; output: View }, at: Addressing): [string, number][] => [
  ['in_base', at.base(k.input)],
  ['in_stride', at.sampleStride(k.input)],
  ['out_base', at.base(k.output)],
  ['out_stride', at.sampleStride(k.output)],
];

const f32Bits = (x: number): number => new Uint32Array(Float32Array.of(x).buffer)[0];

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
        threads: 256,
        blocksPerSample: ceilDiv(k.input.count * hw, 256),
        cooperative: false,
      };
    }
    case 'resize': {
      const [h, w, oh, ow] = [k.input.height, k.input.width, k.output.height, k.output.width];
      const scale = (i: number, o: number): string => (o > 1 ? cudaFloat((i - 1) / (o - 1)) : '0.0f');
      return {
        template: 'resize',
        specialization: { h, w, oh, ow, scaleY: scale(h, oh), scaleX: scale(w, ow) },
        params: [['channels', k.input.count], ...io(k, at)],
        threads: 256,
        blocksPerSample: ceilDiv(k.output.count * oh * ow, 256),
        cooperative: false,
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
        threads: 256,
        blocksPerSample: ceilDiv(k.output.count * oh * ow, 256),
        cooperative: false,
      };
    }
    case 'linear': {
      const { height: h, width: w, count: c } = k.input;
      const pool = k.pool;
      const poh = pool === undefined ? h : Math.floor((h - pool.window) / pool.stride) + 1;
      const pow = pool === undefined ? w : Math.floor((w - pool.window) / pool.stride) + 1;
      const features = c * poh * pow;
      if (features * 4 > SHARED_LIMIT)
        throw new Error(`${k.name}: ${features} features exceed shared memory`);
      return {
        template: 'linear',
        specialization: {
          features,
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
        threads: 128,
        blocksPerSample: 1,
        cooperative: true,
      };
    }
    case 'gather':
    case 'exit':
      throw new Error(`${k.kind} kernels are specialized with the control layout; see emit.ts`);
  }
}
