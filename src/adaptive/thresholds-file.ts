/**
 * The thresholds file `ranetc calibrate` writes and `ranetc eval` / the runtime read.
 * Validated here, once, at the boundary: every error names the file and the field.
 */
import { evaluateThresholds, type ExitOutputs } from './calibrate.ts';

export const THRESHOLDS_FORMAT = 'ranetc-thresholds/1';

export interface ThresholdsFile {
  format: typeof THRESHOLDS_FORMAT;
  model: string;
  exits: number;
  /** One per exit; the last is <= 0 so that the last exit takes everything (conventionally -1e8). */
  thresholds: number[];
  /** The geometric share ratio the thresholds came from, when they came from one. */
  q?: number;
  /** Expected cost per validation input, MFLOPs. */
  expectedMFlops: number;
  /** Validation top-1 accuracy under these thresholds, percent. */
  validationAccuracy: number;
}

export class ThresholdsFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(field === '' ? `${file}: ${detail}` : `${file}: field "${field}": ${detail}`);
    this.name = 'ThresholdsFileError';
  }
}

/** Builds the file for thresholds chosen on `val`, scoring them on it. */
export function makeThresholdsFile(
  model: string,
  val: ExitOutputs,
  exitFlops: readonly number[],
  thresholds: ArrayLike<number>,
  q?: number,
): ThresholdsFile {
  const r = evaluateThresholds(val.confidences, val.predictions, val.labels, thresholds, exitFlops);
  return {
    format: THRESHOLDS_FORMAT,
    model,
    exits: thresholds.length,
    thresholds: Array.from(thresholds),
    ...(q === undefined ? {} : { q }),
    expectedMFlops: r.expectedFlops / 1e6,
    validationAccuracy: r.accuracy,
  };
}

/** Pretty JSON with a trailing newline; float32 thresholds round-trip exactly through JSON. */
export function serializeThresholdsFile(t: ThresholdsFile): string {
  return JSON.stringify(t, null, 2) + '\n';
}

/** Parses and validates; `file` is only used to name the source in errors. */
export function parseThresholdsFile(text: string, file: string): ThresholdsFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ThresholdsFileError(file, '', `not valid JSON (${(e as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ThresholdsFileError(file, '', `expected a JSON object, found ${describe(raw)}`);
  }
  const o = raw as Record<string, unknown>;
  const fail = (field: string, detail: string): never => {
    throw new ThresholdsFileError(file, field, detail);
  };
  const number = (field: string, v: unknown): number =>
    typeof v === 'number' && Number.isFinite(v)
      ? v
      : fail(field, `expected a finite number, found ${describe(v)}`);

  if (o.format !== THRESHOLDS_FORMAT)
    fail('format', `expected "${THRESHOLDS_FORMAT}", found ${describe(o.format)}`);
  if (typeof o.model !== 'string' || o.model === '')
    fail('model', `expected a model name, found ${describe(o.model)}`);
  const exits = number('exits', o.exits);
  if (!Number.isInteger(exits) || exits < 1)
    fail('exits', `expected a positive whole number, found ${exits}`);
  if (!Array.isArray(o.thresholds))
    fail('thresholds', `expected an array of numbers, found ${describe(o.thresholds)}`);
  const list = o.thresholds as unknown[];
  if (list.length !== exits)
    fail('thresholds', `expected ${exits} values (one per exit), found ${list.length}`);
  const thresholds = list.map((v, i) => number(`thresholds[${i}]`, v));
  if (thresholds[exits - 1] > 0) {
    fail(
      `thresholds[${exits - 1}]`,
      `the last exit must take every input (a value <= 0, usually -1e8), found ${thresholds[exits - 1]}`,
    );
  }
  let q: number | undefined;
  if (o.q !== undefined) {
    q = number('q', o.q);
    if (q <= 0) fail('q', `expected a positive number, found ${q}`);
  }
  const expectedMFlops = number('expectedMFlops', o.expectedMFlops);
  if (expectedMFlops < 0) fail('expectedMFlops', `expected a number >= 0, found ${expectedMFlops}`);
  const validationAccuracy = number('validationAccuracy', o.validationAccuracy);
  if (validationAccuracy < 0 || validationAccuracy > 100) {
    fail('validationAccuracy', `expected a percentage in 0..100, found ${validationAccuracy}`);
  }
  for (const key of Object.keys(o)) {
    if (!KNOWN_FIELDS.has(key)) fail(key, 'unknown field (a typo?)');
  }
  return {
    format: THRESHOLDS_FORMAT,
    model: o.model as string,
    exits,
    thresholds,
    ...(q === undefined ? {} : { q }),
    expectedMFlops,
    validationAccuracy,
  };
}

const KNOWN_FIELDS = new Set([
  'format',
  'model',
  'exits',
  'thresholds',
  'q',
  'expectedMFlops',
  'validationAccuracy',
]);

function describe(v: unknown): string {
  if (v === undefined) return 'nothing (missing)';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '...' : v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}
