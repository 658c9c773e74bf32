// The generated CUDA compiles cleanly for the GPUs we target: nvcc (with ptxas, so register
// and shared-memory limits are checked too) for sm_80 and sm_90, every warning an error, and
// nothing printed. Covers every kernel kind: the optimized builds (fused conv epilogues,
// fused pool + linear heads, maxpool in the ImageNet stem) and one kernel per op (batchnorm,
// relu, copy, avgpool, plain linear). The tensor-core builds (precision tf32 and f16: mma.sync,
// cp.async and cvt in inline PTX) too, and every tile of their variant family.

import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import { TENSOR_TILES } from '../../src/backends/cuda/kernels.ts';
import { LIMITS } from '../../src/backends/cuda/limits.ts';
import { findNvcc, nvccCompile } from '../../src/backends/cuda/nvcc.ts';
import { UNFUSED } from '../../src/passes/pipeline.ts';
import { loadSpec } from '../../src/spec/parse.ts';
import { repoRoot } from '../helpers/fixtures.ts';

const nvcc = findNvcc();
const BUILDS = [
  ['tiny-cifar', 'optimized'],
  ['tiny-cifar', 'one kernel per op'],
  ['ranet-cifar10', 'optimized'],
  ['ranet-imagenet', 'optimized'],
  ['ranet-cifar10', 'tf32'],
  ['ranet-cifar10', 'f16'],
  ['ranet-imagenet', 'tf32'],
  ['ranet-imagenet', 'f16'],
] as const;

// Without a CUDA toolkit there is nothing to run this with (issue 4: CI machines have nvcc).
describe.skipIf(nvcc === undefined)('nvcc on the generated CUDA', () => {
  it.each(BUILDS.flatMap(([set, build]) => LIMITS.archs.map((arch) => [set, build, arch] as const)))(
    '%s (%s) compiles for sm_%i without a warning',
    (set, build, arch) => {
      const { spec } = loadSpec(`${repoRoot}/specs/${set}.yaml`);
      const { source } = compile(spec, {
        target: 'cuda',
        ...(build === 'one kernel per op' ? { passes: UNFUSED, fuseHeads: false } : {}),
        ...(build === 'tf32' || build === 'f16' ? { precision: build } : {}),
      });
      const result = nvccCompile(nvcc!, source, arch, 'cubin');
      expect(result.messages).toBe('');
      expect(result.output.length).toBeGreaterThan(0);
    },
  );

  it.each(
    (['tf32', 'f16'] as const).flatMap((precision) => LIMITS.archs.map((arch) => [precision, arch] as const)),
  )('every tensor-core tile (%s) compiles for sm_%i without a warning', (precision, arch) => {
    // One module with tiny-cifar's convolutions in every tile of the family, renamed apart.
    const { spec } = loadSpec(`${repoRoot}/specs/tiny-cifar.yaml`);
    const sources = TENSOR_TILES.map((tensorTile, i) =>
      compile(spec, { target: 'cuda', precision, tensorTile }).source.replace(
        /\b((?:conv_mma|conv_resize|conv|elementwise|resize|pool|linear|exit|gather)_\d+)/g,
        `$1_t${i}`,
      ),
    );
    const [first, ...rest] = sources;
    const kernelsOf = (s: string): string => s.slice(s.indexOf('\nstruct '));
    const source = [first, ...rest.map(kernelsOf)].join('\n');
    expect(source.match(/conv_mma_\d+_t5\b/)).not.toBeNull();
    const result = nvccCompile(nvcc!, source, arch, 'cubin');
    expect(result.messages).toBe('');
  });

  it('fails on a warning, with nvcc’s message', () => {
    const source = 'extern "C" __global__ void k(float* x) { int unused = 1; x[0] = 0.0f; }\n';
    expect(() => nvccCompile(nvcc!, source, 80, 'ptx')).toThrow(/unused.*declared but never referenced/);
  });
});
