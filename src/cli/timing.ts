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
