// CI's rehearsal of scripts/gpu-check.sh: prepare (with the sizes of what travels), then the same
// steps a GPU machine runs from the packed folder, with the Node side on the cuda-cpu harness
// (its emulated CUDA 12.4 driver refuses nvcc 13's ISA 9.0, so the prepared ISA 7.8 PTX must be
// what loads) and the PyTorch side where PyTorch imports (else its rows print as skipped).

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromPlanes, toPlanes } from '../../scripts/gpu-check/planes.ts';
import { nvcc } from '../helpers/cuda-cpu.ts';
import { fixture, repoRoot } from '../helpers/fixtures.ts';

const MIB = 1048576;

describe('gpu-check byte planes', () => {
  it('permute a safetensors body and restore it exactly, odd tail included', () => {
    const weights = readFileSync(fixture('tiny-cifar', 'model.safetensors'));
    const odd = new Uint8Array([...weights, 1, 2, 3]);
    for (const file of [new Uint8Array(weights), odd]) {
      const planes = Buffer.from(toPlanes(file));
      expect(planes.equals(file)).toBe(false);
      expect(Buffer.from(fromPlanes(planes)).equals(file)).toBe(true);
    }
  });
});

describe.skipIf(nvcc === undefined)('scripts/gpu-check.sh rehearse', () => {
  it(
    'passes: sizes, the fixture exits of every build, the timed rows, the table and the module images',
    { timeout: 900_000 },
    () => {
      const run = spawnSync('bash', ['scripts/gpu-check.sh', 'rehearse'], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 600_000,
      });
      const out = `${run.stdout}${run.stderr}`;
      expect(run.status, out).toBe(0);
      expect(out).not.toMatch(/^FAIL/m);
      // What travels: the packed files and the tracked tree, within 64 MiB, as printed.
      const packed = ['payload.tar.xz', 'dawn.tar.xz', 'node.xz'].reduce(
        (sum, f) => sum + statSync(path.join(repoRoot, '.tmp/gpu-check', f)).size,
        0,
      );
      const tree = execFileSync('git', ['ls-files', '-z'], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 30_000,
      })
        .split('\0')
        .filter((f) => f !== '')
        .reduce((sum, f) => sum + statSync(path.join(repoRoot, f), { throwIfNoEntry: false })!.size, 0);
      const sizes =
        /^size folder ([\d.]+) MiB \+ tracked tree ([\d.]+) MiB \+ untracked ([\d.]+) MiB = ([\d.]+) MiB of 64 MiB$/m.exec(
          out,
        );
      expect(sizes, out).not.toBeNull();
      expect(Number(sizes![1])).toBeCloseTo(packed / MIB, 1);
      expect(Number(sizes![2])).toBeCloseTo(tree / MIB, 1);
      expect(Number(sizes![4])).toBeLessThanOrEqual(64);
      expect((packed + tree) / MIB).toBeLessThanOrEqual(64);
      for (const [set, exits] of [
        ['tiny-cifar', 6],
        ['ranet-cifar10', 8],
        ['imagenet-mini', 4],
      ] as const) {
        for (const precision of ['f32', 'tf32', 'f16'])
          for (let e = 0; e < exits; e++)
            if (set === 'ranet-cifar10' && precision === 'f16' && e === 7)
              expect(out).toContain(`ok   ${set} f16 exit7: overflows f16, as expected`);
            else expect(out).toMatch(new RegExp(`^ok   ${set} ${precision} exit${e}: rel `, 'm'));
        if (set === 'ranet-cifar10')
          for (let e = 0; e < exits; e++) expect(out).toContain(`ok   ${set} f32 (no graphs) exit${e}:`);
      }
      const results = JSON.parse(
        readFileSync(path.join(repoRoot, '.tmp/gpu-check/run/results.json'), 'utf8'),
      ) as {
        rows: { model: string; precision: string; batch: number; mode: string; ms: number }[];
        accuracy: { model: string; precision: string; ok: boolean }[];
        images: string[];
        digitsExits: number[][];
      };
      expect(results.accuracy).toHaveLength(10);
      for (const a of results.accuracy) expect(a.ok).toBe(true);
      const modes = results.rows.map((r) => `${r.model} ${r.precision} ${r.batch} ${r.mode}`);
      for (const batch of [1, 4]) {
        expect(modes).toContain(`ranet-cifar10 f32 ${batch} forward`);
        expect(modes).toContain(`digits f32 ${batch} forward`);
        for (const p of [4, 10, 20]) expect(modes).toContain(`digits f32 ${batch} budget p=${p}`);
      }
      for (const precision of ['tf32', 'f16'])
        expect(modes).toContain(`ranet-cifar10 ${precision} 1 forward`);
      for (const r of results.rows) expect(r.ms).toBeGreaterThan(0);
      expect(results.digitsExits).toHaveLength(6);
      expect(results.images).toHaveLength(14);
      for (const image of results.images) expect(image).toMatch(/: PTX ISA 7\.8 for sm_90/);
      // The table: each build's accuracy, and every row with its PyTorch counterpart, timed where
      // PyTorch runs here, else skipped with the reason (tf32 and autocast FP16 need CUDA).
      for (const build of ['f32', 'f32 (no graphs)', 'tf32', 'f16'])
        expect(out).toMatch(
          new RegExp(`^ok   accuracy ranet-cifar10 +ranetc cuda ${build.replace(/[()]/g, '\\$&')} rel `, 'm'),
        );
      for (const [precision, system] of [
        ['f32', 'eager f32'],
        ['tf32', 'eager tf32'],
        ['f16', 'eager fp16 autocast'],
        ['f32', 'compile max-autotune-no-cudagraphs'],
        ['f32', 'compile reduce-overhead'],
      ])
        expect(out).toMatch(
          new RegExp(
            `^ranet-cifar10 +1 +forward +cuda ${precision} +${system} +([\\d.]+ +[\\d.]+ +[\\d.]+|[\\d.]+ +(skipped|n/a): .+)$`,
            'm',
          ),
        );
      for (const system of ['eager tf32', 'eager fp16 autocast'])
        expect(out).toMatch(
          new RegExp(
            `^ranet-cifar10 +1 +forward +cuda \\w+ +${system} +[\\d.]+ +skipped: (needs CUDA PyTorch|PyTorch does not import)`,
            'm',
          ),
        );
      expect(out).toMatch(/== WGSL: Dawn over Vulkan[\s\S]*wgsl: Dawn vulkan: /);
      // Dawn opened the Vulkan loader that travels in the payload (a GPU machine may have none).
      expect(out).toContain(
        `wgsl: Dawn vulkan: Vulkan loader ${path.join(repoRoot, '.tmp/gpu-check/run/vulkan/libvulkan.so.1')}`,
      );
      // Each backend's probe ends by itself, cleanly (a crash or a hang at exit is reported).
      expect(out).not.toMatch(/^wgsl: Dawn .*: (probe failed|no answer in)/m);
      // The WGSL rows on lavapipe: today's kernels, the GPU default and, at batch 1, stage kernels
      // (one dispatch per stage: digits has 6), each checked against today's before it is timed.
      expect(out).toMatch(/^wgsl digits dispatches per chunk: direct \d+, stage 6$/m);
      expect(out).toMatch(/^wgsl launches: a dispatch costs [\d.]+ us direct, [\d.]+ us indirect$/m);
      expect(out).toMatch(
        /^wgsl digits batch 1: stage against direct, largest difference [\d.]+e[-+]\d+ of max\(1, \|direct\|\)$/m,
      );
      expect(out).toMatch(
        /^wgsl digits batch 1 plain forward .*: direct [\d.]+ ms, gemm [\d.]+ ms, stage [\d.]+ ms \(gemm [\d.]+x direct, stage [\d.]+x direct\)$/m,
      );
      expect(out).toMatch(
        /^wgsl digits batch 8 plain forward .*: direct [\d.]+ ms, gemm [\d.]+ ms \(gemm [\d.]+x direct\)$/m,
      );
    },
  );
});
