/** Wall time of `run` in ms: one warm-up call, then the median of `reps` timed calls. */
export async function medianTime(run: () => Promise<unknown>, reps: number): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** Median of the samples (the upper one of an even count). */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Medians (ms) of `runs`, timed in rounds of one call each after a warm-up round, so that a load
 * that comes and goes on the machine falls on each alike. `rotate`: each round starts with the
 * next run (otherwise always in the given order).
 */
export async function interleavedMedians(
  runs: readonly (() => Promise<unknown>)[],
  reps: number,
  rotate = false,
): Promise<number[]> {
  for (const run of runs) await run();
  const samples: number[][] = runs.map(() => []);
  for (let r = 0; r < reps; r++)
    for (let k = 0; k < runs.length; k++) {
      const i = rotate ? (r + k) % runs.length : k;
      const t0 = performance.now();
      await runs[i]();
      samples[i].push(performance.now() - t0);
    }
  return samples.map(median);
}
