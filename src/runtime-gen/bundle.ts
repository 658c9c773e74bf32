import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import type { FileContent } from '../cli/output-dir.ts';
import { PLAN_FILE } from './generate.ts';

/** The files of the runtime package that a bundle inlines: its TypeScript sources in a checkout, else its build. */
function runtimePackage(): { readonly dir: string; readonly entries: Record<string, string> } {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@ranetc/runtime/package.json'));
  const source = existsSync(path.join(dir, 'src', 'index.ts'));
  const entry = (name: string): string => path.join(dir, source ? `src/${name}.ts` : `dist/${name}.js`);
  return { dir, entries: { '@ranetc/runtime': entry('index'), '@ranetc/runtime/node': entry('node') } };
}

/**
 * `ranetc build --bundle`: replaces the package's `index.js` by one module with the runtime and
 * the plan inlined (esbuild, ES modules, not minified), and drops `plan.json`, so the directory
 * works with no install. Files the runtime reads beside the entry (`model.wasm`,
 * `kernels/model.cu`) stay files; Node built-ins and koffi stay imports. Deterministic.
 */
export async function bundleEntry(files: Map<string, FileContent>): Promise<void> {
  const { build } = await import('esbuild');
  const { dir, entries } = runtimePackage();
  const text = (file: string): string => {
    const content = files.get(file);
    if (typeof content !== 'string') throw new Error(`bundle: the package has no ${file}`);
    return content;
  };
  const inMemory: Plugin = {
    name: 'ranetc-package',
    setup(b) {
      b.onResolve({ filter: /^@ranetc\/runtime(\/node)?$/ }, (args) => ({ path: entries[args.path] }));
      b.onResolve({ filter: new RegExp(`^\\./${PLAN_FILE.replace('.', '\\.')}$`) }, () => ({
        path: PLAN_FILE,
        namespace: 'package',
      }));
      b.onLoad({ filter: /.*/, namespace: 'package' }, (args) => ({
        contents: text(args.path),
        loader: 'json',
      }));
    },
  };
  const result = await build({
    stdin: { contents: text('index.js'), loader: 'js', sourcefile: 'index.js', resolveDir: dir },
    // The module comments name the runtime's files relative to its package, wherever ranetc runs.
    absWorkingDir: dir,
    banner: { js: text('index.js').split('\n')[0] },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    external: ['koffi', 'node:*'],
    plugins: [inMemory],
    logLevel: 'silent',
    legalComments: 'none',
  });
  if (result.errors.length > 0) throw new Error(`bundle: ${result.errors.map((e) => e.text).join('; ')}`);
  files.set('index.js', result.outputFiles[0].text);
  files.delete(PLAN_FILE);
}
