import type { Kernel, View } from '../../kernels/types.ts';
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

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

const io = (k: { input: View; output: View }, at: Addressing): [string, number][] => [
  ['in_base', at.base(k.input)],
  ['in_stride', at.sampleStride(k.input)],
  ['out_base', at.base(k.output)],
  ['out_stride', at.sampleStride(k.output)],
];

const f32Bits = (x: number): number => new Uint32Array(Float32Array.of(x).buffer)[0];

export const CONV_THREADS = 64;

export function kernelSpec(k: Kernel, at: Addressing): KernelSpec {
  switch (k.kind) {
    case 'conv': {
      const { height: oh, width: ow } = k.output;
      const rp = Math.min(4, ow);
      const groupsX = ceilDiv(ow, rp);
      const pixelBlocks = ceilDiv(oh * groupsX, CONV_THREADS);
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
          rp,
          rc: CONV_GROUP,
          groupsX,
          pixelBlocks,
          threads: CONV_THREADS,
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
        workgroupsPerSample: pixelBlocks * ceilDiv(k.output.count, CONV_GROUP),
        control: false,
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
        workgroupsPerSample: ceilDiv(k.input.count * hw, 256),
        control: false,
      };
    }
    case 'resize': {
      const [h, w, oh, ow] = [k.input.height, k.input.width, k.output.height, k.output.width];
      const scale = (i: number, o: number): string =>
        o > 1 ? wgslFloat(Math.fround((i - 1) / (o - 1))) : '0.0';
      return {
        template: 'resize',
        specialization: { h, w, oh, ow, scaleY: scale(h, oh), scaleX: scale(w, ow) },
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

/** A WGSL f32 literal that round-trips exactly. */
export function wgslFloat(x: number): string {
  const s = String(Math.fround(x));
  return /[.eE]/.test(s) ? s : `${s}.0`;
}
