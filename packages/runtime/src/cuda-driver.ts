/**
 * The subset of the CUDA Driver API the CUDA executor calls, bound through koffi (loaded
 * lazily, so importing the runtime works on machines without a GPU or without koffi). The
 * library is libcuda (the NVIDIA driver) or anything exporting the same C functions: the
 * cuda-cpu test harness does, so tests drive the same code on the CPU. Copied unchanged
 * into every generated CUDA runtime.
 */

/** A device pointer (CUdeviceptr). */
export type DevicePointer = bigint;
/** An opaque driver handle (CUcontext, CUmodule, CUfunction) as koffi returns pointers. */
export type Handle = bigint | null;

export interface CudaDriver {
  readonly library: string;
  /** cuDriverGetVersion: 1000 * major + 10 * minor (12040 is CUDA 12.4). */
  readonly version: number;
  deviceName(ordinal: number): string;
  /** Compute capability as major * 10 + minor (e.g. 90). */
  computeCapability(ordinal: number): number;
  /** Retains the device's primary context (it is not made current: see `setCurrent`). */
  retainContext(ordinal: number): Handle;
  releaseContext(ordinal: number): void;
  /**
   * Makes `context` current on the calling thread. The current context is per thread and any
   * other code (another model, another library) may change it, so every entry point of an
   * executor calls this first.
   */
  setCurrent(context: Handle): void;
  /** cuModuleLoadDataEx; a refused image's error carries the JIT compiler's log. */
  loadModule(image: Uint8Array): Handle;
  unloadModule(module: Handle): void;
  getFunction(module: Handle, name: string): Handle;
  alloc(bytes: number): DevicePointer;
  free(pointer: DevicePointer): void;
  /**
   * Asynchronous copies on `stream`. From pageable (JavaScript) memory the driver stages the
   * source before returning, and a copy to pageable memory returns once complete, so the
   * buffers may be reused at once.
   */
  copyToDevice(dst: DevicePointer, src: ArrayBufferView, stream: Handle): void;
  copyToHost(dst: ArrayBufferView, src: DevicePointer, stream: Handle): void;
  /** Launches on `stream`; `args` is the kernel's one argument struct. */
  launch(
    fn: Handle,
    grid: readonly [number, number, number],
    block: readonly [number, number, number],
    args: Uint8Array,
    stream: Handle,
  ): void;
  /** A non-blocking stream: it does not synchronize with the legacy default stream of other code. */
  createStream(): Handle;
  destroyStream(stream: Handle): void;
  synchronize(stream: Handle): void;
  /** Records the launches made on `stream` by this thread until `endCapture`, which returns them as an executable graph. */
  beginCapture(stream: Handle): void;
  endCapture(stream: Handle): Handle;
  launchGraph(graph: Handle, stream: Handle): void;
  destroyGraph(graph: Handle): void;
  createEvent(): Handle;
  recordEvent(event: Handle, stream: Handle): void;
  /** Milliseconds between two recorded events (waits for `end`). */
  elapsed(start: Handle, end: Handle): number;
  destroyEvent(event: Handle): void;
}

/** A driver call that returned an error: `code` is the CUresult. */
export class CudaError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
    this.name = 'CudaError';
  }
}

/** No usable CUDA here: koffi or the driver library is missing. The message says what to do. */
export class CudaUnavailableError extends Error {}

/** The default driver library of the platform. */
export const LIBCUDA = process.platform === 'win32' ? 'nvcuda.dll' : 'libcuda.so.1';

type Fn = (...args: unknown[]) => unknown;

const SIGNATURES = {
  cuInit: 'int cuInit(unsigned int flags)',
  cuDriverGetVersion: 'int cuDriverGetVersion(_Out_ int *version)',
  cuDeviceGet: 'int cuDeviceGet(_Out_ int *device, int ordinal)',
  cuDeviceGetName: 'int cuDeviceGetName(_Out_ uint8_t *name, int length, int device)',
  cuDeviceGetAttribute: 'int cuDeviceGetAttribute(_Out_ int *value, int attribute, int device)',
  cuDevicePrimaryCtxRetain: 'int cuDevicePrimaryCtxRetain(_Out_ void **context, int device)',
  cuDevicePrimaryCtxRelease_v2: 'int cuDevicePrimaryCtxRelease_v2(int device)',
  cuCtxSetCurrent: 'int cuCtxSetCurrent(void *context)',
  cuModuleLoadDataEx:
    'int cuModuleLoadDataEx(_Out_ void **module, const void *image, unsigned int count, int *options, void **values)',
  cuModuleUnload: 'int cuModuleUnload(void *module)',
  cuModuleGetFunction: 'int cuModuleGetFunction(_Out_ void **function, void *module, const char *name)',
  cuMemAlloc_v2: 'int cuMemAlloc_v2(_Out_ uint64_t *pointer, size_t bytes)',
  cuMemFree_v2: 'int cuMemFree_v2(uint64_t pointer)',
  cuMemcpyHtoDAsync_v2: 'int cuMemcpyHtoDAsync_v2(uint64_t dst, const void *src, size_t bytes, void *stream)',
  cuMemcpyDtoHAsync_v2: 'int cuMemcpyDtoHAsync_v2(void *dst, uint64_t src, size_t bytes, void *stream)',
  cuLaunchKernel:
    'int cuLaunchKernel(void *f, unsigned int gx, unsigned int gy, unsigned int gz, unsigned int bx, ' +
    'unsigned int by, unsigned int bz, unsigned int shared, void *stream, void **params, void **extra)',
  cuGetErrorString: 'int cuGetErrorString(int error, _Out_ const char **text)',
  cuStreamCreate: 'int cuStreamCreate(_Out_ void **stream, unsigned int flags)',
  cuStreamDestroy_v2: 'int cuStreamDestroy_v2(void *stream)',
  cuStreamSynchronize: 'int cuStreamSynchronize(void *stream)',
  cuStreamBeginCapture_v2: 'int cuStreamBeginCapture_v2(void *stream, int mode)',
  cuStreamEndCapture: 'int cuStreamEndCapture(void *stream, _Out_ void **graph)',
  cuGraphInstantiateWithFlags:
    'int cuGraphInstantiateWithFlags(_Out_ void **exec, void *graph, unsigned long long flags)',
  cuGraphLaunch: 'int cuGraphLaunch(void *exec, void *stream)',
  cuGraphDestroy: 'int cuGraphDestroy(void *graph)',
  cuGraphExecDestroy: 'int cuGraphExecDestroy(void *exec)',
  cuEventCreate: 'int cuEventCreate(_Out_ void **event, unsigned int flags)',
  cuEventRecord: 'int cuEventRecord(void *event, void *stream)',
  cuEventSynchronize: 'int cuEventSynchronize(void *event)',
  cuEventElapsedTime: 'int cuEventElapsedTime(_Out_ float *ms, void *start, void *end)',
  cuEventDestroy_v2: 'int cuEventDestroy_v2(void *event)',
} as const;

type Bound = Record<keyof typeof SIGNATURES, Fn>;

/** CUdevice_attribute values. */
const COMPUTE_CAPABILITY_MAJOR = 75;
const COMPUTE_CAPABILITY_MINOR = 76;
/** CU_STREAM_NON_BLOCKING. */
const NON_BLOCKING = 1;
/**
 * CU_STREAM_CAPTURE_MODE_THREAD_LOCAL: only this thread's unsafe calls are refused during a
 * capture; other threads (another model in a worker) go on.
 */
const CAPTURE_THREAD_LOCAL = 1;
/** CUjit_option: info log buffer and size, error log buffer and size. */
const JIT_LOG_OPTIONS = [3, 4, 5, 6];
const JIT_LOG_BYTES = 16384;

interface Koffi {
  load(path: string): { func(signature: string): Fn };
  alloc(type: string, length: number): unknown;
  free(pointer: unknown): void;
  address(pointer: unknown): bigint;
  encode(pointer: unknown, type: string, value: unknown, length: number): void;
  decode(pointer: unknown, type: string, length: number): ArrayLike<number>;
}

/** Imports koffi, or explains that the CUDA runtime needs it. */
export async function importKoffi(): Promise<Koffi> {
  try {
    return ((await import('koffi')) as unknown as { default: Koffi }).default;
  } catch (e) {
    throw new CudaUnavailableError(
      `the CUDA runtime needs the 'koffi' package (npm install koffi): ${String(e)}`,
      { cause: e },
    );
  }
}

/**
 * Loads a driver library. Fails with an explanation when koffi is missing or the library
 * cannot be loaded (no NVIDIA driver on this machine).
 */
export async function loadCudaDriver(library: string = LIBCUDA): Promise<CudaDriver> {
  const koffi = await importKoffi();
  let lib: { func(signature: string): Fn };
  try {
    lib = koffi.load(library);
  } catch (e) {
    throw new CudaUnavailableError(
      `cannot load the CUDA driver library '${library}' (${(e as Error).message}). ` +
        'The CUDA runtime needs an NVIDIA GPU and its driver; without one, run the model with WebGPU ' +
        'or, for tests, on the cuda-cpu harness (ranetc run --backend cuda-cpu).',
      { cause: e },
    );
  }
  const fns = Object.fromEntries(
    Object.entries(SIGNATURES).map(([name, signature]) => [name, lib.func(signature)]),
  ) as Bound;
  const check = (what: string, result: unknown, detail = ''): void => {
    if (result === 0) return;
    const text: (string | null)[] = [null];
    const known = fns.cuGetErrorString(result, text) === 0 && text[0] !== null;
    throw new CudaError(
      `${what} failed with CUDA error ${String(result)}${known ? ` (${text[0]})` : ''} [${library}]${detail}`,
      Number(result),
    );
  };
  check('cuInit', fns.cuInit(0));
  const version = [0];
  check('cuDriverGetVersion', fns.cuDriverGetVersion(version));
  const device = (ordinal: number): number => {
    const out = [0];
    check(`cuDeviceGet(${ordinal})`, fns.cuDeviceGet(out, ordinal));
    return out[0];
  };
  const attribute = (ordinal: number, which: number): number => {
    const out = [0];
    check('cuDeviceGetAttribute', fns.cuDeviceGetAttribute(out, which, device(ordinal)));
    return out[0];
  };
  const handle = (what: string, call: (out: Handle[]) => unknown): Handle => {
    const out: Handle[] = [null];
    check(what, call(out));
    return out[0];
  };
  return {
    library,
    version: version[0],
    deviceName(ordinal) {
      const name = new Uint8Array(256);
      check('cuDeviceGetName', fns.cuDeviceGetName(name, name.length, device(ordinal)));
      return new TextDecoder().decode(name.subarray(0, Math.max(0, name.indexOf(0))));
    },
    computeCapability(ordinal) {
      return attribute(ordinal, COMPUTE_CAPABILITY_MAJOR) * 10 + attribute(ordinal, COMPUTE_CAPABILITY_MINOR);
    },
    retainContext(ordinal) {
      return handle('cuDevicePrimaryCtxRetain', (out) => fns.cuDevicePrimaryCtxRetain(out, device(ordinal)));
    },
    releaseContext(ordinal) {
      check('cuDevicePrimaryCtxRelease', fns.cuDevicePrimaryCtxRelease_v2(device(ordinal)));
    },
    setCurrent(context) {
      check('cuCtxSetCurrent', fns.cuCtxSetCurrent(context));
    },
    loadModule(image) {
      const logs = [koffi.alloc('uint8_t', JIT_LOG_BYTES), koffi.alloc('uint8_t', JIT_LOG_BYTES)];
      const values = koffi.alloc('uint64_t', 4);
      try {
        const [info, error] = logs.map((l) => koffi.address(l));
        const size = BigInt(JIT_LOG_BYTES);
        koffi.encode(values, 'uint64_t', [info, size, error, size], 4);
        const out: Handle[] = [null];
        const result = fns.cuModuleLoadDataEx(out, image, 4, Int32Array.from(JIT_LOG_OPTIONS), values);
        const text = (log: unknown): string => {
          const bytes = Uint8Array.from(koffi.decode(log, 'uint8_t', JIT_LOG_BYTES));
          const end = bytes.indexOf(0);
          return new TextDecoder().decode(bytes.subarray(0, end < 0 ? bytes.length : end)).trim();
        };
        const log = [text(logs[1]), text(logs[0])].filter((t) => t !== '').join('\n');
        check('cuModuleLoadDataEx', result, log === '' ? '' : `; JIT log:\n${log}`);
        return out[0];
      } finally {
        for (const p of [...logs, values]) koffi.free(p);
      }
    },
    unloadModule(module) {
      check('cuModuleUnload', fns.cuModuleUnload(module));
    },
    getFunction(module, name) {
      return handle(`cuModuleGetFunction(${name})`, (out) => fns.cuModuleGetFunction(out, module, name));
    },
    alloc(bytes) {
      const out: (number | bigint)[] = [0];
      check(`cuMemAlloc(${bytes})`, fns.cuMemAlloc_v2(out, bytes));
      return BigInt(out[0]);
    },
    free(pointer) {
      check('cuMemFree', fns.cuMemFree_v2(pointer));
    },
    copyToDevice(dst, src, stream) {
      check('cuMemcpyHtoDAsync', fns.cuMemcpyHtoDAsync_v2(dst, src, src.byteLength, stream));
    },
    copyToHost(dst, src, stream) {
      check('cuMemcpyDtoHAsync', fns.cuMemcpyDtoHAsync_v2(dst, src, dst.byteLength, stream));
    },
    launch(fn, grid, block, args, stream) {
      check('cuLaunchKernel', fns.cuLaunchKernel(fn, ...grid, ...block, 0, stream, [args], null));
    },
    createStream() {
      return handle('cuStreamCreate', (out) => fns.cuStreamCreate(out, NON_BLOCKING));
    },
    destroyStream(stream) {
      check('cuStreamDestroy', fns.cuStreamDestroy_v2(stream));
    },
    synchronize(stream) {
      check('cuStreamSynchronize', fns.cuStreamSynchronize(stream));
    },
    beginCapture(stream) {
      check('cuStreamBeginCapture', fns.cuStreamBeginCapture_v2(stream, CAPTURE_THREAD_LOCAL));
    },
    endCapture(stream) {
      const graph = handle('cuStreamEndCapture', (out) => fns.cuStreamEndCapture(stream, out));
      try {
        return handle('cuGraphInstantiate', (out) => fns.cuGraphInstantiateWithFlags(out, graph, 0));
      } finally {
        check('cuGraphDestroy', fns.cuGraphDestroy(graph));
      }
    },
    launchGraph(graph, stream) {
      check('cuGraphLaunch', fns.cuGraphLaunch(graph, stream));
    },
    destroyGraph(graph) {
      check('cuGraphExecDestroy', fns.cuGraphExecDestroy(graph));
    },
    createEvent() {
      return handle('cuEventCreate', (out) => fns.cuEventCreate(out, 0));
    },
    recordEvent(event, stream) {
      check('cuEventRecord', fns.cuEventRecord(event, stream));
    },
    elapsed(start, end) {
      check('cuEventSynchronize', fns.cuEventSynchronize(end));
      const ms = [0];
      check('cuEventElapsedTime', fns.cuEventElapsedTime(ms, start, end));
      return ms[0];
    },
    destroyEvent(event) {
      check('cuEventDestroy', fns.cuEventDestroy_v2(event));
    },
  };
}
