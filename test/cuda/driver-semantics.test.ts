// What a real CUDA driver refuses, the cuda-cpu harness refuses too, and the runtime copes with
// what a real driver does: launches past a kernel's __launch_bounds__ or the grid limits fail,
// blocks run in a shuffled order (a kernel that depends on block order gives wrong results),
// only PTX of an ISA the (emulated CUDA 12.4) driver reads or a cubin for its sm_90 loads, and
// the context must be current on the calling thread. On the runtime side: the context is made
// current at every entry, a launch error during stream capture is the error reported, creation
// that fails frees what it made, and destroy frees everything even after a kernel fault.

import { readFileSync } from 'node:fs';
import koffi from 'koffi';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import { nvccCompile } from '../../src/backends/cuda/nvcc.ts';
import { createCudaModel } from '@ranetc/runtime/node';
import type { CudaDriver } from '@ranetc/runtime/node';
import { CudaUnavailableError, loadCudaDriver } from '@ranetc/runtime/node';
import { chooseImage, maxPtxIsa, ptxIsa } from '@ranetc/runtime/node';
import type { CudaPlan } from '@ranetc/runtime/node';
import { fixture, readMeta, specFromPublic } from '../helpers/fixtures.ts';
import { nvcc, onHarness } from '../helpers/cuda-cpu.ts';

// Hand-written test kernels: one with a launch bound, one whose result depends on block order.
const KERNELS = `
struct chain_args { unsigned* out; };
// Block b reads what block b - 1 wrote: right only when blocks run in order.
extern "C" __global__ void __launch_bounds__(64) chain(const chain_args p) {
  if (threadIdx.x != 0) return;
  p.out[blockIdx.x] = blockIdx.x == 0 ? 1u : p.out[blockIdx.x - 1] + 1u;
}
struct mark_args { unsigned* out; };
extern "C" __global__ void __launch_bounds__(128) mark(const mark_args p) {
  if (threadIdx.x == 0 && blockIdx.y == 0 && blockIdx.z == 0) p.out[blockIdx.x] = blockIdx.x;
}
`;
const TABLE = [
  { name: 'chain', cooperative: false },
  { name: 'mark', cooperative: false },
];

interface Session {
  driver: CudaDriver;
  fn: (name: string) => unknown;
  out: bigint;
  args: Uint8Array;
  launch: (name: string, grid: [number, number, number], block: [number, number, number]) => void;
  read: (n: number) => Uint32Array;
  close: () => void;
}

async function session(): Promise<Session> {
  const { driver: library, ptx } = onHarness(KERNELS, TABLE);
  const driver = await loadCudaDriver(library);
  const context = driver.retainContext(0);
  driver.setCurrent(context);
  const module = driver.loadModule(new TextEncoder().encode(`${ptx[90]}\0`));
  const stream = driver.createStream();
  const out = driver.alloc(4 * 1024);
  driver.copyToDevice(out, new Uint32Array(1024), stream);
  const args = new Uint8Array(8);
  new DataView(args.buffer).setBigUint64(0, out, true);
  return {
    driver,
    out,
    args,
    fn: (name) => driver.getFunction(module, name),
    launch: (name, grid, block) => driver.launch(driver.getFunction(module, name), grid, block, args, stream),
    read(n) {
      const words = new Uint32Array(n);
      driver.copyToHost(words, out, stream);
      driver.synchronize(stream);
      return words;
    },
    close() {
      driver.free(out);
      driver.destroyStream(stream);
      driver.unloadModule(module);
      driver.releaseContext(0);
    },
  };
}

/** The harness's own test hooks (not part of libcuda). */
function hooks(library: string): {
  fault: () => void;
  refs: () => number;
  live: () => number;
  clearCurrent: () => void;
} {
  const lib = koffi.load(library);
  const fault = lib.func('void ccpu_fault()');
  const refs = lib.func('int ccpu_context_refs()');
  const live = lib.func('int ccpu_live_allocations()');
  const setCurrent = lib.func('int cuCtxSetCurrent(void *context)');
  return {
    fault: () => fault(),
    refs: () => refs() as number,
    live: () => live() as number,
    clearCurrent: () => expect(setCurrent(null)).toBe(0),
  };
}

describe.skipIf(nvcc === undefined)('the cuda-cpu harness refuses what a GPU refuses', () => {
  it('fails a launch with more threads than __launch_bounds__, and blocks past 1024 threads', async () => {
    const s = await session();
    try {
      s.launch('chain', [1, 1, 1], [64, 1, 1]);
      expect(() => s.launch('chain', [1, 1, 1], [128, 1, 1])).toThrow(/CUDA error 701/);
      s.launch('mark', [1, 1, 1], [128, 1, 1]);
      expect(() => s.launch('mark', [1, 1, 1], [256, 1, 1])).toThrow(/CUDA error 701/);
      expect(() => s.launch('mark', [1, 1, 1], [2048, 1, 1])).toThrow(/CUDA error 1 /);
    } finally {
      s.close();
    }
  });

  it('fails grids past the hardware limits (gridDim.y and .z at most 65535)', async () => {
    const s = await session();
    try {
      s.launch('mark', [4, 1, 65535], [32, 1, 1]);
      expect(() => s.launch('mark', [4, 1, 65536], [32, 1, 1])).toThrow(/CUDA error 1 /);
      expect(() => s.launch('mark', [4, 65536, 1], [32, 1, 1])).toThrow(/CUDA error 1 /);
      expect(() => s.launch('mark', [0, 1, 1], [32, 1, 1])).toThrow(/CUDA error 1 /);
    } finally {
      s.close();
    }
  });

  it('runs blocks in a shuffled order, so a kernel that depends on block order is wrong', async () => {
    const s = await session();
    try {
      const inOrder = Uint32Array.from({ length: 256 }, (_, b) => b + 1);
      const got: Uint32Array[] = [];
      for (let r = 0; r < 2; r++) {
        s.driver.copyToDevice(s.out, new Uint32Array(256), null);
        s.launch('chain', [256, 1, 1], [32, 1, 1]);
        got.push(s.read(256));
      }
      expect(got[0]).not.toEqual(inOrder);
      // A different order at every launch.
      expect(got[1]).not.toEqual(got[0]);
      // An order-independent kernel is right whatever the order.
      s.launch('mark', [256, 1, 1], [32, 1, 1]);
      expect(s.read(256)).toEqual(Uint32Array.from({ length: 256 }, (_, b) => b));
    } finally {
      s.close();
    }
  });

  it('loads only PTX of an ISA the driver reads, or a cubin for its architecture; the JIT log says why', async () => {
    const s = await session();
    try {
      const bytes = (text: string): Uint8Array => new TextEncoder().encode(`${text}\0`);
      expect(() => s.driver.loadModule(bytes(KERNELS))).toThrow(/CUDA error 200 .*\n?.*not PTX/);
      const raw = nvccCompile(nvcc!, KERNELS, 90, 'ptx').output.replace(/^\.version .*$/m, '.version 9.0');
      expect(() => s.driver.loadModule(bytes(raw))).toThrow(
        /CUDA error 222 .*JIT log:\nptxas.*Unsupported \.version 9\.0/s,
      );
      const cubin = (arch: number): Uint8Array =>
        new Uint8Array(Buffer.from(nvccCompile(nvcc!, KERNELS, arch, 'cubin').output, 'base64'));
      expect(() => s.driver.loadModule(cubin(80))).toThrow(/CUDA error 209 .*cubin for sm_80/s);
      const module = s.driver.loadModule(cubin(90));
      expect(s.driver.getFunction(module, 'chain')).not.toBeNull();
      s.driver.unloadModule(module);
      // The harness runs kernels compiled into it only under the names the image declares.
      const other = nvccCompile(nvcc!, KERNELS.replace(/\bmark\b/g, 'other'), 90, 'ptx').output;
      const partial = s.driver.loadModule(bytes(other));
      expect(() => s.driver.getFunction(partial, 'mark')).toThrow(/CUDA error 500/);
      s.driver.unloadModule(partial);
    } finally {
      s.close();
    }
  });

  it('needs the context current on the calling thread (retaining it is not enough)', async () => {
    const { driver: library } = onHarness(KERNELS, TABLE);
    const driver = await loadCudaDriver(library);
    const context = driver.retainContext(0);
    try {
      hooks(library).clearCurrent();
      expect(() => driver.alloc(16)).toThrow(/CUDA error 201/);
      driver.setCurrent(context);
      driver.free(driver.alloc(16));
    } finally {
      driver.releaseContext(0);
    }
  });
});

describe.skipIf(nvcc === undefined)(
  'the CUDA runtime under driver semantics (tiny-cifar on cuda-cpu)',
  () => {
    const spec = specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec);
    const compiled = compile(spec, { target: 'cuda', maxBatch: 4 });
    const weights = readFileSync(fixture('tiny-cifar', 'model.safetensors'));
    const images = new Float32Array(3 * 3 * 32 * 32).map((_, i) => Math.sin(i));

    it('makes its context current at every call, whatever other code made current meanwhile', async () => {
      const harness = onHarness(compiled.source, compiled.plan.kernels);
      const model = await createCudaModel(compiled.plan, weights, harness);
      try {
        const before = await model.allExits(images);
        hooks(harness.driver).clearCurrent(); // another library, or another model on this thread
        expect(await model.allExits(images)).toEqual(before);
        hooks(harness.driver).clearCurrent();
        model.destroy();
        expect(hooks(harness.driver).live()).toBe(0);
      } finally {
        model.destroy();
      }
    });

    it('reports the launch error, not the invalidated capture, when a stage fails while captured', async () => {
      const harness = onHarness(compiled.source, compiled.plan.kernels);
      // A plan that launches the first kernel with twice its __launch_bounds__.
      const bad: CudaPlan = {
        ...compiled.plan,
        kernels: compiled.plan.kernels.map((k, i) => (i === 0 ? { ...k, threads: k.threads * 2 } : k)),
      };
      const model = await createCudaModel(bad, weights, harness);
      try {
        await expect(model.allExits(images)).rejects.toThrow(/cuLaunchKernel failed with CUDA error 701/);
      } finally {
        model.destroy();
      }
    });

    it('frees what it made when creation fails halfway', async () => {
      const harness = onHarness(compiled.source, compiled.plan.kernels);
      const { refs, live } = hooks(harness.driver);
      // The last allocation cannot be made: the arena, weights and control words were.
      const huge: CudaPlan = { ...compiled.plan, output: { ...compiled.plan.output, words: 2 ** 46 } };
      await expect(createCudaModel(huge, weights, harness)).rejects.toThrow(/cuMemAlloc.*CUDA error 2 /);
      expect(live()).toBe(0);
      expect(refs()).toBe(0);
    });

    it('frees everything in destroy even after a kernel fault, and says what failed', async () => {
      const harness = onHarness(compiled.source, compiled.plan.kernels);
      const { fault, refs, live } = hooks(harness.driver);
      const model = await createCudaModel(compiled.plan, weights, harness);
      await model.allExits(images);
      fault();
      await expect(model.allExits(images)).rejects.toThrow(/CUDA error 719/);
      expect(() => model.destroy()).toThrow(/destroy freed what it could; these failed:[\s\S]*cuMemFree/);
      expect(refs()).toBe(0);
      expect(live()).toBe(0);
      expect(() => model.destroy()).not.toThrow();
    });
  },
);

describe('choosing the module image', () => {
  const ptx = (version: string, arch: number): string =>
    `//\n.version ${version}\n.target sm_${arch}\n.address_size 64\n`;

  it('knows which PTX ISA each driver reads', () => {
    expect([11080, 12000, 12040, 12060, 12080, 12090, 13000, 13010].map(maxPtxIsa)).toEqual([
      78, 80, 84, 85, 87, 88, 90, 91,
    ]);
    expect(ptxIsa(ptx('7.8', 90))).toBe(78);
    expect(ptxIsa('extern "C" __global__ void k() {}')).toBeUndefined();
  });

  it('takes the highest architecture the device runs whose ISA the driver reads', () => {
    const request = {
      name: 'm',
      cc: 90,
      driverVersion: 12040,
      source: 'x',
      nvrtcTried: ['libnvrtc.so: not found'],
    };
    const choice = chooseImage({ ...request, ptx: { 80: ptx('7.0', 80), 90: ptx('7.8', 90) } });
    expect(new TextDecoder().decode(choice.image)).toContain('.target sm_90');
    expect(choice.description).toMatch(/^PTX ISA 7\.8 for sm_90/);
    const older = chooseImage({ ...request, cc: 86, ptx: { 80: ptx('7.0', 80), 90: ptx('7.8', 90) } });
    expect(older.description).toMatch(/^PTX ISA 7\.0 for sm_80.*sm_90.ptx is for a newer GPU/);
  });

  it('says what is missing and how to fix it when the driver is older than every PTX', () => {
    const request = {
      name: 'm',
      cc: 90,
      driverVersion: 12040,
      nvrtcTried: ['libnvrtc.so: not found'],
      source: 'x',
    };
    const refuse = (): unknown => chooseImage({ ...request, ptx: { 90: ptx('9.0', 90) } });
    expect(refuse).toThrow(CudaUnavailableError);
    expect(refuse).toThrow(
      /no libnvrtc found.*PTX ISA 9\.0, newer than the 8\.4 this driver reads.*RANETC_NVRTC/s,
    );
  });
});
