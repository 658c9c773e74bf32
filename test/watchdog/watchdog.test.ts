// The suite's watchdog (test/helpers/watchdog.ts) on a file stuck past every vitest timeout:
// vitest run on stuck.ts alone, with the watchdog's limits in seconds, must fail the run in
// about the limit, naming the file and the test, and leave no test process behind.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.ts';

it('names a file blocked synchronously, stops its process and fails the run', async () => {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      path.join(repoRoot, 'test/watchdog/vitest.config.ts'),
    ],
    { cwd: repoRoot, env: { ...process.env, RANETC_WATCHDOG: '1,4,1' } },
  );
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const kill = setTimeout(() => child.kill('SIGKILL'), 90_000);
  const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  clearTimeout(kill);
  const seconds = (performance.now() - started) / 1000;
  expect(code, output).toBe(1);
  expect(output).toMatch(/watchdog: \S*test\/watchdog\/stuck\.ts still running after \d+ s, in /);
  const stuck =
    /watchdog: \S*test\/watchdog\/stuck\.ts has run \d+ s \(limit 4 s\): stuck in test "\S*stuck\.ts > blocks on an atomic nobody notifies" \(process (\d+)\)/.exec(
      output,
    );
  expect(stuck, output).not.toBeNull();
  // The blocked test process is gone (or a zombie, where nobody reaps orphans).
  expect(running(Number(stuck![1]))).toBe(false);
  // Well before the stuck test's own 120 s wait ends.
  expect(seconds).toBeLessThan(60);
});

/** Whether process `pid` exists and is not a zombie (Linux: /proc). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}
