#!/usr/bin/env node
// In a checkout (src/ is there) the CLI runs its TypeScript sources through tsx, so it needs no
// build step; an installed package runs the JavaScript compiled into dist/ by `npm run build`.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
let main;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(source.href));
} else {
  ({ main } = await import('../dist/cli/main.js'));
}
process.exitCode = await main(process.argv);
