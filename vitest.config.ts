import { defineConfig } from 'vitest/config';
import { runtimeSourceAliases } from './packages/runtime/source.ts';

export default defineConfig({
  resolve: { alias: runtimeSourceAliases },
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores: run files one or two at a time so numeric tests do not starve each other.
    maxWorkers: 2,
    // A file stuck where no test timeout reaches it (blocked synchronously) fails the run, named.
    reporters: ['default', './test/helpers/watchdog.ts'],
    setupFiles: ['./test/helpers/watchdog-setup.ts'],
  },
});
