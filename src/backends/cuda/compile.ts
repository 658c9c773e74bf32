import { expandRanet } from '../../frontend/ranet.ts';
import { exitCosts } from '../../ir/cost.ts';
import type { Graph } from '../../ir/types.ts';
import { lowerGraph } from '../../kernels/lower.ts';
import type { MemoryPlan } from '../../kernels/memory.ts';
import { planMemory } from '../../kernels/memory.ts';
import type { KernelProgram } from '../../kernels/types.ts';
import type { Pass, RunOptions } from '../../passes/pipeline.ts';
import { OPTIMIZE, runPasses } from '../../passes/pipeline.ts';
import type { CudaPlan } from '../../runtime/cuda-plan.ts';
import type { Spec } from '../../spec/types.ts';
import { emitCuda } from './emit.ts';
import { checkCudaLimits } from './limits.ts';

export interface CompiledCuda {
  readonly graph: Graph;
  readonly optimized: Graph;
  readonly program: KernelProgram;
  readonly memory: MemoryPlan;
  readonly plan: CudaPlan;
  /** The model's `.cu`. */
  readonly source: string;
}

/** spec -> graph -> passes -> kernel IR -> memory plan -> CUDA source and plan (the same IR as WGSL). */
export function compileCuda(
  spec: Spec,
  options: RunOptions & { passes?: readonly Pass[]; fuseHeads?: boolean; maxBatch?: number } = {},
): CompiledCuda {
  if (spec.target.precision !== 'f32')
    throw new Error(
      `${spec.name}: the CUDA backend stores f32 only; set target.precision: f32 (f16 is WebGPU-only so far)`,
    );
  const graph = expandRanet(spec);
  const optimized = runPasses(graph, options.passes ?? OPTIMIZE, options);
  const program = lowerGraph(optimized, spec.classes, { fuseHeads: options.fuseHeads ?? true });
  const memory = planMemory(program);
  const maxBatch = options.maxBatch ?? spec.target.maxBatch;
  checkCudaLimits(memory, maxBatch);
  const { plan, source } = emitCuda({
    graph: optimized,
    program,
    memory,
    maxBatch,
    exitFlops: exitCosts(graph).map((c) => c.flops),
    ...(spec.input.normalize === undefined ? {} : { normalize: spec.input.normalize }),
  });
  return { graph, optimized, program, memory, plan, source };
}
