// The default kernels on GPUs (WgslPlan.gpu): on an adapter that is not a CPU (isCpuAdapter, the
// one rule), large batches run implicit-GEMM convolutions with the occupancy rule of
// gpuConvVariant; CPU adapters keep today's kernels, byte for byte. The GPU default is exact on
// the fixtures (run here on lavapipe by naming a GPU adapter).

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdapterIdentity } from '@ranetc/runtime';
import { createWebGpuModel, isCpuAdapter, planForAdapter, regimeFor } from '@ranetc/runtime';
import { compile } from '../../src/compile.ts';
import { createNodeDevice, type NodeDevice } from '../../src/backends/wgsl/node-device.ts';
import {
  GPU_MIN_WORKGROUPS,
  convShapeKey,
  gemmFamily,
  gpuConvVariant,
} from '../../src/backends/wgsl/variants.ts';
import type { ConvDesc } from '../../src/schedule/types.ts';
import { loadWeights } from '../../src/weights/load.ts';
import { compare } from '../helpers/compare.ts';
import { fixture, readMeta, specFromPublic } from '../helpers/fixtures.ts';
import { DEVICE_REL } from '../helpers/tolerances.ts';

const GPU: AdapterIdentity = {
  vendor: 'nvidia',
  architecture: 'hopper',
  description: 'NVIDIA H100 80GB HBM3',
};
const LLVMPIPE = { vendor: 'mesa', architecture: '', description: 'llvmpipe (LLVM 19.1.7, 256 bits)' };

const spec = (() => {
  const s = specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec);
  return { ...s, target: { ...s.target, maxBatch: 4 } };
})();

const conv = (cin: number, cout: number, size: number, stride = 1): ConvDesc => {
  const out = Math.floor((size - 1) / stride) + 1;
  return {
    kind: 'conv',
    shape: { h: size, w: size, oh: out, ow: out, k: 3, stride, pad: 1 },
    epilogue: { relu: true, bias: true },
    cin,
    cout,
  };
};

describe('which adapters are CPUs', () => {
  it.each([
    [LLVMPIPE, true],
    [{ vendor: 'mesa', architecture: '', description: 'lavapipe' }, true],
    [{ vendor: 'google', architecture: 'swiftshader', description: '' }, true],
    [{ vendor: 'microsoft', architecture: '', description: 'Microsoft Basic Render Driver' }, true],
    [{ ...GPU, isFallbackAdapter: true }, true],
    [GPU, false],
    [{ vendor: 'apple', architecture: 'metal-3', description: '' }, false],
  ])('%o: %s', (adapter, cpu) => {
    expect(isCpuAdapter(adapter)).toBe(cpu);
  });
});

describe('the GPU default tile', () => {
  const grid = (k: ConvDesc, batch: number, v: { tm: number; tn: number }): number =>
    Math.ceil((batch * k.shape.oh * k.shape.ow) / v.tm) * Math.ceil(k.cout / v.tn);

  it('is the public engines 32x32 tile of 4x4 outputs per thread where the grid is large enough', () => {
    const k = conv(64, 64, 32);
    expect(gpuConvVariant(k, 64)).toEqual({ kind: 'gemm', tm: 32, tn: 32, rm: 4, buffers: 1 });
    expect(grid(k, 64, { tm: 32, tn: 32 })).toBeGreaterThanOrEqual(GPU_MIN_WORKGROUPS);
  });

  it('takes the narrow tile that wastes least of N on layers of few output channels', () => {
    expect(gpuConvVariant(conv(32, 4, 32), 64)).toMatchObject({ tm: 64, tn: 8, rm: 4 });
    expect(gpuConvVariant(conv(32, 12, 32), 64)).toMatchObject({ tm: 64, tn: 16, rm: 4 });
    expect(gpuConvVariant(conv(32, 24, 32), 64)).toMatchObject({ tm: 32, tn: 32, rm: 4 });
  });

  it('shrinks to the member with the most workgroups where 32x32 would leave fewer than 128', () => {
    const k = conv(64, 64, 8);
    const v = gpuConvVariant(k, 8)!;
    expect(grid(k, 8, { tm: 32, tn: 32 })).toBeLessThan(GPU_MIN_WORKGROUPS);
    expect(grid(k, 8, v)).toBeGreaterThan(grid(k, 8, { tm: 32, tn: 32 }));
    for (const m of gemmFamily(k).filter((x) => x.buffers === 1))
      expect(grid(k, 8, v)).toBeGreaterThanOrEqual(grid(k, 8, m));
  });
});

describe('plans carry the GPU default', () => {
  const { plan, schedule } = compile(spec, { target: 'wgsl' });
  const never = compile(spec, { target: 'wgsl', kernels: { gpuKernels: 'never' } }).plan;

  it('leaves the CPU kernels as they were, byte for byte', () => {
    const { gpu, ...rest } = plan;
    expect(gpu).toBeDefined();
    expect(JSON.stringify(rest)).toBe(JSON.stringify(never));
  });

  it('runs implicit GEMM at maxBatch on a GPU adapter, the default kernels on a CPU adapter', () => {
    const onGpu = planForAdapter(plan, GPU, () => {});
    expect(onGpu.regimes!.map((r) => r.batch)).toEqual([1, 4]);
    const large = onGpu.regimes![1].stages.flatMap((s) =>
      s.dispatches.map((d) => onGpu.pipelines[d.pipeline]),
    );
    const gemm = large.filter((p) => p.code.includes('Implicit-GEMM convolution'));
    // Every convolution, conv-resizes (the resize in the GEMM's epilogue) included.
    const convs = schedule.stages.flatMap((s) => s.launches.filter((l) => l.kernel.kind === 'conv'));
    expect(convs.some((l) => (l.kernel as ConvDesc).resize !== undefined)).toBe(true);
    expect(gemm).toHaveLength(convs.length);
    expect(gemm.filter((p) => p.code.includes('Epilogue: a bilinear resize')).length).toBeGreaterThan(0);
    const small = onGpu.regimes![0].stages.flatMap((s) =>
      s.dispatches.map((d) => onGpu.pipelines[d.pipeline]),
    );
    expect(small.some((p) => p.code.includes('Implicit-GEMM'))).toBe(false);
    for (const cpu of [LLVMPIPE, { ...GPU, isFallbackAdapter: true }])
      expect(planForAdapter(plan, cpu, () => {})).toBe(plan);
    expect(planForAdapter(plan, undefined, () => {})).toBe(plan);
  });

  it('is absent where variants were chosen, with one batch regime, or in a counting build', () => {
    const [first] = schedule.stages[0].launches.filter((l) => l.kernel.kind === 'conv');
    const key = convShapeKey(first.kernel as ConvDesc);
    const chosen = compile(spec, {
      target: 'wgsl',
      kernels: { convVariants: { [key]: { kind: 'direct', rp: 1, threads: 64 } } },
    }).plan;
    expect(chosen.gpu).toBeUndefined();
    expect(compile(spec, { target: 'wgsl', maxBatch: 1 }).plan.gpu).toBeUndefined();
    // Its counter layout holds the default kernels' workgroups per sample.
    expect(compile(spec, { target: 'wgsl', counters: true }).plan.gpu).toBeUndefined();
  });
});

describe('the GPU default on the fixtures', () => {
  let nd: NodeDevice;
  beforeAll(async () => {
    nd = await createNodeDevice();
  });
  afterAll(() => nd?.destroy());

  it('tiny-cifar: every exit within the device tolerance, its inputs on the implicit-GEMM regime', async () => {
    const { plan } = compile(spec, { target: 'wgsl' });
    const model = await createWebGpuModel(
      nd.device,
      plan,
      readFileSync(fixture('tiny-cifar', 'model.safetensors')),
      {
        adapter: GPU,
      },
    );
    const io = loadWeights(fixture('tiny-cifar', 'io.safetensors'));
    const input = io.get('input')!.data as Float32Array;
    // The fixture's inputs are one chunk, which runs the maxBatch (implicit-GEMM) regime.
    expect(regimeFor([1, spec.target.maxBatch], input.length / (3 * 32 * 32))).toBe(1);
    const outs = await model.allExits(input);
    outs.forEach((out, e) => {
      expect(compare(io.get(`exit${e}`)!.data as Float32Array, out).rel, `exit ${e}`).toBeLessThanOrEqual(
        DEVICE_REL,
      );
    });
    model.destroy();
  }, 120_000);
});
