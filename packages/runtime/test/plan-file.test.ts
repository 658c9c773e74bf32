import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.ts';
import { loadSpec } from '../../../src/spec/parse.ts';
import { repoRoot } from '../../../test/helpers/fixtures.ts';
import { weightsHash } from '../src/packed.ts';
import { PLAN_FORMAT, planFile, readPlanFile } from '../src/plan-file.ts';

const spec = loadSpec(`${repoRoot}/specs/tiny-cifar.yaml`).spec;
const wgsl = compile(spec, { target: 'wgsl' }).plan;
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
