// CI's rehearsal of scripts/gpu-check.sh: the same command a GPU machine runs, with the Node side
// on the cuda-cpu harness (its emulated CUDA 12.4 driver refuses nvcc 13's ISA 9.0, so the
// prepared ISA 7.8 PTX must be what loads) and the PyTorch side where PyTorch imports.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nvcc } from '../helpers/cuda-cpu.ts';
import { repoRoot } from '../helpers/fixtures.ts';

describe.skipIf(nvcc === undefined)('scripts/gpu-check.sh rehearse', () => {
  it('passes: every fixture exit, the timed rows and the module images', { timeout: 900_000 }, () => {
    const run = spawnSync('bash', ['scripts/gpu-check.sh', 'rehearse'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 600_000,
    });
    const out = `${run.stdout}${run.stderr}`;
    expect(run.status, out).toBe(0);
    expect(out).not.toMatch(/^FAIL/m);
    for (const [set, exits] of [
      ['tiny-cifar', 6],
      ['ranet-cifar10', 8],
      ['ranet-cifar10 (no graphs)', 8],
      ['imagenet-mini', 4],
    ] as const)
      for (let e = 0; e < exits; e++) expect(out).toContain(`ok   ${set} exit${e}:`);
    const results = JSON.parse(readFileSync(path.join(repoRoot, '.tmp/gpu-check/results.json'), 'utf8')) as {
      rows: { model: string; batch: number; mode: string; ms: number }[];
      images: string[];
      digitsExits: number[][];
    };
    const modes = results.rows.map((r) => `${r.model} ${r.batch} ${r.mode}`);
    for (const batch of [1, 4]) {
      expect(modes).toContain(`ranet-cifar10 ${batch} forward`);
      expect(modes).toContain(`digits ${batch} forward`);
      for (const p of [4, 10, 20]) expect(modes).toContain(`digits ${batch} budget p=${p}`);
    }
    for (const r of results.rows) expect(r.ms).toBeGreaterThan(0);
    expect(results.digitsExits).toHaveLength(6);
    for (const image of results.images) expect(image).toMatch(/: PTX ISA 7\.8 for sm_90/);
    expect(out).toMatch(/== WGSL: Dawn over Vulkan[\s\S]*wgsl: Dawn vulkan: /);
    // Each backend's probe ends by itself, cleanly (a crash or a hang at exit is reported).
    expect(out).not.toMatch(/^wgsl: Dawn .*: (probe failed|no answer in)/m);
  });
});
