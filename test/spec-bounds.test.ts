import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandRanet } from '../src/frontend/ranet.ts';
import { exitCosts } from '../src/ir/cost.ts';
import { SPEC_LIMITS, specCounts, specSizes } from '../src/spec/bounds.ts';
import { SpecError } from '../src/spec/errors.ts';
import type { SpecIssue } from '../src/spec/errors.ts';
import { loadSpec, parseSpecText } from '../src/spec/parse.ts';
import type { Spec } from '../src/spec/types.ts';
import { cli } from './helpers/cli.ts';
import { Rng } from './helpers/random.ts';
import { sweepCase } from './sweep/generate.ts';

const BUNDLED = [
  'digits',
  'imagenet-mini',
  'ranet-cifar10',
  'ranet-cifar10-cuda',
  'ranet-cifar100',
  'ranet-imagenet',
  'tiny-cifar',
];
const bundledText = (name: string): string => readFileSync(`specs/${name}.yaml`, 'utf8');

/** The spec text of `name` with one `key: value` line of its architecture replaced. */
function withField(name: string, key: string, value: string): string {
  const text = bundledText(name);
  const line = new RegExp(`^(\\s+${key}): .*$`, 'm');
  if (!line.test(text)) throw new Error(`specs/${name}.yaml has no '${key}' line`);
  return text.replace(line, `$1: ${value}`);
}

function issuesOf(text: string, file = 'bad.yaml'): SpecIssue[] {
  try {
    parseSpecText(text, file);
  } catch (error) {
    if (error instanceof SpecError) return [...error.issues];
    throw error;
  }
  throw new Error('expected the spec to be rejected');
}

const size = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** The closed forms against the expansion they stand in for. */
function expectBoundsMatch(spec: Spec): void {
  const graph = expandRanet(spec);
  const counts = specCounts(spec);
  const sizes = specSizes(spec);
  expect(counts.exits).toBe(graph.exits.length);
  expect(counts.blocks).toBe(graph.flows.reduce((n, f) => n + f.blocks.length, 0));
  expect(counts.layers).toBe(graph.flows.reduce((n, f) => n + f.blocks.reduce((m, b) => m + b.layers, 0), 0));
  // An upper bound (resizes are counted where they may occur), and not a loose one.
  expect(counts.nodes).toBeGreaterThanOrEqual(graph.nodes.length);
  expect(counts.nodes).toBeLessThanOrEqual(graph.nodes.length * 1.2);
  expect(sizes.params).toBe(exitCosts(graph).at(-1)?.params);
  const params = [...graph.params.values()];
  const stored = params.filter((p) => p.role !== 'num_batches_tracked');
  expect(sizes.storedElements).toBe(stored.reduce((n, p) => n + size(p.shape), 0));
  const largest = Math.max(...params.map((p) => size(p.shape)));
  expect(sizes.largestTensor.elements).toBe(largest);
  expect(size(graph.params.get(sizes.largestTensor.name)?.shape ?? [])).toBe(largest);
  const channels = Math.max(...graph.nodes.map((n) => (n.type.shape.length === 3 ? n.type.shape[0] : 0)));
  expect(sizes.maxChannels).toBe(channels);
  const activation = Math.max(...graph.nodes.map((n) => size(n.type.shape)));
  expect(sizes.largestActivation).toBe(activation);
}

describe('spec size limits', () => {
  it.each(BUNDLED)('%s: the closed forms agree with its expansion', (name) => {
    expectBoundsMatch(loadSpec(`specs/${name}.yaml`).spec);
  });

  it('sweep specs: accepted, and the closed forms agree with their expansion', () => {
    // sweepCase parses every spec it draws (and fails on a rejected one), affordable or not.
    for (let i = 0; i < 40; i++) expectBoundsMatch(sweepCase(7, i).spec);
  });

  // The three reported specs: each refused quickly, at the field, naming the limit.
  const reported: [string, string, string, string, RegExp][] = [
    [
      'imagenet-mini',
      'blockStep',
      '10000',
      'architecture.blockStep',
      /at most 64 exits.*found 10000 \(30001 exits\)/,
    ],
    ['tiny-cifar', 'nBlocks', '1000', 'architecture.nBlocks', /at most 64 exits.*found 1000 \(1004 exits\)/],
    ['tiny-cifar', 'step', '1000', 'architecture.step', /at most 16384 graph nodes.*found 1000/],
  ];
  it.each(reported)(
    '%s with %s: %s is refused at the field with the limit',
    (name, key, value, path, message) => {
      const started = performance.now();
      const issues = issuesOf(withField(name, key, value), `${name}.yaml`);
      const ms = performance.now() - started;
      expect(issues).toHaveLength(1);
      expect(issues[0].path).toBe(path);
      expect(issues[0].line).toBeGreaterThan(1);
      expect(`expected ${issues[0].expected}, found ${issues[0].found}`).toMatch(message);
      // A hang check (the unbounded validator ran out of memory here), not a performance claim.
      expect(ms).toBeLessThan(1000);
    },
  );

  it.each(reported)(
    'ranetc inspect on %s with %s: %s: exit code 2 and the located issue',
    async (name, key, value, path_) => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'ranetc-bounds-')), `${name}.yaml`);
      writeFileSync(file, withField(name, key, value));
      const { code, out, err } = await cli('inspect', file);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.startsWith(`error: ${file}:`)).toBe(true);
      expect(err).toMatch(/^error: [^\n]*:\d+:\d+: /);
      expect(err).toContain(`${path_}: expected a value giving at most`);
      expect(err).not.toMatch(/\n\s+at /);
    },
  );

  it('blockStep 1e9 and other huge counts are refused as quickly', () => {
    for (const value of ['1000000000', '9007199254740991']) {
      const issues = issuesOf(withField('imagenet-mini', 'blockStep', value));
      expect(issues.map((i) => i.path)).toEqual(['architecture.blockStep']);
    }
    expect(issuesOf(withField('ranet-cifar10', 'step', '9007199254740991'))[0].path).toBe(
      'architecture.step',
    );
  });

  it('refuses channel counts past the limit, huge heads, huge weights and huge activations', () => {
    const channels = issuesOf(withField('tiny-cifar', 'nChannels', String(2 ** 40)));
    expect(channels[0].path).toBe('architecture.nChannels');
    expect(channels[0].expected).toContain(`at most ${SPEC_LIMITS.channels}`);

    const factor = issuesOf(withField('tiny-cifar', 'grFactor', `[${2 ** 40}, 2, 1]`));
    expect(factor[0].path).toBe('architecture.grFactor[0]');
    expect(factor[0].found).toMatch(/^1099511627776 \(block 0\.0 would have \d+ channels\)$/);

    const classes = issuesOf(bundledText('tiny-cifar').replace('classes: 10', 'classes: 300000'));
    expect(classes[0].path).toBe('classes');
    expect(classes[0].expected).toContain(`at most ${SPEC_LIMITS.tensorBytes} bytes`);
    expect(classes[0].found).toContain('classifier.0.linear.weight');

    // Wide and deep, but no single tensor over 128 MiB: the total is over the weights limit.
    const weights = issuesOf(
      bundledText('ranet-cifar10')
        .replace(/(\sgrowthRate): .*/, '$1: 64')
        .replace(/(\snBlocks): .*/, '$1: 4')
        .replace(/(\sstep): .*/, '$1: 12'),
    );
    expect(weights.map((i) => i.path)).toEqual(['architecture.growthRate']);
    expect(weights[0].expected).toContain(`weights of at most ${SPEC_LIMITS.weightBytes} bytes`);

    const input = issuesOf(
      bundledText('tiny-cifar')
        .replace(
          'input: { channels: 3, height: 32, width: 32 }',
          'input: { channels: 3, height: 12000, width: 12000 }',
        )
        .replace(/scaleList: .*/, 'scaleList: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]')
        .replace(/grFactor: .*/, `grFactor: [${Array(11).fill(1).join(', ')}]`)
        .replace(/bnFactor: .*/, `bnFactor: [${Array(11).fill(1).join(', ')}]`),
    );
    expect(input.map((i) => i.path)).toEqual(['input.height']);
    expect(input[0].expected).toContain(`activation tensors of at most ${SPEC_LIMITS.activationBytes} bytes`);
  });

  it('specs just under the limits are accepted', () => {
    // 64 exits in one flow (65 is refused), and a head as large as one binding allows.
    const oneFlow = (nBlocks: number): string =>
      withField('tiny-cifar', 'scaleList', '[1]')
        .replace('height: 32, width: 32', 'height: 8, width: 8')
        .replace(/grFactor: .*/, 'grFactor: [4]')
        .replace(/bnFactor: .*/, 'bnFactor: [4]')
        .replace(/nBlocks: .*/, `nBlocks: ${nBlocks}`);
    expect(parseSpecText(oneFlow(64), 'ok.yaml').spec.architecture.nBlocks).toBe(64);
    expect(issuesOf(oneFlow(65))[0].path).toBe('architecture.nBlocks');
    const classes = Math.floor(SPEC_LIMITS.tensorBytes / 4 / 128);
    expect(() =>
      parseSpecText(bundledText('tiny-cifar').replace('classes: 10', `classes: ${classes}`), 'ok.yaml'),
    ).not.toThrow();
    expect(
      issuesOf(bundledText('tiny-cifar').replace('classes: 10', `classes: ${classes + 1}`))[0].path,
    ).toBe('classes');
  });
});

describe('yaml library warnings', () => {
  it('become located spec errors and print nothing', () => {
    const cases: [string, RegExp][] = [
      ['name: a\nclasses: 10\n? [x]\n: 1\n', /a key that is a list or mapping/],
      ['name: a\nclasses: 10\n{a: 1}: 2\n', /a key that is a list or mapping/],
      ['name: !custom a\nclasses: 10\n', /Unresolved tag: !custom/],
    ];
    const original = process.emitWarning;
    const warnings: unknown[] = [];
    process.emitWarning = (warning: string | Error) => void warnings.push(warning);
    try {
      for (const [text, found] of cases) {
        const issues = issuesOf(text);
        expect(issues[0].line).toBeGreaterThan(0);
        expect(issues[0].found).toMatch(found);
      }
    } finally {
      process.emitWarning = original;
    }
    expect(warnings).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Fuzz: mutated bundled specs, size fields included. Every outcome is a parsed spec or a
// SpecError, each within a time bound (a hang check: an unbounded spec took minutes, then crashed).

const SIZE_FIELDS = [
  'nChannels',
  'growthRate',
  'nBlocks',
  'blockStep',
  'step',
  'height',
  'width',
  'classes',
  'maxBatch',
];
const LIST_FIELDS = ['scaleList', 'grFactor', 'bnFactor'];

function drawValue(rng: Rng): string {
  switch (rng.int(0, 7)) {
    case 0:
      return String(rng.int(0, 12));
    case 1:
      return String(2 ** rng.int(4, 62));
    case 2:
      return String(rng.int(1, 2000));
    case 3:
      return rng.pick([
        '-1',
        '0',
        '1.5',
        '1e9',
        '1e300',
        '.inf',
        'null',
        '"8"',
        '[1, 2]',
        '{a: 1}',
        '~',
        'lg',
      ]);
    case 4:
      return String(Number.MAX_SAFE_INTEGER - rng.int(0, 3));
    default:
      return String(rng.int(1, 64));
  }
}

function mutate(rng: Rng, text: string): string {
  let out = text;
  for (let n = rng.int(1, 3); n > 0; n--) {
    const kind = rng.int(0, 9);
    if (kind <= 5) {
      // A size field (flow-style `key: value` or block-style), set to a drawn value.
      const key = rng.pick(SIZE_FIELDS);
      out = out.replace(new RegExp(`(\\b${key}): [^,}\\n]*`), `$1: ${drawValue(rng)}`);
    } else if (kind === 6) {
      const key = rng.pick(LIST_FIELDS);
      const items = Array.from({ length: rng.int(0, 12) }, () =>
        rng.chance(0.8) ? String(rng.int(1, 6)) : drawValue(rng),
      );
      out = out.replace(new RegExp(`(\\b${key}): .*`), `$1: [${items.join(', ')}]`);
    } else if (kind === 7) {
      out = out.replace(/stepMode: \w+/, `stepMode: ${rng.pick(['lg', 'even', 'odd'])}`);
    } else {
      // A byte-level edit: delete, duplicate or insert a character.
      const at = rng.int(0, out.length - 1);
      const op = rng.int(0, 2);
      const c = rng.pick([':', '-', '[', '{', ' ', '\n', '&a', '*a', '!', '9', '?']);
      out =
        op === 0
          ? out.slice(0, at) + out.slice(at + 1)
          : op === 1
            ? out.slice(0, at) + c + out.slice(at)
            : out + `\n${c}`;
    }
  }
  return out;
}

describe('spec fuzz', () => {
  it('every mutated spec parses or is a SpecError, each within a time bound', () => {
    const rng = new Rng(22);
    const texts = BUNDLED.map(bundledText);
    let parsed = 0;
    let rejected = 0;
    let slowest = { ms: 0, text: '' };
    for (let i = 0; i < 3000; i++) {
      const text = mutate(rng, rng.pick(texts));
      const started = performance.now();
      try {
        parseSpecText(text, `fuzz-${i}.yaml`);
        parsed++;
      } catch (error) {
        if (!(error instanceof SpecError))
          throw new Error(`case ${i} threw ${String(error)}:\n${text}`, { cause: error });
        rejected++;
      }
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { ms, text };
    }
    console.log(
      `spec fuzz, seed 22: ${parsed} parsed, ${rejected} rejected, slowest ${slowest.ms.toFixed(1)} ms`,
    );
    expect(parsed + rejected).toBe(3000);
    // Both outcomes occur: the mutations reach the size checks rather than only breaking syntax.
    expect(parsed).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(1000);
    expect(slowest.ms, slowest.text).toBeLessThan(1000);
  });
});
