/**
 * The subset of the CUDA Driver API the CUDA executor calls, bound through koffi (loaded
 * lazily, so importing the runtime works on machines without a GPU or without koffi). The
 * library is libcuda (the NVIDIA driver) or anything exporting the same C functions: the
 * cuda-cpu test harness does, so tests drive the same code on the CPU. Copied unchanged
 * into every generated CUDA runtime.
 */
/** No usable CUDA here: koffi or the driver library is missing. The message says what to do. */
export class CudaUnavailableError extends Error {
}
/** The default driver library of the platform. */
export const LIBCUDA = process.platform === 'win32' ? 'nvcuda.dll' : 'libcuda.so.1';
const SIGNATURES = {
    cuInit: 'int cuInit(unsigned int flags)',
    cuDeviceGet: 'int cuDeviceGet(_Out_ int *device, int ordinal)',
    cuDeviceGetName: 'int cuDeviceGetName(_Out_ uint8_t *name, int length, int device)',
    cuDeviceGetAttribute: 'int cuDeviceGetAttribute(_Out_ int *value, int attribute, int device)',
    cuDevicePrimaryCtxRetain: 'int cuDevicePrimaryCtxRetain(_Out_ void **context, int device)',
    cuDevicePrimaryCtxRelease_v2: 'int cuDevicePrimaryCtxRelease_v2(int device)',
    cuCtxSetCurrent: 'int cuCtxSetCurrent(void *context)',
    cuModuleLoadData: 'int cuModuleLoadData(_Out_ void **module, const void *image)',
    cuModuleUnload: 'int cuModuleUnload(void *module)',
    cuModuleGetFunction: 'int cuModuleGetFunction(_Out_ void **function, void *module, const char *name)',
    cuMemAlloc_v2: 'int cuMemAlloc_v2(_Out_ uint64_t *pointer, size_t bytes)',
    cuMemFree_v2: 'int cuMemFree_v2(uint64_t pointer)',
    cuMemcpyHtoD_v2: 'int cuMemcpyHtoD_v2(uint64_t dst, const void *src, size_t bytes)',
    cuMemcpyDtoH_v2: 'int cuMemcpyDtoH_v2(_Out_ void *dst, uint64_t src, size_t bytes)',
    cuLaunchKernel: 'int cuLaunchKernel(void *f, unsigned int gx, unsigned int gy, unsigned int gz, unsigned int bx, ' +
        'unsigned int by, unsigned int bz, unsigned int shared, void *stream, void **params, void **extra)',
    cuGetErrorString: 'int cuGetErrorString(int error, _Out_ const char **text)',
    cuStreamCreate: 'int cuStreamCreate(_Out_ void **stream, unsigned int flags)',
    cuStreamDestroy_v2: 'int cuStreamDestroy_v2(void *stream)',
    cuStreamSynchronize: 'int cuStreamSynchronize(void *stream)',
    cuStreamBeginCapture_v2: 'int cuStreamBeginCapture_v2(void *stream, int mode)',
    cuStreamEndCapture: 'int cuStreamEndCapture(void *stream, _Out_ void **graph)',
    cuGraphInstantiateWithFlags: 'int cuGraphInstantiateWithFlags(_Out_ void **exec, void *graph, unsigned long long flags)',
    cuGraphLaunch: 'int cuGraphLaunch(void *exec, void *stream)',
    cuGraphDestroy: 'int cuGraphDestroy(void *graph)',
    cuGraphExecDestroy: 'int cuGraphExecDestroy(void *exec)',
};
/** CUdevice_attribute values. */
const COMPUTE_CAPABILITY_MAJOR = 75;
const COMPUTE_CAPABILITY_MINOR = 76;
/** CU_STREAM_CAPTURE_MODE_RELAXED: the host may still make (synchronous) driver calls meanwhile. */
const CAPTURE_RELAXED = 2;
/**
 * Loads a driver library. Fails with an explanation when koffi is missing or the library
 * cannot be loaded (no NVIDIA driver on this machine).
 */
export async function loadCudaDriver(library = LIBCUDA) {
    let koffi;
    try {
        koffi = (await import('koffi')).default;
    }
    catch (e) {
        throw new CudaUnavailableError(`the CUDA runtime needs the 'koffi' package (npm install koffi): ${String(e)}`, {
            cause: e,
        });
    }
    let lib;
    try {
        lib = koffi.load(library);
    }
    catch (e) {
        throw new CudaUnavailableError(`cannot load the CUDA driver library '${library}' (${e.message}). ` +
            'The CUDA runtime needs an NVIDIA GPU and its driver; without one, run the model with WebGPU ' +
            'or, for tests, on the cuda-cpu harness (ranetc run --backend cuda-cpu).', { cause: e });
    }
    const fns = Object.fromEntries(Object.entries(SIGNATURES).map(([name, signature]) => [name, lib.func(signature)]));
    const check = (what, result) => {
        if (result === 0)
            return;
        const text = [null];
        const known = fns.cuGetErrorString(result, text) === 0 && text[0] !== null;
        throw new Error(`${what} failed with CUDA error ${String(result)}${known ? ` (${text[0]})` : ''} [${library}]`);
    };
    check('cuInit', fns.cuInit(0));
    const device = (ordinal) => {
        const out = [0];
        check(`cuDeviceGet(${ordinal})`, fns.cuDeviceGet(out, ordinal));
        return out[0];
    };
    const attribute = (ordinal, which) => {
        const out = [0];
        check('cuDeviceGetAttribute', fns.cuDeviceGetAttribute(out, which, device(ordinal)));
        return out[0];
    };
    return {
        library,
        deviceName(ordinal) {
            const name = new Uint8Array(256);
            check('cuDeviceGetName', fns.cuDeviceGetName(name, name.length, device(ordinal)));
            return new TextDecoder().decode(name.subarray(0, Math.max(0, name.indexOf(0))));
        },
        computeCapability(ordinal) {
            return attribute(ordinal, COMPUTE_CAPABILITY_MAJOR) * 10 + attribute(ordinal, COMPUTE_CAPABILITY_MINOR);
        },
        retainContext(ordinal) {
            const out = [null];
            check('cuDevicePrimaryCtxRetain', fns.cuDevicePrimaryCtxRetain(out, device(ordinal)));
            check('cuCtxSetCurrent', fns.cuCtxSetCurrent(out[0]));
            return out[0];
        },
        releaseContext(ordinal) {
            check('cuDevicePrimaryCtxRelease', fns.cuDevicePrimaryCtxRelease_v2(device(ordinal)));
        },
        loadModule(image) {
            const out = [null];
            check('cuModuleLoadData', fns.cuModuleLoadData(out, image));
            return out[0];
        },
        unloadModule(module) {
            check('cuModuleUnload', fns.cuModuleUnload(module));
        },
        getFunction(module, name) {
            const out = [null];
            check(`cuModuleGetFunction(${name})`, fns.cuModuleGetFunction(out, module, name));
            return out[0];
        },
        alloc(bytes) {
            const out = [0];
            check(`cuMemAlloc(${bytes})`, fns.cuMemAlloc_v2(out, bytes));
            return BigInt(out[0]);
        },
        free(pointer) {
            check('cuMemFree', fns.cuMemFree_v2(pointer));
        },
        copyToDevice(dst, src) {
            check('cuMemcpyHtoD', fns.cuMemcpyHtoD_v2(dst, src, src.byteLength));
        },
        copyToHost(dst, src) {
            check('cuMemcpyDtoH', fns.cuMemcpyDtoH_v2(dst, src, dst.byteLength));
        },
        launch(fn, grid, block, args, stream) {
            check('cuLaunchKernel', fns.cuLaunchKernel(fn, ...grid, ...block, 0, stream, [args], null));
        },
        createStream() {
            const out = [null];
            check('cuStreamCreate', fns.cuStreamCreate(out, 0));
            return out[0];
        },
        destroyStream(stream) {
            check('cuStreamDestroy', fns.cuStreamDestroy_v2(stream));
        },
        synchronize(stream) {
            check('cuStreamSynchronize', fns.cuStreamSynchronize(stream));
        },
        beginCapture(stream) {
            check('cuStreamBeginCapture', fns.cuStreamBeginCapture_v2(stream, CAPTURE_RELAXED));
        },
        endCapture(stream) {
            const graph = [null];
            check('cuStreamEndCapture', fns.cuStreamEndCapture(stream, graph));
            const exec = [null];
            try {
                check('cuGraphInstantiate', fns.cuGraphInstantiateWithFlags(exec, graph[0], 0));
            }
            finally {
                check('cuGraphDestroy', fns.cuGraphDestroy(graph[0]));
            }
            return exec[0];
        },
        launchGraph(graph, stream) {
            check('cuGraphLaunch', fns.cuGraphLaunch(graph, stream));
        },
        destroyGraph(graph) {
            check('cuGraphExecDestroy', fns.cuGraphExecDestroy(graph));
        },
    };
}
//# sourceMappingURL=cuda-driver.js.map