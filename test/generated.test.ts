// The committed model packages (generated/) hold what is the model's only: the runtime is their
// dependency, so a change to the runtime's code changes no file there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.ts';

const GENERATED = path.join(repoRoot, 'generated');
const RUNTIME = path.join(repoRoot, 'packages', 'runtime', 'src');

/** Files of a directory, relative to it (toolchain output, git-ignored, left out). */
const filesOf = (dir: string, rel = ''): string[] =>
  readdirSync(path.join(dir, rel)).flatMap((e) => {
    const p = path.join(rel, e);
    if (p === 'ptx') return [];
    return statSync(path.join(dir, p)).isDirectory() ? filesOf(dir, p) : [p];
  });

const packages = readdirSync(GENERATED);
const MODEL_FILES = new Set([
  'README.md',
  'index.d.ts',
  'index.js',
  'manifest.json',
  'model-relaxed.wasm',
  'package.json',
  'plan.json',
  'model.wasm',
  'weights.bin',
  path.join('kernels', 'model.cu'),
]);

describe('generated model packages', () => {
  it('hold the model files only, and import the runtime package by name', () => {
    expect(packages.length).toBeGreaterThan(5);
    for (const name of packages) {
      const dir = path.join(GENERATED, name);
      expect(
        filesOf(dir).filter((f) => !MODEL_FILES.has(f)),
        name,
      ).toEqual([]);
      const entry = readFileSync(path.join(dir, 'index.js'), 'utf8');
      const imports = [...entry.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(new Set(imports), name).toEqual(
        new Set([name.endsWith('cuda') ? '@ranetc/runtime/node' : '@ranetc/runtime', './plan.json']),
      );
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
      };
      expect(pkg.dependencies['@ranetc/runtime'], name).toMatch(/^\^\d+\.\d+\.\d+$/);
    }
  });

  it("contain no line of the runtime's code", () => {
    // Distinctive lines of every runtime module (longer than 60 characters, not comments).
    const lines = readdirSync(RUNTIME).flatMap((f) =>
      readFileSync(path.join(RUNTIME, f), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length > 60 && !/^(\/\/|\*|\/\*)/.test(l)),
    );
    expect(lines.length).toBeGreaterThan(500);
    for (const name of packages)
      for (const f of filesOf(path.join(GENERATED, name)).filter((f) => /\.(js|ts|json|md)$/.test(f))) {
        const text = readFileSync(path.join(GENERATED, name, f), 'utf8');
        expect(
          lines.filter((l) => text.includes(l)),
          `${name}/${f}`,
        ).toEqual([]);
      }
  });
});
