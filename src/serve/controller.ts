/**
 * The compute budget held online: a controller that keeps the realized MFLOPs per input (the
 * public accounting of the exits taken) at a setpoint while the traffic drifts away from the
 * validation set the thresholds were calibrated on.
 *
 * Actuator. The operating points are the calibrated curve, extended beyond its ends by
 * "everything leaves at the first exit" and "everything runs the full network", sorted by
 * their expected cost on the validation set e_0 < ... < e_M. The controller's state is a
 * position u in [e_0, e_M] on that scale. Each batch runs at one point: the neighbours e_i
 * <= u <= e_{i+1} alternate from batch to batch so that, counted in inputs, a fraction
 * f = (u - e_i) / (e_{i+1} - e_i) runs at e_{i+1} (error diffusion: a credit of f inputs per
 * input; a batch takes the upper point when the credit covers half of it).
 *
 * Control law (integral, per input): after a batch of n inputs with realized costs c_j,
 *   u <- clamp(u + k * sum_j (target - c_j), e_0, e_M),   k = gain / window.
 * In steady state the error's sum stops growing, so the realized cost averages the target
 * whatever the traffic (the integral removes any constant offset between expected and
 * realized costs). Why it settles: locally the realized cost is y = y0 + G (u - u*), with G the
 * slope of the realized cost against u on the current traffic; a batch of n inputs changes the
 * error by a factor (1 - k n G). The loop converges without oscillating while k n G < 1 and
 * converges at all while k n G < 2. G is about 1 where the traffic looks like the validation
 * set and larger where it does not (the beyond-the-end segment to the full network on easy
 * traffic: up to about 5 on digits), so k is chosen for k * maxBatch * G_max < 2. The clamp
 * stops the integral winding up when the target lies outside what the points can reach.
 */
import type { CalibrationPoint } from '../runtime/scheduler.ts';

/** An operating point: thresholds and their expected MFLOPs per input on the calibration set. */
export interface OperatingPoint extends CalibrationPoint {
  /** Position among the controller's points (0: everything at the first exit). */
  readonly index: number;
}

export interface ControllerOptions {
  /** Setpoint: MFLOPs per input. */
  readonly target: number;
  /** Inputs over which `windowMFlops` averages (and the gain's unit). Default 500. */
  readonly window?: number;
  /** Integral gain on ln u, per window of relative error. Default `DEFAULT_GAIN`. */
  readonly gain?: number;
  /** Gain of the second integrator (the drift of ln u), per window squared. Default `DEFAULT_DRIFT_GAIN`. */
  readonly driftGain?: number;
}

export const DEFAULT_WINDOW = 500;
export const DEFAULT_GAIN = 12;
export const DEFAULT_DRIFT_GAIN = 4;

/** Threshold that no confidence reaches, and one that every confidence reaches (the runtime's). */
const NEVER = 1e8;
const ALWAYS = -1e8;

/** The calibrated points extended by "all at the first exit" and "the full network", sorted by cost. */
export function operatingPoints(
  calibrated: readonly CalibrationPoint[],
  exitFlops: readonly number[],
): OperatingPoint[] {
  const exits = exitFlops.length;
  const first = { thresholds: exitFlops.map(() => ALWAYS), expectedMFlops: exitFlops[0] / 1e6 };
  const full = {
    thresholds: exitFlops.map((_, e) => (e === exits - 1 ? ALWAYS : NEVER)),
    expectedMFlops: exitFlops[exits - 1] / 1e6,
  };
  const inner = calibrated
    .filter((p) => p.expectedMFlops > first.expectedMFlops && p.expectedMFlops < full.expectedMFlops)
    .sort((a, b) => a.expectedMFlops - b.expectedMFlops);
  // Points of equal expected cost add nothing to the actuator: keep the first of each.
  const distinct = inner.filter((p, i) => i === 0 || p.expectedMFlops > inner[i - 1].expectedMFlops);
  return [first, ...distinct, full].map((p, index) => ({ ...p, index }));
}

export class BudgetController {
  readonly target: number;
  readonly window: number;
  readonly gain: number;
  readonly driftGain: number;
  /** ln u: the position on the expected-cost scale, in logarithms. */
  private lnU: number;
  /** The drift of ln u per input (the second integrator). */
  private drift = 0;
  private credit = 0;
  /** Recent batches (inputs, summed MFLOPs), covering at least `window` inputs. */
  private recent: { n: number; mflops: number }[] = [];
  private readonly lnLow: number;
  private readonly lnHigh: number;

  constructor(
    readonly points: readonly OperatingPoint[],
    options: ControllerOptions,
  ) {
    if (points.length < 2) throw new Error('the controller needs at least two operating points');
    this.target = options.target;
    this.window = options.window ?? DEFAULT_WINDOW;
    this.gain = options.gain ?? DEFAULT_GAIN;
    this.driftGain = options.driftGain ?? DEFAULT_DRIFT_GAIN;
    this.lnLow = Math.log(points[0].expectedMFlops);
    this.lnHigh = Math.log(points[points.length - 1].expectedMFlops);
    this.lnU = Math.min(this.lnHigh, Math.max(this.lnLow, Math.log(options.target)));
  }

  /** The position u on the expected-cost scale (what `ranetc_operating_point_mflops` shows). */
  get position(): number {
    return Math.exp(this.lnU);
  }

  /** Realized MFLOPs per input over the last `window` inputs (NaN before any). */
  get windowMFlops(): number {
    let n = 0;
    let sum = 0;
    for (let i = this.recent.length - 1; i >= 0 && n < this.window; i--) {
      n += this.recent[i].n;
      sum += this.recent[i].mflops;
    }
    return sum / n;
  }

  /** The point for the next batch of `n` inputs: the lower or upper neighbour of u, by error diffusion. */
  choose(n: number): OperatingPoint {
    const u = this.position;
    const last = this.points.length - 2;
    let i = 0;
    while (i < last && this.points[i + 1].expectedMFlops <= u) i++;
    const lo = this.points[i].expectedMFlops;
    const f = Math.min(1, Math.max(0, (u - lo) / (this.points[i + 1].expectedMFlops - lo)));
    this.credit += f * n;
    if (this.credit >= n / 2) {
      this.credit -= n;
      return this.points[i + 1];
    }
    return this.points[i];
  }

  /** Feeds back a batch: `n` inputs costing `mflops` in all (the accounting of the exits taken). */
  observe(n: number, mflops: number): void {
    if (n === 0) return;
    const error = (n * this.target - mflops) / this.target;
    this.drift += (this.driftGain / this.window ** 2) * error;
    const next = this.lnU + (this.gain / this.window) * error + n * this.drift;
    this.lnU = Math.min(this.lnHigh, Math.max(this.lnLow, next));
    // At an end the drift would wind up against what the points can reach.
    if (this.lnU !== next) this.drift = 0;
    this.recent.push({ n, mflops });
    let kept = 0;
    let from = this.recent.length;
    while (from > 0 && kept < this.window) kept += this.recent[--from].n;
    if (from > 0) this.recent = this.recent.slice(from);
  }
}
