// The boundaries ARCHITECTURE.md names, checked on the import graph of src/: a backend never
// imports another backend, the stages before rendering know no target, and the runtime that
// is copied into every generated model imports only itself.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.ts';

const SRC = path.join(repoRoot, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Relative imports (static, dynamic and side-effect) of a file, as paths relative to src/. */
function importsOf(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
  return specifiers.map((s) => path.relative(SRC, path.resolve(path.dirname(file), s)));
}

const graph = sources(SRC).map((file) => ({
  file: path.relative(SRC, file),
  imports: importsOf(file, readFileSync(file, 'utf8')),
}));

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

  it('kernel lowering imports no pass: what it asks of the graph is an IR query', () => {
    const crossing = violations(
      (f) => f.startsWith(`kernels${path.sep}`),
      (_, i) => i.startsWith(`passes${path.sep}`),
    );
    expect(crossing).toEqual([]);
  });

  it('the runtime copied into generated models imports only itself', () => {
    const crossing = violations(
      (f) => f.startsWith(`runtime${path.sep}`),
      (_, i) => !i.startsWith(`runtime${path.sep}`),
    );
    expect(crossing).toEqual([]);
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
    const text = readFileSync(path.join(SRC, f), 'utf8');
    const loaded = [
      ...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm),
      ...text.matchAll(/import\(\s*'([^']+)'\s*\)/g),
    ].map((m) => m[1]);
    for (const s of loaded)
      if (s.startsWith('.')) visit(path.relative(SRC, path.resolve(path.dirname(path.join(SRC, f)), s)));
      else packages.add(s);
  };
  visit(file);
  return { files: [...files], packages: [...packages] };
}

describe('what runs in a page', () => {
  it('the tuning search loads only the runtime, the shared timing and itself: no Node built-in, no package', () => {
    const { files, packages } = runtimeClosure(path.join('tune', 'tune.ts'));
    expect(packages).toEqual([]);
    expect(files).toContain(path.join('runtime', 'webgpu.ts'));
    expect(files.filter((f) => !f.startsWith(`runtime${path.sep}`)).sort()).toEqual(
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
