import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.ts';
import { loadSpec } from '../../../src/spec/parse.ts';
import { repoRoot } from '../../../test/helpers/fixtures.ts';
import { weightsHash } from '../src/packed.ts';
import { PLAN_FORMAT, planFile, readPlanFile } from '../src/plan-file.ts';
import type { WgslPlan } from '../src/plan.ts';

const spec = loadSpec(`${repoRoot}/specs/tiny-cifar.yaml`).spec;
// The GPU default's implicit-GEMM set without stage kernels, whose regime is stored whole.
const wgsl = compile(spec, { target: 'wgsl', kernels: { stageKernels: 'never' } }).plan;
const withStage = compile(spec, { target: 'wgsl' }).plan;
const wasm = compile(spec, { target: 'wasm' }).plan;
/** Through JSON, as a package stores it. */
const stored = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('plan.json', () => {
  it('gives back the plan, and a fallback plan whose shared fields are stored once', () => {
    const file = stored(planFile(wgsl, wasm)) as { fallback: { shared: string[]; own: object } };
    expect(file.fallback.shared).toContain('weights');
    expect(file.fallback.own).not.toHaveProperty('weights');
    const read = readPlanFile(file, 'tiny/plan.json');
    // Exactly, key order included: the weights' hash is taken over the JSON.
    expect(JSON.stringify(read.plan)).toBe(JSON.stringify(wgsl));
    expect(read.fallback).toEqual(stored(wasm));
    expect(weightsHash(read.fallback!)).toBe(weightsHash(wasm));
    expect(readPlanFile(stored(planFile(wgsl)), 'tiny/plan.json')).toEqual({ plan: stored(wgsl) });
  });

  it('stores the weights layout compactly: each public name once', () => {
    const plain = JSON.stringify(wgsl.weights).length;
    const compact = JSON.stringify(planFile(wgsl).plan.weights).length;
    expect(compact).toBeLessThan(plain / 3);
    // A tensor whose names do not follow the module pattern is stored as it is, and read back.
    const odd = {
      ...wgsl,
      weights: {
        ...wgsl.weights,
        tensors: wgsl.weights.tensors.map((t, i) =>
          i === 0 && 'bn' in t.source
            ? { ...t, source: { ...t.source, bn: { ...t.source.bn, mean: 'odd' } } }
            : t,
        ),
      },
    };
    const read = readPlanFile(stored(planFile(odd)), 'odd/plan.json').plan;
    expect(JSON.stringify(read)).toBe(JSON.stringify(odd));
  });

  it("stores a kernel set once: the plan's pipelines and dispatches by reference, read back exactly", () => {
    const gpu = wgsl.gpu!;
    const adapter = { vendor: 'v', architecture: 'a', description: 'd' };
    const tuned: WgslPlan = { ...wgsl, tunings: [{ adapter, ...gpu }] };
    const file = stored(planFile(tuned)) as { plan: { gpu: { pipelines: unknown[]; regimes: object[] } } };
    const stores = file.plan.gpu;
    // Every default pipeline the set runs is an index; only its own (implicit GEMM) are code.
    const own = stores.pipelines.filter((p) => typeof p !== 'number');
    expect(own.length).toBe(gpu.pipelines.length - wgsl.pipelines.length);
    expect(own.length).toBeGreaterThan(0);
    for (const r of stores.regimes) expect(r).not.toHaveProperty('stages');
    // Besides its own pipelines, a fraction of what the copies of the plan's would take.
    const rest = (set: object) => JSON.stringify(set).length - JSON.stringify(own).length;
    expect(rest(stores)).toBeLessThan(rest(gpu) / 10);
    const read = readPlanFile<WgslPlan>(file, 'tiny/plan.json').plan;
    expect(JSON.stringify(read)).toBe(JSON.stringify(tuned));
    // The default build's set adds a stage-kernel regime (parameters of its own): read back exactly.
    expect(withStage.gpu!.regimes[0].stages[0].dispatches[0].label).toBe('stage 0');
    const staged = readPlanFile<WgslPlan>(stored(planFile(withStage)), 'tiny/plan.json').plan;
    expect(JSON.stringify(staged)).toBe(JSON.stringify(withStage));
    // The GPU default's split-K sums are derived from their convolutions, with their own label.
    const derived = (stores.regimes as { derived: { dispatches: unknown[][] }[] }[]).flatMap((r) =>
      r.derived.flatMap((st) => st.dispatches),
    );
    expect(derived.some((d) => typeof d[4] === 'string' && d[4].endsWith('(sum of K splits)'))).toBe(true);
    // A regime with a dispatch whose parameters are none of the plan's is kept whole.
    const relabeled = {
      ...gpu,
      regimes: gpu.regimes.map((r, i) =>
        i === 0
          ? {
              ...r,
              stages: r.stages.map((st, s) =>
                s > 0
                  ? st
                  : {
                      ...st,
                      dispatches: st.dispatches.map((d, j) =>
                        j > 0 ? d : { ...d, params: [...d.params, 7] },
                      ),
                    },
              ),
            }
          : r,
      ),
    };
    const odd: WgslPlan = { ...wgsl, gpu: relabeled };
    const oddFile = stored(planFile(odd)) as { plan: { gpu: { regimes: object[] } } };
    expect(oddFile.plan.gpu.regimes[0]).toHaveProperty('stages');
    expect(JSON.stringify(readPlanFile(oddFile, 'odd/plan.json').plan)).toBe(JSON.stringify(odd));
    // A reference past the plan's pipelines is an error naming the file.
    const dangling = stored(planFile(wgsl)) as { plan: { gpu: { pipelines: unknown[] } } };
    dangling.plan.gpu.pipelines[0] = wgsl.pipelines.length;
    expect(() => readPlanFile(dangling, 'bad/plan.json')).toThrow(
      `bad/plan.json: a kernel set refers to pipeline ${wgsl.pipelines.length}, which the plan lacks`,
    );
  });

  it('is refused, naming the file and what to do, when written in another plan format', () => {
    const newer = { ...planFile(wgsl), planFormat: PLAN_FORMAT + 1 };
    expect(() => readPlanFile(newer, 'tiny/plan.json')).toThrow(
      `tiny/plan.json: plan format ${PLAN_FORMAT + 1}, this runtime reads ${PLAN_FORMAT}; upgrade @ranetc/runtime`,
    );
    const older = { ...planFile(wgsl), planFormat: 0 };
    expect(() => readPlanFile(older, 'tiny/plan.json')).toThrow(
      /plan format 0, this runtime reads \d+; rebuild/,
    );
    expect(() => readPlanFile(wgsl, 'tiny/plan.json')).toThrow('tiny/plan.json: not a ranetc plan file');
  });
});
