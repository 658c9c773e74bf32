/**
 * `build --tuning`: the plan with, for each adapter of a tuning file, the kernels specialized
 * to its measured choices, one regime per tuned batch (pipelines shared between regimes stored,
 * and compiled, once). The runtime picks the tuning of the adapter it runs on, and the default
 * kernels elsewhere (`planForAdapter`); per chunk, the regime nearest its batch (`regimeFor`).
 * A regime for which the tuning chose stage kernels runs them (one dispatch per stage) instead
 * of its layers' variants.
 */
import type { CompileOptions } from '../compile.ts';
import { compile } from '../compile.ts';
import type { KernelVariant, TunableKernel } from '../backends/wgsl/variants.ts';
import { featuresOf, kernelFamily, shapeKey, validVariant } from '../backends/wgsl/variants.ts';
import type { BatchRegime, PipelineSource, StageDispatches, WgslPlan, WgslTuning } from '@ranetc/runtime';
import { sharedPipelines } from '../backends/wgsl/render.ts';
import type { Spec } from '../spec/types.ts';
import type { TuningFile } from './file.ts';
import { stageChosen, TuningFileError, variantsOf } from './file.ts';

/**
 * `plan` (compiled from `spec` with `options`) carrying one tuning per adapter of `tunings`
 * (from file `file`). A tuning of another precision is skipped with a notice; a variant that
 * is not a member of its kernel's family (on a device with the features the tuning records) is
 * an error naming the file, the entry and the kernel. Each carries the features its kernels need.
 */
export function withTunings(
  spec: Spec,
  plan: WgslPlan,
  options: Omit<CompileOptions<'wgsl'>, 'target'>,
  tunings: TuningFile,
  file: string,
  notice: (message: string) => void,
): WgslPlan {
  const shapes = new Map<string, TunableKernel>();
  const { schedule } = compile(spec, { ...options, target: 'wgsl' });
  for (const stage of schedule.stages)
    for (const l of stage.launches)
      if (l.kernel.kind === 'conv' || l.kernel.kind === 'linear') shapes.set(shapeKey(l.kernel), l.kernel);
  /** The tuning's variants for `batch`, each checked to be a member of its kernel's family. */
  const checked = (t: TuningFile['tunings'][number], batch: number, where: string) => {
    const features = t.features ?? [];
    const convVariants = Object.fromEntries(
      Object.entries(variantsOf(t, batch)).filter(([key]) => shapes.has(key)),
    );
    for (const [key, v] of Object.entries(convVariants))
      if (!validVariant(shapes.get(key)!, v, features))
        throw new TuningFileError(
          `${where}: layer "${key}" (batch ${batch}): ${JSON.stringify(v)} is not a variant of this layer (expected one of ${kernelFamily(shapes.get(key)!, features).length} in its family${features.length === 0 ? '' : ` with ${features.join(', ')}`}; tune again)`,
        );
    const used = Object.keys(convVariants).length;
    if (used < shapes.size)
      notice(
        `${where}: batch ${batch}: ${shapes.size - used} of ${shapes.size} layer shapes not tuned; they keep the default`,
      );
    return convVariants;
  };
  const out: WgslTuning[] = [];
  tunings.tunings.forEach((t, i) => {
    const where = `${file}: tunings[${i}] (${t.adapter.description})`;
    if (t.precision !== plan.precision) {
      notice(`${where}: measured with ${t.precision} storage, this build stores ${plan.precision}; ignored`);
      return;
    }
    const features = t.features ?? [];
    const pipelines: PipelineSource[] = [];
    const index = new Map<string, number>();
    const chosen: KernelVariant[] = [];
    const regimes: BatchRegime[] = [...t.batches]
      .sort((a, b) => a - b)
      .map((batch) => {
        if (stageChosen(t, batch)) {
          let staged: WgslPlan;
          try {
            staged = compile(spec, {
              ...options,
              target: 'wgsl',
              kernels: { ...options.kernels, stageKernels: 'always' },
            }).plan;
          } catch (e) {
            throw new TuningFileError(
              `${where}: batch ${batch} chose stage kernels, which this build cannot run (${(e as Error).message}); tune again`,
            );
          }
          return { batch, stages: sharedPipelines(pipelines, index, staged) };
        }
        const convVariants = checked(t, batch, where);
        chosen.push(...Object.values(convVariants));
        const tuned = compile(spec, {
          ...options,
          target: 'wgsl',
          kernels: { ...options.kernels, convVariants, features },
        }).plan;
        const stages = sharedPipelines(pipelines, index, tuned);
        sameDispatches(plan.stages, stages, `${where}: batch ${batch}`);
        return { batch, stages };
      });
    const needed = featuresOf(chosen);
    out.push({
      adapter: t.adapter,
      ...(needed.length === 0 ? {} : { features: needed }),
      pipelines,
      regimes,
    });
  });
  return out.length === 0 ? plan : { ...plan, tunings: out };
}

/**
 * A regime's dispatches must be the build's but for their pipelines and workgroup counts: the
 * executor shares the parameter blocks, weights windows and args slots between regimes.
 */
function sameDispatches(
  built: readonly StageDispatches[],
  tuned: readonly StageDispatches[],
  where: string,
): void {
  const shape = (stages: readonly StageDispatches[]): string =>
    JSON.stringify(
      stages.map((s) => [
        s.exit,
        s.argsBase,
        s.argsX.length,
        s.dispatches.map((d) => [
          d.label,
          d.params,
          d.weights,
          d.grid.kind === 'perSample' && d.grid.argsSlot,
        ]),
      ]),
    );
  if (shape(built) !== shape(tuned))
    throw new Error(`${where}: the tuned dispatches differ from the build's beyond pipelines and workgroups`);
}
