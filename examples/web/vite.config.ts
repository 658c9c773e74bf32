// Vite serves and bundles the demo page. The page imports the generated package straight from
// generated/digits/ (its JavaScript, as any project would) and fetches its assets from
// assets/, which examples/web/prepare.ts fills from ../shared/fixtures. Served cross-origin
// isolated (COOP + COEP, by the dev server and by `vite preview`, which the end-to-end test
// uses), so that the page has SharedArrayBuffer and the wasm fallback runs on a thread pool.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { runtimeSourceAliases } from '../../packages/runtime/source.ts';

const webDir = path.dirname(fileURLToPath(import.meta.url));

/** `crossOriginIsolated` in the page: every resource is same-origin, so nothing else is needed. */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  root: webDir,
  base: './',
  publicDir: path.join(webDir, 'assets'),
  // The generated package imports @ranetc/runtime: its sources in this repository, no build step.
  resolve: { alias: runtimeSourceAliases },
  // The generated model lives outside the page's folder.
  server: { fs: { allow: [path.resolve(webDir, '../..')] }, headers: ISOLATION_HEADERS },
  preview: { headers: ISOLATION_HEADERS },
  build: { outDir: path.join(webDir, 'dist'), emptyOutDir: true, target: 'es2022' },
});
