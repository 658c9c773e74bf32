/**
 * A reporter that turns a test file stuck past any test timeout into a named failure.
 *
 * vitest's test and hook timeouts are timers in the test's own process: a test blocked
 * synchronously (a child process run with spawnSync, a thread that waits on an atomic, a
 * native call that never returns) never reaches them, and the run waits forever. This reporter
 * lives in vitest's main process, which stays responsive: it tracks every test file from the
 * moment it is queued, says which ones run long, and, past the hard limit, names the stuck
 * file and what its process last started (written by watchdog-setup.ts, as vitest's own reports
 * of a test's start wait on a timer that a blocked process never reaches), kills the test
 * processes and fails the run.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Seconds: a file running `warn` long is reported (the slowest file takes some 6 minutes on a
 * loaded 2-core machine); one running `limit` long is stuck and the run fails (well inside CI's
 * limit, with room for the rest); the files are looked at every `tick`. `RANETC_WATCHDOG`
 * ("warn,limit,tick") changes them, for the watchdog's own test.
 */
const [WARN_S, LIMIT_S, TICK_S] = (process.env.RANETC_WATCHDOG ?? '600,1500,30').split(',').map(Number);

interface Running {
  readonly start: number;
  warned: boolean;
}

export default class Watchdog implements Reporter {
  private readonly running = new Map<string, Running>();
  private timer: ReturnType<typeof setInterval> | undefined;
  /** Where the test processes say what they start (watchdog-setup.ts). */
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'ranetc-watchdog-'));

  onInit(): void {
    // Test processes started from now on inherit it.
    process.env.RANETC_WATCHDOG_DIR = this.dir;
  }

  onTestRunStart(): void {
    this.timer = setInterval(() => this.tick(), TICK_S * 1000);
    this.timer.unref();
  }

  onTestModuleQueued(module: TestModule): void {
    this.running.set(module.moduleId, { start: Date.now(), warned: false });
  }

  onTestModuleEnd(module: TestModule): void {
    this.running.delete(module.moduleId);
  }

  onTestRunEnd(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private tick(): void {
    const now = Date.now();
    for (const [file, r] of this.running) {
      const seconds = Math.round((now - r.start) / 1000);
      if (seconds >= LIMIT_S) {
        process.stderr.write(
          `\nwatchdog: ${file} has run ${seconds} s (limit ${LIMIT_S} s): stuck in ${this.last(file)}. ` +
            'Stopping the test processes; the run fails.\n',
        );
        killChildren(process.pid);
        rmSync(this.dir, { recursive: true, force: true });
        process.exit(1);
      }
      if (seconds >= WARN_S && !r.warned) {
        r.warned = true;
        process.stderr.write(`\nwatchdog: ${file} still running after ${seconds} s, in ${this.last(file)}\n`);
      }
    }
  }

  /** What the process running `file` last said it started. */
  private last(file: string): string {
    for (const pid of readdirSync(this.dir)) {
      try {
        const said = JSON.parse(readFileSync(path.join(this.dir, pid), 'utf8')) as {
          file: string;
          what: string;
        };
        if (said.file === file) return `${said.what} (process ${pid})`;
      } catch {
        // Being written.
      }
    }
    return 'loading (no hook or test started yet)';
  }
}

/** SIGKILL to every descendant of `pid` (Linux: /proc), deepest first. */
function killChildren(pid: number): void {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return;
  }
  const parent = new Map<number, number>();
  for (const e of entries) {
    try {
      // Fields after the command name (which may hold spaces), in parentheses: state, ppid.
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(e), ppid);
    } catch {
      // The process ended meanwhile.
    }
  }
  const descendants = (p: number): number[] =>
    [...parent].filter(([, pp]) => pp === p).flatMap(([c]) => [...descendants(c), c]);
  for (const child of descendants(pid)) {
    try {
      process.kill(child, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
