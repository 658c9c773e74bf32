// `ranetc build --target wasm`: the generated package ships the assembled module (model.wasm)
// beside its entry, and runs as a user would run it: import the entry, create the model from
// the packed weights, classify. No assembler is needed at run time.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createNodeDevice } from '../../src/backends/wgsl/node-device.ts';
import { compile } from '../../src/compile.ts';
import { loadSpec } from '../../src/spec/parse.ts';
import { loadWeights } from '../../src/weights/load.ts';
import { cli } from '../helpers/cli.ts';
import { compare } from '../helpers/compare.ts';
import { fixture, repoRoot } from '../helpers/fixtures.ts';
import { DEVICE_REL } from '../helpers/tolerances.ts';

const work = mkdtempSync(path.join(tmpdir(), 'ranetc-wasm-'));
const spec = path.join(repoRoot, 'specs', 'tiny-cifar.yaml');

interface Generated {
  createTinyCifarModel(weights: Uint8Array): Promise<{
    allExits(images: Float32Array): Promise<Float32Array[]>;
    classify(images: Float32Array): Promise<{ exit: number; class: number }[]>;
    destroy(): void;
  }>;
}

describe('ranetc build --target wasm', () => {
  it('writes model.wasm, the wasm runtime and an entry that runs every exit of the fixture', async () => {
    const dir = path.join(work, 'tiny');
    const weights = fixture('tiny-cifar', 'model.safetensors');
    const { code, out } = await cli('build', spec, '--target', 'wasm', '-o', dir, '--weights', weights);
    expect(code).toBe(0);
    expect(out).toMatch(
      /\d+ wasm functions, \d+ calls, model\.wasm \(\d+ KiB\) and model-relaxed\.wasm \(\d+ KiB, relaxed SIMD\)/,
    );
    for (const file of ['model.wasm', 'model-relaxed.wasm']) {
      const wasm = readFileSync(path.join(dir, file));
      expect([...wasm.subarray(0, 4)], file).toEqual([0, 97, 115, 109]);
    }
    for (const f of ['plan.json', 'index.js', 'index.d.ts'])
      expect(existsSync(path.join(dir, f)), f).toBe(true);
    // The text of model.wasm only with --debug.
    expect(existsSync(path.join(dir, 'kernels'))).toBe(false);
    expect(
      (await cli('build', spec, '--target', 'wasm', '--debug', '-o', path.join(work, 'tiny-debug'))).code,
    ).toBe(0);
    expect(readFileSync(path.join(work, 'tiny-debug', 'kernels', 'model.wat'), 'utf8')).toContain(
      'v128.load32_splat',
    );
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { exports: object };
    expect(pkg.exports).toHaveProperty('./model.wasm');
    expect(pkg.exports).toHaveProperty('./model-relaxed.wasm');
    // The same build again is byte-identical, model.wasm included.
    expect(
      (await cli('build', '--check', spec, '--target', 'wasm', '-o', dir, '--weights', weights)).code,
    ).toBe(0);

    const entry = (await import(pathToFileURL(path.join(dir, 'index.js')).href)) as Generated;
    const model = await entry.createTinyCifarModel(readFileSync(path.join(dir, 'weights.bin')));
    const io = loadWeights(fixture('tiny-cifar', 'io.safetensors'));
    const outs = await model.allExits(io.get('input')!.data as Float32Array);
    outs.forEach((o, e) =>
      expect(compare(io.get(`exit${e}`)!.data as Float32Array, o).rel, `exit ${e}`).toBeLessThanOrEqual(
        DEVICE_REL,
      ),
    );
    model.destroy();
  });

  it('refuses f16 storage with exit code 2, naming the spec and the field, no stack trace', async () => {
    const half = path.join(work, 'half.yaml');
    writeFileSync(half, 'name: half\nclasses: 10\ntarget: { precision: f16 }\n');
    const out = path.join(work, 'half-out');
    const { code, err } = await cli('build', half, '--target', 'wasm', '-o', out);
    expect(code).toBe(2);
    expect(err).toContain(`${half}: target.precision: f16 is not for the wasm target, which takes f32`);
    expect(err).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a maxBatch whose memory exceeds what wasm32 grants, at the field, exit code 2', async () => {
    const imagenet = readFileSync(path.join(repoRoot, 'specs', 'ranet-imagenet.yaml'), 'utf8');
    const big = path.join(work, 'big.yaml');
    writeFileSync(big, imagenet.replace(/maxBatch: \d+/, 'maxBatch: 400'));
    const out = path.join(work, 'big-out');
    const { code, err } = await cli('build', big, '--target', 'wasm', '-o', out);
    expect(code).toBe(2);
    const limit = /target\.maxBatch: expected at most about (\d+) for the wasm backend.*found 400/.exec(err);
    expect(limit, err).not.toBeNull();
    expect(existsSync(out)).toBe(false);
    // The limit it states compiles (conservative: it counts the control and output words of the batch asked for).
    const { spec: parsed } = loadSpec(big);
    const at = Number(limit![1]);
    expect(compile(parsed, { target: 'wasm', maxBatch: at }).plan.memory.bytes).toBeLessThanOrEqual(2 ** 31);
  });

  it('--target wgsl,wasm: the factory runs on a WebGPU device, or without one on wasm, from one weights.bin', async () => {
    const dir = path.join(work, 'fallback');
    const weights = fixture('tiny-cifar', 'model.safetensors');
    const { code, out } = await cli('build', spec, '--target', 'wgsl,wasm', '-o', dir, '--weights', weights);
    expect(code, out).toBe(0);
    expect(out).toMatch(/pipelines, \d+ dispatches; wasm fallback model\.wasm/);
    for (const f of ['model.wasm', 'model-relaxed.wasm', 'plan.json', 'index.js'])
      expect(existsSync(path.join(dir, f)), f).toBe(true);
    // The wasm plan shares the weights layout with the WebGPU plan, stored once.
    const file = JSON.parse(readFileSync(path.join(dir, 'plan.json'), 'utf8')) as {
      fallback: { shared: string[]; own: object };
    };
    expect(file.fallback.shared).toContain('weights');
    expect(file.fallback.own).not.toHaveProperty('weights');
    expect(
      (await cli('build', '--check', spec, '--target', 'wgsl,wasm', '-o', dir, '--weights', weights)).code,
    ).toBe(0);
    const entry = (await import(pathToFileURL(path.join(dir, 'index.js')).href)) as {
      createTinyCifarModel(
        device: unknown,
        weights: Uint8Array,
      ): Promise<{
        plan: { target: string };
        allExits(x: Float32Array): Promise<Float32Array[]>;
        destroy(): void;
      }>;
    };
    const packed = readFileSync(path.join(dir, 'weights.bin'));
    const io = loadWeights(fixture('tiny-cifar', 'io.safetensors'));
    const input = io.get('input')!.data as Float32Array;
    const gpu = await createNodeDevice();
    try {
      for (const device of [undefined, gpu.device]) {
        const model = await entry.createTinyCifarModel(device, packed);
        expect(model.plan.target).toBe(device === undefined ? 'wasm' : 'wgsl');
        const outs = await model.allExits(input);
        outs.forEach((o, e) =>
          expect(
            compare(io.get(`exit${e}`)!.data as Float32Array, o).rel,
            `${model.plan.target} exit ${e}`,
          ).toBeLessThanOrEqual(DEVICE_REL),
        );
        model.destroy();
      }
    } finally {
      gpu.destroy();
    }
  });
});

describe('ranetc build --bundle', () => {
  it('writes a package that runs in plain Node with nothing installed: the runtime and the plan inlined', async () => {
    const dir = path.join(work, 'bundle');
    const weights = fixture('tiny-cifar', 'model.safetensors');
    const built = await cli('build', spec, '--target', 'wasm', '--bundle', '-o', dir, '--weights', weights);
    expect(built.code, built.err).toBe(0);
    expect(built.out).toContain('the runtime inlined');
    const entry = readFileSync(path.join(dir, 'index.js'), 'utf8');
    expect(entry).not.toMatch(/from\s*['"]@ranetc\/runtime/);
    expect(existsSync(path.join(dir, 'plan.json'))).toBe(false);
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { dependencies: object };
    expect(pkg.dependencies).toEqual({});
    const io = loadWeights(fixture('tiny-cifar', 'io.safetensors'));
    const input = Array.from(io.get('input')!.data as Float32Array);
    writeFileSync(path.join(work, 'bundle-input.json'), JSON.stringify(input));
    // A plain Node process (no loader, no alias) in a folder with no node_modules above it.
    const child = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { createTinyCifarModel } = await import(process.argv[1]);
         const { readFileSync } = await import('node:fs');
         const model = await createTinyCifarModel(readFileSync(process.argv[2]));
         const images = new Float32Array(JSON.parse(readFileSync(process.argv[3], 'utf8')));
         const outs = await model.allExits(images);
         model.destroy();
         console.log(JSON.stringify(outs.map((o) => Array.from(o))));`,
        pathToFileURL(path.join(dir, 'index.js')).href,
        path.join(dir, 'weights.bin'),
        path.join(work, 'bundle-input.json'),
      ],
      { encoding: 'utf8', cwd: work, timeout: 60_000 },
    );
    expect(child.status, child.stderr).toBe(0);
    const outs = JSON.parse(child.stdout) as number[][];
    outs.forEach((o, e) =>
      expect(
        compare(io.get(`exit${e}`)!.data as Float32Array, Float32Array.from(o)).rel,
        `exit ${e}`,
      ).toBeLessThanOrEqual(DEVICE_REL),
    );
  });
});
