// Tunings: the tuning file as user input, `build --tuning` specializing the kernels per
// adapter and batch regime, the runtime choosing the tuning of the adapter it runs on (and
// ignoring, with a notice, a tuning measured on another adapter) and, per chunk, the regime
// that fits its size, and `tune` itself on a small model.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile.ts';
import { createNodeDevice, type NodeDevice } from '../src/backends/wgsl/node-device.ts';
import type { TunableKernel } from '../src/backends/wgsl/variants.ts';
import {
  convFamily,
  convShapeKey,
  kernelFamily,
  defaultVariant,
  sameVariant,
  shapeKey,
} from '../src/backends/wgsl/variants.ts';
import type { WgslPlan } from '@ranetc/runtime';
import { createWebGpuModel, planForAdapter, regimeFor } from '@ranetc/runtime';
import type { ConvDesc } from '../src/schedule/types.ts';
import type { Spec } from '../src/spec/types.ts';
import { withTunings } from '../src/tune/apply.ts';
import type { AdapterTuning, StageChoice, TuningFile } from '../src/tune/file.ts';
import { mergeTuning, parseTuningFile, TUNING_FORMAT, TuningFileError } from '../src/tune/file.ts';
import { candidates, planWith, tuneCandidates, tuneSpec } from '../src/tune/candidates.ts';
import type { Build } from '../src/tune/tune.ts';
import { CONFIRM_MAX_CALLS, CONFIRM_MIN_CALLS, confirm, decide } from '../src/tune/tune.ts';
import { mulberry32 } from '../src/weights/synthetic.ts';
import { loadWeights } from '../src/weights/load.ts';
import { cli } from './helpers/cli.ts';
import { compare } from './helpers/compare.ts';
import { fixture, readMeta, specFromPublic } from './helpers/fixtures.ts';
import { DEVICE_REL } from './helpers/tolerances.ts';

const spec: Spec = (() => {
  const s = specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec);
  return { ...s, target: { ...s.target, maxBatch: 4 } };
})();

function shapes(): Map<string, ConvDesc> {
  const out = new Map<string, ConvDesc>();
  for (const stage of compile(spec, { target: 'wgsl' }).schedule.stages)
    for (const l of stage.launches)
      if (l.kernel.kind === 'conv' && l.kernel.resize === undefined)
        out.set(convShapeKey(l.kernel), l.kernel);
  return out;
}

/** Every tunable kernel (convolutions, conv-resizes, heads) of the spec, by shape key. */
function tunables(): Map<string, TunableKernel> {
  const out = new Map<string, TunableKernel>();
  for (const stage of compile(spec, { target: 'wgsl' }).schedule.stages)
    for (const l of stage.launches)
      if (l.kernel.kind === 'conv' || l.kernel.kind === 'linear') out.set(shapeKey(l.kernel), l.kernel);
  return out;
}

const OTHER = { vendor: 'acme', architecture: 'rdna9', description: 'ACME Radeon 9999' };

/** A tuning giving every tunable kernel the last member of its family (never the default). */
function lastOfFamily(adapter: AdapterTuning['adapter']): AdapterTuning {
  return {
    adapter,
    model: spec.name,
    precision: 'f32',
    batches: [4],
    layers: [...tunables()].map(([shape, k]) => {
      const family = kernelFamily(k);
      return { shape, batch: 4, variant: family[family.length - 1], ms: 1, defaultMs: 2, candidates: 2 };
    }),
  };
}

/**
 * A tuning of two regimes that differ in every layer: at batch 1 the last member of each
 * family, at batch 4 the second to last.
 */
function twoRegimes(adapter: AdapterTuning['adapter']): AdapterTuning {
  const layers = [...shapes()].flatMap(([shape, k]) => {
    const family = convFamily(k);
    return [1, 4].map((batch) => ({
      shape,
      batch,
      variant: family[family.length - batch],
      ms: 1,
      defaultMs: 2,
      candidates: 4,
    }));
  });
  return { adapter, model: spec.name, precision: 'f32', batches: [1, 4], layers };
}

/** A regime's race against stage kernels, with `kept` chosen. */
const stageChoice = (batch: number, kept: StageChoice['kept']): StageChoice => ({
  batch,
  dispatchesMs: 2,
  stageMs: kept === 'stage' ? 1 : 3,
  calls: 8,
  ratioInterval: kept === 'stage' ? [0.5, 0.5] : [1.5, 1.5],
  kept,
});

/**
 * A tuning of this adapter giving every conv-resize a 128-thread workgroup, every head a
 * subgroup per logit (so it needs `subgroups`) and every plain convolution its default.
 */
function newFamilies(adapter: AdapterTuning['adapter']): AdapterTuning {
  return {
    adapter,
    model: spec.name,
    precision: 'f32',
    batches: [4],
    features: ['subgroups'],
    layers: [...tunables()].map(([shape, k]) => ({
      shape,
      batch: 4,
      variant:
        k.kind === 'linear'
          ? { kind: 'head-subgroup', threads: 64 }
          : k.resize !== undefined
            ? { kind: 'resize', threads: 128 }
            : defaultVariant(k),
      ms: 1,
      defaultMs: 2,
      candidates: 2,
    })),
  };
}

describe('the tuning file', () => {
  const good: TuningFile = { format: TUNING_FORMAT, tunings: [lastOfFamily(OTHER)] };
  it('reads back what was written', () => {
    expect(parseTuningFile(JSON.stringify(good), 't.json')).toEqual(good);
  });
  it.each([
    ['not JSON', '{', /^t\.json: not JSON/],
    ['another format', JSON.stringify({ ...good, format: 'x/1' }), /^t\.json: field "format": /],
    [
      'a bad variant field',
      JSON.stringify({
        ...good,
        tunings: [
          {
            ...good.tunings[0],
            layers: [{ ...good.tunings[0].layers[0], variant: { kind: 'direct', rp: 0, threads: 64 } }],
          },
        ],
      }),
      /^t\.json: field "tunings\[0\]\.layers\[0\]\.variant\.rp": /,
    ],
    [
      'an unknown adapter field',
      JSON.stringify({ ...good, tunings: [{ ...good.tunings[0], adapter: { ...OTHER, extra: 1 } }] }),
      /^t\.json: field "tunings\[0\]\.adapter": /,
    ],
  ])('rejects %s, naming the file and field', (_, text, message) => {
    expect(() => parseTuningFile(text, 't.json')).toThrow(TuningFileError);
    expect(() => parseTuningFile(text, 't.json')).toThrow(message);
  });
  it('reads conv-resize and head variants and the features they need', () => {
    const t: TuningFile = { format: TUNING_FORMAT, tunings: [newFamilies(OTHER)] };
    expect(parseTuningFile(JSON.stringify(t), 't.json')).toEqual(t);
    const f16: TuningFile = {
      format: TUNING_FORMAT,
      tunings: [
        {
          ...good.tunings[0],
          features: ['shader-f16'],
          layers: [
            { ...good.tunings[0].layers[0], variant: { kind: 'direct', rp: 1, threads: 64, f16: true } },
          ],
        },
      ],
    };
    expect(parseTuningFile(JSON.stringify(f16), 't.json')).toEqual(f16);
  });
  it.each([
    ['an unknown feature', { features: ['ray-tracing'] }, /^t\.json: field "tunings\[0\]\.features\[0\]": /],
    [
      'an unknown variant kind',
      {
        layers: [{ shape: 'x', batch: 1, variant: { kind: 'winograd' }, ms: 1, defaultMs: 1, candidates: 1 }],
      },
      /^t\.json: field "tunings\[0\]\.layers\[0\]\.variant\.kind": /,
    ],
    [
      'a head without its lanes',
      {
        layers: [
          {
            shape: 'x',
            batch: 1,
            variant: { kind: 'head', threads: 64 },
            ms: 1,
            defaultMs: 1,
            candidates: 1,
          },
        ],
      },
      /^t\.json: field "tunings\[0\]\.layers\[0\]\.variant\.lanes": /,
    ],
  ])('rejects %s, naming the field', (_, patch, message) => {
    const text = JSON.stringify({ ...good, tunings: [{ ...good.tunings[0], ...patch }] });
    expect(() => parseTuningFile(text, 't.json')).toThrow(message);
  });
  it('reads a format 1 file (no stage-kernel choice) and refuses a stage-kernel choice in one', () => {
    const v1 = { format: 'ranetc-tuning/1', tunings: [lastOfFamily(OTHER)] };
    expect(parseTuningFile(JSON.stringify(v1), 'v1.json').tunings).toEqual(v1.tunings);
    const choice = { ...stageChoice(1, 'stage') };
    const bad = { ...v1, tunings: [{ ...v1.tunings[0], stageKernels: [choice] }] };
    expect(() => parseTuningFile(JSON.stringify(bad), 'v1.json')).toThrow(
      /^v1\.json: field "tunings\[0\]\.stageKernels": not in a ranetc-tuning\/1 file/,
    );
    const v2 = { ...bad, format: TUNING_FORMAT };
    expect(parseTuningFile(JSON.stringify(v2), 'v2.json')).toEqual(v2);
    expect(() =>
      parseTuningFile(
        JSON.stringify({ ...v2, tunings: [{ ...v2.tunings[0], stageKernels: [{ ...choice, kept: 'x' }] }] }),
        'v2.json',
      ),
    ).toThrow(/^v2\.json: field "tunings\[0\]\.stageKernels\[0\]\.kept": /);
  });
  it('merges adapters, replacing the same adapter and model', () => {
    const mine = lastOfFamily({ ...OTHER, description: 'mine' });
    const merged = mergeTuning(mergeTuning(good, mine), { ...mine, batches: [1] });
    expect(merged.tunings.map((t) => [t.adapter.description, t.batches])).toEqual([
      ['ACME Radeon 9999', [4]],
      ['mine', [1]],
    ]);
  });
});

describe('candidates', () => {
  it('try each other kind and feature right after the default, within a small budget', () => {
    const all = [...tunables().values()];
    const head = all.find((k) => k.kind === 'linear')!;
    const conv = all.find(
      (k) => k.kind === 'conv' && k.resize === undefined && k.cout >= 16 && k.shape.k === 3,
    )!;
    const h = candidates(head, 3, ['subgroups']);
    expect(sameVariant(h[0], defaultVariant(head))).toBe(true);
    expect(h.some((v) => v.kind === 'head-subgroup')).toBe(true);
    expect(candidates(head, 8).some((v) => v.kind === 'head-subgroup')).toBe(false);
    const c = candidates(conv, 3, ['shader-f16']);
    expect(sameVariant(c[0], defaultVariant(conv))).toBe(true);
    expect(c.map((v) => (v.kind === 'direct' && v.f16 === true ? 'f16' : v.kind)).sort()).toEqual([
      'direct',
      'f16',
      'tiled',
    ]);
    // Conv-resizes: implicit GEMM (the resize in its epilogue) right after the default.
    const resize = all.find((k) => k.kind === 'conv' && k.resize !== undefined)!;
    expect(candidates(resize, 2).map((v) => v.kind)).toEqual(['resize', 'gemm']);
  });
});

/** Per-call ratios tuned/default in turn, for synthetic confirmations: median 0.975, noise from 0.8 to 1.2. */
const NOISE = [0.8, 0.94, 1.01, 1.2];

describe('the confirmation', () => {
  /**
   * A search's result at batches 1 and 4: every shape's second candidate (subgroup heads among
   * them, so the chosen set needs `subgroups`), as if each had measured faster.
   */
  const cands = tuneCandidates(spec, { budget: 2, features: ['subgroups'] });
  const searched = [1, 4].flatMap((batch) =>
    cands.shapes.map(({ shape, variants }) => ({
      shape,
      batch,
      variant: variants[variants.length - 1],
      ms: 1,
      defaultMs: 2,
      candidates: variants.length,
    })),
  );
  const head = { adapter: OTHER, model: spec.name, precision: 'f32' as const, batches: [1, 4] };

  /** `n` calls of 10 ms by default and `10 ratio(u)` ms tuned, u seeded uniform in [0, 1). */
  const calls = (n: number, ratio: (u: number) => number): [number[], number[]] => {
    const u = mulberry32(7);
    return [Array.from({ length: n }, () => 10), Array.from({ length: n }, () => 10 * ratio(u()))];
  };

  it('keeps the chosen set only when the 95% interval of the per-call ratio lies below 1', () => {
    // 3% faster, noise +-2%: the interval lies below 1.
    const clear = decide(4, ...calls(CONFIRM_MIN_CALLS, (u) => 0.97 + 0.04 * (u - 0.5)));
    expect(clear.kept).toBe('tuned');
    expect(clear.ratioInterval![1]).toBeLessThan(1);
    // 2.5% faster by the medians, but calls vary from 0.8 to 1.2 times the default (the noise of
    // a loaded machine): within the noise. A 2% margin on the medians would keep it.
    const noisy = decide(
      1,
      Array.from({ length: CONFIRM_MAX_CALLS }, () => 10),
      Array.from({ length: CONFIRM_MAX_CALLS }, (_, i) => 10 * NOISE[i % NOISE.length]),
    );
    expect(noisy.tunedMs).toBeLessThan(0.98 * noisy.defaultMs);
    expect(noisy.ratioInterval![0]).toBeLessThan(1);
    expect(noisy.ratioInterval![1]).toBeGreaterThan(1);
    expect(noisy.kept).toBe('default');
    // Slower beyond the noise: the default, the medians and the calls recorded.
    expect(decide(1, [10, 10, 10], [12, 12, 12])).toEqual({
      batch: 1,
      defaultMs: 10,
      tunedMs: 12,
      calls: 3,
      ratioInterval: [1.2, 1.2],
      kept: 'default',
    });
  });

  /** A confirmation kept as `kept` at `batch`, from synthetic calls. */
  const decided = (batch: number, kept: 'tuned' | 'default') =>
    decide(batch, [10, 10, 10], kept === 'tuned' ? [8, 8, 8] : [12, 12, 12]);

  it('a slower regime records the default of every layer; a faster one keeps the search; the file reads back', () => {
    expect(cands.shapes.some((s) => s.needs[s.needs.length - 1].includes('subgroups'))).toBe(true);
    const confirmed = [decided(1, 'default'), decided(4, 'tuned')];
    const t = confirm({ ...head, layers: searched }, cands, confirmed);
    expect(t.confirmed).toEqual(confirmed);
    const defaults = new Map(cands.shapes.map((s) => [s.shape, s.variants[0]]));
    for (const l of t.layers.filter((x) => x.batch === 1)) {
      expect(l.variant, l.shape).toEqual(defaults.get(l.shape));
      expect(l.ms).toBe(l.defaultMs);
    }
    expect(t.layers.filter((x) => x.batch === 4)).toEqual(searched.filter((x) => x.batch === 4));
    expect(t.features).toEqual(['subgroups']);
    const file: TuningFile = { format: TUNING_FORMAT, tunings: [t] };
    expect(parseTuningFile(JSON.stringify(file), 't.json')).toEqual(file);
    // Files from before the confirmation (no `confirmed`) read as before: the other tests' files.
    expect(() =>
      parseTuningFile(
        JSON.stringify({ ...file, tunings: [{ ...t, confirmed: [{ ...confirmed[0], kept: 'both' }] }] }),
        't.json',
      ),
    ).toThrow(/^t\.json: field "tunings\[0\]\.confirmed\[0\]\.kept": /);

    // Built: the batch-1 regime runs the default kernels, the batch-4 one the search's.
    const base = compile(spec, { target: 'wgsl' }).plan;
    const built = withTunings(spec, base, {}, file, 't.json', () => {});
    const codes = (stages: WgslPlan['stages'], pipelines: WgslPlan['pipelines']) =>
      stages.flatMap((st) => st.dispatches.map((d) => [pipelines[d.pipeline].code, d.grid]));
    const [one, four] = built.tunings![0].regimes;
    expect(codes(one.stages, built.tunings![0].pipelines)).toEqual(codes(base.stages, base.pipelines));
    const chosen = planWith(
      spec,
      Object.fromEntries(searched.filter((l) => l.batch === 4).map((l) => [l.shape, l.variant])),
      ['subgroups'],
    );
    expect(codes(four.stages, built.tunings![0].pipelines)).toEqual(codes(chosen.stages, chosen.pipelines));

    // Both regimes slower: nothing needs subgroups any more.
    const none = confirm({ ...head, layers: searched }, cands, [
      decided(1, 'default'),
      decided(4, 'default'),
    ]);
    expect(none.features).toBeUndefined();
    expect(none.layers.every((l) => l.variant === defaults.get(l.shape))).toBe(true);
  });
});

describe('build with a tuning', () => {
  const base = compile(spec, { target: 'wgsl' }).plan;
  const file: TuningFile = { format: TUNING_FORMAT, tunings: [lastOfFamily(OTHER)] };
  const notices: string[] = [];
  const tuned = withTunings(spec, base, {}, file, 't.json', (m) => notices.push(m));

  it('carries the kernels of each adapter, dispatches otherwise unchanged', () => {
    expect(notices).toEqual([]);
    expect(tuned.pipelines).toEqual(base.pipelines);
    expect(tuned.tunings).toHaveLength(1);
    const t = tuned.tunings![0];
    expect(t.adapter).toEqual(OTHER);
    expect(t.regimes.map((r) => r.batch)).toEqual([4]);
    expect(t.pipelines.map((p) => p.code)).not.toEqual(base.pipelines.map((p) => p.code));
    const params = (stages: WgslPlan['stages']) => stages.map((s) => s.dispatches.map((d) => d.params));
    expect(params(t.regimes[0].stages)).toEqual(params(base.stages));
  });

  it('carries every tuned batch regime, a kernel two regimes share stored once', () => {
    const two = withTunings(
      spec,
      base,
      {},
      { format: TUNING_FORMAT, tunings: [twoRegimes(OTHER)] },
      't.json',
      () => {},
    );
    const t = two.tunings![0];
    expect(t.regimes.map((r) => r.batch)).toEqual([1, 4]);
    const used = t.regimes.map((r) => r.stages.flatMap((s) => s.dispatches.map((d) => d.pipeline)));
    expect(used[0]).not.toEqual(used[1]);
    // Each regime alone, as the build of its variants compiles it.
    const alone = [1, 4].map(
      (b) =>
        compile(spec, {
          target: 'wgsl',
          kernels: {
            convVariants: Object.fromEntries(
              twoRegimes(OTHER)
                .layers.filter((l) => l.batch === b)
                .map((l) => [l.shape, l.variant]),
            ),
          },
        }).plan,
    );
    alone.forEach((p, k) =>
      expect(used[k].map((i) => t.pipelines[i].code)).toEqual(
        p.stages.flatMap((s) => s.dispatches.map((d) => p.pipelines[d.pipeline].code)),
      ),
    );
    // Shared kernels (the non-convolutions, at least) once: fewer than the two builds together.
    const codes = t.pipelines.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeLessThan(alone[0].pipelines.length + alone[1].pipelines.length);
    const adapted = planForAdapter(two, OTHER, () => {});
    expect(adapted.regimes).toBe(t.regimes);
    expect(adapted.stages).toBe(t.regimes[1].stages);
  });

  it('a chunk runs the regime nearest its size on a log scale, the larger on a tie', () => {
    const pick = (batches: number[], upTo: number) =>
      Array.from({ length: upTo }, (_, i) => batches[regimeFor(batches, i + 1)]);
    expect(pick([1, 64], 64)).toEqual([...Array<number>(7).fill(1), ...Array<number>(57).fill(64)]);
    expect(pick([1, 4], 4)).toEqual([1, 4, 4, 4]);
    expect(pick([1, 8, 64], 64)).toEqual([
      1,
      1,
      8,
      8,
      8,
      8,
      8,
      8,
      ...Array(14).fill(8),
      ...Array(42).fill(64),
    ]);
    expect(pick([16], 3)).toEqual([16, 16, 16]);
  });

  it('refuses a variant that is not one of its layer, naming the file and layer', () => {
    const [shape] = shapes().keys();
    const bad: TuningFile = {
      format: TUNING_FORMAT,
      tunings: [
        {
          ...file.tunings[0],
          layers: [{ ...file.tunings[0].layers[0], shape, variant: { kind: 'direct', rp: 3, threads: 48 } }],
        },
      ],
    };
    expect(() => withTunings(spec, base, {}, bad, 't.json', () => {})).toThrow(
      /^t\.json: tunings\[0\] .*layer "conv/,
    );
  });

  it('applies conv-resize and head variants and records the features their kernels need', () => {
    const t = withTunings(
      spec,
      base,
      {},
      { format: TUNING_FORMAT, tunings: [newFamilies(OTHER)] },
      't.json',
      () => {},
    ).tunings![0];
    expect(t.features).toEqual(['subgroups']);
    const codes = t.pipelines.map((p) => p.code);
    expect(codes.some((c) => c.includes('enable subgroups;') && c.includes('subgroupAdd'))).toBe(true);
    expect(codes.some((c) => c.includes('@workgroup_size(128)') && c.includes('coarse'))).toBe(true);
    expect(base.pipelines.some((p) => p.code.includes('subgroup'))).toBe(false);
    // Default variants only: no features recorded.
    const plain = withTunings(spec, base, {}, file, 't.json', () => {}).tunings![0];
    expect(plain.features).toBeUndefined();
  });

  it('refuses a subgroup head in a tuning that does not record subgroups, naming the file and head', () => {
    const t = newFamilies(OTHER);
    const bad: TuningFile = { format: TUNING_FORMAT, tunings: [{ ...t, features: undefined }] };
    expect(() => withTunings(spec, base, {}, bad, 't.json', () => {})).toThrow(
      /^t\.json: tunings\[0\] \(ACME Radeon 9999\): layer "head 128->10 pool2\/2 2x2" \(batch 4\): \{"kind":"head-subgroup","threads":64\} is not a variant of this layer/,
    );
    const wrong: TuningFile = {
      format: TUNING_FORMAT,
      tunings: [
        {
          ...t,
          layers: t.layers.map((l) =>
            l.variant.kind === 'resize' ? { ...l, variant: { kind: 'resize', threads: 48 } } : l,
          ),
        },
      ],
    };
    expect(() => withTunings(spec, base, {}, wrong, 't.json', () => {})).toThrow(
      /^t\.json: tunings\[0\] .*layer "conv.* resize [^"]*" \(batch 4\): \{"kind":"resize","threads":48\} is not a variant/,
    );
  });

  it('the runtime does not use a tuning whose features the device lacks: default kernels, with a notice', () => {
    const plan = withTunings(
      spec,
      base,
      {},
      { format: TUNING_FORMAT, tunings: [newFamilies(OTHER)] },
      't.json',
      () => {},
    );
    const seen: string[] = [];
    // OTHER is a GPU: its default kernels are the plan's GPU default.
    const without = planForAdapter(plan, OTHER, (m) => seen.push(m), new Set(['shader-f16']));
    expect(without.pipelines).toBe(plan.gpu!.pipelines);
    expect(seen.join()).toMatch(
      /needs the device feature 'subgroups', which this device lacks; using the default kernels/,
    );
    const withIt = planForAdapter(plan, OTHER, (m) => seen.push(m), new Set(['subgroups']));
    expect(withIt.pipelines).toBe(plan.tunings![0].pipelines);
    expect(seen).toHaveLength(1);
  });

  it('ignores a tuning of another precision, with a notice', () => {
    const seen: string[] = [];
    const f16: TuningFile = { format: TUNING_FORMAT, tunings: [{ ...file.tunings[0], precision: 'f16' }] };
    expect(withTunings(spec, base, {}, f16, 't.json', (m) => seen.push(m)).tunings).toBeUndefined();
    expect(seen.join()).toMatch(/f16 storage.*ignored/);
  });

  it('the runtime takes the tuning of its adapter only; another adapter gets the default (GPU or CPU), with a notice', () => {
    const seen: string[] = [];
    expect(planForAdapter(tuned, OTHER, (m) => seen.push(m)).pipelines).toBe(tuned.tunings![0].pipelines);
    expect(planForAdapter(tuned, OTHER, (m) => seen.push(m)).stages).toBe(
      tuned.tunings![0].regimes[0].stages,
    );
    expect(seen).toEqual([]);
    // Another GPU runs the plan's GPU default kernels; a CPU adapter the default ones.
    const elsewhere = planForAdapter(tuned, { ...OTHER, description: 'ACME Radeon 9998' }, (m) =>
      seen.push(m),
    );
    expect(elsewhere.pipelines).toBe(tuned.gpu!.pipelines);
    expect(elsewhere.regimes).toBe(tuned.gpu!.regimes);
    expect(seen.join()).toMatch(
      /no kernel tuning for this adapter \(acme \/ rdna9 \/ ACME Radeon 9998\); using the default kernels/,
    );
    const cpu = planForAdapter(
      tuned,
      { vendor: 'mesa', architecture: '', description: 'llvmpipe (LLVM 19.1.7, 256 bits)' },
      () => {},
    );
    expect(cpu.pipelines).toBe(tuned.pipelines);
    expect(cpu.stages).toBe(tuned.stages);
  });

  it('`ranetc build --tuning` with a bad file exits 2 naming it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ranetc-tune-'));
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: TUNING_FORMAT, tunings: [] }));
    const r = await cli('build', 'specs/tiny-cifar.yaml', '-o', path.join(dir, 'out'), '--tuning', bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${bad}: field "tunings"`);
  });
});

describe('on the device', () => {
  let nd: NodeDevice;
  beforeAll(async () => {
    nd = await createNodeDevice({ timestamps: true });
  });
  afterAll(() => nd?.destroy());

  /**
   * Runs `plan` on the fixture's inputs (the first `n`, default all 3) and checks every exit's
   * logits against the fixture; resolves to the plan as it ran and the pipelines each dispatch
   * ran (a profiled call).
   */
  async function exitsMatch(
    plan: WgslPlan,
    notice: (m: string) => void,
    n = 3,
  ): Promise<WgslPlan & { ran: number[] }> {
    const model = await createWebGpuModel(
      nd.device,
      plan,
      readFileSync(fixture('tiny-cifar', 'model.safetensors')),
      { notice },
    );
    const io = loadWeights(fixture('tiny-cifar', 'io.safetensors'));
    const input = io.get('input')!.data as Float32Array;
    const x = input.subarray(0, (n * input.length) / 3);
    const outs = await model.allExits(x);
    outs.forEach((out, e) => {
      const expected = io.get(`exit${e}`)!.data as Float32Array;
      expect(compare(expected.subarray(0, n * spec.classes), out).rel, `exit ${e}`).toBeLessThanOrEqual(
        DEVICE_REL,
      );
    });
    const ran = (await model.profile(x)).chunks[0].map((t) => t.pipeline!);
    model.destroy();
    return { ...(model.plan as WgslPlan), ran };
  }

  it('a model tuned for two batch regimes runs the batch-1 kernels at n = 1, the others at n = 4', async () => {
    const base = compile(spec, { target: 'wgsl' }).plan;
    const file: TuningFile = { format: TUNING_FORMAT, tunings: [twoRegimes(nd.adapter)] };
    const plan = withTunings(spec, base, {}, file, 't.json', () => {});
    const [one, four] = plan.tunings![0].regimes.map((r) =>
      r.stages.flatMap((s) => s.dispatches.map((d) => d.pipeline)),
    );
    expect(one).not.toEqual(four);
    const seen: string[] = [];
    // 3 inputs: the batch-4 regime (3 * 3 >= 1 * 4); 1 input: the batch-1 regime.
    expect((await exitsMatch(plan, (m) => seen.push(m), 3)).ran).toEqual(four);
    expect((await exitsMatch(plan, (m) => seen.push(m), 1)).ran).toEqual(one);
    expect(seen).toEqual([]);
  });

  it('a tuning that chose stage kernels for batch 1 runs them there (one dispatch per stage), not at batch 4', async () => {
    const base = compile(spec, { target: 'wgsl' }).plan;
    const all = base.stages.flatMap((st) => st.dispatches).length;
    const { vendor, architecture, description } = nd.adapter;
    const tuning = {
      ...twoRegimes({ vendor, architecture, description }),
      stageKernels: [stageChoice(1, 'stage'), stageChoice(4, 'dispatches')],
    };
    const text = JSON.stringify({ format: TUNING_FORMAT, tunings: [tuning] });
    const plan = withTunings(spec, base, {}, parseTuningFile(text, 't.json'), 't.json', () => {});
    const [one, four] = plan.tunings![0].regimes;
    expect(one.stages.map((st) => st.dispatches.map((d) => d.label))).toEqual(
      base.stages.map((_, i) => [`stage ${i}`]),
    );
    expect(four.stages.flatMap((st) => st.dispatches)).toHaveLength(all);
    const seen: string[] = [];
    const small = await exitsMatch(plan, (m) => seen.push(m), 1);
    expect(small.ran).toHaveLength(base.stages.length);
    expect(small.ran.map((p) => small.pipelines[p].label)).toEqual(base.stages.map(() => 'stage'));
    const large = await exitsMatch(plan, (m) => seen.push(m), 3);
    expect(large.ran).toHaveLength(all);
    expect(large.ran.every((p) => large.pipelines[p].label !== 'stage')).toBe(true);
    // Stage kernels for the largest regime only: the smaller one still has its args slots and
    // weights bindings (the executor sizes them over every regime).
    const top = withTunings(
      spec,
      base,
      {},
      parseTuningFile(
        JSON.stringify({
          format: TUNING_FORMAT,
          tunings: [{ ...tuning, stageKernels: [stageChoice(1, 'dispatches'), stageChoice(4, 'stage')] }],
        }),
        't.json',
      ),
      't.json',
      () => {},
    );
    expect((await exitsMatch(top, (m) => seen.push(m), 1)).ran).toHaveLength(all);
    expect((await exitsMatch(top, (m) => seen.push(m), 3)).ran).toHaveLength(base.stages.length);
    // The same tuning without the choice (a format 1 file) runs the dispatch per kernel at n = 1.
    const v1 = JSON.stringify({
      format: 'ranetc-tuning/1',
      tunings: [twoRegimes({ vendor, architecture, description })],
    });
    const old = withTunings(spec, base, {}, parseTuningFile(v1, 'v1.json'), 'v1.json', () => {});
    expect((await exitsMatch(old, (m) => seen.push(m), 1)).ran).toHaveLength(all);
    expect(seen).toEqual([]);
  });

  it('a model tuned for this adapter and another runs the tuning of this one', async () => {
    const base = compile(spec, { target: 'wgsl' }).plan;
    const file: TuningFile = {
      format: TUNING_FORMAT,
      tunings: [lastOfFamily(OTHER), lastOfFamily(nd.adapter)],
    };
    file.tunings[1].layers.forEach((l, i) => {
      const family = kernelFamily(tunables().get(l.shape)!);
      (l as { variant: unknown }).variant = family[i % family.length];
    });
    const plan = withTunings(spec, base, {}, file, 't.json', () => {});
    const seen: string[] = [];
    const used = await exitsMatch(plan, (m) => seen.push(m));
    expect(seen).toEqual([]);
    expect(used.pipelines).toEqual(plan.tunings![1].pipelines);
  });

  it('a tuning file from another adapter is ignored with a notice, not misapplied', async () => {
    const base = compile(spec, { target: 'wgsl' }).plan;
    const plan = withTunings(
      spec,
      base,
      {},
      { format: TUNING_FORMAT, tunings: [lastOfFamily(OTHER)] },
      't.json',
      () => {},
    );
    const seen: string[] = [];
    const used = await exitsMatch(plan, (m) => seen.push(m));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain(`no kernel tuning for this adapter (${nd.adapter.vendor} / `);
    expect(used.pipelines).toEqual(base.pipelines);
  });

  it('a tuning that needs subgroups runs on this adapter with them, and falls back without them', async () => {
    const base = compile(spec, { target: 'wgsl' }).plan;
    const plan = withTunings(
      spec,
      base,
      {},
      { format: TUNING_FORMAT, tunings: [newFamilies(nd.adapter)] },
      't.json',
      () => {},
    );
    const seen: string[] = [];
    expect((await exitsMatch(plan, (m) => seen.push(m))).pipelines).toEqual(plan.tunings![0].pipelines);
    expect(seen).toEqual([]);
    const plain = await createNodeDevice({ subgroups: 'off' });
    try {
      expect(plain.device.features.has('subgroups')).toBe(false);
      const model = await createWebGpuModel(
        plain.device,
        plan,
        readFileSync(fixture('tiny-cifar', 'model.safetensors')),
        { notice: (m) => seen.push(m) },
      );
      expect((model.plan as WgslPlan).pipelines).toEqual(base.pipelines);
      const io = loadWeights(fixture('tiny-cifar', 'io.safetensors'));
      const outs = await model.allExits(io.get('input')!.data as Float32Array);
      expect(compare(io.get('exit0')!.data as Float32Array, outs[0]).rel).toBeLessThanOrEqual(DEVICE_REL);
      model.destroy();
    } finally {
      plain.destroy();
    }
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain("needs the device feature 'subgroups', which this device lacks");
  });

  it('tune times the default first and its neighbours, and picks a member of each family', async () => {
    const tensors = new Map<string, Float32Array>();
    for (const [k, t] of loadWeights(fixture('tiny-cifar', 'model.safetensors')))
      if (t.dtype === 'f32') tensors.set(k, t.data);
    const steps: number[] = [];
    const { tuning, rounds, searched } = await tuneSpec(spec, tensors, nd.device, nd.adapter, {
      budget: 2,
      reps: 1,
      confirmCalls: 1,
      progress: (done) => steps.push(done),
    });
    expect(rounds).toBe(2);
    // 2 rounds by 2 batches, then a confirmation and a race against stage kernels per batch.
    expect(steps).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(tuning.stageKernels?.map((c) => c.batch)).toEqual([1, 4]);
    const changed = [...new Set(searched.filter((l) => l.ms < l.defaultMs).map((l) => l.batch))];
    expect(tuning.confirmed?.map((c) => c.batch) ?? []).toEqual(changed);
    expect(tuning.adapter.description).toBe(nd.adapter.description);
    expect(tuning.batches).toEqual([1, 4]);
    const all = tunables();
    expect([...all.values()].some((k) => k.kind === 'linear')).toBe(true);
    expect(tuning.layers).toHaveLength(2 * all.size);
    for (const l of tuning.layers) {
      const k = all.get(l.shape)!;
      expect(
        candidates(k, 2, ['subgroups']).some((v) => sameVariant(v, l.variant)),
        l.shape,
      ).toBe(true);
      expect(sameVariant(candidates(k, 2)[0], defaultVariant(k))).toBe(true);
      expect(l.ms).toBeLessThanOrEqual(l.defaultMs);
      expect(l.ms).toBeGreaterThan(0);
    }
  });

  it('tune confirms each regime on synthetic times: interleaved until the interval excludes 1, at most 64 calls', async () => {
    const weights = readFileSync(fixture('tiny-cifar', 'model.safetensors'));
    const timed: [Build, number][] = [];
    let call = 0;
    const result = await tuneSpec(spec, weights, nd.device, nd.adapter, {
      budget: 2,
      reps: 1,
      features: [],
      stageKernels: false,
      // The search: every shape's second candidate twice as fast, at both batches.
      searchTime: (_, __, round) => (round === 0 ? 2 : 1),
      // The whole network: the chosen set 5% slower at batch 1, within the noise of the default at
      // batch 4 (its first 3 calls 0.94x the default's by their medians). The calls themselves are
      // not run: only the decision is tested here.
      time: async (_, build, batch) => {
        timed.push([build, batch]);
        if (build === 'default') return 10;
        return batch === 1 ? 10.5 : 10 * NOISE[call++ % NOISE.length];
      },
    });
    for (const b of [1, 4])
      expect(result.searched.some((l) => l.batch === b && l.ms < l.defaultMs)).toBe(true);
    const [one, four] = result.tuning.confirmed!;
    // Batch 1: slower on every call, so the interval ([1.05, 1.05]) ends it at the minimum.
    expect(one).toEqual({
      batch: 1,
      defaultMs: 10,
      tunedMs: 10.5,
      calls: CONFIRM_MIN_CALLS,
      ratioInterval: [1.05, 1.05],
      kept: 'default',
    });
    // Batch 4: within the noise, so the calls run to the limit and the default stays.
    expect(four.batch).toBe(4);
    expect(four.calls).toBe(CONFIRM_MAX_CALLS);
    expect(four.ratioInterval![0]).toBeLessThan(1);
    expect(four.ratioInterval![1]).toBeGreaterThan(1);
    expect(four.kept).toBe('default');
    // Interleaved after a warm-up of each, the first build alternating.
    const rounds = (batch: number, n: number): [Build, number][] =>
      Array.from({ length: n }, (_, r) =>
        (r % 2 === 0 ? ['default', 'tuned'] : ['tuned', 'default']).map((b): [Build, number] => [
          b as Build,
          batch,
        ]),
      ).flat();
    expect(timed).toEqual([...rounds(1, CONFIRM_MIN_CALLS), ...rounds(4, CONFIRM_MAX_CALLS)]);
    for (const l of result.tuning.layers)
      expect(sameVariant(l.variant, defaultVariant(tunables().get(l.shape)!)), l.shape).toBe(true);
    expect(result.tuning.features).toBeUndefined();
  });

  it('tune races each regime against stage kernels and chooses them where faster beyond the noise', async () => {
    const weights = readFileSync(fixture('tiny-cifar', 'model.safetensors'));
    const timed: [Build, number][] = [];
    const steps: number[] = [];
    const result = await tuneSpec(spec, weights, nd.device, nd.adapter, {
      budget: 1,
      reps: 1,
      features: [],
      progress: (done) => steps.push(done),
      // Stage kernels half the time at batch 1, twice at batch 4 (only the decision is tested).
      time: async (_, build, batch) => {
        timed.push([build, batch]);
        return build === 'stage' ? (batch === 1 ? 5 : 20) : 10;
      },
    });
    // 1 round by 2 batches, then per batch its confirmation (nothing to confirm) and its race.
    expect(steps).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.tuning.confirmed).toBeUndefined();
    expect(result.tuning.stageKernels).toEqual([
      {
        batch: 1,
        dispatchesMs: 10,
        stageMs: 5,
        calls: CONFIRM_MIN_CALLS,
        ratioInterval: [0.5, 0.5],
        kept: 'stage',
      },
      {
        batch: 4,
        dispatchesMs: 10,
        stageMs: 20,
        calls: CONFIRM_MIN_CALLS,
        ratioInterval: [2, 2],
        kept: 'dispatches',
      },
    ]);
    const rounds = (batch: number): [Build, number][] =>
      Array.from({ length: CONFIRM_MIN_CALLS }, (_, r) =>
        (r % 2 === 0 ? ['dispatches', 'stage'] : ['stage', 'dispatches']).map((b): [Build, number] => [
          b as Build,
          batch,
        ]),
      ).flat();
    expect(timed).toEqual([...rounds(1), ...rounds(4)]);
    // Written and read back, the file builds a plan whose batch-1 regime is stage kernels.
    const file = parseTuningFile(JSON.stringify(mergeTuning(undefined, result.tuning)), 't.json');
    expect(file.format).toBe(TUNING_FORMAT);
    const plan = withTunings(spec, compile(spec, { target: 'wgsl' }).plan, {}, file, 't.json', () => {});
    expect(plan.tunings![0].regimes.map((r) => r.stages.every((st) => st.dispatches.length === 1))).toEqual([
      true,
      false,
    ]);
  });

  it('tune keeps the tuned kernels of a regime faster beyond the noise', async () => {
    const weights = readFileSync(fixture('tiny-cifar', 'model.safetensors'));
    const u = mulberry32(5);
    const result = await tuneSpec(spec, weights, nd.device, nd.adapter, {
      budget: 2,
      reps: 1,
      features: [],
      stageKernels: false,
      searchTime: (_, __, round, batch) => (round === 0 || batch === 1 ? 2 : 1),
      time: async (call, build) => {
        await call();
        return build === 'default' ? 10 : 10 * (0.9 + 0.04 * (u() - 0.5));
      },
    });
    // Batch 1: the search kept every default, so nothing to confirm; batch 4 kept the chosen set.
    expect(result.tuning.confirmed?.map((c) => [c.batch, c.kept, c.calls])).toEqual([
      [4, 'tuned', CONFIRM_MIN_CALLS],
    ]);
    const chosen = result.tuning.layers.filter((l) => l.batch === 4 && l.ms < l.defaultMs);
    expect(chosen.length).toBeGreaterThan(0);
  });
});

describe('the commands', () => {
  it('`ranetc tune` writes a tuning file with a progress bar, and `build --tuning` carries it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ranetc-tune-'));
    const file = path.join(dir, 'tuning.json');
    const weights = fixture('tiny-cifar', 'model.safetensors');
    const r = await cli(
      'tune',
      'specs/tiny-cifar.yaml',
      '--weights',
      weights,
      '--budget',
      '1',
      '--reps',
      '1',
      '-o',
      file,
    );
    expect(r.code, r.err).toBe(0);
    // 1 round at batches 1 and 64, then per batch a confirmation (nothing to confirm at budget 1)
    // and a race against stage kernels.
    expect(r.err).toMatch(/tune tiny-cifar \[#+\] 6\/6/);
    expect(r.out).toMatch(/batch 64: [^]*stage kernels, whole network \(medians of \d+ interleaved calls\)/);
    expect(r.out).toMatch(/tiny-cifar tuned on .* in [\d.]+ s \(1 rounds/);
    expect(r.out).toMatch(/batch 64: \d+ layer shapes, 0 changed/);
    expect(r.out).toContain('confirmation: nothing to confirm, every layer keeps its default');
    const b = await cli('build', 'specs/tiny-cifar.yaml', '-o', path.join(dir, 'out'), '--tuning', file);
    expect(b.code, b.err).toBe(0);
    expect(b.out).toContain('kernels tuned for ');
    expect(readFileSync(path.join(dir, 'out', 'plan.json'), 'utf8')).toContain('"tunings"');
    // The WebGPU build of a package with the wasm fallback carries it too; a wasm-only build refuses it.
    const both = path.join(dir, 'both');
    const f = await cli(
      'build',
      'specs/tiny-cifar.yaml',
      '-o',
      both,
      '--target',
      'wgsl,wasm',
      '--tuning',
      file,
    );
    expect(f.code, f.err).toBe(0);
    expect(f.out).toContain('kernels tuned for ');
    expect(readFileSync(path.join(both, 'plan.json'), 'utf8')).toContain('"tunings"');
    const w = await cli(
      'build',
      'specs/tiny-cifar.yaml',
      '-o',
      path.join(dir, 'w'),
      '--target',
      'wasm',
      '--tuning',
      file,
    );
    expect(w.code).toBe(2);
    expect(w.err).toContain('--tuning: tunings choose WGSL kernels; specs/tiny-cifar.yaml builds for wasm');
  });

  it('`ranetc tune` refuses a bad budget', async () => {
    const r = await cli('tune', 'specs/tiny-cifar.yaml', '--budget', '0');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--budget: expected a positive integer, found 0');
  });
});
