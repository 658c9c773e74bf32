// The default kernels on GPUs (WgslPlan.gpu): on an adapter that is not a CPU (isCpuAdapter, the
// one rule), large batches run implicit-GEMM convolutions with the occupancy rule of
// gpuConvVariant, K split where the grid is still small; CPU adapters keep today's kernels,
// byte for byte. The GPU default is exact on
// the fixtures (run here on lavapipe by naming a GPU adapter).

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdapterIdentity } from '@ranetc/runtime';
import { createWebGpuModel, isCpuAdapter, planForAdapter, regimeFor } from '@ranetc/runtime';
import { compile } from '../../src/compile.ts';
import { createNodeDevice, type NodeDevice } from '../../src/backends/wgsl/node-device.ts';
import {
  GPU_MAX_SPLITS,
  GPU_MIN_WORKGROUPS,
  convShapeKey,
  gemmFamily,
  gemmTiling,
  gemmWorkgroups,
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

describe('split K', () => {
  it('splits K where even the member with the most workgroups leaves fewer than 128, in ranges of whole chunks', () => {
    const k = conv(256, 16, 4);
    const whole = gpuConvVariant(k, 4)!;
    expect(whole.splitK).toBeUndefined();
    expect(gemmWorkgroups(k, whole, 4)).toBeLessThan(GPU_MIN_WORKGROUPS);
    const v = gpuConvVariant(k, 4, true)!;
    expect({ ...v, splitK: undefined }).toEqual({ ...whole, splitK: undefined });
    // 2 workgroups would need 64 splits for 128: at most 16, and 72 chunks of K in ranges of 5
    // are 15 splits (the last of 2 chunks).
    expect(gemmWorkgroups(k, whole, 4)).toBe(2);
    expect(Math.ceil((256 * 9) / gemmTiling(k, whole).tk)).toBe(72);
    expect(v.splitK).toBe(15);
    expect(gemmWorkgroups(k, v, 4)).toBe(2 * 15);
    // A grid that 8 splits bring to 128.
    const half = conv(256, 64, 4);
    const h = gpuConvVariant(half, 8, true)!;
    expect(gemmWorkgroups(half, { ...h, splitK: undefined }, 8)).toBe(16);
    expect(h.splitK).toBe(8);
    expect(gemmWorkgroups(half, h, 8)).toBe(GPU_MIN_WORKGROUPS);
    // At most GPU_MAX_SPLITS, each of at least 2 chunks of K.
    const deep = conv(512, 4, 2);
    expect(gpuConvVariant(deep, 1, true)!.splitK).toBe(GPU_MAX_SPLITS);
    const short = conv(4, 16, 4);
    expect(Math.ceil((4 * 9) / gemmTiling(short, whole).tk)).toBeLessThan(4);
    expect(gpuConvVariant(short, 1, true)!.splitK).toBeUndefined();
    // Not where the grid is large enough, nor for a conv-resize (its epilogue needs whole sums).
    expect(gpuConvVariant(conv(256, 16, 32), 64, true)!.splitK).toBeUndefined();
    const resize = {
      ...k,
      resize: { ih: 4, iw: 4, ch: 4, cw: 4, scaleY: { f32: 0.4 }, scaleX: { f32: 0.4 }, coarsePixels: 16 },
    };
    expect(gpuConvVariant(resize, 4, true)!.splitK).toBeUndefined();
  });

  it('tiny-cifar at batch 4: a sum dispatch after each split layer, the arena grown for the partial products; none with f16 storage', () => {
    const { plan } = compile(spec, { target: 'wgsl' });
    const gpu = plan.gpu!;
    const large = gpu.regimes[1].stages.flatMap((st) => st.dispatches);
    const sums = large.filter((d) => d.label.endsWith('(sum of K splits)'));
    expect(sums.length).toBeGreaterThan(0);
    for (const d of sums) {
      const conv = large[large.indexOf(d) - 1];
      expect(d.label).toBe(`${conv.label} (sum of K splits)`);
      expect(gpu.pipelines[conv.pipeline].code).toContain('Split K:');
      expect(d.params).toEqual(conv.params);
    }
    expect(gpu.arenaElements!).toBeGreaterThan(plan.arenaElements);
    const f16 = compile({ ...spec, target: { ...spec.target, precision: 'f16' } }, { target: 'wgsl' }).plan;
    expect(
      f16.gpu!.regimes[1].stages.flatMap((st) => st.dispatches).some((d) => d.label.includes('sum')),
    ).toBe(false);
    expect(f16.gpu!.arenaElements).toBeUndefined();
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
    // With one regime, only stage kernels (tested below) would make a set of their own.
    expect(
      compile(spec, { target: 'wgsl', maxBatch: 1, kernels: { stageKernels: 'never' } }).plan.gpu,
    ).toBeUndefined();
    // Its counter layout holds the default kernels' workgroups per sample.
    expect(compile(spec, { target: 'wgsl', counters: true }).plan.gpu).toBeUndefined();
  });
});

describe('stage kernels by default (kernels.stageKernels: auto)', () => {
  const { plan } = compile(spec, { target: 'wgsl', kernels: { stageKernels: 'never' } });
  const auto = compile(spec, { target: 'wgsl' }).plan;
  const dispatches = (p: { stages: readonly { dispatches: readonly unknown[] }[] }): number[] =>
    p.stages.map((st) => st.dispatches.length);

  it('on a CPU adapter: the kernels of today, byte for byte', () => {
    const { gpu, ...rest } = auto;
    expect(JSON.stringify(rest)).toBe(JSON.stringify({ ...plan, gpu: undefined }));
    expect(gpu).toBeDefined();
    expect(planForAdapter(auto, LLVMPIPE, () => {})).toBe(auto);
  });

  it('on a GPU adapter: one dispatch per stage in the small regime, the GPU default in the large', () => {
    const onGpu = planForAdapter(auto, GPU, () => {});
    const before = planForAdapter(plan, GPU, () => {});
    expect(onGpu.regimes!.map((r) => r.batch)).toEqual([1, 4]);
    expect(dispatches(onGpu.regimes![0])).toEqual(plan.stages.map(() => 1));
    expect(onGpu.regimes![0].stages.map((st) => onGpu.pipelines[st.dispatches[0].pipeline].label)).toEqual(
      plan.stages.map(() => 'stage'),
    );
    const code = (p: typeof onGpu, r: number): string[] =>
      p.regimes![r].stages.flatMap((st) => st.dispatches.map((d) => p.pipelines[d.pipeline].code));
    expect(code(onGpu, 1)).toEqual(code(before, 1));
    // maxBatch 1: stage kernels are the only regime on a GPU.
    const one = compile(spec, { target: 'wgsl', maxBatch: 1, kernels: { stageKernels: 'auto' } }).plan;
    expect(planForAdapter(one, LLVMPIPE, () => {})).toBe(one);
    expect(dispatches(planForAdapter(one, GPU, () => {}))).toEqual(plan.stages.map(() => 1));
  });
});

describe('the GPU default on the fixtures', () => {
  let nd: NodeDevice;
  beforeAll(async () => {
    nd = await createNodeDevice({ timestamps: true });
  });
  afterAll(() => nd?.destroy());

  // At batch 4 most layers split K; ranet-cifar10 adds wider layers and conv-resizes.
  it.each(['tiny-cifar', 'ranet-cifar10'])(
    '%s: every exit within the device tolerance, its inputs on the implicit-GEMM regime',
    async (set) => {
      const base = specFromPublic(set, readMeta(set).spec);
      const s = { ...base, target: { ...base.target, maxBatch: 4 } };
      const { plan } = compile(s, { target: 'wgsl' });
      const gpu = plan.gpu!;
      const large = gpu.regimes[1].stages.flatMap((st) => st.dispatches);
      expect(large.filter((d) => d.label.endsWith('(sum of K splits)')).length).toBeGreaterThan(0);
      const model = await createWebGpuModel(
        nd.device,
        plan,
        readFileSync(fixture(set, 'model.safetensors')),
        {
          adapter: GPU,
        },
      );
      const io = loadWeights(fixture(set, 'io.safetensors'));
      const input = io.get('input')!.data as Float32Array;
      // The fixture's inputs are one chunk, which runs the maxBatch (implicit-GEMM) regime.
      expect(planForAdapter(plan, GPU, () => {}).arenaElements).toBe(gpu.arenaElements);
      expect(regimeFor([1, s.target.maxBatch], input.length / (3 * 32 * 32))).toBe(1);
      const outs = await model.allExits(input);
      // The splits are added in a fixed order: a second run gives the same bits.
      const again = await model.allExits(input);
      again.forEach((out, e) =>
        expect(Buffer.from(out.buffer).equals(Buffer.from(outs[e].buffer)), `exit ${e}`).toBe(true),
      );
      outs.forEach((out, e) => {
        expect(compare(io.get(`exit${e}`)!.data as Float32Array, out).rel, `exit ${e}`).toBeLessThanOrEqual(
          DEVICE_REL,
        );
      });
      model.destroy();
    },
    120_000,
  );

  it('tiny-cifar with stage kernels by default: one input runs one dispatch per stage, exits within the tolerance', async () => {
    const { plan } = compile(spec, { target: 'wgsl', kernels: { stageKernels: 'auto' } });
    const weights = readFileSync(fixture('tiny-cifar', 'model.safetensors'));
    const io = loadWeights(fixture('tiny-cifar', 'io.safetensors'));
    const input = (io.get('input')!.data as Float32Array).subarray(0, 3 * 32 * 32);
    for (const [adapter, perStage] of [
      [GPU, true],
      [LLVMPIPE, false],
    ] as const) {
      const model = await createWebGpuModel(nd.device, plan, weights, { adapter });
      const outs = await model.allExits(input);
      outs.forEach((out, e) => {
        const expected = (io.get(`exit${e}`)!.data as Float32Array).subarray(0, spec.classes);
        expect(compare(expected, out).rel, `exit ${e}`).toBeLessThanOrEqual(DEVICE_REL);
      });
      const ran = (await model.profile(input)).chunks[0];
      expect(ran.length === plan.stages.length, adapter.description).toBe(perStage);
      expect(
        ran.every((t) => t.label.startsWith('stage ')),
        adapter.description,
      ).toBe(perStage);
      model.destroy();
    }
  }, 120_000);
});
