/**
 * `build --tuning`: the plan with, for each adapter of a tuning file, the kernels specialized
 * to its measured choices. The runtime picks the tuning of the adapter it runs on, and the
 * default kernels elsewhere (`planForAdapter`).
 */
import type { CompileOptions } from '../compile.ts';
import { compile } from '../compile.ts';
import type { TunableKernel } from '../backends/wgsl/variants.ts';
import { featuresOf, kernelFamily, shapeKey, validVariant } from '../backends/wgsl/variants.ts';
import type { WgslPlan, WgslTuning } from '../runtime/plan.ts';
import type { Spec } from '../spec/types.ts';
import { UsageError } from '../cli/errors.ts';
import type { TuningFile } from './file.ts';
import { variantsOf } from './file.ts';

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
  const out: WgslTuning[] = [];
  tunings.tunings.forEach((t, i) => {
    const where = `${file}: tunings[${i}] (${t.adapter.description})`;
    if (t.precision !== plan.precision) {
      notice(`${where}: measured with ${t.precision} storage, this build stores ${plan.precision}; ignored`);
      return;
    }
    const chosen = variantsOf(t);
    const convVariants = Object.fromEntries(Object.entries(chosen).filter(([key]) => shapes.has(key)));
    const features = t.features ?? [];
    for (const [key, v] of Object.entries(convVariants))
      if (!validVariant(shapes.get(key)!, v, features))
        throw new UsageError(
          `${where}: layer "${key}": ${JSON.stringify(v)} is not a variant of this layer (expected one of ${kernelFamily(shapes.get(key)!, features).length} in its family${features.length === 0 ? '' : ` with ${features.join(', ')}`}; tune again)`,
        );
    const used = Object.keys(convVariants).length;
    if (used < shapes.size)
      notice(
        `${where}: ${shapes.size - used} of ${shapes.size} layer shapes not tuned; they keep the default`,
      );
    const tuned = compile(spec, {
      ...options,
      target: 'wgsl',
      kernels: { ...options.kernels, convVariants, features },
    }).plan;
    const needed = featuresOf(Object.values(convVariants));
    out.push({
      adapter: t.adapter,
      ...(needed.length === 0 ? {} : { features: needed }),
      pipelines: tuned.pipelines,
      stages: tuned.stages,
    });
  });
  return out.length === 0 ? plan : { ...plan, tunings: out };
}
