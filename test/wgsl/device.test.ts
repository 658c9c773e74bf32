// The WebGPU device in Node (Dawn on lavapipe in CI): plain compute, indirect dispatch fed
// by an earlier pass (what the early-exit runtime relies on to avoid read-backs), and f16.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.ts';
import { createNodeDevice, type NodeDevice } from '../../src/backends/wgsl/node-device.ts';
import { bindBuffers, createPipeline, readBuffer, uploadBuffer } from './gpu-helpers.ts';

let nd: NodeDevice;

beforeAll(async () => {
  nd = await createNodeDevice();
});

afterAll(() => {
  nd?.destroy();
});

describe('createNodeDevice', () => {
  it('reports the adapter and keeps default limits other than buffer sizes', () => {
    expect(nd.adapter.description.length).toBeGreaterThan(0);
    expect(nd.device.limits.maxComputeWorkgroupStorageSize).toBe(16384);
    expect(nd.device.limits.maxStorageBuffersPerShaderStage).toBe(8);
    expect(nd.device.limits.maxComputeInvocationsPerWorkgroup).toBe(256);
    expect(nd.device.limits.maxStorageBufferBindingSize).toBeGreaterThanOrEqual(128 << 20);
  });

  it('fails with a message pointing at scripts/setup.sh when no adapter matches', async () => {
    await expect(createNodeDevice({ dawnOptions: ['adapter=ranetc-no-such-adapter'] })).rejects.toThrow(
      /scripts\/setup\.sh/,
    );
  });

  it('is idempotent to destroy, and the lost promise says why', async () => {
    const other = await createNodeDevice();
    other.destroy();
    other.destroy();
    const lost = await other.device.lost;
    expect(lost.reason).toBe('destroyed');
  });

  // A script that destroys its device and then ends by itself, its output a pipe, as a CLI
  // run by another program or a test runs: when the GPU object behind the device was let go,
  // such processes crashed at exit (SIGSEGV or SIGABRT) or hung there, 30 of 30 runs of this
  // script (bundled as plain JavaScript: run through tsx, the same code ended cleanly).
  it('lets a process that destroyed its device end by itself, cleanly (5 runs)', async () => {
    const dir = path.join(repoRoot, '.tmp');
    mkdirSync(dir, { recursive: true });
    const work = mkdtempSync(path.join(dir, 'device-exit-'));
    try {
      const script = path.join(work, 'script.mjs');
      await build({
        stdin: {
          contents: `import { createNodeDevice } from './src/backends/wgsl/node-device.ts';
            import { createWebGpuModel } from '@ranetc/runtime';
            const gpu = await createNodeDevice();
            console.log(gpu.adapter.description, typeof createWebGpuModel);
            gpu.destroy();`,
          resolveDir: repoRoot,
          loader: 'ts',
        },
        bundle: true,
        platform: 'node',
        format: 'esm',
        external: ['webgpu'],
        alias: { '@ranetc/runtime': path.join(repoRoot, 'packages/runtime/src/index.ts') },
        outfile: script,
        logLevel: 'silent',
      });
      for (let run = 0; run < 5; run++) {
        const child = spawn(process.execPath, [script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (c: Buffer) => (output += c.toString()));
        child.stderr.on('data', (c: Buffer) => (output += c.toString()));
        const stop = setTimeout(() => child.kill('SIGKILL'), 30_000);
        const [code, signal] = await new Promise<[number | null, string | null]>((r) =>
          child.once('exit', (c, s) => r([c, s])),
        );
        clearTimeout(stop);
        expect({ run, code, signal }, output).toEqual({ run, code: 0, signal: null });
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('compute on the Node device', () => {
  it('adds two arrays', async () => {
    const { device } = nd;
    const n = 1000; // not a multiple of the workgroup size: the bounds check matters
    const a = Float32Array.from({ length: n }, (_, i) => i * 0.5);
    const b = Float32Array.from({ length: n }, (_, i) => 1000 - i);
    const pipeline = await createPipeline(
      device,
      /* wgsl */ `
      @group(0) @binding(0) var<storage, read> a: array<f32>;
      @group(0) @binding(1) var<storage, read> b: array<f32>;
      @group(0) @binding(2) var<storage, read_write> c: array<f32>;
      @compute @workgroup_size(64)
      fn main(@builtin(global_invocation_id) g: vec3u) {
        if (g.x < arrayLength(&c)) { c[g.x] = a[g.x] + b[g.x]; }
      }`,
    );
    const c = device.createBuffer({ size: n * 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC });
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(
      0,
      bindBuffers(device, pipeline, [uploadBuffer(device, a), uploadBuffer(device, b), c]),
    );
    pass.dispatchWorkgroups(Math.ceil(n / 64));
    pass.end();
    device.queue.submit([encoder.finish()]);
    const got = new Float32Array(await readBuffer(device, c));
    expect(Array.from(got)).toEqual(Array.from(a, (x, i) => x + b[i]));
  });

  // Pass 1 (one workgroup) compacts the inputs whose flag is set: a prefix sum gives each
  // survivor its slot, and thread 0 writes the survivor count and the indirect dispatch
  // arguments [ceil(count / 64), 1, 1]. Pass 2 is launched with dispatchWorkgroupsIndirect
  // from that buffer and gathers the survivors; it also counts the workgroups that ran.
  // Both passes go in one submission with a single read-back at the end.
  const compactWgsl = /* wgsl */ `
    @group(0) @binding(0) var<storage, read> flags: array<u32>;
    @group(0) @binding(1) var<storage, read_write> slots: array<u32>;   // slot -> input index
    @group(0) @binding(2) var<storage, read_write> dispatch: array<u32>; // [x, y, z, count]
    var<workgroup> scan: array<u32, 256>;
    @compute @workgroup_size(256)
    fn main(@builtin(local_invocation_index) i: u32) {
      let n = arrayLength(&flags);
      let f = select(0u, 1u, i < n && flags[i] != 0u);
      scan[i] = f;
      workgroupBarrier();
      for (var off = 1u; off < 256u; off = off * 2u) {   // Hillis-Steele inclusive scan
        var v = 0u;
        if (i >= off) { v = scan[i - off]; }
        workgroupBarrier();
        scan[i] = scan[i] + v;
        workgroupBarrier();
      }
      if (f == 1u) { slots[scan[i] - 1u] = i; }
      if (i == 255u) {
        let count = scan[255];
        dispatch[0] = (count + 63u) / 64u;
        dispatch[1] = 1u;
        dispatch[2] = 1u;
        dispatch[3] = count;
      }
    }`;
  const gatherWgsl = /* wgsl */ `
    @group(0) @binding(0) var<storage, read> slots: array<u32>;
    @group(0) @binding(1) var<storage, read> dispatch: array<u32>;
    @group(0) @binding(2) var<storage, read> values: array<f32>;
    @group(0) @binding(3) var<storage, read_write> out: array<f32>;
    @group(0) @binding(4) var<storage, read_write> workgroups_run: atomic<u32>;
    @compute @workgroup_size(64)
    fn main(@builtin(global_invocation_id) g: vec3u, @builtin(local_invocation_index) l: u32) {
      if (l == 0u) { atomicAdd(&workgroups_run, 1u); }
      if (g.x < dispatch[3]) { out[g.x] = values[slots[g.x]] * 10.0; }
    }`;

  async function compactAndGather(
    flags: Uint32Array,
  ): Promise<{ out: Float32Array; count: number; workgroups: number }> {
    const { device } = nd;
    const n = flags.length;
    const values = Float32Array.from({ length: n }, (_, i) => i + 0.25);
    const [compact, gather] = await Promise.all([
      createPipeline(device, compactWgsl),
      createPipeline(device, gatherWgsl),
    ]);
    const slots = device.createBuffer({ size: n * 4, usage: GPUBufferUsage.STORAGE });
    const dispatch = device.createBuffer({
      size: 16,
      usage: GPUBufferUsage.STORAGE | GPUBufferUsage.INDIRECT | GPUBufferUsage.COPY_SRC,
    });
    const out = device.createBuffer({ size: n * 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC });
    const counter = uploadBuffer(device, new Uint32Array([0]));

    const encoder = device.createCommandEncoder();
    const p1 = encoder.beginComputePass();
    p1.setPipeline(compact);
    p1.setBindGroup(0, bindBuffers(device, compact, [uploadBuffer(device, flags), slots, dispatch]));
    p1.dispatchWorkgroups(1);
    p1.end();
    const p2 = encoder.beginComputePass();
    p2.setPipeline(gather);
    p2.setBindGroup(
      0,
      bindBuffers(device, gather, [slots, dispatch, uploadBuffer(device, values), out, counter]),
    );
    p2.dispatchWorkgroupsIndirect(dispatch, 0);
    p2.end();
    device.queue.submit([encoder.finish()]);

    const [outData, dispatchData, counterData] = await Promise.all([
      readBuffer(device, out),
      readBuffer(device, dispatch),
      readBuffer(device, counter),
    ]);
    const count = new Uint32Array(dispatchData)[3];
    return {
      out: new Float32Array(outData).subarray(0, count),
      count,
      workgroups: new Uint32Array(counterData)[0],
    };
  }

  it('dispatches indirectly with a workgroup count written by a previous pass', async () => {
    const n = 200;
    // Survivors: every third input and a run at the end, 80 in all, so 2 workgroups of 64.
    const flags = Uint32Array.from({ length: n }, (_, i) => (i % 3 === 0 || i >= 167 ? 1 : 0));
    const expected = Array.from(flags.entries())
      .filter(([, f]) => f)
      .map(([i]) => (i + 0.25) * 10);
    const { out, count, workgroups } = await compactAndGather(flags);
    expect(count).toBe(expected.length);
    expect(workgroups).toBe(Math.ceil(expected.length / 64));
    expect(Array.from(out)).toEqual(expected);
  });

  it('launches no workgroup when no input survives', async () => {
    const { count, workgroups } = await compactAndGather(new Uint32Array(100));
    expect(count).toBe(0);
    expect(workgroups).toBe(0);
  });

  it('runs f16 arithmetic when shader-f16 is offered (lavapipe offers it)', async () => {
    if (nd.adapter.description.includes('llvmpipe')) expect(nd.f16).toBe(true);
    if (!nd.f16) {
      // A real GPU without f16 is legitimate; the runtime then falls back to f32.
      console.warn(`shader-f16 not offered by ${nd.adapter.description}: f16 path untested`);
      return;
    }
    const { device } = nd;
    const pipeline = await createPipeline(
      device,
      /* wgsl */ `
      enable f16;
      @group(0) @binding(0) var<storage, read> a: array<vec2<f16>>;
      @group(0) @binding(1) var<storage, read_write> c: array<f32>;
      @compute @workgroup_size(64)
      fn main(@builtin(global_invocation_id) g: vec3u) {
        if (g.x < arrayLength(&c)) {
          let v = a[g.x];
          c[g.x] = f32(v.x * v.y + 1.0h);
        }
      }`,
    );
    // Exact in f16: small integers and halves.
    const n = 64;
    const pairs = new Float32Array(2 * n).map((_, i) => (i % 7) * 0.5 - 1);
    const halfBits = Uint16Array.from(pairs, toHalfBits);
    const c = device.createBuffer({ size: n * 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC });
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(
      0,
      bindBuffers(device, pipeline, [uploadBuffer(device, new Uint32Array(halfBits.buffer)), c]),
    );
    pass.dispatchWorkgroups(1);
    pass.end();
    device.queue.submit([encoder.finish()]);
    const got = new Float32Array(await readBuffer(device, c));
    expect(Array.from(got)).toEqual(Array.from({ length: n }, (_, i) => pairs[2 * i] * pairs[2 * i + 1] + 1));
  });
});

/** IEEE half bits of a value that f16 represents exactly (normal or zero). */
function toHalfBits(x: number): number {
  if (x === 0) return 0;
  const sign = x < 0 ? 0x8000 : 0;
  const a = Math.abs(x);
  const exp = Math.floor(Math.log2(a));
  const mant = Math.round((a / 2 ** exp - 1) * 1024);
  return sign | ((exp + 15) << 10) | mant;
}
