import type { Rendered, RenderOptions, TargetName } from './backends/targets.ts';
import { TARGETS, WEIGHTS_BINDING_BYTES } from './backends/targets.ts';
import { expandRanet } from './frontend/ranet.ts';
import { exitCosts } from './ir/cost.ts';
import type { Graph } from './ir/types.ts';
import { lowerGraph } from './kernels/lower.ts';
import type { KernelProgram } from './kernels/types.ts';
import type { Pass, RunOptions } from './passes/pipeline.ts';
import { OPTIMIZE, runPasses } from './passes/pipeline.ts';
import type { MemoryPlan } from './schedule/memory.ts';
import { planMemory } from './schedule/memory.ts';
import { schedule } from './schedule/schedule.ts';
import type { Schedule } from './schedule/types.ts';
import type { Spec } from './spec/types.ts';

export interface CompileOptions<T extends TargetName> extends RunOptions, Partial<RenderOptions> {
  readonly target: T;
  /** The graph passes, in order (default `OPTIMIZE`). */
  readonly passes?: readonly Pass[];
  /** Fuse each exit head's average pool, flatten and linear into one kernel (default true). */
  readonly fuseHeads?: boolean;
  /** Default: the spec's `target.maxBatch`; so is `precision` the spec's. */
  readonly maxBatch?: number;
  /** Weight elements one kernel may address through one binding (default: the target's limit). */
  readonly weightsWindow?: number;
}

/** Every stage's result, so that tests and tools can look at any of them. */
export type Compiled<T extends TargetName = TargetName> = {
  readonly graph: Graph;
  readonly optimized: Graph;
  readonly program: KernelProgram;
  readonly memory: MemoryPlan;
  readonly schedule: Schedule;
} & Rendered[T];

/** spec -> graph -> passes -> kernel IR -> memory plan -> schedule -> the target's code and plan. */
export function compile<T extends TargetName>(spec: Spec, options: CompileOptions<T>): Compiled<T> {
  const graph = expandRanet(spec);
  const optimized = runPasses(graph, options.passes ?? OPTIMIZE, options);
  const program = lowerGraph(optimized, spec.classes, { fuseHeads: options.fuseHeads ?? true });
  const memory = planMemory(program);
  const precision = options.precision ?? spec.target.precision;
  const scheduled = schedule({
    graph: optimized,
    program,
    memory,
    maxBatch: options.maxBatch ?? spec.target.maxBatch,
    exitFlops: exitCosts(graph).map((c) => c.flops),
    ...(spec.input.normalize === undefined ? {} : { normalize: spec.input.normalize }),
    weightsWindow:
      options.weightsWindow ?? WEIGHTS_BINDING_BYTES[options.target] / (precision === 'f16' ? 2 : 4),
  });
  const rendered = TARGETS[options.target](scheduled, {
    precision,
    ...(options.kernels === undefined ? {} : { kernels: options.kernels }),
    ...(options.tensorTile === undefined ? {} : { tensorTile: options.tensorTile }),
    counters: options.counters ?? false,
  });
  return { graph, optimized, program, memory, schedule: scheduled, ...rendered };
}
