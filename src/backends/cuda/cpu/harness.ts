import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CudaKernel } from '@ranetc/runtime/node';

// The harness's C++ sources: beside this file in src/, or from dist/ (the package ships them in src/).
const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../src/backends/cuda/cpu');
const HEADER = path.join(HERE, 'cuda-cpu.h');
const RUNTIME = path.join(HERE, 'cuda-cpu.cpp');
/**
 * The kernels call `fmaf` for every multiply-add; with hardware FMA enabled it is one
 * instruction instead of a libm call (a 3x faster harness). Only where the CPU has it.
 */
const hasFma = (): boolean => {
  try {
    return process.arch === 'x64' && /\bfma\b/.test(readFileSync('/proc/cpuinfo', 'utf8'));
  } catch {
    return false;
  }
};
const FLAGS = [
  '-std=c++17',
  '-O2',
  '-shared',
  '-fPIC',
  '-Wall',
  '-Wextra',
  '-Wno-unused-parameter',
  // `#pragma unroll` is nvcc's.
  '-Wno-unknown-pragmas',
  ...(hasFma() ? ['-mfma'] : []),
];

/** Where built harness libraries are kept, by content hash (shared by tests and CLI runs). */
export const HARNESS_CACHE = path.join(tmpdir(), 'ranetc-cuda-cpu');

export interface Harness {
  /** The shared library: exports the CUDA Driver API subset the runtime uses, with the model's kernels in it. */
  readonly library: string;
  /** Whether it came from the cache. */
  readonly cached: boolean;
}

/** Each kernel's `__launch_bounds__(N)` in a `.cu`, by name. */
export function launchBounds(source: string): Map<string, number> {
  const bounds = new Map<string, number>();
  for (const m of source.matchAll(/__launch_bounds__\(\s*(\d+)[^)]*\)\s+(\w+)\s*\(/g))
    bounds.set(m[2], Number(m[1]));
  return bounds;
}

/**
 * The translation unit of a harness: the cuda-cpu header, the model's `.cu` as nvcc would see
 * it, and the table of its kernels (name, entry, whether it needs fibers, launch bound).
 */
export function harnessSource(
  source: string,
  kernels: readonly Pick<CudaKernel, 'name' | 'cooperative'>[],
): string {
  const bounds = launchBounds(source);
  const table = kernels
    .map((k) => `    ::ccpu::kernel("${k.name}", ${k.name}, ${k.cooperative}, ${bounds.get(k.name) ?? 0}),`)
    .join('\n');
  return [
    '#include "cuda-cpu.h"',
    source,
    'namespace {',
    'const ::ccpu::Kernel kernels[] = {',
    table,
    '};',
    `struct Install { Install() { ::ccpu::install(kernels, ${kernels.length}); } } install;`,
    '}  // namespace',
    '',
  ].join('\n');
}

/**
 * Compiles a model's `.cu` for the CPU with g++ into a shared library (cached by the hash of
 * everything that goes into it), which the CUDA executor loads in place of libcuda.
 */
export function buildHarness(
  source: string,
  kernels: readonly Pick<CudaKernel, 'name' | 'cooperative'>[],
  cacheDir = HARNESS_CACHE,
): Harness {
  const unit = harnessSource(source, kernels);
  const hash = createHash('sha256')
    .update(unit)
    .update(readFileSync(HEADER))
    .update(readFileSync(RUNTIME))
    .update(FLAGS.join(' '))
    .digest('hex')
    .slice(0, 24);
  const library = path.join(cacheDir, `${hash}.so`);
  if (existsSync(library)) return { library, cached: true };
  mkdirSync(cacheDir, { recursive: true });
  const work = path.join(cacheDir, `${hash}.${process.pid}`);
  mkdirSync(work, { recursive: true });
  try {
    const unitFile = path.join(work, 'harness.cpp');
    writeFileSync(unitFile, unit);
    const out = path.join(work, 'harness.so');
    try {
      execFileSync('g++', [...FLAGS, `-I${HERE}`, '-o', out, unitFile, RUNTIME], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      const err = e as { code?: string; stderr?: Buffer };
      if (err.code === 'ENOENT')
        throw new Error('the cuda-cpu harness needs g++ (apt-get install g++)', { cause: e });
      throw new Error(`g++ could not build the cuda-cpu harness:\n${err.stderr?.toString() ?? String(e)}`, {
        cause: e,
      });
    }
    renameSync(out, library);
    return { library, cached: false };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
