// `npm run sweep -- --cases N --seed S`: the configuration sweep beyond CI's share. Generates N
// valid specs (case i of seed S is always the same spec, weights and inputs), runs each on the
// reference interpreter, WGSL on Dawn and CUDA on the cuda-cpu harness, and compares every exit
// and budgeted classification. A failing case prints its YAML and is written to
// `--out/<name>/` (spec, weights, input) with the `ranetc run` command that replays it.
// `--spec file.yaml` runs one spec of your own the same way.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSpec } from '../src/spec/parse.ts';
import { readFileSync } from 'node:fs';
import { Rng } from '../test/helpers/random.ts';
import { sweepCase } from '../test/sweep/generate.ts';
import { DEVICE_REL } from '../test/helpers/tolerances.ts';
import { runCase, SCRIPT_BACKENDS, writeReplay } from '../test/sweep/run-case.ts';
import type { CaseResult, SweepBackend } from '../test/sweep/run-case.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    first: { type: 'string', default: '0' },
    // Every case on WGSL twice: today's kernels and stage kernels (wgsl-stage).
    backends: { type: 'string', default: SCRIPT_BACKENDS.join(',') },
    spec: { type: 'string' },
    out: { type: 'string', default: '.tmp/sweep' },
    // WGSL: a random variant of every convolution, conv-resize and exit head (subgroup heads
    // where the device has them), seeded by this and the case index.
    variants: { type: 'string' },
    // With --variants: every convolution's variant drawn among its implicit-GEMM members.
    gemm: { type: 'boolean', default: false },
  },
});
const int = (name: string, text: string): number => {
  if (!/^\d+$/.test(text)) usage(`--${name} takes a whole number, found '${text}'`);
  return Number(text);
};
function usage(message: string): never {
  console.error(`sweep: ${message}`);
  process.exit(2);
}
const seed = int('seed', values.seed);
const backends = values.backends.split(',').map((b) => {
  if (!(SCRIPT_BACKENDS as readonly string[]).includes(b))
    usage(`--backends takes ${SCRIPT_BACKENDS.join(', ')}, found '${b}'`);
  return b as SweepBackend;
});

const cases: { name: string; run: () => { spec: CaseResult['spec']; yaml: string; rng: Rng } }[] = [];
if (values.spec !== undefined) {
  const file = values.spec;
  cases.push({
    name: file,
    run: () => ({ spec: loadSpec(file).spec, yaml: readFileSync(file, 'utf8'), rng: new Rng(seed) }),
  });
} else {
  const first = int('first', values.first);
  for (let i = first; i < first + int('cases', values.cases); i++)
    cases.push({ name: `sweep-${seed}-${i}`, run: () => sweepCase(seed, i) });
}

const worst = new Map<
  SweepBackend,
  { rel: number; at: string; confidence: number; decisions: number; ran: number }
>(backends.map((b) => [b, { rel: 0, at: '-', confidence: 0, decisions: 0, ran: 0 }]));
const failed: string[] = [];
const started = Date.now();
const variantSeed = values.variants === undefined ? undefined : int('variants', values.variants);
if (values.gemm && variantSeed === undefined) usage('--gemm draws variants: it needs --variants S');
for (const [index, c] of cases.entries()) {
  const { spec, yaml, rng } = c.run();
  const t0 = Date.now();
  const result = await runCase(spec, rng, {
    backends,
    ...(variantSeed === undefined ? {} : { variantSeed: variantSeed * 1000 + index, gemm: values.gemm }),
  });
  const a = spec.architecture;
  const figures = result.backends.map(
    (b) => `${b.backend} ${Math.max(0, ...b.rel).toExponential(2)} (${b.seconds.toFixed(1)} s)`,
  );
  console.log(
    `${c.name}: ${spec.data} ${spec.input.height}x${spec.input.width} S=${a.scaleList.join('-')} ` +
      `${a.stepMode} ${spec.classes} classes maxBatch ${spec.target.maxBatch} n=${result.n} ` +
      `exits ${result.scale.length} max|ref| ${Math.max(...result.scale).toExponential(2)}: ` +
      `reference ${result.referenceSeconds.toFixed(1)} s, ${figures.join(', ')} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
  for (const b of result.backends) {
    const w = worst.get(b.backend)!;
    w.ran++;
    w.decisions += b.decisions;
    w.confidence = Math.max(w.confidence, b.confidence);
    const rel = Math.max(0, ...b.rel);
    if (rel > w.rel || Number.isNaN(rel)) Object.assign(w, { rel, at: c.name });
  }
  if (result.problems.length > 0) {
    failed.push(c.name);
    const command = writeReplay(path.join(values.out, spec.name), result, yaml);
    console.log(`  FAILED:\n${result.problems.map((p) => `    ${p}`).join('\n')}`);
    console.log(`  spec:\n${yaml.replace(/^/gm, '    ')}  replay: ${command}`);
  }
}

console.log(
  `\n${cases.length} cases, seed ${seed}, ${((Date.now() - started) / 1000).toFixed(0)} s; limit ${DEVICE_REL} x max(1, max|ref|)`,
);
for (const [b, w] of worst) {
  console.log(
    `  ${b.padEnd(8)} ${w.ran} cases, max scaled difference ${w.rel.toExponential(2)} (${w.at}), ` +
      `max |confidence diff| ${w.confidence.toExponential(2)}, ${w.decisions} classify decisions compared`,
  );
}
console.log(failed.length === 0 ? 'all cases passed' : `${failed.length} failed: ${failed.join(', ')}`);
process.exitCode = failed.length === 0 ? 0 : 1;
