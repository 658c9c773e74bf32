// The configuration of watchdog.test.ts's inner run: stuck.ts alone, with the suite's reporters.
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  test: {
    include: ['test/watchdog/stuck.ts'],
    reporters: ['default', './test/helpers/watchdog.ts'],
    setupFiles: ['./test/helpers/watchdog-setup.ts'],
  },
});
