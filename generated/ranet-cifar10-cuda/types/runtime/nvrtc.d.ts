export interface Nvrtc {
    readonly library: string;
    /** 1000 * major + 10 * minor, as the driver's version. */
    readonly version: number;
    /** Architectures it compiles for (major * 10 + minor). */
    readonly archs: readonly number[];
    /** Compiles `source` for `arch`: a cubin (`sm_XX`), or PTX for `compute_XX`. Throws with NVRTC's log. */
    compile(source: string, arch: number, kind: 'cubin' | 'ptx'): Uint8Array;
}
/**
 * Where libnvrtc is looked for, in order: `RANETC_NVRTC` (the library or its folder), the CUDA
 * toolkit (`CUDA_HOME`, `CUDA_PATH`, /usr/local/cuda*), the NVIDIA wheels in Python
 * site-packages (`nvidia/cu13/lib`, `nvidia/cuda_nvrtc/lib`; virtualenvs, conda, user and
 * system installs), then the dynamic loader's own path.
 */
export declare function nvrtcCandidates(env?: NodeJS.ProcessEnv): string[];
/** The first libnvrtc that loads, or the reasons none did. */
export declare function findNvrtc(env?: NodeJS.ProcessEnv): Promise<{
    nvrtc?: Nvrtc;
    tried: string[];
}>;
export declare function loadNvrtc(library: string): Promise<Nvrtc>;
/** Where compiled modules are kept, by the hash of source, target and compiler. */
export declare const NVRTC_CACHE: any;
/** `nvrtc.compile`, cached on disk by the hash of everything that determines the result. */
export declare function compileCached(nvrtc: Nvrtc, source: string, arch: number, kind: 'cubin' | 'ptx', cacheDir?: any): {
    image: Uint8Array;
    cached: boolean;
};
