// The package's entries as its TypeScript sources, for tools that run the repository without a
// build step (vitest, Vite for examples/web), as tsconfig.json's `paths` map them for tsc and tsx.
import { fileURLToPath } from 'node:url';

export const runtimeSourceAliases = [
  { find: /^@ranetc\/runtime$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  { find: /^@ranetc\/runtime\/node$/, replacement: fileURLToPath(new URL('./src/node.ts', import.meta.url)) },
];
