import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The runtime package's entries as its TypeScript sources, as tsconfig.json's `paths` map them. */
export const runtimeAliases = [
  {
    find: /^@ranetc\/runtime$/,
    replacement: fileURLToPath(new URL('./packages/runtime/src/index.ts', import.meta.url)),
  },
  {
    find: /^@ranetc\/runtime\/node$/,
    replacement: fileURLToPath(new URL('./packages/runtime/src/node.ts', import.meta.url)),
  },
];

export default defineConfig({
  resolve: { alias: runtimeAliases },
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores: run files one or two at a time so numeric tests do not starve each other.
    maxWorkers: 2,
  },
});
