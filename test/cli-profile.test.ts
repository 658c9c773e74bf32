// `ranetc profile` end to end on the tiny-cifar fixture through the Node WebGPU device (Dawn's
// timestamp queries on lavapipe): every dispatch timed and counted, the report's sums, and the
// Chrome trace's shape (Trace Event Format: complete events 'X' with ts/dur in microseconds);
// the GPU default kernels' build (--gpu-default), split-K sums as rows of their own.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.ts';
import type { ProfileReport } from '../src/cli/profile.ts';
import { formatProfile } from '../src/cli/profile.ts';
import { SPLIT_SUM } from '../src/backends/wgsl/render.ts';
import { loadSpec } from '../src/spec/parse.ts';
import { cli } from './helpers/cli.ts';
import { fixture, repoRoot } from './helpers/fixtures.ts';

const work = mkdtempSync(path.join(tmpdir(), 'ranetc-profile-'));
const specFile = path.join(repoRoot, 'specs', 'tiny-cifar.yaml');
const { spec } = loadSpec(specFile);
const plan = compile(spec, { target: 'wgsl' }).plan;
const BATCH = 8;
const SLOW = 300_000;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  cat?: string;
}

describe('ranetc profile on tiny-cifar', () => {
  it(
    'times and counts every dispatch; after everyone leaves at exit 1, later kernels process nothing',
    async () => {
      // Exit 1 takes every input: stages 2 and later run no samples.
      const thresholds = plan.exitFlops.map((_, e) => (e === 1 ? 0 : e === plan.exits - 1 ? -1e8 : 1e8));
      const file = path.join(work, 'thresholds.json');
      writeFileSync(
        file,
        JSON.stringify({
          format: 'ranetc-thresholds/1',
          model: spec.name,
          exits: plan.exits,
          thresholds,
          expectedMFlops: plan.exitFlops[1] / 1e6,
          validationAccuracy: 0,
        }),
      );
      const trace = path.join(work, 'trace.json');
      const args = ['--weights', fixture('tiny-cifar', 'model.safetensors'), '--batch', String(BATCH)];
      const { code, out, err } = await cli(
        'profile',
        specFile,
        ...args,
        '--thresholds',
        file,
        '--json',
        '--trace',
        trace,
      );
      expect(code, err).toBe(0);
      const r = JSON.parse(out) as ProfileReport;
      const dispatches = plan.stages.reduce((n, s) => n + s.dispatches.length, 0);
      expect(r.kernels).toHaveLength(dispatches);
      expect(r.inputs).toBe(BATCH);
      for (const k of r.kernels) {
        expect(k.ms).toBeGreaterThanOrEqual(0);
        // The gathers after exit s move the inputs that continue to stage s + 1.
        const stage = k.kind === 'gather' ? k.stage + 1 : k.stage;
        expect(k.samples, k.label).toBe(stage <= 1 ? BATCH : 0);
        if (stage > 1) expect(k.flops).toBe(0);
      }
      expect(r.executedMFlops).toBeCloseTo(plan.exitFlops[1] / 1e6, 9);
      expect(r.accountedMFlops).toBeCloseTo(plan.exitFlops[1] / 1e6, 9);
      // Device time is inside the call's wall time; the table's shares and groups add up.
      expect(r.kernelMs).toBeGreaterThan(0);
      expect(r.kernelMs).toBeLessThanOrEqual(r.wallMs);
      const sum = (xs: readonly { ms: number }[]): number => xs.reduce((a, x) => a + x.ms, 0);
      for (const total of [sum(r.kernels), sum(r.byStage), sum(r.byKind)])
        expect(total).toBeCloseTo(r.kernelMs, 6);
      expect(r.kernels.map((k) => k.ms)).toEqual([...r.kernels.map((k) => k.ms)].sort((a, b) => b - a));
      expect(r.earlyExitShare).toBeGreaterThan(0);
      expect(r.earlyExitShare).toBeLessThan(1);
      // Each kernel's share of the device's FMA-loop peak, both in multiply-adds per second.
      expect(r.peak?.loop).toContain('fma');
      expect(r.peak!.maddsPerSecond).toBeGreaterThan(1e8);
      const rated = r.kernels.filter((k) => k.madds > 0 && k.ms > 0);
      expect(rated.length).toBeGreaterThan(0);
      for (const k of rated)
        expect(k.ofPeak, k.label).toBeCloseTo(k.madds / (k.ms / 1000) / r.peak!.maddsPerSecond, 9);
      for (const k of r.kernels.filter((x) => x.madds === 0)) expect(k.ofPeak, k.label).toBeNull();

      const events = (JSON.parse(readFileSync(trace, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
      const complete = events.filter((e) => e.ph === 'X');
      expect(events.filter((e) => e.ph === 'M').map((e) => e.name)).toContain('process_name');
      for (const e of complete) {
        expect(Number.isFinite(e.ts) && Number.isFinite(e.dur) && e.dur! >= 0, e.name).toBe(true);
        expect(Number.isInteger(e.pid) && Number.isInteger(e.tid)).toBe(true);
      }
      expect(complete.filter((e) => e.cat !== 'stage')).toHaveLength(dispatches);
      expect(complete.filter((e) => e.cat === 'stage')).toHaveLength(plan.exits);

      const text = formatProfile(r);
      expect(text).toContain('GFLOP/s');
      expect(text).toMatch(/^ *[\d.]+ +[\d.]+% +\d+ +conv3x3 .* [\d.]+% +\S+$/m);
      expect(text).toMatch(/early-exit machinery \(exit kernels and gathers\): [\d.]+% of device time/);
      // Dispatches per chunk: today's build at both regimes, one per stage with stage kernels.
      expect(plan.gpu!.regimes[1].stages.flatMap((st) => st.dispatches).length).toBeGreaterThan(dispatches);
      const perStage = plan.stages.length;
      const BATCH_MAX = spec.target.maxBatch;
      expect(r.dispatchesPerChunk).toEqual([
        { build: 'today', regimes: [1, BATCH_MAX].map((batch) => ({ batch, dispatches })) },
        {
          build: 'gpu-auto',
          regimes: [
            { batch: 1, dispatches: perStage },
            // The GPU default at maxBatch: implicit GEMM, with a second dispatch per split-K layer.
            {
              batch: BATCH_MAX,
              dispatches: plan.gpu!.regimes[1].stages.reduce((n, st) => n + st.dispatches.length, 0),
            },
          ],
        },
        { build: 'stage', regimes: [1, BATCH_MAX].map((batch) => ({ batch, dispatches: perStage })) },
      ]);
      expect(text).toMatch(
        new RegExp(
          `stage kernels for every chunk +batch +1: +${perStage} +batch +${BATCH_MAX}: +${perStage}`,
        ),
      );
    },
    SLOW,
  );

  it(
    '--gpu-default: the GPU default kernels, a split-K convolution as its two dispatches',
    async () => {
      const gpu = plan.gpu!.regimes.at(-1)!.stages.flatMap((st) => st.dispatches);
      const sums = gpu.filter((d) => d.label.endsWith(SPLIT_SUM));
      expect(sums.length).toBeGreaterThan(0);
      const args = ['--weights', fixture('tiny-cifar', 'model.safetensors'), '--batch', String(BATCH)];
      const { code, out, err } = await cli('profile', specFile, ...args, '--gpu-default', '--json');
      expect(code, err).toBe(0);
      const r = JSON.parse(out) as ProfileReport;
      expect(r.kernels.map((k) => k.label).sort()).toEqual(gpu.map((d) => d.label).sort());
      const summed = r.kernels.filter((k) => k.kind.endsWith(' sum'));
      expect(summed).toHaveLength(sums.length);
      for (const k of summed) {
        expect(k.label.endsWith(SPLIT_SUM)).toBe(true);
        expect([k.madds, k.flops, k.ofPeak]).toEqual([0, 0, null]);
        const conv = r.kernels.find((c) => `${c.label}${SPLIT_SUM}` === k.label)!;
        expect(conv.madds).toBeGreaterThan(0);
        expect(k.samples).toBe(conv.samples);
      }
      const wasm = await cli('profile', specFile, ...args, '--gpu-default', '--backend', 'wasm');
      expect(wasm.code).toBe(2);
      expect(wasm.err).toContain("--gpu-default: the GPU default kernels are WGSL's; found --backend wasm");
    },
    SLOW,
  );

  it('says which option is wrong', async () => {
    const { code, err } = await cli(
      'profile',
      specFile,
      '--weights',
      fixture('tiny-cifar', 'model.safetensors'),
      '--batch',
      '0',
    );
    expect(code).toBe(2);
    expect(err).toContain('--batch: expected a positive integer, found 0');
  });
});

describe('ranetc profile --backend wasm', () => {
  for (const simd128 of [false, true])
    it(
      `measures the multiply-add peak in its process and rates each kind against it${simd128 ? ' (--simd128)' : ''}`,
      async () => {
        const args = ['--weights', fixture('tiny-cifar', 'model.safetensors'), '--batch', '4'];
        const { code, out, err } = await cli(
          'profile',
          specFile,
          ...args,
          '--backend',
          'wasm',
          '--json',
          ...(simd128 ? ['--simd128'] : []),
        );
        expect(code, err).toBe(0);
        const r = JSON.parse(out) as ProfileReport;
        // The CLI turns relaxed SIMD on in its process, and the peak loop is the module's multiply-add.
        expect(r.device).toContain(simd128 ? 'SIMD128' : 'relaxed SIMD');
        expect(r.peak?.loop).toBe(simd128 ? 'f32x4.mul + f32x4.add' : 'f32x4.relaxed_madd');
        expect(r.peak!.maddsPerSecond).toBeGreaterThan(1e8);
        for (const k of r.kernels) {
          if (!k.kind.startsWith('conv') && !k.kind.includes('linear')) expect(k.madds, k.label).toBe(0);
          // A convolution's accounting FLOPs are its multiply-adds (cin k k per output) and its
          // fused ReLU's elements (one per output): their ratio is cin k k.
          else if (k.kind.startsWith('conv') && k.samples > 0) {
            if (k.flops === k.madds) continue;
            const perOutput = k.madds / (k.flops - k.madds);
            expect(Number.isInteger(perOutput), k.label).toBe(true);
            if (k.kind.startsWith('conv3x3')) expect(perOutput % 9, k.label).toBe(0);
          }
        }
        for (const g of r.byKind) {
          const madds = r.kernels.filter((k) => k.kind === g.kind).reduce((a, k) => a + k.madds, 0);
          expect(g.madds, g.kind).toBe(madds);
          if (madds > 0) {
            expect(g.maddsPerSecond).toBeCloseTo(madds / (g.ms / 1000), 3);
            expect(g.ofPeak).toBeCloseTo(g.maddsPerSecond / r.peak!.maddsPerSecond, 9);
          } else expect(g.ofPeak).toBeNull();
        }
        expect(formatProfile(r)).toMatch(/conv3x3 .* G multiply-adds\/s +\d+% of peak/);
      },
      SLOW,
    );
});
