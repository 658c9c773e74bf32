// Vite serves and bundles the demo page. The page imports the generated package straight from
// generated/digits/ (its JavaScript, as any project would) and fetches its assets from
// assets/, which examples/web/prepare.ts fills from ../shared/fixtures.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webDir = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: webDir,
  base: './',
  publicDir: path.join(webDir, 'assets'),
  // The generated model lives outside the page's folder.
  server: { fs: { allow: [path.resolve(webDir, '../..')] } },
  build: { outDir: path.join(webDir, 'dist'), emptyOutDir: true, target: 'es2022' },
});
