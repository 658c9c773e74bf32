// Per-kernel FLOPs (what executed-work counters multiply by the samples each kernel processed)
// against the public accounting: a stage's kernels sum to the stage's share of exitCosts.

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandRanet } from '../../src/frontend/ranet.ts';
import { exitCosts } from '../../src/ir/cost.ts';
import { kernelFlops } from '../../src/kernels/flops.ts';
import { lowerGraph } from '../../src/kernels/lower.ts';
import { OPTIMIZE, runPasses, UNFUSED } from '../../src/passes/pipeline.ts';
import { loadSpec } from '../../src/spec/parse.ts';
import { repoRoot } from '../helpers/fixtures.ts';

const specs = readdirSync(`${repoRoot}/specs`).filter((f) => f.endsWith('.yaml'));

describe.each(specs)('kernel FLOPs of %s', (file) => {
  const { spec } = loadSpec(`${repoRoot}/specs/${file}`);
  const graph = expandRanet(spec);
  const cumulative = exitCosts(graph).map((c) => c.flops);
  const stageShare = cumulative.map((f, s) => f - (s === 0 ? 0 : cumulative[s - 1]));

  it.each([
    ['optimized, heads fused', OPTIMIZE],
    ['unfused', UNFUSED],
  ] as const)('sum per stage to the public accounting (%s)', (_, passes) => {
    const optimized = runPasses(graph, passes);
    const program = lowerGraph(optimized, spec.classes);
    const flops = kernelFlops(optimized, program);
    expect(flops.map((stage) => stage.reduce((a, b) => a + b, 0))).toEqual(stageShare);
    // Only kernels that compute are charged.
    program.stages.forEach((stage, s) =>
      stage.kernels.forEach((k, i) => {
        if (k.kind === 'exit' || k.kind === 'gather' || k.kind === 'copy') expect(flops[s][i]).toBe(0);
      }),
    );
  });
});
