/**
 * The thresholds file `ranetc calibrate` writes and `ranetc eval` / the runtime read.
 * Validated here, once, at the boundary: every error names the file and the field.
 */
import { calibrateForBudget, validationCurve, type ValidationPoint } from './budget.ts';
import { evaluateThresholds, findThresholds, type ExitOutputs } from './calibrate.ts';
import { exitShares, qForP } from './shares.ts';

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
  /**
   * The whole calibrated curve, one entry per standard p (q = p / 20), in p order, so that a
   * runtime can pick the thresholds for a budget: the most expensive entry whose expected cost
   * fits it. Optional: files written before it existed stay valid.
   */
  curve?: CurveEntry[];
}

/** One point of the validation curve: thresholds for q = p / 20 and what they cost and score. */
export interface CurveEntry {
  p: number;
  q: number;
  thresholds: number[];
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
  curve?: readonly ValidationPoint[],
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
    ...(curve === undefined ? {} : { curve: curve.map(toCurveEntry) }),
  };
}

function toCurveEntry(v: ValidationPoint): CurveEntry {
  return {
    p: v.p,
    q: v.q,
    thresholds: Array.from(v.thresholds),
    expectedMFlops: v.validationExpectedMFlops,
    validationAccuracy: v.validationAccuracy,
  };
}

export interface CalibrationChoice {
  /** Standard share ratio q = p / 20, p in 1..39 (default 20, q = 1: equal shares). */
  readonly p?: number;
  /** Instead of p: search q for the most expensive thresholds within this expected cost per input. */
  readonly budgetMFlops?: number;
}

/**
 * `ranetc calibrate` as a function: thresholds from validation outputs for a share ratio or a
 * budget, with the whole curve over the 39 standard p. Throws RangeError for a p outside 1..39
 * or a budget below the cheapest reachable cost.
 */
export function calibrateThresholdsFile(
  model: string,
  val: ExitOutputs,
  exitFlops: readonly number[],
  choice: CalibrationChoice = {},
): ThresholdsFile {
  let thresholds: ArrayLike<number>;
  let q: number;
  if (choice.budgetMFlops !== undefined) {
    const found = calibrateForBudget(val.confidences, exitFlops, choice.budgetMFlops * 1e6);
    thresholds = found.thresholds;
    q = found.q;
  } else {
    const p = choice.p ?? 20;
    if (!Number.isInteger(p) || p < 1 || p > 39) throw new RangeError(`p must be an integer 1..39, got ${p}`);
    q = qForP(p);
    thresholds = findThresholds(val.confidences, exitShares(q, exitFlops.length));
  }
  return makeThresholdsFile(model, val, exitFlops, thresholds, q, validationCurve(val, exitFlops));
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
  const number = (field: string, v: unknown): number => finite(field, v, fail);
  const positive = (field: string, v: unknown): number => {
    const x = number(field, v);
    return x > 0 ? x : fail(field, `expected a positive number, found ${x}`);
  };
  const mflops = (field: string, v: unknown): number => {
    const x = number(field, v);
    return x >= 0 ? x : fail(field, `expected a number >= 0, found ${x}`);
  };
  const percent = (field: string, v: unknown): number => {
    const x = number(field, v);
    return x >= 0 && x <= 100 ? x : fail(field, `expected a percentage in 0..100, found ${x}`);
  };

  if (o.format !== THRESHOLDS_FORMAT)
    fail('format', `expected "${THRESHOLDS_FORMAT}", found ${describe(o.format)}`);
  if (typeof o.model !== 'string' || o.model === '')
    fail('model', `expected a model name, found ${describe(o.model)}`);
  const exits = number('exits', o.exits);
  if (!Number.isInteger(exits) || exits < 1)
    fail('exits', `expected a positive whole number, found ${exits}`);
  const thresholds = checkThresholds('thresholds', o.thresholds, exits, fail);
  let q: number | undefined;
  if (o.q !== undefined) q = positive('q', o.q);
  const expectedMFlops = mflops('expectedMFlops', o.expectedMFlops);
  const validationAccuracy = percent('validationAccuracy', o.validationAccuracy);
  let curve: CurveEntry[] | undefined;
  if (o.curve !== undefined) {
    if (!Array.isArray(o.curve)) fail('curve', `expected an array of entries, found ${describe(o.curve)}`);
    curve = (o.curve as unknown[]).map((entry, i) => {
      const at = `curve[${i}]`;
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
        fail(
          at,
          `expected an object { p, q, thresholds, expectedMFlops, validationAccuracy }, found ${describe(entry)}`,
        );
      const c = entry as Record<string, unknown>;
      for (const key of Object.keys(c))
        if (!CURVE_FIELDS.has(key)) fail(`${at}.${key}`, 'unknown field (a typo?)');
      return {
        p: positive(`${at}.p`, c.p),
        q: positive(`${at}.q`, c.q),
        thresholds: checkThresholds(`${at}.thresholds`, c.thresholds, exits, fail),
        expectedMFlops: mflops(`${at}.expectedMFlops`, c.expectedMFlops),
        validationAccuracy: percent(`${at}.validationAccuracy`, c.validationAccuracy),
      };
    });
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
    ...(curve === undefined ? {} : { curve }),
  };
}

/** One threshold per exit, finite, the last <= 0 so that the last exit takes every input. */
function checkThresholds(
  field: string,
  value: unknown,
  exits: number,
  fail: (field: string, detail: string) => never,
): number[] {
  if (!Array.isArray(value)) fail(field, `expected an array of numbers, found ${describe(value)}`);
  const list = value as unknown[];
  if (list.length !== exits) fail(field, `expected ${exits} values (one per exit), found ${list.length}`);
  const thresholds = list.map((v, i) => finite(`${field}[${i}]`, v, fail));
  if (thresholds[exits - 1] > 0) {
    fail(
      `${field}[${exits - 1}]`,
      `the last exit must take every input (a value <= 0, usually -1e8), found ${thresholds[exits - 1]}`,
    );
  }
  return thresholds;
}

function finite(field: string, v: unknown, fail: (field: string, detail: string) => never): number {
  return typeof v === 'number' && Number.isFinite(v)
    ? v
    : fail(field, `expected a finite number, found ${describe(v)}`);
}

const CURVE_FIELDS = new Set(['p', 'q', 'thresholds', 'expectedMFlops', 'validationAccuracy']);

const KNOWN_FIELDS = new Set([
  'format',
  'model',
  'exits',
  'thresholds',
  'q',
  'expectedMFlops',
  'validationAccuracy',
  'curve',
]);

function describe(v: unknown): string {
  if (v === undefined) return 'nothing (missing)';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '...' : v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}
