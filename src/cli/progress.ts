/**
 * A progress bar on stderr for long runs. On a terminal it redraws one line (at most ten
 * times a second); otherwise (CI logs, pipes) it prints a plain line at every 10%, so logs
 * stay short and readable.
 */
export interface ProgressSink {
  readonly isTTY?: boolean;
  write(s: string): unknown;
}

export function progressBar(
  label: string,
  sink: ProgressSink = process.stderr,
  now: () => number = () => performance.now(),
): (done: number, total: number) => void {
  const t0 = now();
  let lastDraw = -Infinity;
  let lastTenth = 0;
  return (done, total) => {
    const t = now();
    const rate = done / Math.max((t - t0) / 1000, 1e-9);
    const finished = done >= total;
    if (sink.isTTY) {
      if (!finished && t - lastDraw < 100) return;
      lastDraw = t;
      const width = 30;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const bar = '#'.repeat(filled) + '.'.repeat(width - filled);
      sink.write(`\r${label} [${bar}] ${done}/${total} ${rate.toFixed(1)} img/s${finished ? '\n' : ''}`);
      return;
    }
    const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
    if (tenth > lastTenth || finished) {
      lastTenth = tenth;
      sink.write(
        `${label}: ${done}/${total} images (${Math.floor((done / Math.max(total, 1)) * 100)}%), ${rate.toFixed(1)} img/s\n`,
      );
    }
  };
}
