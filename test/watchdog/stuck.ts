// A test file that blocks its process synchronously, where no vitest timeout reaches it: what
// the watchdog must name and stop (run by watchdog.test.ts, not by the suite).
import { it } from 'vitest';

it('blocks on an atomic nobody notifies', () => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
});
