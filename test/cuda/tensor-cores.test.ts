// The tensor-core convolutions (precision tf32 and f16) on the cuda-cpu harness, whose
// mma.sync is warp-collective and whose cp.async copies land only at the wait: every fixture
// within the precision's tolerance (the default tile; nvcc.test.ts compiles every tile of the
// family), and two broken kernels (a dropped wait, a wrong leading dimension) that the harness
// catches.

import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { TensorTile } from '../../src/backends/cuda/kernels.ts';
import { compile } from '../../src/compile.ts';
import { createCudaModel } from '@ranetc/runtime/node';
import { loadWeights } from '../../src/weights/load.ts';
import { compare } from '../helpers/compare.ts';
import { onHarness } from '../helpers/cuda-cpu.ts';
import { fixture, readMeta, specFromPublic } from '../helpers/fixtures.ts';
import { F16_OVERFLOW, F16_TENSOR_FIXTURE_REL, TF32_FIXTURE_REL } from '../helpers/tolerances.ts';

const figures: string[] = [];
afterAll(() => {
  if (figures.length > 0)
    console.log(`CUDA tensor cores on cuda-cpu vs expected, per exit\n${figures.join('\n')}`);
});

const TOLERANCE = { tf32: TF32_FIXTURE_REL, f16: F16_TENSOR_FIXTURE_REL } as const;

/** A build of fixture `set` at `precision`, optionally with its source rewritten (a mutation). */
function build(set: string, precision: 'tf32' | 'f16', tile?: TensorTile, mutate = (s: string): string => s) {
  const spec = specFromPublic(set, readMeta(set).spec);
  const compiled = compile(spec, {
    target: 'cuda',
    precision,
    maxBatch: 4,
    ...(tile === undefined ? {} : { tensorTile: tile }),
  });
  const source = mutate(compiled.source);
  return { compiled, source };
}

async function exitsOf(
  set: string,
  precision: 'tf32' | 'f16',
  source: string,
  plan: ReturnType<typeof build>['compiled']['plan'],
) {
  return createCudaModel(
    plan,
    readFileSync(fixture(set, 'model.safetensors')),
    onHarness(source, plan.kernels),
  );
}

describe.each(['tf32', 'f16'] as const)('%s tensor cores on cuda-cpu', (precision) => {
  it.each(['tiny-cifar', 'ranet-cifar10', 'imagenet-mini'])(
    'reproduces every exit of %s within the stated tolerance',
    async (set) => {
      const { compiled, source } = build(set, precision);
      expect(compiled.plan.math).toBe(precision);
      expect(compiled.plan.precision).toBe(precision === 'f16' ? 'f16' : 'f32');
      expect(compiled.plan.kernels.some((k) => k.name.startsWith('conv_mma'))).toBe(true);
      const model = await exitsOf(set, precision, source, compiled.plan);
      const overflow = precision === 'f16' ? (F16_OVERFLOW[set] ?? []) : [];
      try {
        const io = loadWeights(fixture(set, 'io.safetensors'));
        const outs = await model.allExits(io.get('input')!.data as Float32Array);
        expect(outs).toHaveLength(readMeta(set).flops.length);
        outs.forEach((out, e) => {
          const { rel } = compare(io.get(`exit${e}`)!.data as Float32Array, out);
          figures.push(`  ${set} ${precision} exit${e}  rel ${rel.toExponential(2)}`);
          if (overflow.includes(e))
            expect(
              out.some((v) => !Number.isFinite(v)),
              `exit ${e} overflows f16`,
            ).toBe(true);
          else expect(rel, `exit ${e}`).toBeLessThanOrEqual(TOLERANCE[precision]);
        });
      } finally {
        model.destroy();
      }
    },
  );
});

/** The largest scaled difference over the exits of tiny-cifar run from `source`. */
async function worstExit(precision: 'tf32' | 'f16', mutate: (s: string) => string): Promise<number> {
  const { compiled, source } = build('tiny-cifar', precision, undefined, mutate);
  expect(source).not.toBe(compiled.source);
  const model = await exitsOf('tiny-cifar', precision, source, compiled.plan);
  try {
    const io = loadWeights(fixture('tiny-cifar', 'io.safetensors'));
    const outs = await model.allExits(io.get('input')!.data as Float32Array);
    return Math.max(...outs.map((o, e) => compare(io.get(`exit${e}`)!.data as Float32Array, o).rel));
  } finally {
    model.destroy();
  }
}

describe('the harness catches what a GPU would get wrong', () => {
  it('a kernel that drops its cp.async wait reads the previous tile (stale data), far off the fixtures', async () => {
    const rel = await worstExit('tf32', (s) => s.replaceAll('tc_wait<1>();', ''));
    figures.push(`  tiny-cifar tf32 without tc_wait<1>  rel ${rel.toExponential(2)}`);
    expect(rel).toBeGreaterThan(100 * TF32_FIXTURE_REL);
  });

  it('a tile loaded with a wrong leading dimension (LDA - 8, still a legal one) reads the wrong elements', async () => {
    const rel = await worstExit('f16', (s) =>
      s.replaceAll('tc_load_a(fa, a + ks, LDA);', 'tc_load_a(fa, a + ks, LDA - 8);'),
    );
    figures.push(`  tiny-cifar f16 with A's ld = LDA - 8  rel ${rel.toExponential(2)}`);
    expect(rel).toBeGreaterThan(10 * F16_TENSOR_FIXTURE_REL);
  });
});
