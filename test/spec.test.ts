import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHITECTURE } from '../src/spec/defaults.ts';
import { SpecError } from '../src/spec/errors.ts';
import type { SpecIssue } from '../src/spec/errors.ts';
import { issueAt, loadSpec, parseSpecText } from '../src/spec/parse.ts';
import { validInputRange } from '../src/spec/resolution.ts';
import { blockWidths, blocksPerFlow, hasTransition, layersAt } from '../src/spec/widths.ts';

const FIXTURES = new URL('../../shared/fixtures/', import.meta.url);
const BUNDLED = ['ranet-cifar10', 'ranet-cifar100', 'ranet-imagenet', 'tiny-cifar', 'digits'];

/** The issues a spec text is rejected with; fails the test if it is accepted. */
function issuesOf(text: string): SpecIssue[] {
  try {
    parseSpecText(text, 'bad.yaml');
  } catch (error) {
    if (error instanceof SpecError) return [...error.issues];
    throw error;
  }
  throw new Error('expected the spec to be rejected');
}

/** Joins lines, so that test texts show their line numbers by position. */
const yaml = (...lines: string[]): string => lines.join('\n') + '\n';

/** The public hyperparameters as the fixtures' meta.json files write them. */
interface MetaSpec {
  data: string;
  input: number[];
  nChannels: number;
  growthRate: number;
  nBlocks: number;
  blockStep: number;
  step: number;
  stepMode: string;
  scaleList: number[];
  grFactor: number[];
  bnFactor: number[];
  compressFactor: number;
  reduction: number;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, FIXTURES), 'utf8'));
}

function expectMatchesMeta(file: string, meta: MetaSpec): void {
  const { spec } = loadSpec(file);
  const { data, input, ...architecture } = meta;
  expect(spec.data).toBe(data.toLowerCase().startsWith('cifar') ? 'cifar' : 'imagenet');
  expect([spec.input.channels, spec.input.height, spec.input.width]).toEqual(input);
  expect(spec.architecture).toEqual(architecture);
}

describe('bundled specs', () => {
  it.each(BUNDLED)('%s parses', (name) => {
    const parsed = loadSpec(`specs/${name}.yaml`);
    expect(parsed.spec.name).toBe(name);
    expect(parsed.file).toBe(`specs/${name}.yaml`);
  });

  it('tiny-cifar and digits match their fixtures', () => {
    for (const name of ['tiny-cifar', 'digits']) {
      const meta = readJson(`${name}/meta.json`) as { spec: MetaSpec & { classes: number } };
      const { classes, ...rest } = meta.spec;
      expectMatchesMeta(`specs/${name}.yaml`, rest);
      expect(loadSpec(`specs/${name}.yaml`).spec.classes).toBe(classes);
    }
    const digits = readJson('digits/meta.json') as { normalize: { mean: number[]; std: number[] } };
    expect(loadSpec('specs/digits.yaml').spec.input.normalize).toEqual(digits.normalize);
  });

  it('the official configurations match the ones flops.json was computed for', () => {
    const flops = readJson('flops.json') as Record<string, { spec: MetaSpec & { classes: number } }>;
    const pairs: [string, string][] = [
      ['ranet-cifar10', 'cifar10-official'],
      ['ranet-cifar100', 'cifar100-readme'],
      ['ranet-imagenet', 'imagenet-paper'],
    ];
    for (const [file, key] of pairs) {
      // flops.json records classes as 0; everything else must match.
      const { classes, ...rest } = flops[key].spec;
      expect(classes).toBe(0);
      expectMatchesMeta(`specs/${file}.yaml`, rest);
    }
    expect(loadSpec('specs/ranet-cifar10.yaml').spec.classes).toBe(10);
    expect(loadSpec('specs/ranet-cifar100.yaml').spec.classes).toBe(100);
    expect(loadSpec('specs/ranet-imagenet.yaml').spec.classes).toBe(1000);
  });
});

describe('defaults', () => {
  it('a spec with only name and classes is the official CIFAR-10 network', () => {
    const { spec } = parseSpecText(yaml('name: minimal', 'classes: 10'), 'min.yaml');
    const official = loadSpec('specs/ranet-cifar10.yaml').spec;
    expect(spec.architecture).toEqual(official.architecture);
    expect(spec.architecture).toEqual(DEFAULT_ARCHITECTURE);
    expect(spec.data).toBe('cifar');
    expect(spec.input).toEqual({ channels: 3, height: 32, width: 32 });
    expect(spec.target).toEqual({ backend: 'wgsl', precision: 'f32', maxBatch: 64 });
  });

  it('input size follows data, field by field', () => {
    const text = yaml(
      'name: n',
      'classes: 1000',
      'data: imagenet',
      'input: { width: 256 }',
      'architecture: { scaleList: [1, 2, 3, 4], grFactor: [4, 2, 2, 1], bnFactor: [4, 2, 2, 1] }',
    );
    expect(parseSpecText(text, 'f.yaml').spec.input).toEqual({ channels: 3, height: 224, width: 256 });
  });

  it('does not share default lists between specs', () => {
    const a = parseSpecText(yaml('name: a', 'classes: 10'), 'a.yaml').spec;
    a.architecture.scaleList.push(4);
    const b = parseSpecText(yaml('name: b', 'classes: 10'), 'b.yaml').spec;
    expect(b.architecture.scaleList).toEqual([1, 2, 3, 3]);
  });

  it('target.fallback: wasm backs up wgsl at f32 only, refused at the field otherwise', () => {
    const target = (t: string): string => yaml('name: n', 'classes: 10', `target: { ${t} }`);
    expect(parseSpecText(target('backend: wgsl, fallback: wasm'), 't.yaml').spec.target.fallback).toBe(
      'wasm',
    );
    expect(parseSpecText(target('backend: wgsl'), 't.yaml').spec.target).not.toHaveProperty('fallback');
    expect(issuesOf(target('backend: cuda, fallback: wasm'))).toMatchObject([
      {
        line: 3,
        path: 'target.fallback',
        expected: expect.stringContaining('backend: wgsl only'),
        found: 'wasm',
      },
    ]);
    expect(issuesOf(target('fallback: wasm, precision: f16'))).toMatchObject([
      { path: 'target.fallback', expected: expect.stringContaining('stores f32'), found: 'wasm' },
    ]);
    expect(issuesOf(target('fallback: cuda'))).toMatchObject([
      { path: 'target.fallback', expected: 'one of wasm', found: expect.any(String) },
    ]);
  });

  it('accepts f16 on both backends', () => {
    for (const backend of ['wgsl', 'cuda']) {
      const text = yaml('name: n', 'classes: 10', `target: { backend: ${backend}, precision: f16 }`);
      expect(parseSpecText(text, 't.yaml').spec.target.precision).toBe('f16');
    }
  });

  it('accepts tf32 on CUDA only, with a located error elsewhere', () => {
    const target = (t: string): string => yaml('name: n', 'classes: 10', `target: { ${t} }`);
    expect(parseSpecText(target('backend: cuda, precision: tf32'), 't.yaml').spec.target.precision).toBe(
      'tf32',
    );
    for (const backend of ['wgsl', 'wasm'])
      expect(issuesOf(target(`backend: ${backend}, precision: tf32`))).toMatchObject([
        {
          line: 3,
          path: 'target.precision',
          expected: expect.stringContaining("tf32 is the CUDA backend's tensor-core arithmetic"),
          found: 'tf32',
        },
      ]);
    expect(issuesOf(target('precision: tf32'))).toMatchObject([{ path: 'target.precision', found: 'tf32' }]);
  });
});

describe('locate', () => {
  const parsed = loadSpec('specs/ranet-cifar10.yaml');

  it('finds values in block and flow collections', () => {
    // Line 19 is `  scaleList: [1, 2, 3, 3]`: the third entry is at column 21.
    expect(parsed.locate(['architecture', 'scaleList', 2])).toEqual({ line: 19, col: 21 });
    expect(parsed.locate(['name'])).toEqual({ line: 3, col: 7 });
    expect(parsed.locate(['target', 'maxBatch'])).toEqual({ line: 24, col: 52 });
  });

  it('falls back to the nearest ancestor for a defaulted field', () => {
    const minimal = parseSpecText(yaml('name: m', 'classes: 10', 'target: { maxBatch: 8 }'), 'm.yaml');
    expect(minimal.locate(['target', 'backend'])).toEqual({ line: 3, col: 9 });
    expect(minimal.locate(['architecture', 'step'])).toEqual({ line: 1, col: 1 });
  });

  it('gives later stages located issues', () => {
    const issue = issueAt(parsed, ['architecture', 'grFactor', 1], 'a lowered factor', '2');
    expect(issue).toEqual({
      file: 'specs/ranet-cifar10.yaml',
      line: 20,
      col: 17,
      path: 'architecture.grFactor[1]',
      expected: 'a lowered factor',
      found: '2',
    });
  });
});

describe('errors', () => {
  it('format() writes one line per issue, file:line:col: path: expected, found', () => {
    const text = yaml(
      'name: x',
      'classes: 10',
      'architecture: { scaleList: [1, 2, 1], grFactor: [4, 2, 1], bnFactor: [4, 2, 1] }',
    );
    let error: unknown;
    try {
      parseSpecText(text, 'specs/x.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SpecError);
    const specError = error as SpecError;
    expect(specError.format()).toBe(
      'specs/x.yaml:3:35: architecture.scaleList[2]: expected a value >= scaleList[1] (2), found 1',
    );
    expect(specError.message).toBe(specError.format());
  });

  it('a missing file is a SpecError', () => {
    expect(() => loadSpec('specs/does-not-exist.yaml')).toThrow(SpecError);
    try {
      loadSpec('specs/does-not-exist.yaml');
    } catch (error) {
      const [issue] = (error as SpecError).issues;
      expect(issue).toMatchObject({ file: 'specs/does-not-exist.yaml', line: 0, col: 0, path: '' });
      expect(issue.expected).toBe('a readable spec file');
      expect(issue.found).toContain('ENOENT');
      expect((error as SpecError).format()).toMatch(
        /^specs\/does-not-exist\.yaml: expected a readable spec file, found/,
      );
    }
  });
});

describe('YAML syntax', () => {
  it('reports a syntax error with its position', () => {
    const [issue, ...rest] = issuesOf(yaml('name: x', 'classes: [10', 'data: cifar'));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      file: 'bad.yaml',
      line: 3,
      col: 1,
      path: '',
      expected: 'well-formed YAML',
    });
    expect(issue.found).toMatch(/^a syntax error: Flow sequence/);
  });

  it('rejects duplicate keys at the repeated key', () => {
    expect(issuesOf(yaml('name: x', 'classes: 10', 'architecture: { step: 2, step: 3 }'))).toEqual([
      {
        file: 'bad.yaml',
        line: 3,
        col: 26,
        path: '',
        expected: 'each key at most once in a mapping',
        found: "a second 'step' key",
      },
    ]);
  });

  it('rejects a document that is not a mapping', () => {
    expect(issuesOf('- 1\n')).toEqual([
      { file: 'bad.yaml', line: 1, col: 1, path: '', expected: 'a mapping', found: '[1]' },
    ]);
    expect(issuesOf('')).toEqual([
      { file: 'bad.yaml', line: 1, col: 1, path: '', expected: 'a mapping', found: 'an empty value' },
    ]);
  });
});

describe('schema', () => {
  it('rejects unknown keys at every level, pointing at the key', () => {
    const text = yaml(
      'name: x',
      'classes: 10',
      'colour: red',
      'architecture:',
      '  nchannels: 16',
      'target: { gpu: h100 }',
    );
    expect(issuesOf(text)).toEqual([
      {
        file: 'bad.yaml',
        line: 3,
        col: 1,
        path: 'colour',
        expected: 'one of the keys name, data, input, classes, architecture, target',
        found: "an unknown key 'colour'",
      },
      {
        file: 'bad.yaml',
        line: 5,
        col: 3,
        path: 'architecture.nchannels',
        expected:
          'one of the keys nChannels, growthRate, nBlocks, blockStep, step, stepMode, scaleList, grFactor, bnFactor, compressFactor, reduction',
        found: "an unknown key 'nchannels'",
      },
      {
        file: 'bad.yaml',
        line: 6,
        col: 11,
        path: 'target.gpu',
        expected: 'one of the keys backend, fallback, precision, maxBatch',
        found: "an unknown key 'gpu'",
      },
    ]);
  });

  it('reports a missing name at the document and a wrong type at the value, together', () => {
    expect(issuesOf(yaml('classes: ten'))).toEqual([
      {
        file: 'bad.yaml',
        line: 1,
        col: 1,
        path: 'name',
        expected: 'a non-empty string',
        found: 'nothing (the key is missing)',
      },
      { file: 'bad.yaml', line: 1, col: 10, path: 'classes', expected: 'an integer >= 1', found: '"ten"' },
    ]);
  });

  it('points at the key of an empty value', () => {
    expect(issuesOf(yaml('name:', 'classes: 10'))).toEqual([
      {
        file: 'bad.yaml',
        line: 1,
        col: 1,
        path: 'name',
        expected: 'a non-empty string',
        found: 'an empty value',
      },
    ]);
  });

  it('requires integers, ranges and enum values', () => {
    const text = yaml(
      'name: x',
      'classes: 10.5',
      'data: mnist',
      'architecture: { growthRate: 0, scaleList: [1, 2.5], stepMode: log, compressFactor: 1.5, reduction: .inf }',
      'target: { backend: metal, maxBatch: -1 }',
    );
    expect(issuesOf(text)).toEqual([
      { file: 'bad.yaml', line: 2, col: 10, path: 'classes', expected: 'an integer >= 1', found: '10.5' },
      {
        file: 'bad.yaml',
        line: 3,
        col: 7,
        path: 'data',
        expected: 'one of cifar, imagenet',
        found: '"mnist"',
      },
      {
        file: 'bad.yaml',
        line: 4,
        col: 29,
        path: 'architecture.growthRate',
        expected: 'an integer >= 1',
        found: '0',
      },
      {
        file: 'bad.yaml',
        line: 4,
        col: 47,
        path: 'architecture.scaleList[1]',
        expected: 'an integer >= 1',
        found: '2.5',
      },
      {
        file: 'bad.yaml',
        line: 4,
        col: 63,
        path: 'architecture.stepMode',
        expected: 'one of even, lg',
        found: '"log"',
      },
      {
        file: 'bad.yaml',
        line: 4,
        col: 84,
        path: 'architecture.compressFactor',
        expected: 'a number in (0, 1]',
        found: '1.5',
      },
      {
        file: 'bad.yaml',
        line: 4,
        col: 100,
        path: 'architecture.reduction',
        expected: 'a number in (0, 1]',
        found: 'Infinity',
      },
      {
        file: 'bad.yaml',
        line: 5,
        col: 20,
        path: 'target.backend',
        expected: 'one of wgsl, cuda, wasm',
        found: '"metal"',
      },
      {
        file: 'bad.yaml',
        line: 5,
        col: 37,
        path: 'target.maxBatch',
        expected: 'an integer >= 1',
        found: '-1',
      },
    ]);
  });

  it('rejects an empty list and a non-positive std', () => {
    const text = yaml(
      'name: x',
      'classes: 10',
      'input: { normalize: { mean: [0.5, 0.5, 0.5], std: [0.2, 0, 0.2] } }',
      'architecture: { grFactor: [] }',
    );
    expect(issuesOf(text)).toEqual([
      {
        file: 'bad.yaml',
        line: 3,
        col: 57,
        path: 'input.normalize.std[1]',
        expected: 'a number > 0',
        found: '0',
      },
      {
        file: 'bad.yaml',
        line: 4,
        col: 27,
        path: 'architecture.grFactor',
        expected: 'a non-empty list of integers >= 1',
        found: '[]',
      },
    ]);
  });

  it('runs no semantic check on a spec that fails the schema', () => {
    // scaleList [2] would fail a semantic check; only the schema issue is reported.
    const issues = issuesOf(yaml('name: x', 'classes: 0', 'architecture: { scaleList: [2] }'));
    expect(issues.map((i) => i.path)).toEqual(['classes']);
  });
});

/** A spec with the default (official CIFAR-10) architecture overridden on line 3. */
const withArchitecture = (architecture: string): string =>
  yaml('name: x', 'classes: 10', `architecture: ${architecture}`);

describe('semantic checks', () => {
  it('rejects lists of different lengths, naming each', () => {
    expect(
      issuesOf(withArchitecture('{ scaleList: [1, 2, 3], grFactor: [4, 2], bnFactor: [4, 2, 1, 1] }')),
    ).toEqual([
      {
        file: 'bad.yaml',
        line: 3,
        col: 49,
        path: 'architecture.grFactor',
        expected: '3 entries, one per flow (as many as scaleList)',
        found: '2 entries',
      },
      {
        file: 'bad.yaml',
        line: 3,
        col: 67,
        path: 'architecture.bnFactor',
        expected: '3 entries, one per flow (as many as scaleList)',
        found: '4 entries',
      },
    ]);
  });

  it('points at the architecture mapping when the mismatched list is a default', () => {
    const [issue] = issuesOf(withArchitecture('{ scaleList: [1, 2, 3] }'));
    expect(issue).toMatchObject({ line: 3, col: 15, path: 'architecture.grFactor', found: '4 entries' });
  });

  it('rejects a scale list that does not start at 1', () => {
    expect(issuesOf(withArchitecture('{ scaleList: [2, 3, 4, 4] }'))).toEqual([
      {
        file: 'bad.yaml',
        line: 3,
        col: 29,
        path: 'architecture.scaleList[0]',
        expected: '1 (flow 0 runs at the lowest resolution level, which is 1)',
        found: '2',
      },
    ]);
  });

  it('rejects a decreasing scale list', () => {
    expect(issuesOf(withArchitecture('{ scaleList: [1, 3, 2, 3] }'))).toEqual([
      expect.objectContaining({ path: 'architecture.scaleList[1]', line: 3, col: 32, found: '3' }),
      {
        file: 'bad.yaml',
        line: 3,
        col: 35,
        path: 'architecture.scaleList[2]',
        expected: 'a value >= scaleList[1] (3)',
        found: '2',
      },
    ]);
  });

  it('rejects a jump of more than one level, explaining why', () => {
    const [issue, ...rest] = issuesOf(withArchitecture('{ scaleList: [1, 3, 3, 3] }'));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ line: 3, col: 32, path: 'architecture.scaleList[1]', found: '3' });
    expect(issue.expected).toMatch(/^a value <= 2 \(scaleList\[0\] \+ 1\): the public stem halves/);
  });

  it('rejects a later flow at level 1 (the list[-0:] quirk)', () => {
    const [issue, ...rest] = issuesOf(withArchitecture('{ scaleList: [1, 1, 2, 3] }'));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ line: 3, col: 32, path: 'architecture.scaleList[1]', found: '1' });
    expect(issue.expected).toMatch(/^a value >= 2: only flow 0 may be at level 1/);
    expect(issue.expected).toContain('list[-0:]');
  });

  it('rejects one-layer fusion blocks and flows without exits', () => {
    expect(issuesOf(withArchitecture('{ step: 1, stepMode: lg, blockStep: 0 }'))).toEqual([
      {
        file: 'bad.yaml',
        line: 3,
        col: 23,
        path: 'architecture.step',
        expected:
          'an integer >= 2 when there are several flows (the public fusion block raises UnboundLocalError when it has a single layer)',
        found: '1',
      },
      {
        file: 'bad.yaml',
        line: 3,
        col: 51,
        path: 'architecture.blockStep',
        expected:
          'an integer >= 1 when there are several flows (with 0, flows after the first have no exits)',
        found: '0',
      },
    ]);
  });

  it('accepts step 1 and blockStep 0 with a single flow', () => {
    // One flow at level 1: the heads see the input itself, so it must be 5..12 wide.
    const text = yaml(
      'name: x',
      'classes: 10',
      'input: { height: 8, width: 8 }',
      'architecture: { step: 1, blockStep: 0, scaleList: [1], grFactor: [1], bnFactor: [1] }',
    );
    const { spec } = parseSpecText(text, 'one.yaml');
    expect(spec.architecture.scaleList).toEqual([1]);
  });

  it('rejects a zero-width coarse-flow share of a fused layer', () => {
    // growthRate 3: flow 3 has growth 3*1 and floor(3*0.25) = 0 channels come from flow 2.
    const issues = issuesOf(withArchitecture('{ growthRate: 3 }'));
    expect(issues).toEqual([
      {
        file: 'bad.yaml',
        line: 3,
        col: 15,
        path: 'architecture.grFactor[2]',
        expected:
          'a factor with floor(growthRate*grFactor[2]*compressFactor) >= 1: each fused layer of flow 2 takes that many channels from the coarser flow (conv_up), and 0 is a zero-width conv',
        found: '1 (floor(3*1*0.25) = 0)',
      },
      expect.objectContaining({ path: 'architecture.grFactor[3]', found: '1 (floor(3*1*0.25) = 0)' }),
    ]);
  });

  it('rejects a zero-width own share of a fused layer (compressFactor 1)', () => {
    const [issue, ...rest] = issuesOf(withArchitecture('{ compressFactor: 1 }'));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      line: 3,
      col: 33,
      path: 'architecture.compressFactor',
      found: '1 (flow 1: 12 - 12 = 0)',
    });
    expect(issue.expected).toContain('at least 1 channel of its own');
  });

  it('rejects a zero-width transition, naming the module', () => {
    const arch =
      '{ nChannels: 4, growthRate: 4, step: 2, scaleList: [1, 2, 3], grFactor: [4, 2, 1], bnFactor: [4, 2, 1], reduction: 0.01 }';
    expect(issuesOf(withArchitecture(arch))).toEqual([
      {
        file: 'bad.yaml',
        line: 3,
        col: 130,
        path: 'architecture.reduction',
        expected: 'a reduction with floor(reduction*channels) >= 1 for every transition layer',
        // Flow 1 block 2: 8 + 2*8 = 24 (+6 from conv_last) = 30, then 30 + 16 = 46 (+11) = 57.
        found: '0.01 (scale_flows.1.1.trans: floor(0.01*57) = 0)',
      },
    ]);
  });

  it('rejects a zero-width conv_last', () => {
    const issues = issuesOf(withArchitecture('{ compressFactor: 0.01 }'));
    const convLast = issues.find((i) => i.expected.includes('conv_last'));
    expect(convLast).toEqual({
      file: 'bad.yaml',
      line: 3,
      col: 33,
      path: 'architecture.compressFactor',
      expected:
        "a compressFactor with floor(out*compressFactor) >= 1 for every fusion block's conv_last (out: the block's width)",
      // Flow 1 block 1: 16*2 + 4*12 = 80 channels, floor(0.8) = 0.
      found: '0.01 (scale_flows.1.0.conv_last: floor(80*0.01) = 0)',
    });
  });

  it('rejects an input the exit heads cannot reduce to 1x1', () => {
    const text = yaml('name: x', 'classes: 10', 'input: { height: 64, width: 16 }');
    expect(issuesOf(text)).toEqual([
      {
        file: 'bad.yaml',
        line: 3,
        col: 18,
        path: 'input.height',
        expected:
          "an input height in 17..48 (data cifar, max(scaleList) = 3): the exit heads' two 3x3/2 convs and 2x2 avgpool must reduce the coarsest map to exactly 1, as the public classifier's linear layer takes a single position",
        found: "64 (coarsest map 16, 4 after the head's convs, 2 after its avgpool)",
      },
      expect.objectContaining({
        line: 3,
        col: 29,
        path: 'input.width',
        found: "16 (coarsest map 4, 1 after the head's convs, too small for its 2x2 avgpool)",
      }),
    ]);
  });

  it('rejects ImageNet at 224 with only 3 levels (coarsest map 14), pointing at the document for a default size', () => {
    const text = yaml('name: x', 'classes: 1000', 'data: imagenet');
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.path, i.line, i.col])).toEqual([
      ['input.height', 1, 1],
      ['input.width', 1, 1],
    ]);
    expect(issues[0].expected).toMatch(
      /^an input height in 65\.\.192 \(data imagenet, max\(scaleList\) = 3\)/,
    );
    expect(issues[0].found).toBe("224 (coarsest map 14, 4 after the head's convs, 2 after its avgpool)");
  });

  it('checks input channels, and normalize lengths against them', () => {
    const text = yaml(
      'name: x',
      'classes: 10',
      'input: { channels: 1, normalize: { mean: [0.5], std: [0.2, 0.2] } }',
    );
    expect(issuesOf(text)).toEqual([
      {
        file: 'bad.yaml',
        line: 3,
        col: 20,
        path: 'input.channels',
        expected: '3 (the public stem is built as RAFirstLayer(3, ...): RGB input only)',
        found: '1',
      },
      {
        file: 'bad.yaml',
        line: 3,
        col: 54,
        path: 'input.normalize.std',
        expected: '1 value (one per input channel)',
        found: '2 values',
      },
    ]);
  });

  it('reports a bad normalize length against 3 channels', () => {
    const text = yaml(
      'name: x',
      'classes: 10',
      'input: { normalize: { mean: [0.5, 0.5], std: [0.2, 0.2, 0.2] } }',
    );
    expect(issuesOf(text)).toEqual([
      {
        file: 'bad.yaml',
        line: 3,
        col: 29,
        path: 'input.normalize.mean',
        expected: '3 values (one per input channel)',
        found: '2 values',
      },
    ]);
  });
});

describe('geometry helpers', () => {
  /** Python's `list[start:]`, negative starts included (`-0` is 0: the whole list). */
  const pySliceFrom = <T>(list: T[], start: number): T[] =>
    list.slice(start < 0 ? Math.max(list.length + start, 0) : start);
  const conv = (h: number, k: number, stride: number, pad: number) =>
    Math.floor((h + 2 * pad - k) / stride) + 1;

  /**
   * An independent walk of the public code's spatial sizes: the sizes every exit head ends at,
   * or undefined where an AvgPool2d(2) would get a map smaller than 2.
   */
  function headOutputs(h: number, data: 'cifar' | 'imagenet', S: number[], nBlocks = 2, blockStep = 2) {
    const nb = [0, ...S.map((_, i) => nBlocks + blockStep * i)];
    // RAFirstLayer over the reversed lists; res[::-1] hands flow 0 the last output.
    const reversed = [...S].reverse();
    let x = data === 'imagenet' ? conv(conv(h, 7, 2, 3), 3, 2, 1) : conv(h, 3, 1, 1);
    const stem = [x];
    for (let j = 1; j < S.length; j++) {
      x = conv(x, 3, reversed[j] === reversed[j - 1] ? 1 : 2, 1);
      stem.push(x);
    }
    stem.reverse();
    return S.map((scale, i) => {
      const downs = pySliceFrom(nb.slice(0, i + 1), -(scale - 1));
      let size = stem[i];
      for (let k = 1; k <= nb[i]; k++) if (downs.includes(k)) size = conv(size, 3, 2, 1);
      const afterConvs = conv(conv(size, 3, 2, 1), 3, 2, 1);
      return afterConvs < 2 ? undefined : conv(afterConvs, 2, 2, 0);
    });
  }

  it('validInputRange is exactly the sizes at which every exit head ends at 1', () => {
    const lists = [[1], [1, 2], [1, 2, 2], [1, 2, 3], [1, 2, 3, 3], [1, 2, 3, 4], [1, 2, 2, 3, 4]];
    for (const data of ['cifar', 'imagenet'] as const) {
      for (const S of lists) {
        const { min, max } = validInputRange(data, Math.max(...S));
        for (let h = 1; h <= 1024; h++) {
          const allOne = headOutputs(h, data, S).every((out) => out === 1);
          expect(allOne, `${data} S=${S.join('-')} h=${h}`).toBe(h >= min && h <= max);
        }
      }
    }
  });

  it('the scale-list rules are what keeps exits at one size', () => {
    // At 32x32, the jump 1-3-3 and the list[-0:] quirk 1-1-2 leave exits at different sizes
    // (a 2x2 map would meet a linear layer sized for one position).
    expect(headOutputs(32, 'cifar', [1, 3, 3])).toEqual([2, 2, 1]);
    expect(headOutputs(32, 'cifar', [1, 1, 2])).toEqual([2, 1, 2]);
    expect(headOutputs(32, 'cifar', [1, 2, 3])).toEqual([1, 1, 1]);
  });

  /** Tensor shapes from a safetensors header (8-byte little-endian length, then JSON). */
  function tensorShapes(path: string): Map<string, number[]> {
    const bytes = readFileSync(new URL(path, FIXTURES));
    const length = Number(bytes.readBigUInt64LE(0));
    const header = JSON.parse(bytes.subarray(8, 8 + length).toString('utf8')) as Record<
      string,
      { shape?: number[] }
    >;
    return new Map(Object.entries(header).flatMap(([key, v]) => (v.shape ? [[key, v.shape] as const] : [])));
  }

  it.each([
    ['tiny-cifar', 'tiny-cifar/model.safetensors'],
    ['ranet-cifar10', 'ranet-cifar10/model.safetensors'],
    ['digits', 'digits/model.safetensors'],
  ])('the width walk of %s agrees with the public model weights', (name, weights) => {
    const arch = loadSpec(`specs/${name}.yaml`).spec.architecture;
    const shapes = tensorShapes(weights);
    const walked = blockWidths(arch);
    for (const b of walked) {
      const prefix = `scale_flows.${b.flow}.${b.block}`;
      expect(shapes.get(`${prefix}.conv_last.net.0.weight`)?.[0], prefix).toBe(b.convLast);
      const trans = shapes.get(`${prefix}.trans.net.0.weight`);
      expect(trans && { in: trans[1], out: trans[0] }, prefix).toEqual(b.trans);
      const layers = [...shapes.keys()].filter(
        (k) => k.startsWith(`${prefix}.layers.`) && k.endsWith('.net.0.weight'),
      );
      const layerIndices = new Set(layers.map((k) => k.split('.')[4]));
      expect(layerIndices.size, prefix).toBe(layersAt(arch, b.block + 1));
    }
    // No block the walk misses.
    const blocksInWeights = new Set(
      [...shapes.keys()].flatMap((k) => /^scale_flows\.\d+\.\d+/.exec(k) ?? []),
    );
    expect(blocksInWeights.size).toBe(walked.length);
  });

  it('blocks, layers and transitions follow the public code on the official CIFAR-10 spec', () => {
    const arch = loadSpec('specs/ranet-cifar10.yaml').spec.architecture;
    expect(blocksPerFlow(arch)).toEqual([0, 2, 4, 6, 8]);
    expect(layersAt(arch, 5)).toBe(4);
    expect(layersAt({ ...arch, stepMode: 'lg', step: 2 }, 3)).toBe(6);
    // Flow 3 (level 3, 8 blocks): transitions at floor(8/3) = 2 and floor(16/3) = 5.
    const transitions = [1, 2, 3, 4, 5, 6, 7, 8].filter((k) => hasTransition(k, 8, 3));
    expect(transitions).toEqual([2, 5]);
  });
});
