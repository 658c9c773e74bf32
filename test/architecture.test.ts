// The boundaries ARCHITECTURE.md names, checked on the import graph of src/: a backend never
// imports another backend, the stages before rendering know no target, and the runtime that
// package (packages/runtime) imports only itself, and the compiler reaches it only through the
// package's entries.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.ts';

const SRC = path.join(repoRoot, 'src');
const RUNTIME = path.join(repoRoot, 'packages', 'runtime', 'src');
/** The runtime package's entries, resolved as tsconfig.json's `paths` resolve them. */
const RUNTIME_ENTRIES: Record<string, string> = {
  '@ranetc/runtime': path.join(RUNTIME, 'index.ts'),
  '@ranetc/runtime/node': path.join(RUNTIME, 'node.ts'),
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/**
 * Relative imports and imports of the runtime package (static, dynamic and side-effect) of a
 * file, as paths relative to src/ (the runtime's as `../packages/runtime/src/...`).
 */
function importsOf(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'((?:\.{1,2}\/|@ranetc\/)[^']+)'/g)].map(
    (m) => m[1],
  );
  return specifiers.map((s) =>
    path.relative(SRC, s.startsWith('.') ? path.resolve(path.dirname(file), s) : (RUNTIME_ENTRIES[s] ?? s)),
  );
}

const graphOf = (dir: string): { file: string; imports: string[] }[] =>
  sources(dir).map((file) => ({
    file: path.relative(SRC, file),
    imports: importsOf(file, readFileSync(file, 'utf8')),
  }));
const graph = [...graphOf(SRC), ...graphOf(RUNTIME)];
/** The runtime package's sources, relative to src/. */
const RUNTIME_PREFIX = `${path.relative(SRC, RUNTIME)}${path.sep}`;
const inRuntime = (p: string): boolean => p.startsWith(RUNTIME_PREFIX);

/** `backends/<name>/...` -> name; the backends folder's own files (target list, shared loader) -> undefined. */
const backendOf = (p: string): string | undefined => {
  const parts = p.split(path.sep);
  return parts[0] === 'backends' && parts.length > 2 ? parts[1] : undefined;
};

const violations = (from: (f: string) => boolean, forbidden: (f: string, i: string) => boolean): string[] =>
  graph.flatMap(({ file, imports }) =>
    from(file) ? imports.filter((i) => forbidden(file, i)).map((i) => `${file} -> ${i}`) : [],
  );

describe('module boundaries', () => {
  it('reads the imports of every source file', () => {
    const backend = graph.find((g) => g.file === path.join('backends', 'targets.ts'));
    expect(backend?.imports).toContain(path.join('backends', 'wgsl', 'render.ts'));
    expect(backend?.imports).toContain(path.join('backends', 'cuda', 'render.ts'));
  });

  it('no backend imports another backend', () => {
    const crossing = violations(
      (f) => backendOf(f) !== undefined,
      (f, i) => backendOf(i) !== undefined && backendOf(i) !== backendOf(f),
    );
    expect(crossing).toEqual([]);
  });

  it('the stages before rendering know no target, CLI or generator', () => {
    const before = ['spec', 'frontend', 'ir', 'passes', 'kernels', 'schedule', 'reference', 'weights'];
    const after = ['backends', 'cli', 'runtime-gen', 'adaptive', 'compile.ts'];
    const crossing = violations(
      (f) => before.includes(f.split(path.sep)[0]),
      (_, i) => after.includes(i.split(path.sep)[0]),
    );
    expect(crossing).toEqual([]);
  });

  it('the tuner (run in a page, and by the CLI) imports nothing of the CLI', () => {
    const crossing = violations(
      (f) => f.startsWith(`tune${path.sep}`),
      (_, i) => i.startsWith(`cli${path.sep}`),
    );
    expect(crossing).toEqual([]);
  });

  it('the server (a library for other hosts too) imports nothing of the CLI', () => {
    const crossing = violations(
      (f) => f.startsWith(`serve${path.sep}`),
      (_, i) => i.startsWith(`cli${path.sep}`),
    );
    expect(crossing).toEqual([]);
  });

  it('kernel lowering imports no pass: what it asks of the graph is an IR query', () => {
    const crossing = violations(
      (f) => f.startsWith(`kernels${path.sep}`),
      (_, i) => i.startsWith(`passes${path.sep}`),
    );
    expect(crossing).toEqual([]);
  });

  it('the runtime package imports only itself', () => {
    expect(graph.filter((g) => inRuntime(g.file)).length).toBeGreaterThan(10);
    const crossing = violations(inRuntime, (_, i) => !inRuntime(i));
    expect(crossing).toEqual([]);
  });

  it('the compiler reaches the runtime through its entries, never a file of it', () => {
    const entries = new Set(Object.values(RUNTIME_ENTRIES).map((e) => path.relative(SRC, e)));
    const crossing = violations(
      (f) => !inRuntime(f),
      (_, i) => inRuntime(i) && !entries.has(i),
    );
    expect(crossing).toEqual([]);
    expect(graph.find((g) => g.file === 'index.ts')?.imports).toContain(
      path.relative(SRC, RUNTIME_ENTRIES['@ranetc/runtime/node']),
    );
  });
});

/**
 * Every module `file` (relative to src/) loads at run time, and the packages and Node built-ins
 * they load: type-only imports are erased, so they do not count.
 */
function runtimeClosure(file: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (f: string): void => {
    if (files.has(f)) return;
    files.add(f);
    // Template literals are code run elsewhere (the wasm pool's worker source), not imports.
    const text = readFileSync(path.join(SRC, f), 'utf8').replace(/`(?:\\.|[^`\\])*`/g, '``');
    const loaded = [
      ...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm),
      ...text.matchAll(/import\(\s*'([^']+)'\s*\)/g),
    ].map((m) => m[1]);
    for (const s of loaded)
      if (s.startsWith('.')) visit(path.relative(SRC, path.resolve(path.dirname(path.join(SRC, f)), s)));
      else if (RUNTIME_ENTRIES[s] !== undefined) visit(path.relative(SRC, RUNTIME_ENTRIES[s]));
      else packages.add(s);
  };
  visit(file);
  return { files: [...files], packages: [...packages] };
}

describe('what runs in a page', () => {
  it("the runtime's browser entry loads no Node built-in and no package; its Node entry does", () => {
    const browser = runtimeClosure(path.relative(SRC, RUNTIME_ENTRIES['@ranetc/runtime']));
    expect(browser.packages).toEqual([]);
    expect(browser.files).toContain(`${RUNTIME_PREFIX}wasm-threads.ts`);
    expect(browser.files).not.toContain(`${RUNTIME_PREFIX}nvrtc.ts`);
    const node = runtimeClosure(path.relative(SRC, RUNTIME_ENTRIES['@ranetc/runtime/node']));
    expect(node.packages).toContain('node:crypto');
  });

  it('the tuning search loads only the runtime, the shared timing and itself: no Node built-in, no package', () => {
    const { files, packages } = runtimeClosure(path.join('tune', 'tune.ts'));
    expect(packages).toEqual([]);
    expect(files).toContain(`${RUNTIME_PREFIX}webgpu.ts`);
    expect(files.filter((f) => !inRuntime(f)).sort()).toEqual(
      [
        path.join('tune', 'tune.ts'),
        path.join('timing', 'timing.ts'),
        path.join('weights', 'synthetic.ts'),
      ].sort(),
    );
  });

  it('the bench and the tuner time with the one timing module', () => {
    const timing = path.join('timing', 'timing.ts');
    expect(runtimeClosure(path.join('tune', 'tune.ts')).files).toContain(timing);
    for (const f of ['peers-section.ts', 'wasm.ts', 'tuning.ts', 'digits.ts'])
      expect(runtimeClosure(path.join('cli', 'bench', f)).files, f).toContain(timing);
    expect(runtimeClosure(timing)).toEqual({
      files: [timing, path.join('weights', 'synthetic.ts')],
      packages: [],
    });
  });

  it('the closure reader sees Node built-ins where they are', () => {
    expect(runtimeClosure(path.join('cli', 'tuning-file.ts')).packages).toContain('node:fs');
  });
});
