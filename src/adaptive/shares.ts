/**
 * Exit shares for budgeted classification: P[e] = q^(e+1) / sum_j q^(j+1) over all E exits.
 *
 * The public `dynamic_evaluate` computes these with float32 torch ops on the CPU, and the
 * threshold search then takes floor(N * P[e]) in float32, so one ulp here can move a threshold
 * by a sample. We replay torch's arithmetic step by step:
 *
 *     _p = FloatTensor(1).fill_(p / 20)             -> fround(q)
 *     log(_p) * torch.range(1, E)                   -> correctly rounded log, float32 product
 *     torch.exp(...)                                -> float32 exp (see torchExp)
 *     probs /= probs.sum()                          -> torch's cascade float32 sum, float32 divide
 *
 * Checked bit for bit against torch 2.11 (CPU, MKL build, ATEN_CPU_CAPABILITY avx512, avx2 and
 * default all agree) for p = 1..39 and E = 1..16: every share, and floor(N * P[e]) for N up to
 * 50000. Without the two torch-specific steps (exp exceptions, cascade sum) about 3% of
 * (E, p, N) combinations with E > 10 took one sample more or fewer at some exit.
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
  if (!(q > 0) || !Number.isFinite(q))
    throw new RangeError(`exit shares: q must be a positive number, got ${q}`);
  checkExits(exits);
  const logQ = fround(Math.log(fround(q)));
  const weights = new Float32Array(exits);
  for (let e = 0; e < exits; e++) weights[e] = torchExp(fround(logQ * (e + 1)));
  return normalizeShares(weights);
}

/** Divides weights by their float32 sum, as `probs /= probs.sum()` does. */
export function normalizeShares(weights: ArrayLike<number>): Float32Array {
  checkExits(weights.length);
  const w = new Float32Array(weights.length);
  for (let e = 0; e < weights.length; e++) {
    if (!(weights[e] >= 0) || !Number.isFinite(weights[e])) {
      throw new RangeError(`exit shares: weight ${e} must be a finite number >= 0, got ${weights[e]}`);
    }
    w[e] = weights[e];
  }
  const sum = torchSum(w);
  if (!(sum > 0) || !Number.isFinite(sum)) {
    throw new RangeError(`exit shares: weights must have a positive finite sum, got ${sum}`);
  }
  const shares = new Float32Array(w.length);
  for (let e = 0; e < w.length; e++) shares[e] = fround(w[e] / sum);
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

/**
 * torch's CPU float32 exp is not correctly rounded (the same under ATEN_CPU_CAPABILITY avx512,
 * avx2 and default, so presumably MKL's vsExp, which the official builds call): where
 * the exact value lies next to a rounding midpoint it can land one ulp from fround(Math.exp(x)).
 * These are the arguments of the standard grid (p = 1..39, k = 1..16) where it does, measured
 * with torch 2.11; keyed by the float32 argument, mapped to torch's float32 result.
 */
const TORCH_EXP_EXCEPTIONS: ReadonlyMap<number, number> = new Map([
  [-25.32843589782715, 1.0000001694765448e-11],
  [-27.63102149963379, 9.999996707435455e-13],
  [-1.5970155000686646, 0.20249998569488525],
  [-2.043302297592163, 0.12960003316402435],
  [-8.173209190368652, 0.0002821112284436822],
  [-0.7181062698364258, 0.48767492175102234],
  [0.09758023917675018, 1.1024999618530273],
  [0.9003138542175293, 2.4603753089904785],
  [4.820803642272949, 124.06475830078125],
  [7.012078285217285, 1109.958984375],
]);

/** float32 exp of a float32 argument, as torch computes it. */
export function torchExp(x: number): number {
  return TORCH_EXP_EXCEPTIONS.get(x) ?? fround(Math.exp(x));
}

/**
 * The order in which torch's CPU `sum()` adds a short contiguous float32 vector (ATen's
 * cascade_sum, 8-lane vectors, 4-way interleaved partial sums): rows shorter than 8 are summed
 * as four interleaved partials (remainder into the first) then combined; longer rows keep one
 * such partial per lane over whole 8-vectors, then add the scalar tail and the 8 lane sums in
 * order. Past 512 values (64 vectors per lane) torch adds further cascade levels that are not
 * modelled; no network has that many exits.
 */
export function torchSum(values: ArrayLike<number>): number {
  const LANES = 8;
  const n = values.length;
  if (n < LANES) return interleavedSum(values, 0, 1, n);
  const vectors = Math.floor(n / LANES);
  let total = 0;
  for (let i = vectors * LANES; i < n; i++) total = fround(total + values[i]);
  for (let lane = 0; lane < LANES; lane++)
    total = fround(total + interleavedSum(values, lane, LANES, vectors));
  return total;
}

/** ATen row_sum with ilp_factor 4 over `count` elements of `v` starting at `start`, `stride` apart. */
function interleavedSum(v: ArrayLike<number>, start: number, stride: number, count: number): number {
  const acc = [0, 0, 0, 0];
  const groups = Math.floor(count / 4);
  for (let g = 0; g < groups; g++) {
    for (let k = 0; k < 4; k++) acc[k] = fround(acc[k] + v[start + (4 * g + k) * stride]);
  }
  for (let i = groups * 4; i < count; i++) acc[0] = fround(acc[0] + v[start + i * stride]);
  return fround(fround(fround(acc[0] + acc[1]) + acc[2]) + acc[3]);
}
