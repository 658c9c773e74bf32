// Convolution variants as data (src/backends/wgsl/variants.ts): every member of every layer's
// family (implicit GEMM included) stays within WebGPU's default limits, the default is a member, and every member
// computes the model: builds that together give each convolution, conv-resize and exit head of
// tiny-cifar every variant of its family (subgroup heads included: the device offers
// `subgroups`), every implicit-GEMM member of ranet-cifar10's conv-resizes, and random choices
// on ranet-cifar10, against the fixtures' outputs of every exit. The conv-resize and head families' limits and f16 arithmetic: kernel-variants.test.ts.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import { chooseVariant, convVariantSpec } from '../../src/backends/wgsl/kernels.ts';
import { LIMITS } from '../../src/backends/wgsl/limits.ts';
import { createNodeDevice, type NodeDevice } from '../../src/backends/wgsl/node-device.ts';
import type { ConvVariant, GemmVariant } from '../../src/backends/wgsl/variants.ts';
import type { DeviceFeature, TunableKernel } from '../../src/backends/wgsl/variants.ts';
import {
  convFamily,
  convShapeKey,
  defaultConvVariant,
  gemmResizeTiling,
  kernelFamily,
  shapeKey,
  validVariant,
} from '../../src/backends/wgsl/variants.ts';
import { createWebGpuModel } from '@ranetc/runtime';
import type { ConvDesc } from '../../src/schedule/types.ts';
import { loadSpec } from '../../src/spec/parse.ts';
import type { Spec } from '../../src/spec/types.ts';
import { loadWeights } from '../../src/weights/load.ts';
import { compare } from '../helpers/compare.ts';
import { fixture, readMeta, repoRoot, specFromPublic } from '../helpers/fixtures.ts';
import { DEVICE_REL } from '../helpers/tolerances.ts';

/** The distinct non-resizing convolutions of a spec's default build, by shape key. */
function convShapes(spec: Spec): Map<string, ConvDesc> {
  const { schedule } = compile(spec, { target: 'wgsl' });
  const shapes = new Map<string, ConvDesc>();
  for (const stage of schedule.stages)
    for (const l of stage.launches)
      if (l.kernel.kind === 'conv' && l.kernel.resize === undefined)
        shapes.set(convShapeKey(l.kernel), l.kernel);
  return shapes;
}

const bundled = readdirSync(path.join(repoRoot, 'specs'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => loadSpec(path.join(repoRoot, 'specs', f)).spec);

describe('the convolution family', () => {
  it.each(bundled.map((s) => [s.name, s] as const))(
    '%s: every variant fits the default limits',
    (_, spec) => {
      for (const [key, k] of convShapes(spec)) {
        const family = convFamily(k);
        expect(family.length, key).toBeGreaterThan(1);
        for (const mode of ['auto', 'always', 'never'] as const)
          expect(validVariant(k, defaultConvVariant(k, mode)), `${key} default (${mode})`).toBe(true);
        for (const v of family) {
          const { specialization: s, workgroupsPerSample } = convVariantSpec(k, v);
          const where = `${key} ${JSON.stringify(v)}`;
          expect(s.threads as number, where).toBeLessThanOrEqual(LIMITS.workgroupInvocations);
          expect(workgroupsPerSample, where).toBeLessThanOrEqual(65535);
          if (v.kind === 'tiled') {
            const bytes = 4 * ((s.tileLength as number) + 4 * (s.weightVectors as number));
            expect(bytes, where).toBeLessThanOrEqual(LIMITS.workgroupStorage);
            expect(s.ck as number, where).toBeGreaterThanOrEqual(1);
          }
          if (v.kind === 'gemm') {
            // Staged A (floats) and B (vec4s) chunks, double-buffered or not.
            const bytes = 4 * ((s.aLength as number) + 4 * (s.bLength as number));
            expect(bytes, where).toBeLessThanOrEqual(LIMITS.workgroupStorage);
            expect(s.tk as number, where).toBeGreaterThanOrEqual(1);
          }
        }
      }
    },
  );

  it('refuses a variant outside the layer family, naming the layer', () => {
    const [key, k] = [...convShapes(bundled.find((s) => s.name === 'tiny-cifar')!)][0];
    const bad: ConvVariant = { kind: 'direct', rp: 3, threads: 48 };
    expect(() => chooseVariant(k, { convVariants: { [key]: bad } })).toThrow(key);
  });
});

let nd: NodeDevice;
beforeAll(async () => {
  nd = await createNodeDevice();
});
afterAll(() => nd?.destroy());

async function expectExits(set: string, kernels: Parameters<typeof compile>[1]['kernels']): Promise<void> {
  const spec = specFromPublic(set, readMeta(set).spec);
  const { plan } = compile(spec, { target: 'wgsl', maxBatch: 4, ...(kernels ? { kernels } : {}) });
  const model = await createWebGpuModel(nd.device, plan, readFileSync(fixture(set, 'model.safetensors')));
  const io = loadWeights(fixture(set, 'io.safetensors'));
  const outs = await model.allExits(io.get('input')!.data as Float32Array);
  outs.forEach((out, e) => {
    const expected = io.get(`exit${e}`)!.data as Float32Array;
    expect(compare(expected, out).rel, `exit ${e}`).toBeLessThanOrEqual(DEVICE_REL);
  });
  model.destroy();
}

/** The distinct tunable kernels (convolutions, conv-resizes, heads) of a spec, by shape key. */
function tunables(spec: Spec): Map<string, TunableKernel> {
  const { schedule } = compile(spec, { target: 'wgsl' });
  const out = new Map<string, TunableKernel>();
  for (const stage of schedule.stages)
    for (const l of stage.launches)
      if (l.kernel.kind === 'conv' || l.kernel.kind === 'linear') out.set(shapeKey(l.kernel), l.kernel);
  return out;
}

describe('every variant reproduces the fixtures', () => {
  const spec = specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec);
  const features: DeviceFeature[] = ['subgroups'];
  const shapes = [...tunables({ ...spec, target: { ...spec.target, maxBatch: 4 } })];
  const builds = Math.max(...shapes.map(([, k]) => kernelFamily(k, features).length));
  it('the device offers subgroups, so the subgroup heads run', () => {
    expect(nd.subgroups).toBe(true);
    expect(shapes.some(([, k]) => k.kind === 'linear')).toBe(true);
    expect(shapes.some(([, k]) => k.kind === 'conv' && k.resize !== undefined)).toBe(true);
  });
  // Build i gives each kernel the i-th member of its family (cycling): every member runs once.
  it.each(Array.from({ length: builds }, (_, i) => i))('tiny-cifar, variant %i of each kernel', async (i) => {
    const convVariants = Object.fromEntries(
      shapes.map(([key, k]) => {
        const family = kernelFamily(k, features);
        return [key, family[i % family.length]];
      }),
    );
    await expectExits('tiny-cifar', { convVariants, features });
  });

  // Conv-resizes as implicit GEMM: ranet-cifar10's have wider channel counts than tiny-cifar's
  // (so every N tile) and 16x16 coarse maps that the smaller M tiles cover with tiles that
  // share a row and a column. Build i gives each conv-resize the i-th gemm member of its family.
  const cifar = specFromPublic('ranet-cifar10', readMeta('ranet-cifar10').spec);
  const resizes = [...tunables(cifar)].filter(([, k]) => k.kind === 'conv' && k.resize !== undefined);
  const gemms = resizes.map(([key, k]) => [key, kernelFamily(k).filter((v) => v.kind === 'gemm')] as const);
  it('ranet-cifar10 conv-resizes have gemm members that tile their maps with shared rows and columns', () => {
    expect(gemms.every(([, f]) => f.length > 0)).toBe(true);
    const tilings = resizes.flatMap(([, k]) =>
      kernelFamily(k)
        .filter((v): v is GemmVariant => v.kind === 'gemm')
        .map((v) => gemmResizeTiling(k as ConvDesc, v)),
    );
    expect(tilings.some((t) => t.ty < t.ry && t.tx < t.rx)).toBe(true);
    expect(tilings.some((t) => t.tiles === 1)).toBe(true);
  });
  it.each(Array.from({ length: Math.max(...gemms.map(([, f]) => f.length)) }, (_, i) => i))(
    'ranet-cifar10, gemm member %i of each conv-resize',
    async (i) => {
      const convVariants = Object.fromEntries(gemms.map(([key, f]) => [key, f[i % f.length]]));
      await expectExits('ranet-cifar10', { convVariants });
    },
  );

  it.each([1, 2, 3])('ranet-cifar10, random variants, subgroup heads included (seed %i)', async (seed) => {
    await expectExits('ranet-cifar10', { randomVariants: seed, features });
  });
});
