import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where nvcc is looked for: PATH, then the toolkit's default install. */
const CANDIDATES = ['nvcc', '/usr/local/cuda/bin/nvcc'];

/** Every warning is an error: the generated CUDA must compile cleanly. */
export const NVCC_FLAGS = ['-std=c++17', '-O3', '--Werror', 'all-warnings'] as const;

/** nvcc's path, or undefined when no CUDA toolkit is installed. */
export function findNvcc(): string | undefined {
  for (const candidate of CANDIDATES) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/**
 * The PTX ISA version written into `sm_XX.ptx`: the oldest that has the target (sm_80: 7.0,
 * CUDA 11.0; sm_90: 7.8, CUDA 11.8), so that older drivers JIT-compile it. nvcc 13 writes ISA
 * 9.0, which a CUDA 12 driver refuses; the kernels use nothing newer, and ptxas checks that
 * (it rejects instructions or directives the declared version lacks).
 */
export const PTX_ISA: Readonly<Record<number, string>> = { 80: '7.0', 90: '7.8' };

export interface NvccResult {
  /** The output: PTX text, or the cubin's bytes as base64 (only checked, never shipped). */
  readonly output: string;
  /** nvcc's and ptxas's messages; empty when clean. */
  readonly messages: string;
}

/**
 * Compiles a `.cu` for one architecture: `ptx` (what the runtime loads: declared as the ISA
 * version of PTX_ISA, and assembled by ptxas under that version to check it) or `cubin` (runs
 * ptxas too, so register and shared-memory limits are checked). Cached by content hash under
 * the temporary directory. Throws with nvcc's messages when it fails.
 */
export function nvccCompile(
  nvcc: string,
  source: string,
  arch: number,
  kind: 'ptx' | 'cubin',
  cacheDir = path.join(tmpdir(), 'ranetc-nvcc'),
): NvccResult {
  const flags = [...NVCC_FLAGS, `-arch=sm_${arch}`, `-${kind}`];
  const hash = createHash('sha256')
    .update(source)
    .update(flags.join(' '))
    .update(kind === 'ptx' ? `PTX ISA ${PTX_ISA[arch]}` : '')
    .update(execFileSync(nvcc, ['--version']))
    .digest('hex')
    .slice(0, 24);
  const cached = path.join(cacheDir, `${hash}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as NvccResult;
  const work = path.join(cacheDir, `${hash}.${process.pid}`);
  mkdirSync(work, { recursive: true });
  try {
    const input = path.join(work, 'model.cu');
    const output = path.join(work, `model.${kind}`);
    writeFileSync(input, source);
    const run = spawnSync(nvcc, [...flags, '-Xptxas', '-warn-spills,-warn-lmem-usage', '-o', output, input], {
      encoding: 'utf8',
    });
    const messages = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    if (run.status !== 0) throw new Error(`nvcc -arch=sm_${arch} failed:\n${messages || String(run.error)}`);
    const bytes = readFileSync(output);
    const result: NvccResult =
      kind === 'ptx'
        ? { output: lowerPtx(nvcc, bytes.toString('utf8'), arch, work), messages }
        : { output: bytes.toString('base64'), messages };
    writeFileSync(path.join(work, 'result.json'), JSON.stringify(result));
    renameSync(path.join(work, 'result.json'), cached);
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Declares `ptx` as PTX_ISA[arch] and assembles it with ptxas for the architecture, which fails if it needs more. */
function lowerPtx(nvcc: string, ptx: string, arch: number, work: string): string {
  const isa = PTX_ISA[arch];
  if (isa === undefined) throw new Error(`no PTX ISA version chosen for sm_${arch} (PTX_ISA in nvcc.ts)`);
  const lowered = ptx.replace(/^\.version \d+\.\d+$/m, `.version ${isa}`);
  if (lowered === ptx && !ptx.includes(`.version ${isa}`))
    throw new Error(`nvcc wrote PTX without a .version line`);
  const file = path.join(work, `lowered.ptx`);
  writeFileSync(file, lowered);
  const run = spawnSync(nvcc, [`-arch=sm_${arch}`, '-cubin', '-o', path.join(work, 'lowered.cubin'), file], {
    encoding: 'utf8',
  });
  if (run.status !== 0)
    throw new Error(
      `the sm_${arch} PTX does not assemble as PTX ISA ${isa}:\n${run.stdout ?? ''}${run.stderr ?? ''}`,
    );
  return lowered;
}
