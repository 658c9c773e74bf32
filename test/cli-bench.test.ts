// `ranetc bench spec.yaml` on the small tiny-cifar spec through Dawn, and the peer helper that
// `npm run bench` times onnxruntime-web with, checked against the fixtures.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOrtNativePeer, openOrtPeer, relativeDiffs } from '../src/cli/bench/peers.ts';
import { compile } from '../src/compile.ts';
import { loadSpec } from '../src/spec/parse.ts';
import { readSafetensors } from '../src/weights/safetensors.ts';
import { cli } from './helpers/cli.ts';
import { fixture, repoRoot } from './helpers/fixtures.ts';
import { DEVICE_REL } from './helpers/tolerances.ts';

const work = mkdtempSync(path.join(tmpdir(), 'ranetc-bench-'));
const specFile = path.join(repoRoot, 'specs', 'tiny-cifar.yaml');
const plan = compile(loadSpec(specFile).spec, { target: 'wgsl' }).plan;
const SLOW = 300_000;

describe('ranetc bench spec.yaml', () => {
  it(
    'says it ran random weights and inputs when none are given',
    async () => {
      const r = await cli('bench', specFile, '--batch', '2');
      expect(r.code).toBe(0);
      expect(r.out).toContain('weights: random (seed 1; no --weights given)');
      expect(r.out).toContain('inputs: seeded standard normal (no --data given)');
      expect(r.out).toMatch(/^\s+2\s+\d+\.\d$/m);
    },
    SLOW,
  );

  it(
    'times budgeted classification with a thresholds file: every input leaves where the thresholds send it',
    async () => {
      // Exit 1 takes every input.
      const thresholds = plan.exitFlops.map((_, e) => (e === 1 ? 0 : e === plan.exits - 1 ? -1e8 : 1e8));
      const file = path.join(work, 'thresholds.json');
      writeFileSync(
        file,
        JSON.stringify({
          format: 'ranetc-thresholds/1',
          model: 'tiny-cifar',
          exits: plan.exits,
          thresholds,
          expectedMFlops: plan.exitFlops[1] / 1e6,
          validationAccuracy: 0,
        }),
      );
      const r = await cli(
        'bench',
        specFile,
        '--weights',
        fixture('tiny-cifar', 'model.safetensors'),
        '--batch',
        '1,3',
        '--thresholds',
        file,
      );
      expect(r.code).toBe(0);
      expect(r.out).toContain(`weights: ${fixture('tiny-cifar', 'model.safetensors')}`);
      const mflops = (plan.exitFlops[1] / 1e6).toFixed(2);
      expect(r.out).toMatch(new RegExp(`^\\s+3\\s.*\\s${mflops}\\s+0/3/0/0/0/0$`, 'm'));
      expect(r.out).toMatch(new RegExp(`^\\s+1\\s.*\\s${mflops}\\s+0/1/0/0/0/0$`, 'm'));
    },
    SLOW,
  );

  it('reports bad input with exit code 2 and the place, before touching the device', async () => {
    const batch = await cli('bench', specFile, '--batch', '1,0');
    expect(batch.code).toBe(2);
    expect(batch.err).toContain(
      "--batch: expected positive integers separated by commas (e.g. 1,64), found '1,0'",
    );
    const weights = await cli('bench', specFile, '--weights', path.join(work, 'missing.safetensors'));
    expect(weights.code).toBe(2);
    expect(weights.err).toContain('missing.safetensors');
    const only = await cli('bench', '--only', 'peer');
    expect(only.code).toBe(2);
    expect(only.err).toContain(
      "--only: expected sections among digits, peers, wasm, serve, tuning, serve-load, found 'peer'",
    );
  });
});

describe('the onnxruntime-web peer', () => {
  it(
    "wasm provider: ranet-cifar10's ONNX export reproduces the fixtures' exits",
    async () => {
      const io = readSafetensors(
        new Uint8Array(readFileSync(fixture('ranet-cifar10', 'io.safetensors'))),
        'io',
      );
      const input = io.get('input')!;
      const peer = await openOrtPeer(fixture('ranet-cifar10', 'model.onnx'), 'wasm');
      try {
        const got = await peer.run(input.data as Float32Array, input.shape);
        const expected = got.map((_, e) => io.get(`exit${e}`)!.data as Float32Array);
        expect(got).toHaveLength(8);
        // Observed 4.4e-6 at most (exit 7), as the compiled models.
        for (const d of relativeDiffs(got, expected)) expect(d).toBeLessThan(DEVICE_REL);
      } finally {
        await peer.release();
      }
    },
    SLOW,
  );

  it(
    "onnxruntime-node's CPU provider (2 threads, offline, from the package's own binaries) reproduces the fixtures' exits",
    async () => {
      const io = readSafetensors(
        new Uint8Array(readFileSync(fixture('ranet-cifar10', 'io.safetensors'))),
        'io',
      );
      const input = io.get('input')!;
      const peer = await openOrtNativePeer(fixture('ranet-cifar10', 'model.onnx'), 2);
      try {
        expect(peer.label).toMatch(/^onnxruntime-node [\d.]+ CPU \(2 threads\)$/);
        const got = await peer.run(input.data as Float32Array, input.shape);
        const expected = got.map((_, e) => io.get(`exit${e}`)!.data as Float32Array);
        expect(got).toHaveLength(8);
        const diffs = relativeDiffs(got, expected);
        console.log(`onnxruntime-node CPU vs fixtures: ${Math.max(...diffs).toExponential(2)}`);
        for (const d of diffs) expect(d).toBeLessThan(DEVICE_REL);
      } finally {
        await peer.release();
      }
    },
    SLOW,
  );
});
