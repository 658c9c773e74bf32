import type { Nvrtc } from './nvrtc.js';
/**
 * The newest PTX ISA a driver of this version (cuDriverGetVersion) JIT-compiles: CUDA 11.x
 * reads ISA 7.x, 12.0..12.9 read 8.0..8.8 (12.6 stayed at 8.5), 13.x reads 9.x.
 */
export declare function maxPtxIsa(driverVersion: number): number;
/** `.version 9.0` of a PTX text as 90; undefined when it is not PTX. */
export declare function ptxIsa(ptx: string): number | undefined;
export interface ImageRequest {
    readonly name: string;
    /** Compute capability of the device (major * 10 + minor). */
    readonly cc: number;
    /** cuDriverGetVersion. */
    readonly driverVersion: number;
    /** Prebuilt PTX by architecture. */
    readonly ptx: Readonly<Record<number, string | Uint8Array>>;
    /** The model's `.cu`, for NVRTC. */
    readonly source?: string;
    /** NVRTC when one was found, and what was tried otherwise. */
    readonly nvrtc?: Nvrtc;
    readonly nvrtcTried?: readonly string[];
}
export interface ImageChoice {
    readonly image: Uint8Array;
    /** What was chosen and why the better options were not, for logs and the GPU check. */
    readonly description: string;
}
export declare function chooseImage(request: ImageRequest): ImageChoice;
