// The relaxed-SIMD build: a second module with `f32x4.relaxed_madd` for every multiply-add,
// taken at load time where the engine validates relaxed SIMD, the SIMD128 module otherwise.
// The relaxed path runs in a child Node with relaxed SIMD on (Node 20 has it behind
// `--experimental-wasm-relaxed-simd`); the plain path here, where the engine lacks it.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleWasm } from '../../src/backends/wasm/assemble.ts';
import { compile } from '../../src/compile.ts';
import { createWasmExecutor, relaxedSimd } from '@ranetc/runtime';
import { CompiledModel } from '@ranetc/runtime';
import { fixture, readMeta, repoRoot, specFromPublic } from '../helpers/fixtures.ts';
import { loadWeights } from '../../src/weights/load.ts';
import { DEVICE_REL, RELAXED_REL } from '../helpers/tolerances.ts';

const SETS = ['tiny-cifar', 'ranet-cifar10'];

describe('the relaxed-SIMD module', () => {
  it('has a fused multiply-add where the plain module multiplies and adds, and nothing else differs', () => {
    const spec = specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec);
    const { source, relaxedSource } = compile(spec, { target: 'wasm' });
    expect(source).not.toMatch(/relaxed/);
    const fused = (relaxedSource.match(/f32x4\.relaxed_madd/g) ?? []).length;
    expect(fused).toBeGreaterThan(0);
    expect(relaxedSource).not.toMatch(/f32x4\.mul/);
    // Undo the fusion: the plain module's text, but for the comments that say which it is.
    const arg = String.raw`(\(local\.get \$\w+\)|\(v128\.load \(local\.get \$\w+\)\))`;
    const unfused = relaxedSource
      .replace(
        new RegExp(String.raw`\(f32x4\.relaxed_madd ${arg} ${arg} ${arg}\)`, 'g'),
        '(f32x4.add $3 (f32x4.mul $1 $2))',
      )
      .replaceAll(', fused multiply-add', '');
    const body = (s: string): string => s.split('\n').slice(2).join('\n');
    expect(body(unfused)).toBe(body(source));
  });

  it('runs in an engine with relaxed SIMD: every exit within its tolerance, threads bit for bit, the same work counted', () => {
    const child = spawnSync(
      process.execPath,
      [
        '--experimental-wasm-relaxed-simd',
        '--import',
        'tsx',
        path.join(repoRoot, 'test', 'wasm', 'relaxed-child.ts'),
        ...SETS,
      ],
      { encoding: 'utf8', cwd: repoRoot, timeout: 240_000 },
    );
    expect(child.status, child.stderr).toBe(0);
    const results = JSON.parse(child.stdout) as {
      set: string;
      simd: string;
      plainSimd: string;
      relaxedRel: number[];
      plainRel: number[];
      differing: number;
      threadsIdentical: boolean;
      workRelaxed: number;
      workPlain: number;
    }[];
    expect(results.map((r) => r.set)).toEqual(SETS);
    for (const r of results) {
      console.log(
        `${r.set} relaxed vs fixtures per exit: ${r.relaxedRel.map((x) => x.toExponential(2)).join(' ')}; ` +
          `plain: ${r.plainRel.map((x) => x.toExponential(2)).join(' ')}; ${r.differing} outputs differ`,
      );
      expect(r.simd, r.set).toBe('relaxed');
      expect(r.plainSimd, 'without a relaxed module the plain one runs').toBe('simd128');
      for (const rel of r.relaxedRel) expect(rel, r.set).toBeLessThanOrEqual(RELAXED_REL);
      for (const rel of r.plainRel) expect(rel, r.set).toBeLessThanOrEqual(DEVICE_REL);
      // The fused path ran: rounded once, some outputs differ from the plain module's.
      expect(r.differing, r.set).toBeGreaterThan(0);
      expect(r.threadsIdentical, r.set).toBe(true);
      expect(r.workRelaxed, r.set).toBe(r.workPlain);
    }
  });

  it.runIf(!relaxedSimd())(
    'without relaxed SIMD in the engine, the plain module runs, given both',
    async () => {
      const set = 'tiny-cifar';
      const spec = specFromPublic(set, readMeta(set).spec);
      const compiled = compile(spec, { target: 'wasm', maxBatch: 4 });
      const weights = readFileSync(fixture(set, 'model.safetensors'));
      const module = await assembleWasm(compiled.source, set);
      const relaxedModule = await assembleWasm(compiled.relaxedSource, set);
      const both = await createWasmExecutor(compiled.plan, weights, { module, relaxedModule });
      const plain = await createWasmExecutor(compiled.plan, weights, { module });
      expect(both.simd).toBe('simd128');
      const input = loadWeights(fixture(set, 'io.safetensors')).get('input')!.data as Float32Array;
      const a = await new CompiledModel(compiled.plan, both).allExits(input);
      const b = await new CompiledModel(compiled.plan, plain).allExits(input);
      expect(a).toEqual(b);
    },
  );
});
