// A new user's path, as CI runs it from a clean clone: `npm pack` of ranetc and of
// @ranetc/runtime, both tarballs installed into an empty project offline (the tarballs and the
// local npm cache), `npx ranetc build --weights` on the digits checkpoint, then the generated
// package used three ways: a plain Node ESM script that classifies test images on Dawn, checked
// against the reference interpreter; a Vite page built from it and run in headless chromium (on
// the CPU, the wasm fallback); and a `--bundle` package copied where nothing is installed and
// imported by plain Node. And a TypeScript consumer type-checked against the declarations.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCifarFile, toNormalizedBatch } from '../../src/adaptive/datasets.ts';
import { exitPredictions } from '../../src/adaptive/confidence.ts';
import { expandRanet } from '../../src/frontend/ranet.ts';
import { paramsFrom, runGraph } from '../../src/reference/interpreter.ts';
import { loadSpec } from '../../src/spec/parse.ts';
import { loadWeights } from '../../src/weights/load.ts';
import { compare } from '../helpers/compare.ts';
import { fixture, repoRoot } from '../helpers/fixtures.ts';
import { launchChromium } from '../web/chromium.ts';

const COUNT = 16;
const THRESHOLDS = [0.95, 0.9, 0.9, 0.85, 0.8, 0];
/** Confidences this close to a threshold may decide either way between f32 implementations. */
const MARGIN = 1e-3;

const project = mkdtempSync(path.join(tmpdir(), 'ranetc-new-user-'));
const run = (command: string, args: string[], cwd = project): string =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // Past this, a step is stuck (the slowest, npm pack with its build, takes some 20 s).
    timeout: 300_000,
    killSignal: 'SIGKILL',
  });
const timings: string[] = [];
const timed = <T>(what: string, f: () => T): T => {
  const start = performance.now();
  const result = f();
  timings.push(`${what} ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
};

/**
 * The new project's lockfile: ranetc from the tarball, its dependencies pinned as ranetc's own
 * lockfile pins them (what `npm install` of the tarball resolves to when the registry answers),
 * so that `npm ci --offline` installs from the tarball and the npm cache alone: the cache holds
 * the packages' tarballs, not the registry's metadata that resolving version ranges needs.
 */
function lockFor(tarball: string, runtimeTarball: string): object {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
    dependencies: Record<string, string>;
    bin: Record<string, string>;
  };
  const runtime = JSON.parse(
    readFileSync(path.join(repoRoot, 'packages', 'runtime', 'package.json'), 'utf8'),
  ) as { version: string };
  const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean }>;
  };
  const packages: Record<string, object> = {
    '': {
      name: 'new-user',
      dependencies: { ranetc: `file:${tarball}`, '@ranetc/runtime': `file:${runtimeTarball}` },
    },
    'node_modules/ranetc': {
      version: manifest.version,
      resolved: `file:${tarball}`,
      dependencies: manifest.dependencies,
      bin: manifest.bin,
    },
    'node_modules/@ranetc/runtime': { version: runtime.version, resolved: `file:${runtimeTarball}` },
  };
  // The workspace's own entry (a link to packages/runtime) is replaced by the tarball above.
  for (const [key, entry] of Object.entries(lock.packages))
    if (key.startsWith('node_modules/') && entry.dev !== true && !(key in packages)) packages[key] = entry;
  return { name: 'new-user', lockfileVersion: 3, requires: true, packages };
}

/** What classify.mjs returns. */
interface Classified {
  readonly target: string;
  readonly loadMs: number;
  readonly labels: number[];
  readonly predictions: { class: number; exit: number; confidence: number }[];
  readonly exits: number[][];
}

/** Bytes of one CIFAR record: the label, then 3 x 32 x 32 pixels. */
const RECORD = 1 + 3 * 32 * 32;

/** The consumer's labels, every exit's logits and its budgeted decisions, against the reference interpreter. */
function expectReference(result: Classified): void {
  const { spec } = loadSpec(path.join(repoRoot, 'specs', 'digits.yaml'));
  const set = readCifarFile(fixture('digits', 'test.bin'), { classes: 10 });
  const ids = Array.from({ length: COUNT }, (_, i) => i);
  const images = toNormalizedBatch(set.pixels, ids, spec.input.normalize!.mean, spec.input.normalize!.std);
  expect(result.labels).toEqual(ids.map((i) => set.labels[i]));
  const graph = expandRanet(spec);
  const reference = runGraph(graph, paramsFrom(loadWeights(fixture('digits', 'model.safetensors'))), {
    n: COUNT,
    shape: graph.nodes[graph.input].type.shape,
    data: images,
  });
  // Every exit's logits (the packed weights are the fixture's, folded), then budgeted decisions.
  reference.forEach((r, e) =>
    expect(compare(r.data, Float32Array.from(result.exits[e])).rel).toBeLessThan(1e-3),
  );
  const decisions = reference.map((r) => exitPredictions(r.data, COUNT, 10));
  let checked = 0;
  result.predictions.forEach((p, i) => {
    let e = 0;
    while (e < THRESHOLDS.length - 1 && !(decisions[e].confidence[i] >= THRESHOLDS[e])) e++;
    const near = decisions.some(
      (d, x) => x < THRESHOLDS.length - 1 && Math.abs(d.confidence[i] - THRESHOLDS[x]) < MARGIN,
    );
    if (near) return;
    checked++;
    expect({ class: p.class, exit: p.exit }, `image ${i}`).toEqual({
      class: decisions[e].prediction[i],
      exit: e,
    });
  });
  expect(checked).toBeGreaterThan(COUNT / 2);
  expect(new Set(result.predictions.map((p) => p.exit)).size).toBeGreaterThan(1);
}

describe('a new user: npm pack, install offline, build with --weights, import from Node, Vite and a bundle', () => {
  beforeAll(() => {
    timed('npm pack (runtime)', () =>
      run('npm', ['pack', '--silent', '-w', '@ranetc/runtime', '--pack-destination', project], repoRoot),
    );
    const runtimeTarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!;
    timed('npm pack', () => run('npm', ['pack', '--silent', '--pack-destination', project], repoRoot));
    const tarball = readdirSync(project).find((f) => f.endsWith('.tgz') && f !== runtimeTarball)!;
    const manifest = {
      name: 'new-user',
      private: true,
      type: 'module',
      dependencies: { ranetc: `file:${tarball}`, '@ranetc/runtime': `file:${runtimeTarball}` },
    };
    writeFileSync(path.join(project, 'package.json'), JSON.stringify(manifest));
    writeFileSync(path.join(project, 'package-lock.json'), JSON.stringify(lockFor(tarball, runtimeTarball)));
    timed('npm ci --offline', () => run('npm', ['ci', '--offline', '--no-audit', '--no-fund']));
    copyFileSync(path.join(repoRoot, 'specs', 'digits.yaml'), path.join(project, 'digits.yaml'));
    timed('npx ranetc build', () =>
      run('npx', [
        'ranetc',
        'build',
        'digits.yaml',
        '-o',
        'model',
        '--weights',
        fixture('digits', 'checkpoint.pth.tar'),
      ]),
    );
    timed('npx ranetc build --bundle', () =>
      run('npx', [
        'ranetc',
        'build',
        'digits.yaml',
        '-o',
        'bundle',
        '--bundle',
        '--weights',
        fixture('digits', 'checkpoint.pth.tar'),
      ]),
    );
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', './model']);
    for (const f of ['consumer.mjs', 'classify.mjs', 'consumer.ts'])
      copyFileSync(path.join(import.meta.dirname, f), path.join(project, f));
  }, 600_000);

  it('ships no tests, fixtures or generated examples, and its bin runs compiled JavaScript', () => {
    const installed = path.join(project, 'node_modules', 'ranetc');
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'bin', 'dist', 'package.json', 'src']);
    expect(readdirSync(path.join(installed, 'src')).sort()).toEqual(['backends']);
    const runtime = path.join(project, 'node_modules', '@ranetc', 'runtime');
    expect(readdirSync(runtime).sort()).toEqual(['README.md', 'dist', 'package.json']);
    // The model package holds the model only: the runtime is its dependency, installed once.
    expect(readdirSync(path.join(project, 'model')).sort()).toEqual([
      'README.md',
      'index.d.ts',
      'index.js',
      'manifest.json',
      'model-relaxed.wasm',
      'model.wasm',
      'package.json',
      'plan.json',
      'weights.bin',
    ]);
    expect(run('npx', ['ranetc', 'inspect', 'digits.yaml'])).toMatch(
      /digits: cifar, input 3x32x32, 10 classes/,
    );
  });

  it('classifies test images from plain Node ESM like the reference interpreter', () => {
    const result = JSON.parse(
      timed('node consumer.mjs', () =>
        run('node', [
          'consumer.mjs',
          fixture('digits', 'test.bin'),
          String(COUNT),
          JSON.stringify(THRESHOLDS),
        ]),
      ),
    ) as Classified;
    expect(result.target).toBe('wgsl');
    expectReference(result);
    console.log(
      `  new user: ${timings.join(', ')}; model created from weights.bin in ${result.loadMs.toFixed(0)} ms`,
    );
  }, 120_000);

  it('classifies the same way from a Vite page in headless chromium (on the CPU)', async () => {
    const web = path.join(project, 'web');
    cpSync(path.join(import.meta.dirname, 'web'), web, { recursive: true });
    const records = readFileSync(fixture('digits', 'test.bin')).subarray(0, COUNT * RECORD);
    mkdirSync(path.join(web, 'public'));
    writeFileSync(path.join(web, 'public', 'images.bin'), records);
    const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
    timed('vite build', () => run('node', [vite, 'build', 'web', '--logLevel', 'warn']));
    const dist = path.join(web, 'dist');
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const file = path.join(dist, path.normalize(url.pathname === '/' ? '/index.html' : url.pathname));
      let body: Buffer;
      try {
        body = readFileSync(file);
      } catch {
        res.writeHead(404).end();
        return;
      }
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' }[
        path.extname(file)
      ];
      res.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const chromium = await launchChromium();
    try {
      const page = await chromium.browser.newPage();
      const query = `count=${COUNT}&thresholds=${encodeURIComponent(JSON.stringify(THRESHOLDS))}`;
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/?${query}`);
      await page.waitForFunction(() => (globalThis as { result?: unknown }).result !== undefined, null, {
        timeout: 120_000,
      });
      const result = (await page.evaluate(
        () => (globalThis as unknown as { result: unknown }).result,
      )) as Classified & {
        error?: string;
      };
      expect(result.error).toBeUndefined();
      expect(result.target).toBe('wasm');
      expectReference(result);
    } finally {
      await chromium.close();
      server.close();
    }
  }, 300_000);

  it('runs a --bundle package where nothing is installed, from plain Node', () => {
    const alone = mkdtempSync(path.join(tmpdir(), 'ranetc-bundle-user-'));
    cpSync(path.join(project, 'bundle'), path.join(alone, 'digits'), { recursive: true });
    for (const f of ['classify.mjs', 'bundle-user.mjs'])
      copyFileSync(path.join(import.meta.dirname, f), path.join(alone, f));
    expect(readdirSync(alone).sort()).toEqual(['bundle-user.mjs', 'classify.mjs', 'digits']);
    const result = JSON.parse(
      run(
        'node',
        ['bundle-user.mjs', fixture('digits', 'test.bin'), String(COUNT), JSON.stringify(THRESHOLDS)],
        alone,
      ),
    ) as Classified;
    expect(result.target).toBe('wasm');
    expectReference(result);
  }, 120_000);

  it.each(['nodenext', 'bundler'])(
    'type-checks a TypeScript consumer against the declarations (%s)',
    (resolution) => {
      const module = resolution === 'nodenext' ? 'nodenext' : 'esnext';
      writeFileSync(
        path.join(project, `tsconfig.${resolution}.json`),
        JSON.stringify({
          compilerOptions: {
            module,
            moduleResolution: resolution,
            target: 'es2022',
            strict: true,
            noEmit: true,
            types: ['@webgpu/types'],
            skipLibCheck: false,
          },
          files: ['consumer.ts'],
        }),
      );
      const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
      expect(run('node', [tsc, '-p', `tsconfig.${resolution}.json`])).toBe('');
    },
    60_000,
  );
});
