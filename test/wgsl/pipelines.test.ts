// Every kernel the compiler emits for a bundled spec is compiled by a real WebGPU
// implementation (Dawn's WGSL compiler, then the Vulkan driver), not only compared as text:
// the optimized build, the one-kernel-per-op baseline, the workgroup-tiled variant and stage kernels, in f32
// and f16, each with its GPU default kernels. A kernel that WebGPU rejects fails here with the model, the kernel's name and
// WebGPU's message (line:column), as `ranetc run` reports it.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import { createNodeDevice, type NodeDevice } from '../../src/backends/wgsl/node-device.ts';
import { UNFUSED } from '../../src/passes/pipeline.ts';
import type { PipelineSource } from '@ranetc/runtime';
import { createPipelines, KernelRejectedError } from '@ranetc/runtime';
import { loadSpec } from '../../src/spec/parse.ts';
import { repoRoot } from '../helpers/fixtures.ts';

let nd: NodeDevice;
beforeAll(async () => {
  nd = await createNodeDevice({ f16: 'require' });
});
afterAll(() => nd?.destroy());

const VARIANTS = {
  optimized: {},
  'one kernel per op': { passes: UNFUSED },
  'workgroup-tiled': { kernels: { workgroupTiling: 'always' } },
  // Today's kernels, and stage kernels (where the spec allows them) in the GPU default.
  'stage kernels': { kernels: { stageKernels: 'auto' } },
} as const;
const PRECISIONS = ['f32', 'f16'] as const;

const specFiles = readdirSync(path.join(repoRoot, 'specs')).filter((f) => f.endsWith('.yaml'));
const cases = specFiles.flatMap((file) =>
  (Object.keys(VARIANTS) as (keyof typeof VARIANTS)[]).flatMap((variant) =>
    PRECISIONS.map((precision) => [file, variant, precision] as const),
  ),
);

/**
 * Pipelines by code: builds share most kernels, and each distinct one is compiled once; a
 * rejection is reported with this build's name and the kernel's index in its plan.
 */
const compiled = new Map<string, Promise<unknown>>();
function compileOnce(name: string, pipelines: readonly PipelineSource[]): Promise<unknown>[] {
  return pipelines.map((p, index) => {
    const key = `${p.bindings}\n${p.code}`;
    let done = compiled.get(key);
    if (!done) {
      done = createPipelines(nd.device, { name, pipelines: [p] });
      compiled.set(key, done);
    }
    return done.catch((e: unknown) => {
      throw e instanceof KernelRejectedError ? new KernelRejectedError(name, p.label, index, e.details) : e;
    });
  });
}

describe('every pipeline of every bundled spec compiles on the WebGPU device', () => {
  it.each(cases)('%s, %s, %s', { timeout: 120_000 }, async (file, variant, precision) => {
    const { spec } = loadSpec(path.join(repoRoot, 'specs', file));
    const { plan } = compile(spec, { target: 'wgsl', ...VARIANTS[variant], precision });
    expect(plan.pipelines.length).toBeGreaterThan(0);
    // Throws KernelRejectedError for the first rejected kernel, naming it.
    await Promise.all(compileOnce(`${spec.name} (${variant}, ${precision})`, plan.pipelines));
    // The GPU default kernels (implicit GEMM, conv-resizes and split K included).
    if (plan.gpu !== undefined)
      await Promise.all(
        compileOnce(`${spec.name} (${variant}, ${precision}, GPU default)`, plan.gpu.pipelines),
      );
  });

  it('names the kernel and quotes WebGPU when a kernel is rejected', async () => {
    const bad: PipelineSource = {
      label: 'pool',
      bindings: 'basic',
      code: '@compute @workgroup_size(1) fn main() { var acc = -3.4028235e38; acc += 1.0; }',
    };
    const attempt = createPipelines(nd.device, { name: 'broken', pipelines: [bad] });
    await expect(attempt).rejects.toBeInstanceOf(KernelRejectedError);
    await expect(attempt).rejects.toThrow(
      /^broken: WebGPU rejected kernel "pool" \(pipeline 0\): 1:\d+: .*cannot be represented as 'f32'/,
    );
  });
});
