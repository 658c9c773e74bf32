// The peers a user could run instead of ranetc: onnxruntime-web (a devDependency) fed the
// public model exported to ONNX, on its WebGPU execution provider and on its wasm provider (the
// CPU fallback a browser without WebGPU gets). Kept apart from the bench's report so that any
// section (the WebGPU bench, a WebAssembly backend's bench) times the same peer the same way.
//
// Running onnxruntime-web in Node, as measured with onnxruntime-web 1.31.1, webgpu 0.6.2:
// - Its `webgpu` entry point runs the native WebGPU provider (compiled to wasm), which computes
//   some exits wrongly on Dawn/lavapipe (ranet-cifar10's exits 4 and 5 differ from the fixtures
//   by 0.99 of their scale, also on a device it creates itself), so the bench uses the `all`
//   entry point, whose WebGPU provider is the JavaScript one (JSEP): it agrees with the fixtures
//   to 4.4e-6. JSEP requests a device from `env.webgpu.adapter` (or `navigator.gpu`), never
//   taking one given in `env.webgpu.device`; an adapter whose `requestDevice` returns ours
//   (with our device's features and limits) makes it run on the same Dawn device.
// - It checks for `navigator.gpu` (and calls its `requestAdapter`) even when given a device, so
//   `navigator.gpu` must exist: the `webgpu` package's GPU object.
// - Its wasm memory is a SharedArrayBuffer (threaded build, also with one thread), and Dawn's
//   Node binding rejects `queue.writeBuffer` from one or a view of one: such writes are copied
//   first (see `acceptSharedWrites`).
// - A model given by path is fetched, which Node cannot do for files: pass the bytes.
// - More than one wasm thread does not start in Node ("no available backend found. ERR: [wasm]
//   TypeError: fetch failed", also with `env.wasm.wasmBinary` given): the wasm provider runs
//   on one thread here, and the bench says so.

import { readFileSync } from 'node:fs';
import type * as Ort from 'onnxruntime-web';
import { create } from 'webgpu';
import { medianTime } from '../../timing/timing.ts';

/** onnxruntime-web's WebGPU and wasm providers, and onnxruntime-node's CPU provider (native code). */
export type OrtProvider = 'webgpu' | 'wasm' | 'native';

/** One onnxruntime-web session of a model on one provider. */
export interface OrtPeer {
  readonly provider: OrtProvider;
  /** What ran, for a report: provider, device or threads. */
  readonly label: string;
  /** Every output (`exit0`..`exitK` in the fixtures' models) for the input tensor of `shape` (N first). */
  run(images: Float32Array, shape: readonly number[]): Promise<Float32Array[]>;
  release(): Promise<void>;
}

export interface OrtOpenOptions {
  /** For 'webgpu': the device to run on (the one ranetc's model uses). */
  readonly device?: GPUDevice;
  /** Threads of the wasm provider (1 by default: see the notes at the top). */
  readonly threads?: number;
}

let ortModule: Promise<typeof Ort> | undefined;
let webgpuDevice: GPUDevice | undefined;

/** onnxruntime-web with the JSEP WebGPU provider and the wasm provider, loaded once. */
async function loadOrt(threads: number): Promise<typeof Ort> {
  if (ortModule === undefined) {
    const g = globalThis as { navigator?: { gpu?: unknown } };
    if (g.navigator?.gpu === undefined)
      Object.defineProperty(globalThis, 'navigator', {
        value: { ...(g.navigator ?? {}), gpu: create([]) },
        configurable: true,
      });
    ortModule = import('onnxruntime-web/all').then((ort) => {
      ort.env.wasm.numThreads = threads;
      ort.env.logLevel = 'error';
      return ort;
    });
  }
  return ortModule;
}

/** onnxruntime-web's version (after the first session opened). */
export async function ortVersion(): Promise<string> {
  const ort = await loadOrt(1);
  return ort.env.versions.web ?? ort.env.versions.common;
}

/** The wasm provider's thread count (fixed by the first session opened in this process). */
export async function ortThreads(): Promise<number> {
  return (await loadOrt(1)).env.wasm.numThreads ?? 1;
}

const patchedQueues = new WeakSet<object>();

/**
 * Lets `device.queue.writeBuffer` take views of a SharedArrayBuffer (onnxruntime-web's wasm
 * memory) by copying them into a plain buffer first; other writes pass through untouched.
 */
function acceptSharedWrites(device: GPUDevice): void {
  const proto = Object.getPrototypeOf(device.queue) as GPUQueue;
  if (patchedQueues.has(proto)) return;
  patchedQueues.add(proto);
  const write = proto.writeBuffer;
  const patched = function (
    this: GPUQueue,
    buffer: GPUBuffer,
    offset: number,
    data: Parameters<GPUQueue['writeBuffer']>[2],
    dataOffset?: number,
    size?: number,
  ): void {
    if (data instanceof SharedArrayBuffer) {
      const start = dataOffset ?? 0;
      const bytes = new Uint8Array(data, start, size ?? data.byteLength - start);
      write.call(this, buffer, Number(offset), bytes.slice());
      return;
    }
    if (ArrayBuffer.isView(data) && data.buffer instanceof SharedArrayBuffer) {
      const element = (data as unknown as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 1;
      const start = data.byteOffset + (dataOffset ?? 0) * element;
      const bytes = size === undefined ? data.byteLength - (dataOffset ?? 0) * element : size * element;
      write.call(this, buffer, Number(offset), new Uint8Array(data.buffer, start, bytes).slice());
      return;
    }
    write.call(this, buffer, offset, data, dataOffset, size);
  };
  proto.writeBuffer = patched as GPUQueue['writeBuffer'];
}

/** Opens `modelFile` (ONNX, one input) on `provider`. */
export async function openOrtPeer(
  modelFile: string,
  provider: OrtProvider,
  options: OrtOpenOptions = {},
): Promise<OrtPeer> {
  const ort = await loadOrt(options.threads ?? 1);
  const bytes = new Uint8Array(readFileSync(modelFile));
  let session: Ort.InferenceSession;
  if (provider === 'webgpu') {
    if (options.device === undefined) throw new Error('openOrtPeer: the webgpu provider needs a device');
    acceptSharedWrites(options.device);
    if (webgpuDevice === undefined) {
      const device = options.device;
      ort.env.webgpu.adapter = {
        features: device.features,
        limits: device.limits,
        info: device.adapterInfo,
        requestDevice: () => Promise.resolve(device),
      } as unknown as GPUAdapter;
      webgpuDevice = device;
    } else if (webgpuDevice !== options.device)
      throw new Error('openOrtPeer: onnxruntime-web runs every WebGPU session on the first device given');
    session = await ort.InferenceSession.create(bytes, { executionProviders: ['webgpu'] });
    if ((await ort.env.webgpu.device) !== options.device)
      throw new Error('openOrtPeer: onnxruntime-web did not take the given WebGPU device');
  } else {
    session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'] });
  }
  const input = session.inputNames[0];
  const threads = ort.env.wasm.numThreads ?? 1;
  return {
    provider,
    label:
      provider === 'webgpu'
        ? 'onnxruntime-web WebGPU'
        : `onnxruntime-web wasm (${threads} thread${threads === 1 ? '' : 's'})`,
    async run(images, shape) {
      const feeds = { [input]: new ort.Tensor('float32', images, [...shape]) };
      const results = await session.run(feeds);
      return session.outputNames.map((name) => results[name].data as Float32Array);
    },
    release: () => session.release(),
  };
}

/**
 * Opens `modelFile` on onnxruntime-node's CPU execution provider (native code, with the SIMD of
 * the machine: AVX-512 where it has it) with `threads` intra-op threads: the reference a native
 * application would get. Its threads do not spin between runs (`allow_spinning` 0), so that a
 * system timed after it, interleaved, gets the cores it leaves.
 */
export async function openOrtNativePeer(modelFile: string, threads: number): Promise<OrtPeer> {
  const ort = await import('onnxruntime-node');
  const session = await ort.InferenceSession.create(new Uint8Array(readFileSync(modelFile)), {
    executionProviders: ['cpu'],
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    extra: { session: { intra_op: { allow_spinning: '0' } } },
  });
  const input = session.inputNames[0];
  return {
    provider: 'native',
    label: `onnxruntime-node ${ort.env.versions.node ?? ort.env.versions.common} CPU (${threads} threads)`,
    async run(images, shape) {
      const results = await session.run({ [input]: new ort.Tensor('float32', images, [...shape]) });
      return session.outputNames.map((name) => results[name].data as Float32Array);
    },
    release: () => session.release(),
  };
}

/** Median wall time (ms) of the full network on the inputs of `shape` through `peer`, after one warm-up. */
export function timeOrtFull(
  peer: OrtPeer,
  images: Float32Array,
  shape: readonly number[],
  reps: number,
): Promise<number> {
  return medianTime(() => peer.run(images, shape), reps);
}

/**
 * Largest difference per output against `expected`, relative to max(1, max |expected|):
 * the measure the compiled models are held to against the fixtures.
 */
export function relativeDiffs(got: readonly Float32Array[], expected: readonly Float32Array[]): number[] {
  if (got.length !== expected.length)
    throw new Error(`the peer returned ${got.length} outputs, expected ${expected.length}`);
  return expected.map((want, e) => {
    let scale = 1;
    let diff = 0;
    for (let i = 0; i < want.length; i++) {
      scale = Math.max(scale, Math.abs(want[i]));
      diff = Math.max(diff, Math.abs(got[e][i] - want[i]));
    }
    return diff / scale;
  });
}
