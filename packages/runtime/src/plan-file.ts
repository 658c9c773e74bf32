/**
 * A generated model's `plan.json`: the execution plan as data, with the version of its format,
 * which this runtime checks before using it. A WebGPU build with a WebAssembly fallback stores
 * the wasm plan beside it, without the fields both plans share (the weights layout above all),
 * which are taken from the WebGPU plan. The weights layout, the bulk of a plan, is stored
 * compactly: one array per tensor, its public names written once (see `CompactTensor`). A
 * WebGPU plan's other kernel sets (its GPU default kernels, its tunings) refer to the default
 * pipelines and dispatches they share instead of repeating them (see `CompactKernelSet`).
 */
import type {
  BatchRegime,
  Dispatch,
  ModelPlan,
  PackedTensor,
  PipelineSource,
  StageDispatches,
  WgslKernelSet,
  WgslPlan,
} from './plan.ts';

/**
 * The plan file format this runtime reads; a generated package records the one it was written
 * in. 2: kernel sets refer to the default pipelines and dispatches (`CompactKernelSet`).
 */
export const PLAN_FORMAT = 2;

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
  const read = readPlanFields<P, F>(file, source);
  return read.fallback === undefined
    ? { plan: expanded(read.plan, source) }
    : { plan: expanded(read.plan, source), fallback: expanded(read.fallback, source) };
}

function readPlanFields<P extends ModelPlan, F extends ModelPlan>(
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
  if (fallback === undefined) return { planFormat: PLAN_FORMAT, plan: compacted(plan) };
  const main = plan as unknown as Record<string, unknown>;
  const shared: string[] = [];
  const own: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fallback))
    if (key in main && JSON.stringify(main[key]) === JSON.stringify(value)) shared.push(key);
    else own[key] = value;
  const compactOwn = own.weights === undefined ? own : { ...own, weights: compactWeights(fallback.weights) };
  return { planFormat: PLAN_FORMAT, plan: compacted(plan), fallback: { shared, own: compactOwn } };
}

/**
 * A tensor of the weights layout as `plan.json` stores it: `[name, offset, length, layout,
 * source]`, `name` 0 when it is the one derived from its source, `layout` 0 for 'plain' or
 * `[groupOut, outChannels, inChannels, taps]`, `source` the state_dict key or, for a BatchNorm
 * folded into a convolution, `[fold, conv module, conv has a bias (0/1), bn module, eps]` (the
 * keys are the modules' `.weight`, `.bias`, `.running_mean`, `.running_var`). A tensor that does
 * not fit this form stays a `PackedTensor` object.
 */
type CompactTensor = readonly [
  name: string | 0,
  offset: number,
  length: number,
  layout: 0 | readonly [number, number, number, number],
  source: string | readonly ['weight' | 'bias', string, 0 | 1, string, number],
];

function expandTensor(t: CompactTensor | PackedTensor): PackedTensor {
  if (!Array.isArray(t)) return t as PackedTensor;
  const [name, offset, length, layout, source] = t as CompactTensor;
  let tensorSource: PackedTensor['source'];
  let derived: string;
  if (typeof source === 'string') {
    tensorSource = { key: source };
    derived = source;
  } else {
    const [fold, conv, convBias, bn, eps] = source;
    tensorSource = {
      fold,
      conv: { weight: `${conv}.weight`, ...(convBias === 1 ? { bias: `${conv}.bias` } : {}) },
      bn: {
        weight: `${bn}.weight`,
        bias: `${bn}.bias`,
        mean: `${bn}.running_mean`,
        variance: `${bn}.running_var`,
        eps,
      },
    };
    derived = `${conv}.folded_${fold}`;
  }
  return {
    name: name === 0 ? derived : name,
    source: tensorSource,
    offset,
    length,
    layout:
      layout === 0
        ? 'plain'
        : { groupOut: layout[0], outChannels: layout[1], inChannels: layout[2], taps: layout[3] },
  };
}

const moduleOf = (key: string | undefined, suffix: string): string | undefined =>
  key?.endsWith(suffix) === true ? key.slice(0, -suffix.length) : undefined;

/** The compact form of a tensor when it gives the tensor back exactly, else the tensor. */
function compactTensor(t: PackedTensor): CompactTensor | PackedTensor {
  const layout =
    t.layout === 'plain'
      ? 0
      : ([t.layout.groupOut, t.layout.outChannels, t.layout.inChannels, t.layout.taps] as const);
  let source: CompactTensor[4] | undefined;
  if ('key' in t.source) source = t.source.key;
  else {
    const conv = moduleOf(t.source.conv.weight, '.weight');
    const bn = moduleOf(t.source.bn.weight, '.weight');
    if (conv !== undefined && bn !== undefined)
      source = [t.source.fold, conv, t.source.conv.bias === undefined ? 0 : 1, bn, t.source.bn.eps];
  }
  if (source === undefined) return t;
  const named: CompactTensor = [t.name, t.offset, t.length, layout, source];
  const derived = expandTensor([0, t.offset, t.length, layout, source]);
  const compact: CompactTensor = derived.name === t.name ? [0, t.offset, t.length, layout, source] : named;
  return JSON.stringify(expandTensor(compact)) === JSON.stringify(t) ? compact : t;
}

function compactWeights(weights: ModelPlan['weights']): unknown {
  return { ...weights, tensors: weights.tensors.map(compactTensor) };
}

/**
 * A kernel set of a WebGPU plan (`WgslPlan.gpu`, each of `tunings`) as `plan.json` stores it:
 * each pipeline that is one of the plan's own (`pipelines`) as its index there, and each
 * regime whose dispatches derive from the plan's `stages` as `derived` (see `DerivedStage`). A
 * regime that does not stays a `BatchRegime`.
 */
interface CompactKernelSet {
  readonly pipelines: readonly (number | PipelineSource)[];
  readonly regimes: readonly (BatchRegime | CompactRegime)[];
}

interface CompactRegime {
  readonly batch: number;
  readonly derived: readonly DerivedStage[];
}

/**
 * A regime's stage whose dispatches are each a dispatch of the plan's same stage (`from`, its
 * index there) with another pipeline and grid (`x` and `argsSlot`, 0 for a single grid), and
 * another label where one is given: a kernel set's dispatches keep the plan's parameter blocks,
 * weights windows and grid kinds, and the GPU default's second passes (split K) take their
 * convolution's. Its `exit` is the plan's stage's.
 */
interface DerivedStage {
  readonly argsBase: number;
  readonly argsX: readonly number[];
  readonly dispatches: readonly DerivedDispatch[];
}

type DerivedDispatch =
  | readonly [from: number, pipeline: number, x: number, argsSlot: number]
  | readonly [from: number, pipeline: number, x: number, argsSlot: number, label: string];

function compactKernelSet<K extends WgslKernelSet>(set: K, plan: WgslPlan): K {
  const own = new Map(plan.pipelines.map((p, i) => [pipelineKey(p), i]));
  const pipelines = set.pipelines.map((p) => own.get(pipelineKey(p)) ?? p);
  const regimes = set.regimes.map((r): BatchRegime | CompactRegime => {
    const compact = compactRegime(r, plan.stages);
    const back = compact === undefined ? undefined : expandRegime(compact, plan.stages);
    return back !== undefined && JSON.stringify(back) === JSON.stringify(r) ? compact! : r;
  });
  return { ...set, pipelines, regimes } as unknown as K;
}

const pipelineKey = (p: PipelineSource): string => `${p.bindings}\n${p.label}\n${p.code}`;

/** What a derived dispatch keeps of the plan's. */
const keptKey = (d: Dispatch): string => JSON.stringify([d.params, d.weights, d.grid.kind]);

function compactRegime(regime: BatchRegime, stages: readonly StageDispatches[]): CompactRegime | undefined {
  if (regime.stages.length !== stages.length) return undefined;
  const derived: DerivedStage[] = [];
  for (const [s, stage] of regime.stages.entries()) {
    const candidates = new Map<string, number[]>();
    stages[s].dispatches.forEach((d, j) =>
      candidates.set(keptKey(d), [...(candidates.get(keptKey(d)) ?? []), j]),
    );
    const dispatches: DerivedDispatch[] = [];
    for (const d of stage.dispatches) {
      const js = candidates.get(keptKey(d));
      if (js === undefined) return undefined;
      const from = js.find((j) => stages[s].dispatches[j].label === d.label) ?? js[0];
      const grid: [number, number] = d.grid.kind === 'perSample' ? [d.grid.x, d.grid.argsSlot] : [0, 0];
      dispatches.push(
        stages[s].dispatches[from].label === d.label
          ? [from, d.pipeline, ...grid]
          : [from, d.pipeline, ...grid, d.label],
      );
    }
    derived.push({ argsBase: stage.argsBase, argsX: stage.argsX, dispatches });
  }
  return { batch: regime.batch, derived };
}

function expandKernelSet<K extends WgslKernelSet>(set: K, plan: WgslPlan, source: string): K {
  const { pipelines, regimes } = set as unknown as CompactKernelSet;
  const pipeline = (p: number | PipelineSource): PipelineSource => {
    if (typeof p !== 'number') return p;
    if (plan.pipelines[p] === undefined)
      throw new Error(`${source}: a kernel set refers to pipeline ${p}, which the plan lacks`);
    return plan.pipelines[p];
  };
  return {
    ...set,
    pipelines: pipelines.map(pipeline),
    regimes: regimes.map((r) => {
      if ('stages' in r) return r;
      const back = expandRegime(r, plan.stages);
      if (back === undefined)
        throw new Error(
          `${source}: the dispatches of the kernel set's batch ${r.batch} refer to ones the plan's stages lack`,
        );
      return back;
    }),
  };
}

/** `regime` with the rest of each dispatch from `stages`; undefined where one is missing there. */
function expandRegime(regime: CompactRegime, stages: readonly StageDispatches[]): BatchRegime | undefined {
  if (regime.derived.length !== stages.length) return undefined;
  const out: StageDispatches[] = [];
  for (const [s, stage] of regime.derived.entries()) {
    const dispatches: Dispatch[] = [];
    for (const [from, pipeline, x, argsSlot, label] of stage.dispatches) {
      const d = stages[s].dispatches[from];
      if (d === undefined) return undefined;
      dispatches.push({
        ...d,
        pipeline,
        label: label ?? d.label,
        grid: d.grid.kind === 'perSample' ? { ...d.grid, x, argsSlot } : d.grid,
      });
    }
    out.push({ ...stages[s], dispatches, argsX: stage.argsX, argsBase: stage.argsBase });
  }
  return { batch: regime.batch, stages: out };
}

function compacted<P extends ModelPlan>(plan: P): P {
  const weighed = { ...plan, weights: compactWeights(plan.weights) };
  if (plan.target !== 'wgsl') return weighed as P;
  const wgsl = plan as unknown as WgslPlan;
  return {
    ...weighed,
    ...(wgsl.gpu === undefined ? {} : { gpu: compactKernelSet(wgsl.gpu, wgsl) }),
    ...(wgsl.tunings === undefined ? {} : { tunings: wgsl.tunings.map((t) => compactKernelSet(t, wgsl)) }),
  } as unknown as P;
}

function expanded<P extends ModelPlan>(plan: P, source: string): P {
  const tensors = plan.weights.tensors as readonly (CompactTensor | PackedTensor)[];
  const weighed = { ...plan, weights: { ...plan.weights, tensors: tensors.map(expandTensor) } };
  if (plan.target !== 'wgsl') return weighed;
  const wgsl = plan as unknown as WgslPlan;
  return {
    ...weighed,
    ...(wgsl.gpu === undefined ? {} : { gpu: expandKernelSet(wgsl.gpu, wgsl, source) }),
    ...(wgsl.tunings === undefined
      ? {}
      : { tunings: wgsl.tunings.map((t) => expandKernelSet(t, wgsl, source)) }),
  } as unknown as P;
}
