/**
 * A generated model's `plan.json`: the execution plan as data, with the version of its format,
 * which this runtime checks before using it. A WebGPU build with a WebAssembly fallback stores
 * the wasm plan beside it, without the fields both plans share (the weights layout above all),
 * which are taken from the WebGPU plan.
 */
import type { ModelPlan } from './plan.ts';

/** The plan file format this runtime reads; a generated package records the one it was written in. */
export const PLAN_FORMAT = 1;

/** What `plan.json` holds. */
export interface PlanFile<P extends ModelPlan = ModelPlan> {
  readonly planFormat: number;
  readonly plan: P;
  /** The fallback's plan: its own fields, and the names of those it shares with `plan`. */
  readonly fallback?: { readonly shared: readonly string[]; readonly own: Readonly<Record<string, unknown>> };
}

/**
 * The plan file of a package, checked: written by a ranetc whose plan format this runtime reads.
 * `source` names it in errors (`digits/plan.json`).
 */
export function readPlanFile<P extends ModelPlan, F extends ModelPlan = ModelPlan>(
  file: unknown,
  source: string,
): { readonly plan: P; readonly fallback?: F } {
  const planFormat = (file as { planFormat?: unknown } | null)?.planFormat;
  if (typeof planFormat !== 'number')
    throw new Error(`${source}: not a ranetc plan file (no planFormat number)`);
  if (planFormat !== PLAN_FORMAT)
    throw new Error(
      `${source}: plan format ${planFormat}, this runtime reads ${PLAN_FORMAT}; ` +
        (planFormat > PLAN_FORMAT
          ? 'upgrade @ranetc/runtime'
          : 'rebuild the model with a ranetc of this runtime (`ranetc build`)'),
    );
  const { plan, fallback } = file as PlanFile<P>;
  if (fallback === undefined) return { plan };
  const shared = Object.fromEntries(fallback.shared.map((k) => [k, (plan as Record<string, unknown>)[k]]));
  return { plan, fallback: { ...shared, ...fallback.own } as unknown as F };
}

/**
 * The plan file of a build (with its fallback's plan, if any) as `readPlanFile` reads it: the
 * fallback keeps only the fields whose values differ from the main plan's.
 */
export function planFile(plan: ModelPlan, fallback?: ModelPlan): PlanFile {
  if (fallback === undefined) return { planFormat: PLAN_FORMAT, plan };
  const main = plan as unknown as Record<string, unknown>;
  const shared: string[] = [];
  const own: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fallback))
    if (key in main && JSON.stringify(main[key]) === JSON.stringify(value)) shared.push(key);
    else own[key] = value;
  return { planFormat: PLAN_FORMAT, plan, fallback: { shared, own } };
}
