/**
 * Timing shared by the bench (`src/cli`) and the tuner (`src/tune`, which also runs in a page):
 * one median, one interleaved timing loop, and the bootstrap interval of a ratio that the tuning
 * confirmation decides on. Page-safe: no Node built-in, no package (`test/architecture.test.ts`).
 */
import { mulberry32 } from '../weights/synthetic.ts';

/** Median of the samples; of an even count, the mean of the two middle ones. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Times one call, ms; `run` is the index of the run it belongs to. */
export type Timer = (call: () => Promise<unknown>, run: number) => Promise<number>;

/** Wall time of a call (`performance.now()` around it), ms. */
export const wallTime: Timer = async (call) => {
  const t0 = performance.now();
  await call();
  return performance.now() - t0;
};

export interface InterleaveOptions {
  /**
   * Whether another round is timed, given each run's samples so far and the rounds done (at
   * least one round is always timed).
   */
  readonly more: (samples: readonly (readonly number[])[], rounds: number) => boolean;
  /** Round r starts with run r mod n (otherwise always in the given order). */
  readonly rotate?: boolean;
  /** Times a call (default `wallTime`); tests inject synthetic times. */
  readonly time?: Timer;
}

/**
 * Each run's timed calls (ms), in rounds of one call each after an untimed warm-up round, so
 * that a load that comes and goes on the machine falls on each run alike.
 */
export async function interleaved(
  runs: readonly (() => Promise<unknown>)[],
  options: InterleaveOptions,
): Promise<number[][]> {
  const time = options.time ?? wallTime;
  for (const run of runs) await run();
  const samples: number[][] = runs.map(() => []);
  let rounds = 0;
  do {
    for (let k = 0; k < runs.length; k++) {
      const i = options.rotate === true ? (rounds + k) % runs.length : k;
      samples[i].push(await time(runs[i], i));
    }
    rounds++;
  } while (options.more(samples, rounds));
  return samples;
}

/** Medians (ms) of `runs` over `reps` interleaved rounds (`interleaved`). */
export async function interleavedMedians(
  runs: readonly (() => Promise<unknown>)[],
  reps: number,
  rotate = false,
): Promise<number[]> {
  const samples = await interleaved(runs, { more: (_, rounds) => rounds < reps, rotate });
  return samples.map(median);
}

/** Wall time of `run` in ms: one warm-up call, then the median of `reps` timed calls. */
export async function medianTime(run: () => Promise<unknown>, reps: number): Promise<number> {
  const [ms] = await interleavedMedians([run], reps);
  return ms;
}

/** Bootstrap resamples of `ratioInterval`. */
export const BOOTSTRAP_RESAMPLES = 2000;

/**
 * A 95% interval of the median of per-call ratios (percentile bootstrap: the 2.5% and 97.5%
 * quantiles of the medians of `BOOTSTRAP_RESAMPLES` resamples with replacement), from a seeded
 * generator, so that the same ratios always give the same interval.
 */
export function ratioInterval(ratios: readonly number[], seed = 1): [number, number] {
  if (ratios.length === 0) throw new Error('an interval of no ratios');
  const random = mulberry32(seed);
  const medians = new Float64Array(BOOTSTRAP_RESAMPLES);
  const resample = new Array<number>(ratios.length);
  for (let b = 0; b < BOOTSTRAP_RESAMPLES; b++) {
    for (let i = 0; i < ratios.length; i++) resample[i] = ratios[Math.floor(random() * ratios.length)];
    medians[b] = median(resample);
  }
  medians.sort();
  const at = (q: number): number =>
    medians[Math.min(BOOTSTRAP_RESAMPLES - 1, Math.floor(q * BOOTSTRAP_RESAMPLES))];
  return [at(0.025), at(0.975)];
}
