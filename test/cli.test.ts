import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { checkCudaLimits } from '../src/backends/cuda/limits.ts';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSafetensors } from '../src/weights/safetensors.ts';
import { cli } from './helpers/cli.ts';
import { readPlanFile } from '../packages/runtime/src/plan-file.ts';
import type { WgslPlan } from '@ranetc/runtime';
import { fixture, repoRoot } from './helpers/fixtures.ts';
import { compare } from './helpers/compare.ts';
import { DEVICE_REL } from './helpers/tolerances.ts';

const work = mkdtempSync(path.join(tmpdir(), 'ranetc-cli-'));
const bytesOf = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const spec = (name: string): string => path.join(repoRoot, 'specs', `${name}.yaml`);

describe('ranetc inspect', () => {
  it('reports exits with the public FLOPs as JSON', async () => {
    const { code, out } = await cli('inspect', spec('ranet-cifar10'), '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as { exits: { flops: number }[]; flows: unknown[] };
    expect(report.flows).toHaveLength(4);
    expect(report.exits.map((e) => e.flops)).toEqual([
      15814410, 31283220, 44655390, 50358312, 60654578, 63647996, 90173958, 94904592,
    ]);
  });

  it('prints a table', async () => {
    const { code, out } = await cli('inspect', spec('tiny-cifar'));
    expect(code).toBe(0);
    expect(out).toMatch(/tiny-cifar: cifar, input 3x32x32, 10 classes, 3 flows, 6 exits/);
    expect(out).toMatch(/MFLOPs/);
  });

  it('rejects a bad spec with file:line:col and exit code 2, no stack trace', async () => {
    const bad = path.join(work, 'bad.yaml');
    writeFileSync(bad, 'name: x\nclasses: 10\narchitecture: { scaleList: [1, 3, 2] }\n');
    const { code, err } = await cli('inspect', bad);
    expect(code).toBe(2);
    expect(err).toContain(`${bad}:3:`);
    expect(err).toContain('scaleList');
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('ranetc run', () => {
  it('writes every exit of tiny-cifar with the reference backend, matching the fixture', async () => {
    const output = path.join(work, 'exits.safetensors');
    const { code, out } = await cli(
      'run',
      spec('tiny-cifar'),
      '--weights',
      fixture('tiny-cifar', 'model.safetensors'),
      '--input',
      fixture('tiny-cifar', 'io.safetensors'),
      '--output',
      output,
    );
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/exit0.*exit5/);
    const got = readSafetensors(readFileSync(output), output);
    const want = readSafetensors(readFileSync(fixture('tiny-cifar', 'io.safetensors')), 'io');
    for (let e = 0; e < 6; e++) {
      const a = got.get(`exit${e}`)!.data as Float32Array;
      const b = want.get(`exit${e}`)!.data as Float32Array;
      // Same tolerance as the reference interpreter's acceptance: 1e-4 of the exit's scale.
      expect(compare(b, a).rel, `exit ${e}`).toBeLessThanOrEqual(1e-4);
    }
  });

  it('reports weights that do not fit the spec by key, exit code 2', async () => {
    const { code, err } = await cli(
      'run',
      spec('ranet-cifar10'),
      '--weights',
      fixture('tiny-cifar', 'model.safetensors'),
      '--input',
      fixture('tiny-cifar', 'io.safetensors'),
    );
    expect(code).toBe(2);
    expect(err).toContain('model.safetensors');
    expect(err).toMatch(/missing/i);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('ranetc convert', () => {
  it("writes a checkpoint's state dict as safetensors: public names, no optimizer state", async () => {
    const output = path.join(work, 'converted.safetensors');
    const { code, out } = await cli('convert', fixture('digits', 'checkpoint.pth.tar'), '-o', output);
    expect(code).toBe(0);
    expect(out).toMatch(/588 tensors/);
    const converted = readSafetensors(new Uint8Array(readFileSync(output)), output);
    const reference = readSafetensors(
      new Uint8Array(readFileSync(fixture('digits', 'model.safetensors'))),
      'fixture',
    );
    expect([...converted.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [name, t] of reference) {
      expect(converted.get(name)?.shape, name).toEqual(t.shape);
      expect(bytesOf(converted.get(name)!.data).equals(bytesOf(t.data)), name).toBe(true);
    }
  });

  it('fails with exit code 2 on a file that is no checkpoint', async () => {
    const bad = path.join(work, 'not-weights.bin');
    writeFileSync(bad, 'hello');
    const { code, err } = await cli('convert', bad, '-o', path.join(work, 'x.safetensors'));
    expect(code).toBe(2);
    expect(err).toContain(`${bad}: not a recognized weights file`);
  });
});

describe('ranetc build', () => {
  it('is deterministic, and --check sees a stale file', async () => {
    const a = path.join(work, 'a');
    const b = path.join(work, 'b');
    expect((await cli('build', spec('tiny-cifar'), '-o', a)).code).toBe(0);
    expect((await cli('build', spec('tiny-cifar'), '-o', b)).code).toBe(0);
    // The model's files only: the runtime is the @ranetc/runtime dependency, the WGSL is in the plan.
    expect(readdirSync(a).sort()).toEqual([
      'README.md',
      'index.d.ts',
      'index.js',
      'manifest.json',
      'package.json',
      'plan.json',
    ]);
    for (const f of readdirSync(a))
      expect(readFileSync(path.join(a, f), 'utf8')).toBe(readFileSync(path.join(b, f), 'utf8'));
    expect((await cli('build', '--check', spec('tiny-cifar'), '-o', a)).code).toBe(0);
    writeFileSync(path.join(a, 'plan.json'), '{}\n');
    const check = await cli('build', '--check', spec('tiny-cifar'), '-o', a);
    expect(check.code).toBe(1);
    expect(check.err).toContain('stale plan.json');
    // --debug adds the kernels as text, one file per pipeline.
    const debug = path.join(work, 'debug');
    expect((await cli('build', spec('tiny-cifar'), '--debug', '-o', debug)).code).toBe(0);
    const wgsl = readdirSync(path.join(debug, 'kernels'));
    expect(wgsl.length).toBeGreaterThan(10);
    expect(wgsl.every((f) => f.endsWith('.wgsl'))).toBe(true);
  });

  it('--kernels chooses the WebGPU kernels: stage and GEMM on GPUs by default, direct, gemm or stage everywhere', async () => {
    const built = async (set: string): Promise<WgslPlan> => {
      const dir = path.join(work, `kernels-${set}`);
      const r = await cli('build', spec('tiny-cifar'), '-o', dir, '--kernels', set);
      expect(r.code, r.err).toBe(0);
      return readPlanFile<WgslPlan>(JSON.parse(readFileSync(path.join(dir, 'plan.json'), 'utf8')), dir).plan;
    };
    const perStage = (stages: WgslPlan['stages']): boolean =>
      stages.every((s) => s.dispatches.length === 1 && s.dispatches[0].label.startsWith('stage '));
    const gemm = (p: { pipelines: readonly { label: string }[] }): boolean =>
      p.pipelines.some((x) => x.label.includes('gemm'));
    const auto = await built('auto');
    expect(perStage(auto.stages)).toBe(false);
    expect(perStage(auto.gpu!.regimes[0].stages)).toBe(true);
    expect(gemm(auto.gpu!)).toBe(true);
    const direct = await built('direct');
    expect(direct.gpu).toBeUndefined();
    expect(direct.stages).toEqual(auto.stages);
    const onlyGemm = await built('gemm');
    expect(perStage(onlyGemm.gpu!.regimes[0].stages)).toBe(false);
    expect(gemm(onlyGemm.gpu!)).toBe(true);
    const stage = await built('stage');
    expect(stage.gpu).toBeUndefined();
    expect(perStage(stage.stages)).toBe(true);
    const wasm = await cli(
      'build',
      spec('tiny-cifar'),
      '-o',
      path.join(work, 'k-wasm'),
      '--target',
      'wasm',
      '--kernels',
      'stage',
    );
    expect(wasm.code).toBe(2);
    expect(wasm.err).toContain('--kernels stage: chooses WGSL kernels;');
  });

  it('packs --weights into weights.bin (checkpoint and safetensors alike), covered by --check', async () => {
    const dir = path.join(work, 'digits-packed');
    const built = await cli(
      'build',
      spec('digits'),
      '-o',
      dir,
      '--weights',
      fixture('digits', 'checkpoint.pth.tar'),
    );
    expect(built.code).toBe(0);
    expect(built.out).toMatch(/weights\.bin \(f32, 5\.24 MiB\)/);
    const packed = readFileSync(path.join(dir, 'weights.bin'));
    expect(packed.subarray(0, 8).toString('latin1')).toBe('RANETCWT');
    const check = (...more: string[]) => cli('build', '--check', spec('digits'), '-o', dir, ...more);
    const safetensors = ['--weights', fixture('digits', 'model.safetensors')];
    expect((await check(...safetensors)).code).toBe(0);
    // Without --weights the directory has a file the build does not make; with other weights it is stale.
    expect((await check()).err).toContain('unexpected weights.bin');
    writeFileSync(path.join(dir, 'weights.bin'), packed.subarray(0, packed.byteLength - 1));
    expect((await check(...safetensors)).err).toContain('stale weights.bin');
  });

  it('refuses --weights of another model with exit code 2, naming the file', async () => {
    const { code, err } = await cli(
      'build',
      spec('digits'),
      '-o',
      path.join(work, 'wrong'),
      '--weights',
      fixture('tiny-cifar', 'model.safetensors'),
    );
    expect(code).toBe(2);
    expect(err).toContain(fixture('tiny-cifar', 'model.safetensors'));
    expect(existsSync(path.join(work, 'wrong'))).toBe(false);
  });

  it('leaves no output directory when the spec is bad', async () => {
    const bad = path.join(work, 'zero.yaml');
    writeFileSync(bad, 'name: zero\nclasses: 10\narchitecture: { compressFactor: 1 }\n');
    const out = path.join(work, 'zero-out');
    expect((await cli('build', bad, '-o', out)).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a precision the target lacks with exit code 2, naming the spec and the field', async () => {
    const half = path.join(work, 'half.yaml');
    writeFileSync(half, 'name: half\nclasses: 10\ntarget: { precision: f16 }\n');
    const tf32 = path.join(work, 'tf32.yaml');
    writeFileSync(tf32, 'name: tf32\nclasses: 10\ntarget: { backend: cuda, precision: tf32 }\n');
    for (const [file, target, message] of [
      [half, 'wasm', `${half}: target.precision: f16 is not for the wasm target, which takes f32`],
      [tf32, 'wgsl', `${tf32}: target.precision: tf32 is not for the wgsl target, which takes f32 or f16`],
    ] as const) {
      const out = path.join(work, `${target}-out`);
      const { code, err } = await cli('build', file, '--target', target, '-o', out);
      expect(code).toBe(2);
      expect(err).toContain(message);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('refuses a maxBatch past the CUDA grid or u32 offset limits, at the field, exit code 2', async () => {
    const imagenet = readFileSync(spec('ranet-imagenet'), 'utf8');
    for (const [maxBatch, limit] of [
      [1200, 'at most 1117 for the CUDA backend'],
      [70000, 'at most 1117'],
    ] as const) {
      const big = path.join(work, `big-${maxBatch}.yaml`);
      writeFileSync(big, imagenet.replace(/maxBatch: \d+/, `maxBatch: ${maxBatch}`));
      const out = path.join(work, `big-${maxBatch}-out`);
      const { code, err } = await cli('build', big, '--target', 'cuda', '-o', out);
      expect(code).toBe(2);
      expect(err).toMatch(
        new RegExp(`^error: ${big}:\\d+:\\d+: target.maxBatch: expected ${limit}.*found ${maxBatch}`),
      );
      expect(existsSync(out)).toBe(false);
    }
    // Where the arena is small, the grid is the limit.
    expect(() => checkCudaLimits(10, 65535)).not.toThrow();
    expect(() => checkCudaLimits(10, 65536)).toThrow(
      /expected at most 65535 for the CUDA backend \(gridDim.z/,
    );
  });

  it('dumps the IR after a pass', async () => {
    const { code, out } = await cli(
      'build',
      spec('tiny-cifar'),
      '-o',
      path.join(work, 'c'),
      '--dump-after',
      'fuseActivations',
    );
    expect(code).toBe(0);
    expect(out).toContain('conv2d(');
    expect(out).toMatch(/k3 s1 p1 bias relu/);
    expect(out).not.toContain('= batchnorm(');
  });

  it('dumps the IR after the exit-head fusion', async () => {
    const { code, out } = await cli(
      'build',
      spec('tiny-cifar'),
      '-o',
      path.join(work, 'd'),
      '--dump-after',
      'fuseHeads',
    );
    expect(code).toBe(0);
    expect(out).toMatch(/= linear\(%\d+\) avgpool k2 s2 : f32\[10\] {2}# classifier\.0\.linear {2}-> exit 0/);
    expect(out).not.toContain('= avgpool(');
    expect(out).not.toContain('= flatten(');
  });
});

describe('the CUDA target', () => {
  const io = (): ReadonlyMap<string, { data: unknown }> =>
    readSafetensors(readFileSync(fixture('tiny-cifar', 'io.safetensors')), 'io');

  it('runs every exit of tiny-cifar on the cuda-cpu harness within the device tolerance of the fixture', async () => {
    const output = path.join(work, 'cuda-cpu.safetensors');
    const { code, out } = await cli(
      'run',
      spec('tiny-cifar'),
      '--weights',
      fixture('tiny-cifar', 'model.safetensors'),
      '--input',
      fixture('tiny-cifar', 'io.safetensors'),
      '--backend',
      'cuda-cpu',
      '--output',
      output,
    );
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/exit0.*exit5/);
    const got = readSafetensors(readFileSync(output), output);
    const want = io();
    for (let e = 0; e < 6; e++) {
      const a = got.get(`exit${e}`)!.data as Float32Array;
      const b = want.get(`exit${e}`)!.data as Float32Array;
      expect(compare(b, a).rel, `exit ${e}`).toBeLessThanOrEqual(DEVICE_REL);
    }
  });

  it('says clearly, exit code 2, when --backend cuda finds no CUDA driver', async () => {
    // This machine has no NVIDIA driver (CI neither); where one is installed the run works instead.
    if (existsSync('/dev/nvidiactl')) return;
    const { code, err } = await cli(
      'run',
      spec('tiny-cifar'),
      '--weights',
      fixture('tiny-cifar', 'model.safetensors'),
      '--input',
      fixture('tiny-cifar', 'io.safetensors'),
      '--backend',
      'cuda',
    );
    expect(code).toBe(2);
    expect(err).toMatch(/libcuda|nvcc/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('builds one .cu with the CUDA runtime, PTX when nvcc is there, and --check ignores the PTX', async () => {
    const dir = path.join(work, 'cuda');
    const { code, out } = await cli('build', spec('tiny-cifar'), '--target', 'cuda', '-o', dir);
    expect(code).toBe(0);
    const cu = readFileSync(path.join(dir, 'kernels', 'model.cu'), 'utf8');
    expect(cu).toMatch(/extern "C" __global__ void __launch_bounds__\(\d+\) conv_0\(const conv_0_args p\)/);
    expect(cu).toContain('__shared__ float patch');
    for (const f of ['index.js', 'index.d.ts', 'plan.json'])
      expect(existsSync(path.join(dir, f)), f).toBe(true);
    expect(existsSync(path.join(dir, 'runtime'))).toBe(false);
    expect(readFileSync(path.join(dir, 'index.js'), 'utf8')).toContain("from '@ranetc/runtime/node'");
    expect(readFileSync(path.join(dir, 'index.js'), 'utf8')).toContain('createCudaModel(plan, weights');
    if (out.includes('PTX for')) {
      expect(readFileSync(path.join(dir, 'ptx', 'sm_80.ptx'), 'utf8')).toMatch(/\.target sm_80/);
      expect(readFileSync(path.join(dir, 'ptx', 'sm_90.ptx'), 'utf8')).toMatch(/\.target sm_90/);
    } else {
      expect(out).toMatch(/no PTX: nvcc was not found/);
    }
    expect((await cli('build', '--check', spec('tiny-cifar'), '--target', 'cuda', '-o', dir)).code).toBe(0);
  });
});

describe('ranetc serve', () => {
  it('refuses a directory that is no model package with exit code 2, naming it and the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ranetc-not-a-package-'));
    const { code, err } = await cli('serve', dir);
    expect(code).toBe(2);
    expect(err).toBe(
      `error: ${dir}: no plan.json in the model package (expected the output of \`ranetc build\`)\n`,
    );
  });
});
