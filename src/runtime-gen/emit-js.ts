import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Project, ts } from 'ts-morph';

const ROOT = '/model';
const TYPES = 'types';

/** The WebGPU API's declarations (`@webgpu/types`, which the `webgpu` package depends on), for inferred types. */
function webgpuTypes(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('@webgpu/types/dist/index.d.ts'), 'utf8');
}

/**
 * Compiles a generated model's TypeScript sources (by relative path) with the TypeScript
 * compiler: `x.js` and `x.js.map` beside each `x.ts`, and declarations under `types/`
 * (apart from the sources, so that a TypeScript consumer resolving `./plan.js` from a
 * declaration finds `plan.d.ts`, not the source). Relative `.ts` specifiers become `.js`, so the
 * output runs in plain Node ESM and any bundler. The compilation is in memory and
 * deterministic; its type errors are not reported here, because the sources are the ones the
 * repository type-checks with the real Node and WebGPU types.
 */
export function emitJavaScript(sources: ReadonlyMap<string, string>): Map<string, string> {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      rewriteRelativeImportExtensions: true,
      declaration: true,
      declarationDir: `${ROOT}/${TYPES}`,
      rootDir: ROOT,
      outDir: ROOT,
      sourceMap: true,
      strict: true,
      skipLibCheck: true,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      types: [],
      newLine: ts.NewLineKind.LineFeed,
    },
  });
  project.createSourceFile('/lib/webgpu.d.ts', webgpuTypes());
  for (const [rel, text] of sources) project.createSourceFile(`${ROOT}/${rel}`, text);
  const out = new Map<string, string>();
  const declarations = new Project({ useInMemoryFileSystem: true });
  for (const file of project.emitToMemory().getFiles()) {
    const rel = file.filePath.slice(ROOT.length + 1);
    out.set(rel, rel.endsWith('.d.ts') ? withJsSpecifiers(declarations, rel, file.text) : file.text);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * A declaration file with its relative `.ts` specifiers as `.js` (declaration emit keeps them
 * as written), rewritten on the syntax tree.
 */
function withJsSpecifiers(project: Project, rel: string, text: string): string {
  const file = project.createSourceFile(rel, text, { overwrite: true });
  for (const decl of [...file.getImportDeclarations(), ...file.getExportDeclarations()]) {
    const specifier = decl.getModuleSpecifierValue();
    if (specifier?.startsWith('.') && specifier.endsWith('.ts'))
      decl.setModuleSpecifier(`${specifier.slice(0, -3)}.js`);
  }
  return file.getFullText();
}
