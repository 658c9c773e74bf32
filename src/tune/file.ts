/**
 * The tuning file `ranetc tune` writes and `ranetc build --tuning` reads: per adapter (as
 * `GPUAdapterInfo` names it), the kernel variant measured fastest for each kernel shape
 * (convolution, conv-resize, exit head) and batch, and the device features those variants
 * need, and per batch regime whether stage kernels (one dispatch per stage) or the dispatch per
 * kernel ran faster. Validated here, at the boundary, with errors that name the file and the field.
 * Format 2 added that choice (`stageKernels`); format 1 files, which lack it, still read (their
 * regimes run the dispatch per kernel, as they were measured).
 * No file IO here (the CLI reads the file: `src/cli/tuning-file.ts`), so a page can validate too.
 */
import { z } from 'zod';
import type { KernelVariant } from '../backends/wgsl/variants.ts';
import { DEVICE_FEATURES } from '../backends/wgsl/variants.ts';
import type { AdapterIdentity } from '@ranetc/runtime';

export const TUNING_FORMAT = 'ranetc-tuning/2';
/** The formats a tuning file may have: 1 (no stage-kernel choice) and the current one. */
export const TUNING_FORMATS = ['ranetc-tuning/1', TUNING_FORMAT] as const;

const positiveInt = z.number().int().positive();
const variant = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('direct'),
    rp: positiveInt,
    threads: positiveInt,
    f16: z.literal(true).optional(),
  }),
  z.strictObject({
    kind: z.literal('tiled'),
    cg: positiveInt,
    rp: positiveInt,
    maxThreads: positiveInt,
    chunkDiv: positiveInt,
  }),
  z.strictObject({
    kind: z.literal('gemm'),
    tm: positiveInt,
    tn: positiveInt,
    rm: positiveInt,
    buffers: positiveInt,
  }),
  z.strictObject({ kind: z.literal('resize'), threads: positiveInt }),
  z.strictObject({ kind: z.literal('head'), threads: positiveInt, lanes: positiveInt }),
  z.strictObject({ kind: z.literal('head-subgroup'), threads: positiveInt }),
]);
const layer = z.strictObject({
  /** `shapeKey` of the kernel. */
  shape: z.string().min(1),
  batch: positiveInt,
  variant,
  /** Median device time of the chosen variant and of the default, ms (all layers of this shape). */
  ms: z.number().nonnegative(),
  defaultMs: z.number().nonnegative(),
  candidates: positiveInt,
});
/**
 * A batch regime's confirmation (`tune`): the whole network's `classify` wall time, median of
 * `calls` interleaved calls, with the default kernels and with the search's choices, and which
 * the tuning kept (`tuned` only where the ratio's interval lies below 1; `default`: every layer
 * of that batch records its default variant).
 */
const confirmation = z.strictObject({
  batch: positiveInt,
  defaultMs: z.number().nonnegative(),
  tunedMs: z.number().nonnegative(),
  calls: positiveInt,
  /** 95% interval of the per-call ratio tuned/default (absent in files from before it decided). */
  ratioInterval: z.tuple([z.number().positive(), z.number().positive()]).optional(),
  kept: z.enum(['tuned', 'default']),
});
/**
 * A batch regime's choice between stage kernels and the dispatch per kernel (`tune`): the whole
 * network's `classify` wall time, median of `calls` interleaved calls, with the regime's kernels
 * (tuned or default, as confirmed) and with stage kernels; `stage` only where the 95% interval of
 * the ratio stage/dispatches lies below 1.
 */
const stageChoice = z.strictObject({
  batch: positiveInt,
  dispatchesMs: z.number().nonnegative(),
  stageMs: z.number().nonnegative(),
  calls: positiveInt,
  ratioInterval: z.tuple([z.number().positive(), z.number().positive()]),
  kept: z.enum(['stage', 'dispatches']),
});
const tuning = z.strictObject({
  adapter: z.strictObject({ vendor: z.string(), architecture: z.string(), description: z.string() }),
  /** The spec it was measured on, its storage precision, and its batch regimes. */
  model: z.string(),
  precision: z.enum(['f32', 'f16']),
  batches: z.array(positiveInt).min(1),
  /** Device features the chosen variants need (absent: none); a device without one gets the default kernels. */
  features: z.array(z.enum(DEVICE_FEATURES)).optional(),
  layers: z.array(layer),
  /** Per batch regime whose search changed a layer (absent in files from before the confirmation). */
  confirmed: z.array(confirmation).optional(),
  /** Per batch regime timed against stage kernels (format 2; absent: none was, or none fit). */
  stageKernels: z.array(stageChoice).optional(),
});
const file = z
  .strictObject({ format: z.enum(TUNING_FORMATS), tunings: z.array(tuning).min(1) })
  .superRefine((f, ctx) => {
    if (f.format !== TUNING_FORMAT)
      f.tunings.forEach((t, i) => {
        if (t.stageKernels !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['tunings', i, 'stageKernels'],
            message: `not in a ${f.format} file (stage kernels came with ${TUNING_FORMAT})`,
          });
      });
  });

export type TuningFile = z.infer<typeof file>;
export type AdapterTuning = TuningFile['tunings'][number];
export type LayerTuning = AdapterTuning['layers'][number];
export type Confirmation = z.infer<typeof confirmation>;
export type StageChoice = z.infer<typeof stageChoice>;

/**
 * A tuning file the user gave that cannot be used: the message names the file, the entry or
 * field, and what was expected (the CLI prints it without a stack trace).
 */
export class TuningFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TuningFileError';
  }
}

/** Validates a tuning file's text; a bad one is a `TuningFileError` naming the file (`path`) and field. */
export function parseTuningFile(text: string, path: string): TuningFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new TuningFileError(`${path}: not JSON: ${(e as Error).message}`);
  }
  const parsed = file.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    throw new TuningFileError(
      `${path}: field "${field.replace(/^\./, '') || '(top level)'}": ${issue.message}` +
        (issue.path.length === 0 ? ` (expected a ${TUNING_FORMAT} file)` : ''),
    );
  }
  return parsed.data;
}

export const sameAdapter = (a: AdapterIdentity, b: AdapterIdentity): boolean =>
  a.vendor === b.vendor && a.architecture === b.architecture && a.description === b.description;

/** Whether `t` chose stage kernels for batch regime `batch`. */
export const stageChosen = (t: AdapterTuning, batch: number): boolean =>
  (t.stageKernels ?? []).some((c) => c.batch === batch && c.kept === 'stage');

/** The variant per layer shape for one batch regime (the largest tuned, when not given). */
export function variantsOf(t: AdapterTuning, batch = Math.max(...t.batches)): Record<string, KernelVariant> {
  return Object.fromEntries(t.layers.filter((l) => l.batch === batch).map((l) => [l.shape, l.variant]));
}

/** `file` with `tuning` added, replacing an earlier tuning of the same adapter and model. */
export function mergeTuning(existing: TuningFile | undefined, tuning: AdapterTuning): TuningFile {
  const others = (existing?.tunings ?? []).filter(
    (t) => !(sameAdapter(t.adapter, tuning.adapter) && t.model === tuning.model),
  );
  return { format: TUNING_FORMAT, tunings: [...others, tuning] };
}
