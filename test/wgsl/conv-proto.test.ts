// The prototype conv kernels (scripts/proto) against a plain JS conv: channel prefix in,
// channel slice out (the rest of dst untouched), padding, stride, odd sizes, partial
// tiles, several input-channel chunks, and in-place dense layers (src == dst).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDevice, type NodeDevice } from '../../src/backends/wgsl/node-device.ts';
import {
  chooseTiling,
  convReference,
  directKernel,
  naiveKernel,
  outSize,
  recommendedKernel,
  tiledFootprint,
  tiledKernel,
  type ConvKernel,
  type ConvShape,
} from '../../scripts/proto/conv-kernels.ts';
import { convData, readFloats, setupConv } from '../../scripts/proto/conv-proto.ts';

let nd: NodeDevice;
beforeAll(async () => {
  nd = await createNodeDevice();
});
afterAll(() => nd?.destroy());

const shape = (s: Partial<ConvShape> & Pick<ConvShape, 'cin' | 'cout' | 'h' | 'w' | 'k'>): ConvShape => ({
  n: 2,
  ctotIn: s.cin,
  ctotOut: s.cout,
  c0: 0,
  stride: 1,
  pad: 0,
  ...s,
});

const SHAPES: Record<string, ConvShape> = {
  '3x3 s1 p1, narrow cout, odd size, prefix in, slice out': shape({
    cin: 5,
    ctotIn: 7,
    h: 9,
    w: 7,
    cout: 6,
    ctotOut: 10,
    c0: 3,
    k: 3,
    pad: 1,
  }),
  '3x3 s2 p1': shape({ cin: 8, h: 10, w: 10, cout: 12, ctotOut: 16, c0: 4, k: 3, stride: 2, pad: 1 }),
  '3x3 s2 p1, odd size': shape({ cin: 3, h: 7, w: 9, cout: 4, k: 3, stride: 2, pad: 1 }),
  '3x3 s1 p0': shape({ cin: 4, h: 8, w: 8, cout: 8, k: 3 }),
  '1x1, h*w a multiple of 4 (vec4 path)': shape({
    n: 3,
    cin: 10,
    ctotIn: 13,
    h: 4,
    w: 4,
    cout: 20,
    ctotOut: 24,
    c0: 2,
    k: 1,
  }),
  '1x1, h*w not a multiple of 4': shape({ cin: 6, h: 3, w: 5, cout: 5, ctotOut: 7, c0: 1, k: 1 }),
  '1x1 s2': shape({ cin: 4, h: 8, w: 8, cout: 4, k: 1, stride: 2 }),
};

/** A dense layer appending its output to the buffer it reads (one read_write binding). */
const ALIASED: Record<string, ConvShape> = {
  '3x3 in place': shape({ cin: 10, ctotIn: 16, h: 8, w: 8, cout: 6, ctotOut: 16, c0: 10, k: 3, pad: 1 }),
  '1x1 in place (vec4)': shape({ cin: 12, ctotIn: 20, h: 4, w: 4, cout: 8, ctotOut: 20, c0: 12, k: 1 }),
};

// lavapipe JIT-compiles each pipeline at its first dispatch (0.3 to 4 s for these unrolled
// kernels; Mesa caches them on disk afterwards), so rather than a sweep each shape gets the
// default tiling, one small forced tiling (several tiles per image, partial tiles, several
// input chunks) and one register tiling; the naive baseline is checked on a few shapes.
function kernelsFor(s: ConvShape, aliased: boolean, i: number): ConvKernel[] {
  const small = [
    { rc: 4, rp: 4, cg: 2, toh: 3, tow: 4, ck: 3 },
    { rc: 2, rp: 2, cg: 3, toh: 2, tow: 6, ck: 2 },
  ][i % 2];
  return [
    ...(i < 2 ? [naiveKernel(s, aliased)] : []),
    directKernel(s, i % 2 ? { rc: 3, rp: 2 } : { rc: 4, rp: 4 }, aliased),
    tiledKernel(s, chooseTiling(s), aliased),
    tiledKernel(s, small, aliased),
  ];
}

async function check(s: ConvShape, kernel: ConvKernel): Promise<void> {
  const data = convData(s, 7);
  const { ho, wo } = outSize(s);
  const expected = (kernel.aliased ? data.src : data.dst).slice();
  const { absSum } = convReference(s, data.src, data.weight, data.bias, expected);
  const run = await setupConv(nd.device, kernel, s, data);
  const encoder = nd.device.createCommandEncoder();
  run.encode(encoder);
  nd.device.queue.submit([encoder.finish()]);
  const length = kernel.aliased ? data.src.length : s.n * s.ctotOut * ho * wo;
  const got = await readFloats(nd.device, run.dst, length);
  // f32 accumulation of m = cin*k*k + 1 terms in any order is within m * 2^-24 * sum|terms|
  // of the exact value (the reference accumulates in f64); outside the slice, exact.
  const m = s.cin * s.k * s.k + 1;
  let worst = 0;
  let worstAt = -1;
  for (let i = 0; i < length; i++) {
    const excess = Math.abs(got[i] - expected[i]) - m * 2 ** -24 * absSum[i];
    if (!(excess <= worst)) {
      worst = Number.isNaN(excess) ? Infinity : excess;
      worstAt = i;
    }
  }
  expect(
    worstAt,
    worstAt >= 0 ? `index ${worstAt}: got ${got[worstAt]}, expected ${expected[worstAt]}` : '',
  ).toBe(-1);
}

describe('prototype conv kernels match the JS reference', () => {
  for (const [i, [name, s]] of Object.entries(SHAPES).entries()) {
    it(name, async () => {
      for (const kernel of kernelsFor(s, false, i)) await check(s, kernel).catch(rethrowWith(kernel));
    });
  }
  for (const [i, [name, s]] of Object.entries(ALIASED).entries()) {
    it(name, async () => {
      for (const kernel of kernelsFor(s, true, i)) await check(s, kernel).catch(rethrowWith(kernel));
    });
  }
});

describe('recommended prototype kernels match the JS reference', () => {
  it('1x1 (direct, rc 8) and narrow 3x3 (direct, rc 3)', async () => {
    const pointwise = shape({ cin: 10, ctotIn: 12, h: 4, w: 6, cout: 16, ctotOut: 20, c0: 4, k: 1 });
    const narrow = SHAPES['3x3 s1 p1, narrow cout, odd size, prefix in, slice out'];
    for (const s of [pointwise, narrow]) {
      const kernel = recommendedKernel(s);
      await check(s, kernel).catch(rethrowWith(kernel));
    }
  });
});

describe('prototype conv tiling', () => {
  it('chooses tilings within the WebGPU default limits for RANet-like layers', () => {
    const layers = [
      shape({ n: 16, cin: 64, h: 32, w: 32, cout: 64, k: 3, pad: 1 }),
      shape({ n: 64, cin: 100, ctotIn: 128, h: 16, w: 16, cout: 24, k: 1 }),
      shape({ n: 64, cin: 24, h: 32, w: 32, cout: 6, k: 3, pad: 1 }),
      shape({ n: 64, cin: 300, h: 8, w: 8, cout: 12, k: 3, stride: 2, pad: 1 }),
      shape({ n: 64, cin: 256, h: 4, w: 4, cout: 16, k: 1 }),
    ];
    for (const s of layers) {
      const { bytes, threads } = tiledFootprint(s, chooseTiling(s));
      expect(bytes).toBeLessThanOrEqual(16384);
      expect(threads).toBeLessThanOrEqual(256);
      expect(threads).toBeGreaterThanOrEqual(32);
    }
  });

  it('cannot bind one buffer read-only and writable in one dispatch (why kernels have an aliased form)', async () => {
    const s = ALIASED['3x3 in place'];
    const kernel = naiveKernel(s);
    const { device } = nd;
    const module = device.createShaderModule({ code: kernel.code });
    const pipeline = await device.createComputePipelineAsync({
      layout: 'auto',
      compute: { module, entryPoint: 'main' },
    });
    const buf = device.createBuffer({ size: 4 * s.n * s.ctotIn * s.h * s.w, usage: GPUBufferUsage.STORAGE });
    const small = device.createBuffer({ size: 4 * s.cout * s.cin * 9, usage: GPUBufferUsage.STORAGE });
    const bindGroup = device.createBindGroup({
      layout: pipeline.getBindGroupLayout(0),
      entries: [buf, small, small, buf].map((buffer, binding) => ({ binding, resource: { buffer } })),
    });
    device.pushErrorScope('validation');
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, bindGroup);
    pass.dispatchWorkgroups(1, 1, 1);
    pass.end();
    encoder.finish();
    const error = await device.popErrorScope();
    expect(error?.message).toMatch(/writable|usage/i);
  });
});

function rethrowWith(kernel: ConvKernel): (e: unknown) => never {
  return (e) => {
    throw new Error(`${kernel.name}${kernel.aliased ? ' (aliased)' : ''}: ${(e as Error).message}`, {
      cause: e,
    });
  };
}
