/**
 * Exit shares for budgeted classification: P[e] = q^(e+1) / sum_j q^(j+1) over all E exits.
 *
 * The public `dynamic_evaluate` computes these in float32 torch ops, and the threshold search
 * then takes floor(N * P[e]) in float32 too, so an ulp here can move a threshold by one sample.
 * Every step below is therefore rounded to float32 in the order torch performs it:
 *
 *     _p = FloatTensor(1).fill_(p / 20)                 -> fround(q)
 *     probs = exp(log(_p) * torch.range(1, E))          -> fround(exp(fround(fround(log q) * k)))
 *     probs /= probs.sum()                              -> float32 sum, float32 divide
 *
 * Math.log/Math.exp are evaluated in double and then rounded, i.e. correctly rounded float32
 * results; torch's float32 exp/log (SLEEF or MKL, depending on the build) are within an ulp of
 * those, so a rare q may differ by one ulp from a given torch build.
 */

const fround = Math.fround;

/** The public code's budget grid: p = 1..39, q = p / 20. */
export const STANDARD_P: readonly number[] = Array.from({ length: 39 }, (_, i) => i + 1);

/** q for one of the standard p values, as the public code spells it (`p * 1.0 / 20`). */
export function qForP(p: number): number {
  return p / 20;
}

/** Normalized float32 exit shares for a geometric ratio q over `exits` exits. */
export function exitShares(q: number, exits: number): Float32Array {
  if (!(q > 0) || !Number.isFinite(q)) throw new RangeError(`exit shares: q must be a positive number, got ${q}`);
  checkExits(exits);
  const logQ = fround(Math.log(fround(q)));
  const weights = new Float32Array(exits);
  for (let e = 0; e < exits; e++) weights[e] = fround(Math.exp(fround(logQ * (e + 1))));
  return normalizeShares(weights);
}

/**
 * Divides weights by their float32 sum, as `probs /= probs.sum()` does. For E below the SIMD
 * width torch's CPU sum is a plain left-to-right float32 loop, which is what we do.
 */
export function normalizeShares(weights: ArrayLike<number>): Float32Array {
  checkExits(weights.length);
  let sum = 0;
  for (let e = 0; e < weights.length; e++) {
    const w = weights[e];
    if (!(w >= 0) || !Number.isFinite(w)) {
      throw new RangeError(`exit shares: weight ${e} must be a finite number >= 0, got ${w}`);
    }
    sum = fround(sum + fround(w));
  }
  if (!(sum > 0) || !Number.isFinite(sum)) {
    throw new RangeError(`exit shares: weights must have a positive finite sum, got ${sum}`);
  }
  const shares = new Float32Array(weights.length);
  for (let e = 0; e < weights.length; e++) shares[e] = fround(fround(weights[e]) / sum);
  return shares;
}

/** floor(N * P[e]) with the product in float32, as `math.floor(n_sample * p[k])` on a float tensor. */
export function samplesToTake(n: number, share: number): number {
  return Math.floor(fround(fround(n) * fround(share)));
}

function checkExits(exits: number): void {
  if (!Number.isInteger(exits) || exits < 1) {
    throw new RangeError(`exit shares: need a positive whole number of exits, got ${exits}`);
  }
}
