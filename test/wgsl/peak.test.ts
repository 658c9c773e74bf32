// The WGSL multiply-add peak (src/backends/wgsl/peak.ts) counts what its kernel executes, in the
// convention every rate is compared in: one multiply-add per lane of each `fma` (not 2 FLOPs), so
// that a share of the peak is the kernels' multiply-adds per second over the loop's.

import { describe, expect, it } from 'vitest';
import { FMA_PEAK, fmaPeakMadds, fmaPeakSource, measureFmaPeak } from '../../src/backends/wgsl/peak.ts';
import { createNodeDevice } from '../../src/backends/wgsl/node-device.ts';
import { kernelMadds } from '../../src/kernels/flops.ts';
import { compile } from '../../src/compile.ts';
import { loadSpec } from '../../src/spec/parse.ts';
import path from 'node:path';
import { repoRoot } from '../helpers/fixtures.ts';

describe('the FMA peak', () => {
  it('counts one multiply-add per lane of each fma its loop runs', () => {
    const code = fmaPeakSource();
    const threads = Number(/@workgroup_size\((\d+)\)/.exec(code)![1]);
    const iterations = Number(/i < (\d+)u/.exec(code)![1]);
    const body = /for \(var i[^{]*\{([^}]*)\}/.exec(code)![1];
    const fmas = (body.match(/fma\(/g) ?? []).length;
    expect(fmas).toBe(FMA_PEAK.chains);
    // Each fma is on vec4<f32>: 4 lanes.
    expect(code).toContain('var a0 = vec4<f32>');
    expect(fmaPeakMadds(3)).toBe(threads * 3 * iterations * fmas * 4);
  });

  it('a convolution counts its multiply-adds as the public accounting counts its FLOPs', () => {
    // The bench's rate (kernelMadds) and the peak are in one unit; the public accounting also
    // counts a multiply-add once (plus one per ReLU output, and what unfused nodes pass on), so a
    // conv kernel's multiply-adds are at most its accounting FLOPs, and far from twice them.
    const { spec } = loadSpec(path.join(repoRoot, 'specs', 'tiny-cifar.yaml'));
    const { program, schedule } = compile(spec, { target: 'wgsl' });
    let compared = 0;
    program.stages.forEach((stage, s) =>
      stage.kernels.forEach((k, i) => {
        if (k.kind !== 'conv' || k.coarse !== undefined) return;
        const launch = schedule.stages[s].launches[i];
        expect(launch.label).toBe(k.name);
        expect(kernelMadds(k), k.name).toBeLessThanOrEqual(launch.flops);
        expect(launch.flops, k.name).toBeLessThan(2 * kernelMadds(k));
        compared++;
      }),
    );
    expect(compared).toBeGreaterThan(0);
  });

  it('measures a positive rate on the device', async () => {
    const nd = await createNodeDevice({ timestamps: true });
    try {
      expect(await measureFmaPeak(nd.device)).toBeGreaterThan(1e8);
    } finally {
      nd.destroy();
    }
  }, 60_000);
});
