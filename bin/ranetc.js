#!/usr/bin/env node
// In a checkout (src/ is there) the CLI runs its TypeScript sources through tsx, so it needs no
// build step (tsconfig.json's `paths` map `@ranetc/runtime` to packages/runtime/src); an
// installed package runs the JavaScript compiled into dist/ by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = new URL('../src/cli/main.ts', import.meta.url);
let main;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
  ({ main } = await import(source.href));
} else {
  ({ main } = await import('../dist/cli/main.js'));
}
process.exitCode = await main(process.argv);
