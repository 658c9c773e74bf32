// Benchmark of the prototype conv2d kernels (conv-kernels.ts) on the Node WebGPU device:
//   npx tsx scripts/proto/conv-proto.ts [--case <name>] [--budget <seconds per variant>] [--check]
// prints GMAC/s per case and kernel variant (with --check, also compares each output with
// the JS reference). The helpers that set a kernel up and run it are shared with
// test/wgsl/conv-proto.test.ts.
//
// Measured on lavapipe (Mesa 25.0.7, LLVM 15, 256-bit, 2 cores, idle machine; best of 3
// rounds, two runs), GMAC/s:
//   case                      naive      direct (register tile)      tiled (workgroup memory)
//   3x3 64->64 32x32 n16    0.40-0.54   rc4 1.7-2.1, rc8 2.0-2.1      default 1.7-2.2, rc4x2 16x32 2.3
//   1x1 100->24 16x16 n64   0.40-0.43   rc4 1.4-2.0, rc8 2.0-2.2      1.0-1.3
//   3x3 24->6 32x32 n64     0.34-0.44   rc3 1.8-1.9, rc4 1.6-1.9,     1.1-1.3
//                                       rc6 1.2-1.3
// With other processes on the 2 cores, numbers drop 2-4x and the ranking of close variants
// flips: compare variants only within one quiet run.

import { pathToFileURL } from 'node:url';
import { createNodeDevice } from '../../src/backends/wgsl/node-device.ts';
import {
  chooseTiling,
  convReference,
  directKernel,
  macs,
  naiveKernel,
  outSize,
  tiledKernel,
  type ConvKernel,
  type ConvShape,
  type Tiling,
} from './conv-kernels.ts';

export interface ConvRun {
  readonly pipeline: GPUComputePipeline;
  readonly bindGroup: GPUBindGroup;
  /** src and dst; the same buffer when the kernel is aliased. */
  readonly src: GPUBuffer;
  readonly dst: GPUBuffer;
  encode(encoder: GPUCommandEncoder): void;
}

function upload(device: GPUDevice, data: Float32Array, usage: GPUBufferUsageFlags): GPUBuffer {
  const buffer = device.createBuffer({ size: Math.max(16, data.byteLength), usage, mappedAtCreation: true });
  new Float32Array(buffer.getMappedRange()).set(data);
  buffer.unmap();
  return buffer;
}

/**
 * Compiles `kernel` and binds its buffers. `src` holds n * ctotIn * h * w values and
 * `dst` n * ctotOut * ho * wo (ignored for an aliased kernel, whose output is in `src`).
 */
export async function setupConv(
  device: GPUDevice,
  kernel: ConvKernel,
  shape: ConvShape,
  data: { src: Float32Array; dst: Float32Array; weight: Float32Array; bias: Float32Array },
): Promise<ConvRun> {
  device.pushErrorScope('validation');
  const module = device.createShaderModule({ code: kernel.code });
  const info = await module.getCompilationInfo();
  const errors = info.messages.filter((m) => m.type === 'error');
  if (errors.length > 0) {
    const text = errors.map((m) => `${m.lineNum}:${m.linePos} ${m.message}`).join('\n');
    throw new Error(`${kernel.name}: WGSL compilation failed:\n${text}\n--- source ---\n${kernel.code}`);
  }
  const pipeline = await device.createComputePipelineAsync({
    layout: 'auto',
    compute: { module, entryPoint: 'main' },
  });
  const packed = kernel.pack(data.weight, data.bias);
  const io = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
  const src = upload(device, data.src, io);
  const dst = kernel.aliased ? src : upload(device, data.dst, io);
  const buffers = [
    src,
    upload(device, packed.weight, GPUBufferUsage.STORAGE),
    upload(device, packed.bias, GPUBufferUsage.STORAGE),
  ];
  if (!kernel.aliased) buffers.push(dst);
  const bindGroup = device.createBindGroup({
    layout: pipeline.getBindGroupLayout(0),
    entries: buffers.map((buffer, binding) => ({ binding, resource: { buffer } })),
  });
  const error = await device.popErrorScope();
  if (error) throw new Error(`${kernel.name}: ${error.message}`);
  return {
    pipeline,
    bindGroup,
    src,
    dst,
    encode(encoder) {
      const pass = encoder.beginComputePass();
      pass.setPipeline(pipeline);
      pass.setBindGroup(0, bindGroup);
      pass.dispatchWorkgroups(kernel.grid[0], kernel.grid[1], shape.n);
      pass.end();
    },
  };
}

export async function readFloats(
  device: GPUDevice,
  buffer: GPUBuffer,
  length: number,
): Promise<Float32Array> {
  const staging = device.createBuffer({
    size: length * 4,
    usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
  });
  const encoder = device.createCommandEncoder();
  encoder.copyBufferToBuffer(buffer, 0, staging, 0, length * 4);
  device.queue.submit([encoder.finish()]);
  await staging.mapAsync(GPUMapMode.READ);
  const out = new Float32Array(staging.getMappedRange().slice(0));
  staging.destroy();
  return out;
}

/** Deterministic pseudo-random values in [-1, 1) (xorshift), so runs are comparable. */
export function randomFloats(length: number, seed: number): Float32Array {
  let x = seed >>> 0 || 1;
  return Float32Array.from({ length }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 31 - 1;
  });
}

export function convData(
  shape: ConvShape,
  seed = 1,
): { src: Float32Array; dst: Float32Array; weight: Float32Array; bias: Float32Array } {
  const { ho, wo } = outSize(shape);
  return {
    src: randomFloats(shape.n * shape.ctotIn * shape.h * shape.w, seed),
    dst: randomFloats(shape.n * shape.ctotOut * ho * wo, seed + 1),
    weight: randomFloats(shape.cout * shape.cin * shape.k * shape.k, seed + 2).map(
      (v) => v / Math.sqrt(shape.cin * shape.k * shape.k),
    ),
    bias: randomFloats(shape.cout, seed + 3),
  };
}

/**
 * Seconds per dispatch: two warm-ups (lavapipe compiles the pipeline at its first
 * dispatch), then the best of 3 rounds of back-to-back dispatches filling `budget` / 3
 * each; the best round is the least disturbed by other processes on a shared CPU.
 */
async function timeKernel(
  device: GPUDevice,
  run: ConvRun,
  budget: number,
): Promise<{ seconds: number; reps: number }> {
  const submit = async (reps: number): Promise<number> => {
    const encoder = device.createCommandEncoder();
    for (let i = 0; i < reps; i++) run.encode(encoder);
    const t0 = performance.now();
    device.queue.submit([encoder.finish()]);
    await device.queue.onSubmittedWorkDone();
    return (performance.now() - t0) / 1000;
  };
  await submit(1);
  const warm = await submit(1);
  const reps = Math.max(1, Math.min(1000, Math.round(budget / 3 / warm)));
  let best = Infinity;
  for (let round = 0; round < 3; round++) best = Math.min(best, (await submit(reps)) / reps);
  return { seconds: best, reps };
}

interface BenchCase {
  readonly name: string;
  readonly shape: ConvShape;
  readonly variants: (shape: ConvShape) => ConvKernel[];
}

const dense = (
  n: number,
  cin: number,
  hw: number,
  cout: number,
  k: number,
  extraIn = 0,
  c0 = 0,
): ConvShape => ({
  n,
  cin,
  ctotIn: cin + extraIn,
  h: hw,
  w: hw,
  cout,
  ctotOut: c0 + cout,
  c0,
  k,
  stride: 1,
  pad: (k - 1) / 2,
});

function tiledVariants(shape: ConvShape, alternatives: Partial<Tiling>[]): ConvKernel[] {
  const base = chooseTiling(shape);
  const out = [tiledKernel(shape, base)];
  for (const alt of alternatives) {
    try {
      out.push(tiledKernel(shape, { ...base, ...alt }));
    } catch (e) {
      console.warn(`skipping tiling ${JSON.stringify(alt)}: ${(e as Error).message}`);
    }
  }
  return out;
}

const CASES: BenchCase[] = [
  {
    name: '3x3 64->64 32x32 n16',
    shape: dense(16, 64, 32, 64, 3),
    variants: (s) => [
      naiveKernel(s),
      directKernel(s, { rc: 4, rp: 4 }),
      directKernel(s, { rc: 8, rp: 4 }),
      ...tiledVariants(s, [
        { cg: 2, toh: 16, ck: 4 },
        { rc: 8, cg: 2, ck: 6 },
      ]),
    ],
  },
  {
    name: '1x1 100->24 16x16 n64',
    // A bottleneck reading a prefix of a 128-channel dense buffer, writing a slice of 48.
    shape: { ...dense(64, 100, 16, 24, 1, 28, 24) },
    variants: (s) => [
      naiveKernel(s),
      directKernel(s, { rc: 4, rp: 4 }),
      directKernel(s, { rc: 8, rp: 4 }),
      ...tiledVariants(s, [
        { cg: 2, tow: 256, ck: 10 },
        { rc: 8, cg: 3, tow: 256, ck: 10 },
      ]),
    ],
  },
  {
    name: '3x3 24->6 32x32 n64',
    shape: dense(64, 24, 32, 6, 3, 0, 0),
    variants: (s) => [
      naiveKernel(s),
      directKernel(s, { rc: 6, rp: 4 }),
      directKernel(s, { rc: 3, rp: 4 }),
      directKernel(s, { rc: 4, rp: 4 }),
      ...tiledVariants(s, [
        { toh: 8, ck: 8 },
        { rc: 3, cg: 2, toh: 16, ck: 4 },
      ]),
    ],
  },
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const only = opt('--case');
  const budget = Number(opt('--budget') ?? '0.5');
  const check = args.includes('--check');
  const nd = await createNodeDevice();
  console.log(`device: ${nd.adapter.description}`);
  try {
    for (const c of CASES.filter((c) => !only || c.name.includes(only))) {
      const gmac = macs(c.shape) / 1e9;
      console.log(`\n${c.name}: ${gmac.toFixed(3)} GMAC per dispatch`);
      const data = convData(c.shape);
      const expected = check ? data.dst.slice() : undefined;
      const absSum = expected
        ? convReference(c.shape, data.src, data.weight, data.bias, expected).absSum
        : undefined;
      for (const kernel of c.variants(c.shape)) {
        const t0 = performance.now();
        const run = await setupConv(nd.device, kernel, c.shape, data);
        const setup = (performance.now() - t0) / 1000;
        const { seconds, reps } = await timeKernel(nd.device, run, budget);
        console.log(
          `  ${kernel.name.padEnd(36)} ${(gmac / seconds).toFixed(3).padStart(8)} GMAC/s` +
            `  ${(seconds * 1000).toFixed(3).padStart(9)} ms  (x${reps}, wg ${kernel.workgroupSize}, setup ${setup.toFixed(2)} s)`,
        );
        if (expected && absSum) {
          const got = await readFloats(nd.device, run.dst, expected.length);
          // The tolerance of test/wgsl/conv-proto.test.ts: m * 2^-24 * sum|terms|.
          const tol = (c.shape.cin * c.shape.k * c.shape.k + 1) * 2 ** -24;
          const bad = got.findIndex((v, i) => !(Math.abs(v - expected[i]) <= tol * absSum[i]));
          console.log(
            bad < 0
              ? '    output matches the reference'
              : `    MISMATCH at ${bad}: ${got[bad]} vs ${expected[bad]}`,
          );
        }
      }
    }
  } finally {
    nd.destroy();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}
