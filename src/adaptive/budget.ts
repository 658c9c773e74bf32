/**
 * Budgeted batch classification: the public accuracy-vs-budget sweep (p = 1..39) and the
 * search for thresholds that fit a given budget.
 */
import {
  evaluateThresholds,
  exitCountsFor,
  expectedCost,
  findThresholds,
  type ExitOutputs,
} from './calibrate.ts';
import { exitShares, qForP, STANDARD_P } from './shares.ts';

/** One point of the accuracy-vs-budget curve, as one iteration of the public `dynamic_evaluate`. */
export interface BudgetPoint {
  readonly p: number;
  readonly q: number;
  readonly thresholds: number[];
  /** Accuracy (%) on the validation set the thresholds came from. */
  readonly validationAccuracy: number;
  /** Accuracy (%) on the test set. */
  readonly testAccuracy: number;
  /** Expected cost per test input, in millions of the unit of exitFlops. */
  readonly testExpectedMFlops: number;
  /** Test samples leaving at each exit. */
  readonly testExitCounts: number[];
}

/** Thresholds for one standard q, and what they cost and score on the validation set. */
export interface ValidationPoint {
  readonly p: number;
  readonly q: number;
  readonly thresholds: number[];
  /** Accuracy (%) on the validation set. */
  readonly validationAccuracy: number;
  /** Expected cost per validation input, MFLOPs. */
  readonly validationExpectedMFlops: number;
  /** Validation samples leaving at each exit. */
  readonly validationExitCounts: number[];
}

/** Thresholds from `val` for each of the 39 standard q = p / 20, scored on `val`. */
export function validationCurve(val: ExitOutputs, exitFlops: readonly number[]): ValidationPoint[] {
  checkExitCount(val, val, exitFlops);
  const exits = val.confidences.length;
  return STANDARD_P.map((p) => {
    const q = qForP(p);
    const t = findThresholds(val.confidences, exitShares(q, exits));
    const onVal = evaluateThresholds(val.confidences, val.predictions, val.labels, t, exitFlops);
    return {
      p,
      q,
      thresholds: Array.from(t),
      validationAccuracy: onVal.accuracy,
      validationExpectedMFlops: onVal.expectedFlops / 1e6,
      validationExitCounts: onVal.exitCounts,
    };
  });
}

/** Validation points scored on `test`: the public accuracy-vs-budget curve. */
export function scoreCurve(
  curve: readonly Omit<ValidationPoint, 'validationExpectedMFlops' | 'validationExitCounts'>[],
  test: ExitOutputs,
  exitFlops: readonly number[],
): BudgetPoint[] {
  return curve.map((v) => {
    const onTest = evaluateThresholds(
      test.confidences,
      test.predictions,
      test.labels,
      v.thresholds,
      exitFlops,
    );
    return {
      p: v.p,
      q: v.q,
      thresholds: v.thresholds,
      validationAccuracy: v.validationAccuracy,
      testAccuracy: onTest.accuracy,
      testExpectedMFlops: onTest.expectedFlops / 1e6,
      testExitCounts: onTest.exitCounts,
    };
  });
}

/** Thresholds from `val`, scored on `test`, for each of the 39 standard q = p / 20. */
export function budgetCurve(
  val: ExitOutputs,
  test: ExitOutputs,
  exitFlops: readonly number[],
): BudgetPoint[] {
  checkExitCount(val, test, exitFlops);
  return scoreCurve(validationCurve(val, exitFlops), test, exitFlops);
}

export interface BudgetCalibration {
  /** The ratio used; q = p / 20 when a standard value won. */
  readonly q: number;
  /** The standard p, when the winner is one of the public grid's values. */
  readonly p?: number;
  readonly thresholds: number[];
  /** Expected cost per validation input, in the unit of exitFlops (<= the budget). */
  readonly expectedFlops: number;
  readonly exitCounts: number[];
}

export interface BudgetSearchOptions {
  /** Bisection steps between two neighbouring grid values (default 24: a 0.05 gap halved to ~3e-9). */
  readonly refineSteps?: number;
}

/** At this q, P[0] = 1 / (1 + q + q^2 + ...) is 1 in float32: everyone leaves at the first exit. */
const Q_FLOOR = 1e-12;

/**
 * Thresholds whose expected validation cost is as high as possible without exceeding
 * `budgetFlops`. The 39 standard q are tried first; between each pair of neighbours whose
 * costs straddle the budget (cost need not be monotone in q, so every such pair), q is bisected.
 * Budgets below the standard grid are bracketed by q -> 0, where everyone leaves at exit 0.
 * Budgets above the grid's top get the grid's most expensive point: q beyond 1.95 leaves the
 * family the public code explores. Equal costs keep the first found (grid order, then refinement).
 */
export function calibrateForBudget(
  confidences: readonly Float32Array[],
  exitFlops: readonly number[],
  budgetFlops: number,
  options: BudgetSearchOptions = {},
): BudgetCalibration {
  const exits = confidences.length;
  if (exitFlops.length !== exits) {
    throw new RangeError(`exitFlops: ${exitFlops.length} values for ${exits} exits`);
  }
  if (!Number.isFinite(budgetFlops) || budgetFlops <= 0) {
    throw new RangeError(`budget: expected a positive number of FLOPs, got ${budgetFlops}`);
  }
  const steps = options.refineSteps ?? 24;
  const tryQ = (q: number, p?: number): BudgetCalibration => {
    const thresholds = findThresholds(confidences, exitShares(q, exits));
    const exitCounts = exitCountsFor(confidences, thresholds);
    const cost = expectedCost(exitCounts, exitFlops);
    return {
      q,
      ...(p === undefined ? {} : { p }),
      thresholds: Array.from(thresholds),
      expectedFlops: cost,
      exitCounts,
    };
  };

  let best: BudgetCalibration | undefined;
  const consider = (c: BudgetCalibration): void => {
    const better = best === undefined || c.expectedFlops > best.expectedFlops;
    if (c.expectedFlops <= budgetFlops && better) best = c;
  };

  const grid = STANDARD_P.map((p) => tryQ(qForP(p), p));
  grid.forEach(consider);
  const brackets: [BudgetCalibration, BudgetCalibration][] = [];
  if (grid[0].expectedFlops > budgetFlops) {
    const floor = tryQ(Q_FLOOR);
    consider(floor);
    brackets.push([floor, grid[0]]);
  }
  for (let i = 0; i + 1 < grid.length; i++) {
    if (grid[i].expectedFlops <= budgetFlops && grid[i + 1].expectedFlops > budgetFlops) {
      brackets.push([grid[i], grid[i + 1]]);
    }
  }
  for (const [feasible, over] of brackets) {
    if (feasible.expectedFlops > budgetFlops) continue; // q -> 0 is over budget too: handled below
    let lo = feasible.q;
    let hi = over.q;
    for (let s = 0; s < steps; s++) {
      const mid = (lo + hi) / 2;
      if (Math.fround(mid) === Math.fround(lo) || Math.fround(mid) === Math.fround(hi)) break;
      const c = tryQ(mid);
      consider(c);
      if (c.expectedFlops <= budgetFlops) lo = mid;
      else hi = mid;
    }
  }
  if (best === undefined) {
    const cheapest = Math.min(...grid.map((g) => g.expectedFlops), tryQ(Q_FLOOR).expectedFlops);
    throw new RangeError(
      `budget ${budgetFlops} FLOPs is below the cheapest reachable expected cost ` +
        `(${cheapest} FLOPs, about everyone leaving at the first exit, ${exitFlops[0]} FLOPs)`,
    );
  }
  return best;
}

function checkExitCount(val: ExitOutputs, test: ExitOutputs, exitFlops: readonly number[]): void {
  const exits = val.confidences.length;
  if (test.confidences.length !== exits) {
    throw new RangeError(`test set has ${test.confidences.length} exits, validation set has ${exits}`);
  }
  if (exitFlops.length !== exits)
    throw new RangeError(`exitFlops: ${exitFlops.length} values for ${exits} exits`);
}
