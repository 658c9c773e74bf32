// The frontend against the public implementation: expandRanet must build a valid graph with
// the public exit count, the public FLOPs and parameter accounting (exactly: both are integer
// sums), and exactly the public state_dict keys and shapes.

import { describe, expect, it } from 'vitest';
import { expandRanet } from '../src/frontend/ranet.ts';
import { exitCosts } from '../src/ir/cost.ts';
import type { Graph } from '../src/ir/types.ts';
import { verifyGraph } from '../src/ir/verify.ts';
import type { Spec } from '../src/spec/types.ts';
import { checkWeights, type ExpectedTensor, loadWeights } from '../src/weights/load.ts';
import { fixture, type PublicConfig, readFlopsTable, readMeta, specFromPublic } from './helpers/fixtures.ts';

interface Case {
  readonly name: string;
  readonly spec: Spec;
  /** Public cumulative per-exit figures (batch 1), where the fixtures have them. */
  readonly flops?: readonly number[];
  readonly params?: readonly number[];
  readonly exits?: number;
  /** The public model's weights, where the fixtures have them. */
  readonly weights?: string;
}

const fromMeta = (set: string): Case => {
  const meta = readMeta(set) as ReturnType<typeof readMeta> & { exits: number };
  return {
    name: set,
    spec: specFromPublic(set, meta.spec),
    flops: meta.flops,
    params: meta.params,
    exits: meta.exits,
    weights: fixture(set, 'model.safetensors'),
  };
};

// digits' meta.json has only the configuration (no FLOPs): it contributes keys and shapes.
const digitsConfig = (readMeta('digits') as unknown as { spec: PublicConfig }).spec;

const CASES: readonly Case[] = [
  fromMeta('tiny-cifar'),
  fromMeta('ranet-cifar10'),
  {
    name: 'digits',
    spec: specFromPublic('digits', digitsConfig),
    weights: fixture('digits', 'model.safetensors'),
  },
  ...Object.entries(readFlopsTable()).map(([name, entry]) => ({
    name,
    spec: specFromPublic(name, entry.spec),
    flops: entry.flops,
    params: entry.params,
    exits: entry.flops.length,
  })),
];

const graphs = new Map<string, Graph>();
const graphOf = (c: Case): Graph => {
  let g = graphs.get(c.name);
  if (g === undefined) {
    g = expandRanet(c.spec);
    graphs.set(c.name, g);
  }
  return g;
};

describe.each(CASES)('expandRanet($name)', (c) => {
  it('builds a graph that verifies', () => {
    expect(() => verifyGraph(graphOf(c))).not.toThrow();
  });

  it('numbers its exits in execution order', () => {
    const g = graphOf(c);
    expect(g.exits.length).toBeGreaterThan(1);
    g.exits.forEach((e, i) => {
      expect(e.index).toBe(i);
      expect(g.nodes[e.logits].scope).toEqual({ part: 'head', flow: e.flow, block: e.block, exit: i });
      if (i > 0) {
        const prev = g.exits[i - 1];
        expect(e.logits).toBeGreaterThan(prev.logits);
        // The public forward runs flow by flow, block by block.
        expect(e.flow > prev.flow || (e.flow === prev.flow && e.block > prev.block)).toBe(true);
      }
      expect(g.nodes[e.logits].type.shape).toEqual([c.spec.classes]);
    });
  });
});

// Which fixtures carry which figures: stated, so that a case dropping out fails instead of
// silently testing less.
const WITH_COSTS = CASES.filter((c) => c.flops !== undefined);
const WITH_WEIGHTS = CASES.filter((c) => c.weights !== undefined);

it('has public figures for five configurations and weights for three', () => {
  expect(WITH_COSTS.map((c) => c.name)).toEqual([
    'tiny-cifar',
    'ranet-cifar10',
    'cifar10-official',
    'cifar100-readme',
    'imagenet-paper',
  ]);
  expect(WITH_WEIGHTS.map((c) => c.name)).toEqual(['tiny-cifar', 'ranet-cifar10', 'digits']);
});

describe.each(WITH_COSTS)('exit costs of $name', (c) => {
  it('has the public number of exits', () => {
    expect(graphOf(c).exits).toHaveLength(c.exits!);
  });

  it('has exactly the public per-exit FLOPs and parameter counts', () => {
    const costs = exitCosts(graphOf(c));
    // Exact: both sides are sums of integer products far below 2^53.
    expect(costs.map((x) => x.flops)).toEqual(c.flops);
    expect(costs.map((x) => x.params)).toEqual(c.params);
  });
});

describe.each(WITH_WEIGHTS)('parameters of $name', (c) => {
  it("are exactly the public model's state_dict keys, with its shapes and dtypes", () => {
    const g = graphOf(c);
    const expected = new Map<string, ExpectedTensor>(
      [...g.params].map(([name, p]) => [name, { shape: p.shape, dtype: p.dtype }]),
    );
    const sd = loadWeights(c.weights!);
    // checkWeights throws on any missing, unexpected or mismatched (shape or dtype) key.
    expect(() => checkWeights(expected, sd, c.weights!)).not.toThrow();
    expect(new Set(g.params.keys())).toEqual(new Set(sd.keys()));
  });
});

describe('expandRanet structure spot checks', () => {
  const tiny = CASES[0];
  const imagenet = CASES.find((c) => c.name === 'imagenet-paper')!;

  it('places the exits of tiny-cifar where the public code does', () => {
    // nb = [0, 2, 4, 6]: flow 0 has 2 normal blocks; flows 1 and 2 fuse their first
    // nb[i] blocks and end with 2 normal blocks each; every normal block has an exit.
    const exits = graphOf(tiny).exits.map((e) => [e.flow, e.block]);
    expect(exits).toEqual([
      [0, 0],
      [0, 1],
      [1, 2],
      [1, 3],
      [2, 4],
      [2, 5],
    ]);
  });

  it('names the CIFAR stem and heads as the public state_dict does', () => {
    const p = graphOf(tiny).params;
    // C = 4 and the finest flow has G = 1: the first stem conv is 3 -> 4, 3x3, without bias.
    expect(p.get('FirstLayer.layers.0.net.0.weight')?.shape).toEqual([4, 3, 3, 3]);
    expect(p.has('FirstLayer.layers.0.net.0.bias')).toBe(false);
    expect(p.get('FirstLayer.layers.0.net.1.num_batches_tracked')).toMatchObject({ shape: [], dtype: 'i64' });
    expect(p.get('classifier.5.linear.weight')?.shape).toEqual([10, 128]);
    expect(p.get('classifier.0.m.0.net.0.weight')?.shape[0]).toBe(128);
    expect(p.has('classifier.6.linear.weight')).toBe(false);
  });

  it('gives the ImageNet stem conv a bias and its BN index 1', () => {
    const p = graphOf(imagenet).params;
    // C = 64 and the finest flow has G = 1: 7x7/2 conv 3 -> 64 with bias.
    expect(p.get('FirstLayer.layers.0.0.weight')?.shape).toEqual([64, 3, 7, 7]);
    expect(p.get('FirstLayer.layers.0.0.bias')?.shape).toEqual([64]);
    expect(p.get('FirstLayer.layers.0.1.running_var')?.shape).toEqual([64]);
    expect(p.has('FirstLayer.layers.0.net.0.weight')).toBe(false);
    // Later stem layers are ConvBasic (`net.*`) again.
    expect(p.has('FirstLayer.layers.1.net.0.weight')).toBe(true);
    const ops = graphOf(imagenet).nodes.map((n) => n.op);
    expect(ops.filter((op) => op === 'maxpool')).toHaveLength(1);
  });
});
