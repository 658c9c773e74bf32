/**
 * NVRTC through koffi: compiles the model's `.cu` on the machine that runs it, for the exact
 * architecture of its GPU, so no prebuilt PTX has to match the driver. libnvrtc comes with a
 * CUDA toolkit or with the `nvidia-cuda-nvrtc` wheel that PyTorch installs; `findNvrtc`
 * searches the usual places. Results are cached by content hash. Copied unchanged into every
 * generated CUDA runtime (Node only).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { importKoffi } from './cuda-driver.ts';

export interface Nvrtc {
  readonly library: string;
  /** 1000 * major + 10 * minor, as the driver's version. */
  readonly version: number;
  /** Architectures it compiles for (major * 10 + minor). */
  readonly archs: readonly number[];
  /** Compiles `source` for `arch`: a cubin (`sm_XX`), or PTX for `compute_XX`. Throws with NVRTC's log. */
  compile(source: string, arch: number, kind: 'cubin' | 'ptx'): Uint8Array;
}

/** Compiler options: the nvcc flags the build checks the kernels with. */
const OPTIONS = ['-std=c++17', '--fmad=true'];
const NAMES = ['libnvrtc.so.13', 'libnvrtc.so.12', 'libnvrtc.so.11.2', 'libnvrtc.so'];

/**
 * Where libnvrtc is looked for, in order: `RANETC_NVRTC` (the library or its folder), the CUDA
 * toolkit (`CUDA_HOME`, `CUDA_PATH`, /usr/local/cuda*), the NVIDIA wheels in Python
 * site-packages (`nvidia/cu13/lib`, `nvidia/cuda_nvrtc/lib`; virtualenvs, conda, user and
 * system installs), then the dynamic loader's own path.
 */
export function nvrtcCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs: string[] = [];
  const custom = env.RANETC_NVRTC;
  if (custom !== undefined && custom !== '') {
    if (!existsSync(custom) || !isDirectory(custom)) return [custom];
    dirs.push(custom);
  }
  for (const root of [env.CUDA_HOME, env.CUDA_PATH, '/usr/local/cuda', ...subdirs('/usr/local', /^cuda-/)])
    if (root !== undefined) dirs.push(path.join(root, 'lib64'), path.join(root, 'lib'));
  const pythonRoots = [
    env.VIRTUAL_ENV,
    env.CONDA_PREFIX,
    path.join(homedir(), '.local'),
    '/usr/local',
    '/usr',
    '/opt/conda',
  ]
    .filter((r): r is string => r !== undefined)
    .flatMap((r) => subdirs(path.join(r, 'lib'), /^python3/))
    .flatMap((lib) => [path.join(lib, 'site-packages'), path.join(lib, 'dist-packages')]);
  for (const site of pythonRoots)
    dirs.push(path.join(site, 'nvidia', 'cu13', 'lib'), path.join(site, 'nvidia', 'cuda_nvrtc', 'lib'));
  const found = dirs.flatMap((d) => NAMES.map((n) => path.join(d, n))).filter((f) => existsSync(f));
  return [...new Set(found), ...NAMES];
}

function isDirectory(p: string): boolean {
  try {
    readdirSync(p);
    return true;
  } catch {
    return false;
  }
}

function subdirs(dir: string, pattern: RegExp): string[] {
  try {
    return readdirSync(dir)
      .filter((d) => pattern.test(d))
      .sort()
      .reverse()
      .map((d) => path.join(dir, d));
  } catch {
    return [];
  }
}

/** The first libnvrtc that loads, or the reasons none did. */
export async function findNvrtc(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ nvrtc?: Nvrtc; tried: string[] }> {
  const tried: string[] = [];
  for (const candidate of nvrtcCandidates(env)) {
    try {
      return { nvrtc: await loadNvrtc(candidate), tried };
    } catch (e) {
      tried.push(`${candidate}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  return { tried };
}

export async function loadNvrtc(library: string): Promise<Nvrtc> {
  const koffi = await importKoffi();
  // libnvrtc dlopens its builtins library by name at the first compile, which finds it only on
  // the loader's path; a wheel's lib folder is not, so it is loaded from beside libnvrtc first.
  if (path.isAbsolute(library)) {
    const dir = path.dirname(library);
    for (const f of readdirSync(dir).filter((f) => /^libnvrtc-builtins\.so\.\d/.test(f)))
      koffi.load(path.join(dir, f));
  }
  const lib = koffi.load(library);
  const f = (signature: string): ((...args: unknown[]) => unknown) => lib.func(signature);
  const fns = {
    version: f('int nvrtcVersion(_Out_ int *major, _Out_ int *minor)'),
    archCount: f('int nvrtcGetNumSupportedArchs(_Out_ int *count)'),
    archs: f('int nvrtcGetSupportedArchs(_Out_ int *archs)'),
    create: f(
      'int nvrtcCreateProgram(_Out_ void **program, const char *source, const char *name, int headers, void *sources, void *names)',
    ),
    compile: f('int nvrtcCompileProgram(void *program, int count, const char **options)'),
    logSize: f('int nvrtcGetProgramLogSize(void *program, _Out_ size_t *size)'),
    log: f('int nvrtcGetProgramLog(void *program, _Out_ uint8_t *log)'),
    cubinSize: f('int nvrtcGetCUBINSize(void *program, _Out_ size_t *size)'),
    cubin: f('int nvrtcGetCUBIN(void *program, _Out_ uint8_t *cubin)'),
    ptxSize: f('int nvrtcGetPTXSize(void *program, _Out_ size_t *size)'),
    ptx: f('int nvrtcGetPTX(void *program, _Out_ uint8_t *ptx)'),
    destroy: f('int nvrtcDestroyProgram(_Inout_ void **program)'),
    error: f('const char *nvrtcGetErrorString(int result)'),
  };
  const check = (what: string, result: unknown, detail = ''): void => {
    if (result !== 0) throw new Error(`${what} failed: ${String(fns.error(result))} [${library}]${detail}`);
  };
  const major = [0];
  const minor = [0];
  check('nvrtcVersion', fns.version(major, minor));
  const count = [0];
  check('nvrtcGetNumSupportedArchs', fns.archCount(count));
  const archs = new Int32Array(count[0]);
  check('nvrtcGetSupportedArchs', fns.archs(archs));
  const sized = (
    program: unknown,
    size: (p: unknown, out: number[]) => unknown,
    get: (p: unknown, out: Uint8Array) => unknown,
  ): Uint8Array => {
    const n = [0];
    check('nvrtc size query', size(program, n));
    const out = new Uint8Array(Number(n[0]));
    check('nvrtc output', get(program, out));
    return out;
  };
  return {
    library,
    version: major[0] * 1000 + minor[0] * 10,
    archs: Array.from(archs),
    compile(source, arch, kind) {
      const program: unknown[] = [null];
      check('nvrtcCreateProgram', fns.create(program, source, 'model.cu', 0, null, null));
      try {
        const target = `--gpu-architecture=${kind === 'cubin' ? 'sm' : 'compute'}_${arch}`;
        const result = fns.compile(program[0], OPTIONS.length + 1, [...OPTIONS, target]);
        const log = new TextDecoder()
          .decode(sized(program[0], fns.logSize, fns.log))
          .replace(/\0+$/, '')
          .trim();
        check(`nvrtcCompileProgram(${target})`, result, log === '' ? '' : `:\n${log}`);
        const image =
          kind === 'cubin'
            ? sized(program[0], fns.cubinSize, fns.cubin)
            : sized(program[0], fns.ptxSize, fns.ptx);
        return image;
      } finally {
        fns.destroy(program);
      }
    },
  };
}

/** Where compiled modules are kept, by the hash of source, target and compiler. */
export const NVRTC_CACHE = path.join(tmpdir(), 'ranetc-nvrtc');

/** `nvrtc.compile`, cached on disk by the hash of everything that determines the result. */
export function compileCached(
  nvrtc: Nvrtc,
  source: string,
  arch: number,
  kind: 'cubin' | 'ptx',
  cacheDir = NVRTC_CACHE,
): { image: Uint8Array; cached: boolean } {
  const hash = createHash('sha256')
    .update(source)
    .update(`${kind} ${arch} ${OPTIONS.join(' ')} nvrtc ${nvrtc.version} ${nvrtc.library}`)
    .digest('hex')
    .slice(0, 24);
  const file = path.join(cacheDir, `${hash}.${kind}`);
  if (existsSync(file)) return { image: new Uint8Array(readFileSync(file)), cached: true };
  const image = nvrtc.compile(source, arch, kind);
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, image);
  renameSync(partial, file);
  return { image, cached: false };
}
