import { expandRanet } from '../../frontend/ranet.ts';
import { exitCosts } from '../../ir/cost.ts';
import type { Graph } from '../../ir/types.ts';
import { lowerGraph } from '../../kernels/lower.ts';
import type { MemoryPlan } from '../../kernels/memory.ts';
import { planMemory } from '../../kernels/memory.ts';
import type { KernelProgram } from '../../kernels/types.ts';
import type { Pass, RunOptions } from '../../passes/pipeline.ts';
import { OPTIMIZE, runPasses } from '../../passes/pipeline.ts';
import type { WgslPlan } from '../../runtime/plan.ts';
import type { Spec } from '../../spec/types.ts';
import { emitWgsl } from './emit.ts';
import type { KernelOptions } from './kernels.ts';

export interface Compiled {
  readonly graph: Graph;
  readonly optimized: Graph;
  readonly program: KernelProgram;
  readonly memory: MemoryPlan;
  readonly plan: WgslPlan;
}

/** spec -> graph -> passes -> kernel IR -> memory plan -> WGSL plan. */
export function compileWgsl(
  spec: Spec,
  options: RunOptions & {
    passes?: readonly Pass[];
    fuseHeads?: boolean;
    maxBatch?: number;
    kernels?: KernelOptions;
    precision?: 'f32' | 'f16';
    counters?: boolean;
  } = {},
): Compiled {
  const graph = expandRanet(spec);
  const optimized = runPasses(graph, options.passes ?? OPTIMIZE, options);
  const program = lowerGraph(optimized, spec.classes, { fuseHeads: options.fuseHeads ?? true });
  const memory = planMemory(program);
  const plan = emitWgsl({
    graph: optimized,
    program,
    memory,
    maxBatch: options.maxBatch ?? spec.target.maxBatch,
    ...(options.kernels === undefined ? {} : { kernels: options.kernels }),
    precision: options.precision ?? spec.target.precision,
    counters: options.counters ?? false,
    exitFlops: exitCosts(graph).map((c) => c.flops),
    ...(spec.input.normalize === undefined ? {} : { normalize: spec.input.normalize }),
  });
  return { graph, optimized, program, memory, plan };
}
