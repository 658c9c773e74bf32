import { z } from 'zod';
import { DEFAULT_ARCHITECTURE, DEFAULT_DATA, DEFAULT_INPUT, DEFAULT_TARGET } from './defaults.ts';
import type { Spec } from './types.ts';

/*
 * The YAML format, as zod schemas. Each leaf carries, as its error, the description of what it
 * accepts ("an integer >= 1"): that text becomes the "expected" part of a SpecIssue, whatever
 * went wrong (wrong type, out of range, missing). Objects are strict at every level so that a
 * misspelled key is an error rather than a silently applied default.
 */

const MAPPING = 'a mapping';

function intAtLeast(min: number) {
  const what = `an integer >= ${min}`;
  return z.int({ error: what }).min(min, { error: what });
}

function positiveNumber() {
  const what = 'a number > 0';
  return z.number({ error: what }).gt(0, { error: what });
}

/** compressFactor and reduction: shares of a width, so (0, 1]. */
function fraction() {
  const what = 'a number in (0, 1]';
  return z.number({ error: what }).gt(0, { error: what }).lte(1, { error: what });
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `one of ${values.join(', ')}` });
}

function nonEmptyList<T extends z.ZodType>(item: T, itemsWhat: string) {
  const what = `a non-empty list of ${itemsWhat}`;
  return z.array(item, { error: what }).min(1, { error: what });
}

function mapping<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, { error: MAPPING });
}

const normalizeShape = {
  mean: nonEmptyList(z.number({ error: 'a number' }), 'numbers'),
  std: nonEmptyList(positiveNumber(), 'numbers > 0'),
};

/** Input size fields are optional one by one: the missing ones come from `data`. */
const inputShape = {
  channels: intAtLeast(1).optional(),
  height: intAtLeast(1).optional(),
  width: intAtLeast(1).optional(),
  normalize: mapping(normalizeShape).optional(),
};

const A = DEFAULT_ARCHITECTURE;
const architectureShape = {
  nChannels: intAtLeast(1).default(A.nChannels),
  growthRate: intAtLeast(1).default(A.growthRate),
  nBlocks: intAtLeast(1).default(A.nBlocks),
  // 0 parses so that the semantic check can explain why it is rejected with several flows.
  blockStep: intAtLeast(0).default(A.blockStep),
  step: intAtLeast(1).default(A.step),
  stepMode: oneOf(['even', 'lg']).default(A.stepMode),
  scaleList: nonEmptyList(intAtLeast(1), 'integers >= 1').default(() => [...A.scaleList]),
  grFactor: nonEmptyList(intAtLeast(1), 'integers >= 1').default(() => [...A.grFactor]),
  bnFactor: nonEmptyList(intAtLeast(1), 'integers >= 1').default(() => [...A.bnFactor]),
  compressFactor: fraction().default(A.compressFactor),
  reduction: fraction().default(A.reduction),
};

const targetShape = {
  backend: oneOf(['wgsl', 'cuda', 'wasm']).default(DEFAULT_TARGET.backend),
  fallback: oneOf(['wasm']).optional(),
  precision: oneOf(['f32', 'tf32', 'f16']).default(DEFAULT_TARGET.precision),
  maxBatch: intAtLeast(1).default(DEFAULT_TARGET.maxBatch),
};

const specShape = {
  name: z.string({ error: 'a non-empty string' }).min(1, { error: 'a non-empty string' }),
  data: oneOf(['cifar', 'imagenet']).default(DEFAULT_DATA),
  input: mapping(inputShape).optional(),
  classes: intAtLeast(1),
  // prefault: an absent mapping is parsed as {} so that every field default applies.
  architecture: mapping(architectureShape).prefault({}),
  target: mapping(targetShape).prefault({}),
};

/** The schema of a spec document, before the defaults that depend on other fields. */
export const specSchema = mapping(specShape);

export type RawSpec = z.output<typeof specSchema>;

/**
 * The keys each mapping accepts, by its path with list indices left out (`''` is the document):
 * lets an "unknown key" message list the keys that would have been accepted.
 */
export const KNOWN_KEYS: Readonly<Record<string, readonly string[]>> = {
  '': Object.keys(specShape),
  input: Object.keys(inputShape),
  'input.normalize': Object.keys(normalizeShape),
  architecture: Object.keys(architectureShape),
  target: Object.keys(targetShape),
};

/** Fills the input size from `data` where the spec leaves it out. */
export function applyDataDefaults(raw: RawSpec): Spec {
  const base = DEFAULT_INPUT[raw.data];
  const given = raw.input ?? {};
  const input: Spec['input'] = {
    channels: given.channels ?? base.channels,
    height: given.height ?? base.height,
    width: given.width ?? base.width,
  };
  if (given.normalize !== undefined) input.normalize = given.normalize;
  return { ...raw, input };
}
