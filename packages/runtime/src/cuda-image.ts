/**
 * Which module image a CUDA device gets. Best: the model's `.cu` compiled on this machine by
 * NVRTC for the device's exact architecture (a cubin; nothing for the driver to JIT). Else
 * prebuilt PTX for the highest architecture the device runs whose PTX ISA version the driver
 * accepts (a driver refuses PTX newer than itself: CUDA_ERROR_UNSUPPORTED_PTX_VERSION). When
 * neither fits, the error says what was found and how to fix it. Copied unchanged into every
 * generated CUDA runtime.
 */
import { CudaUnavailableError } from './cuda-driver.ts';
import type { Nvrtc } from './nvrtc.ts';
import { compileCached } from './nvrtc.ts';

/** PTX ISA versions (10 * major + minor) by CUDA version, where they do not follow a rule. */
const CUDA12_ISA: Readonly<Record<number, number>> = {
  0: 80,
  1: 81,
  2: 82,
  3: 83,
  4: 84,
  5: 85,
  6: 85,
  7: 86,
  8: 87,
  9: 88,
};

/**
 * The newest PTX ISA a driver of this version (cuDriverGetVersion) JIT-compiles: CUDA 11.x
 * reads ISA 7.x, 12.0..12.9 read 8.0..8.8 (12.6 stayed at 8.5), 13.x reads 9.x.
 */
export function maxPtxIsa(driverVersion: number): number {
  const major = Math.floor(driverVersion / 1000);
  const minor = Math.floor((driverVersion % 1000) / 10);
  if (major === 12) return CUDA12_ISA[minor] ?? 88;
  if (major === 11) return 70 + minor;
  if (major > 12) return 10 * (major - 4) + minor;
  return 0;
}

/** `.version 9.0` of a PTX text as 90; undefined when it is not PTX. */
export function ptxIsa(ptx: string): number | undefined {
  const m = /^\s*\.version\s+(\d+)\.(\d+)\s*$/m.exec(ptx.slice(0, 4096));
  return m === null ? undefined : Number(m[1]) * 10 + Number(m[2]);
}

const version = (v: number): string => `${Math.floor(v / 1000)}.${Math.floor((v % 1000) / 10)}`;
const isa = (v: number): string => `${Math.floor(v / 10)}.${v % 10}`;

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

export function chooseImage(request: ImageRequest): ImageChoice {
  const { name, cc, driverVersion, nvrtc } = request;
  const notes: string[] = [];
  if (request.source === undefined) notes.push('no .cu source was given for NVRTC');
  else if (nvrtc === undefined)
    notes.push(`no libnvrtc found (tried ${request.nvrtcTried?.join('; ') || 'nothing'})`);
  else if (Math.floor(nvrtc.version / 1000) > Math.floor(driverVersion / 1000))
    notes.push(
      `NVRTC ${version(nvrtc.version)} (${nvrtc.library}) is newer than the driver (CUDA ${version(driverVersion)}), which would refuse its output`,
    );
  else {
    // A cubin for the exact architecture; else PTX for the nearest lower one (the driver JITs it).
    const exact = nvrtc.archs.includes(cc);
    const arch = exact ? cc : Math.max(0, ...nvrtc.archs.filter((a) => a <= cc));
    if (arch > 0 && (exact || nvrtc.version <= driverVersion)) {
      try {
        const kind = exact ? 'cubin' : 'ptx';
        const { image, cached } = compileCached(nvrtc, request.source, arch, kind);
        return {
          image: kind === 'ptx' ? terminated(image) : image,
          description: `NVRTC ${version(nvrtc.version)} ${kind} for sm_${arch}${cached ? ' (cached)' : ''} [${nvrtc.library}]`,
        };
      } catch (e) {
        notes.push((e as Error).message);
      }
    } else notes.push(`NVRTC ${version(nvrtc.version)} cannot target sm_${cc} for this driver`);
  }
  const accepted = maxPtxIsa(driverVersion);
  const archs = Object.keys(request.ptx)
    .map(Number)
    .sort((a, b) => b - a);
  for (const arch of archs) {
    const bytes = request.ptx[arch];
    const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes.subarray(0, 4096));
    const v = ptxIsa(text);
    if (arch > cc) notes.push(`sm_${arch}.ptx is for a newer GPU`);
    else if (v === undefined) notes.push(`sm_${arch}.ptx is not PTX`);
    else if (v > accepted)
      notes.push(`sm_${arch}.ptx is PTX ISA ${isa(v)}, newer than the ${isa(accepted)} this driver reads`);
    else
      return {
        image: typeof bytes === 'string' ? terminated(new TextEncoder().encode(bytes)) : terminated(bytes),
        description: `PTX ISA ${isa(v)} for sm_${arch} (driver CUDA ${version(driverVersion)} JIT-compiles it); ${notes.join('; ')}`,
      };
  }
  if (archs.length === 0) notes.push('no prebuilt PTX');
  throw new CudaUnavailableError(
    `${name}: no module image this GPU (compute capability ${isa(cc)}, driver CUDA ${version(driverVersion)}, ` +
      `PTX ISA up to ${isa(accepted)}) can load: ${notes.join('; ')}. Fix one of: install NVRTC matching the ` +
      'driver (pip install nvidia-cuda-nvrtc-cu12 for a 12.x driver, or a CUDA toolkit) or point RANETC_NVRTC ' +
      'at libnvrtc.so; rebuild the PTX with `ranetc build --target cuda` (it writes PTX ISA 7.0 for sm_80 and ' +
      '7.8 for sm_90, which CUDA 11.8+ drivers read); or update the NVIDIA driver.',
  );
}

/** cuModuleLoadData reads PTX as a NUL-terminated string. */
function terminated(bytes: Uint8Array): Uint8Array {
  if (bytes.length > 0 && bytes[bytes.length - 1] === 0) return bytes;
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  return out;
}
