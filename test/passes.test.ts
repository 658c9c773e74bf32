// The optimizing passes on RANet: structure before/after, "what it removes is gone", and
// numeric equality with the unoptimized graph under the reference interpreter.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandRanet } from '../src/frontend/ranet.ts';
import { GraphBuilder } from '../src/ir/builder.ts';
import type { Batch } from '../src/ir/ops/index.ts';
import { size } from '../src/ir/ops/index.ts';
import type { Graph, OpName } from '../src/ir/types.ts';
import { verifyGraph } from '../src/ir/verify.ts';
import { lowerGraph } from '../src/kernels/lower.ts';
import { buffersRead, buffersWritten, planMemory } from '../src/schedule/memory.ts';
import { eliminateDeadCode } from '../src/passes/dce.ts';
import { fuseHeads } from '../src/passes/fuse-heads.ts';
import { isInPlaceConcat } from '../src/passes/place-concats.ts';
import { OPTIMIZE, runPasses } from '../src/passes/pipeline.ts';
import { withDerived } from '../src/reference/derived.ts';
import { paramsFrom, runGraph } from '../src/reference/interpreter.ts';
import type { StateDict } from '../src/weights/tensor.ts';
import { loadWeights } from '../src/weights/load.ts';
import { fixture, readMeta, specFromPublic } from './helpers/fixtures.ts';
import { compare } from './helpers/compare.ts';

// Passes only reorder f32 roundings (BN folded into conv weights: w*s rounded to f32, then the
// conv, instead of the conv then the BN), so outputs agree to a few ulp of the logits; TVM
// tests BN folding at rtol 1e-5, and any algebra error is orders of magnitude larger.
const PASS_REL = 1e-5;

const graphFor = (set: string): Graph => expandRanet(specFromPublic(set, readMeta(set).spec));
const count = (g: Graph, op: OpName): number => g.nodes.filter((n) => n.op === op).length;

function inputOf(io: StateDict): Batch {
  const t = io.get('input');
  if (t?.dtype !== 'f32') throw new Error('io.safetensors has no f32 input');
  return { n: t.shape[0], shape: t.shape.slice(1), data: t.data };
}

/** Per exit, max |a - b| relative to max(1, max |a|) (see `compare`). */
function relativeDiffs(want: readonly Batch[], got: readonly Batch[]): number[] {
  expect(got).toHaveLength(want.length);
  return want.map((w, e) => compare(w.data, got[e].data).rel);
}

describe('the OPTIMIZE pipeline on tiny-cifar', () => {
  const set = 'tiny-cifar';
  let graph: Graph;
  let after: Map<string, Graph>;
  let optimized: Graph;
  let weights: StateDict;
  let input: Batch;
  let unoptimized: Batch[];
  const observed: string[] = [];

  beforeAll(() => {
    graph = graphFor(set);
    after = new Map();
    // verify: verifyGraph runs after every pass and throws on any broken invariant.
    optimized = runPasses(graph, OPTIMIZE, { verify: true, after: (name, g) => after.set(name, g) });
    weights = loadWeights(fixture(set, 'model.safetensors'));
    input = inputOf(loadWeights(fixture(set, 'io.safetensors')));
    unoptimized = runGraph(graph, paramsFrom(weights), input);
  });

  afterAll(() => {
    if (observed.length > 0)
      console.log(
        `passes on ${set}, max relative difference to the unoptimized graph per exit\n${observed.join('\n')}`,
      );
  });

  it('runs every pass of the list, in order', () => {
    expect([...after.keys()]).toEqual(OPTIMIZE.map((p) => p.name));
  });

  it('folds every BatchNorm into its conv', () => {
    expect(count(graph, 'batchnorm')).toBeGreaterThan(0);
    const folded = after.get('foldBatchNorm')!;
    expect(count(folded, 'batchnorm')).toBe(0);
    // One node less per BN; every folded conv reads derived parameters.
    expect(folded.nodes.length).toBe(graph.nodes.length - count(graph, 'batchnorm'));
    const derived = [...folded.params.values()].filter((p) => p.derived !== undefined);
    expect(derived).toHaveLength(2 * count(graph, 'batchnorm'));
    expect(count(optimized, 'batchnorm')).toBe(0);
  });

  it('fuses every ReLU into the conv before it', () => {
    const relus = count(graph, 'relu');
    expect(relus).toBeGreaterThan(0);
    expect(count(optimized, 'relu')).toBe(0);
    const fused = optimized.nodes.filter((n) => n.op === 'conv2d' && n.attrs.activation === 'relu');
    expect(fused).toHaveLength(relus);
  });

  it('fuses every resize of a conv output into that conv; the others stay', () => {
    const before = after.get('fuseActivations')!;
    const ofConv = before.nodes.filter((n) => n.op === 'resize' && before.nodes[n.inputs[0]].op === 'conv2d');
    expect(ofConv.length).toBeGreaterThan(0);
    const resizing = optimized.nodes.filter((n) => n.op === 'conv2d' && n.attrs.resize !== undefined);
    expect(resizing).toHaveLength(ofConv.length);
    // What is left resizes a concatenation, which several later layers read.
    const left = optimized.nodes.filter((n) => n.op === 'resize');
    expect(left).toHaveLength(count(graph, 'resize') - ofConv.length);
    for (const n of left) expect(optimized.nodes[n.inputs[0]].op).toBe('concat');
  });

  it("fuses every exit head's average pool and flatten into its linear", () => {
    const before = after.get('fuseResize')!;
    const fused = after.get('fuseHeads')!;
    const exits = graph.exits.length;
    expect(count(before, 'avgpool')).toBe(exits);
    expect(count(before, 'flatten')).toBe(exits);
    // Removed: both nodes of every head's tail, and nothing else.
    expect(count(fused, 'avgpool')).toBe(0);
    expect(count(fused, 'flatten')).toBe(0);
    expect(fused.nodes.length).toBe(before.nodes.length - 2 * exits);
    // Each exit's logits come from one linear that pools the head's last conv, same weights.
    fused.exits.forEach((exit, e) => {
      const head = fused.nodes[exit.logits];
      const old = before.nodes[before.exits[e].logits];
      expect(head.op).toBe('linear');
      if (head.op !== 'linear' || old.op !== 'linear') return;
      expect(head.name).toBe(old.name);
      expect(head.attrs).toEqual({ ...old.attrs, pool: { kernel: 2, stride: 2 } });
      const pooled = before.nodes[before.nodes[old.inputs[0]].inputs[0]];
      expect(fused.nodes[head.inputs[0]].name).toBe(before.nodes[pooled.inputs[0]].name);
      expect(fused.nodes[head.inputs[0]].op).toBe('conv2d');
      expect(fused.params.get(head.attrs.weight)!.shape).toEqual(before.params.get(old.attrs.weight)!.shape);
    });
    // Lowered, each head is one linear kernel with the pool in front, and no pool kernel.
    const kernels = lowerGraph(optimized, graph.nodes[graph.exits[0].logits].type.shape[0]).stages.flatMap(
      (s) => s.kernels,
    );
    expect(kernels.filter((k) => k.kind === 'avgpool')).toEqual([]);
    const heads = kernels.filter((k) => k.kind === 'linear');
    expect(heads.map((k) => k.pool)).toEqual(graph.exits.map(() => ({ window: 2, stride: 2 })));
  });

  it('places every concat in place (zero-copy)', () => {
    const concats = optimized.nodes.filter((n) => n.op === 'concat');
    expect(concats.length).toBe(count(graph, 'concat'));
    expect(concats.length).toBeGreaterThan(0);
    const copying = concats.filter((n) => !isInPlaceConcat(optimized, n.id)).map((n) => n.name);
    expect(copying).toEqual([]);
  });

  it.each(OPTIMIZE.map((p) => p.name))(
    'keeps every exit equal to the unoptimized reference after %s',
    (name) => {
      const g = after.get(name)!;
      const outs = runGraph(g, withDerived(g, paramsFrom(weights)), input);
      const rel = relativeDiffs(unoptimized, outs);
      observed.push(`  ${name.padEnd(18)} ${rel.map((r) => r.toExponential(1)).join(' ')}`);
      rel.forEach((r, e) => expect(r, `exit ${e}`).toBeLessThanOrEqual(PASS_REL));
    },
  );

  it('has no dead code in RANet: DCE keeps every node, before and after fusion', () => {
    expect(eliminateDeadCode(graph).nodes.length).toBe(graph.nodes.length);
    const dce = OPTIMIZE.findIndex((p) => p.name === 'eliminateDeadCode');
    const fused = after.get(OPTIMIZE[dce - 1].name)!;
    expect(after.get('eliminateDeadCode')!.nodes.length).toBe(fused.nodes.length);
  });

  it('partitions into one stage per exit, with buffers live out of all but the last', () => {
    const stages = optimized.stages!;
    expect(stages).toHaveLength(optimized.exits.length);
    stages.forEach((s, e) => {
      expect(s.exit).toBe(e);
      expect(s.last).toBe(optimized.exits[e].logits);
      // Stages tile the node list: each starts right after the previous exit's logits.
      expect(s.first).toBe(e === 0 ? 0 : stages[e - 1].last + 1);
      if (e < stages.length - 1) expect(s.liveOut.length, `stage ${e}`).toBeGreaterThan(0);
      else expect(s.liveOut).toEqual([]);
    });
    expect(stages.at(-1)!.last).toBe(optimized.nodes.length - 1);
  });
});

describe('eliminateDeadCode on a hand-made graph', () => {
  it('removes a dangling node and its parameters, keeping what the exit needs', () => {
    const b = new GraphBuilder();
    const scope = { part: 'flow', flow: 0, block: 0 } as const;
    const x = b.input([2, 4, 4]);
    const conv = b.add(
      'conv2d',
      [x],
      { outChannels: 2, kernel: 1, stride: 1, pad: 0, weight: 'c.weight' },
      'c',
      scope,
    );
    b.add('relu', [conv], {}, 'dangling.relu', scope);
    b.add(
      'conv2d',
      [x],
      { outChannels: 3, kernel: 3, stride: 1, pad: 1, weight: 'dead.weight' },
      'dead',
      scope,
    );
    const pooled = b.add('avgpool', [conv], { kernel: 4, stride: 4 }, 'pool', scope);
    const flat = b.add('flatten', [pooled], {}, 'flat', scope);
    const logits = b.add(
      'linear',
      [flat],
      { outFeatures: 3, weight: 'l.weight', bias: 'l.bias' },
      'l',
      scope,
    );
    const graph: Graph = {
      name: 'dce-example',
      nodes: b.nodes,
      params: b.params,
      input: x,
      exits: [{ index: 0, logits, flow: 0, block: 0 }],
      flows: [],
      stem: [],
    };
    verifyGraph(graph);
    const out = eliminateDeadCode(graph);
    verifyGraph(out);
    expect(out.nodes.map((n) => n.name)).toEqual(['input', 'c', 'pool', 'flat', 'l']);
    expect([...out.params.keys()].sort()).toEqual(['c.weight', 'l.bias', 'l.weight']);
    expect(out.nodes[out.exits[0].logits].name).toBe('l');
  });
});

describe('fuseHeads on a hand-made graph', () => {
  it('fuses a pool only when the flatten and the linear are its sole readers', () => {
    const b = new GraphBuilder();
    const scope = { part: 'flow', flow: 0, block: 0 } as const;
    const x = b.input([2, 4, 4]);
    const head = (input: number, name: string): number => {
      const pooled = b.add('avgpool', [input], { kernel: 2, stride: 2 }, `${name}.pool`, scope);
      const flat = b.add('flatten', [pooled], {}, `${name}.flat`, scope);
      const attrs = { outFeatures: 3, weight: `${name}.weight`, bias: `${name}.bias` };
      return b.add('linear', [flat], attrs, name, scope);
    };
    const first = head(x, 'a');
    // The second head's pooled map is also read by a relu, which the fusion would lose.
    const second = head(x, 'b');
    const shared = b.nodes.find((n) => n.name === 'b.pool')!.id;
    b.add('relu', [shared], {}, 'b.reader', scope);
    const exits = [first, second].map((logits, index) => ({ index, logits, flow: 0, block: index }));
    const graph: Graph = {
      name: 'heads',
      nodes: b.nodes,
      params: b.params,
      input: x,
      exits,
      flows: [],
      stem: [],
    };
    verifyGraph(graph);
    const out = fuseHeads(graph);
    verifyGraph(out);
    expect(out.nodes.map((n) => `${n.op} ${n.name}`)).toEqual([
      'input input',
      'linear a',
      'avgpool b.pool',
      'flatten b.flat',
      'linear b',
      'relu b.reader',
    ]);
    const fusedHead = out.nodes[1];
    expect(fusedHead.op === 'linear' && fusedHead.attrs.pool).toEqual({ kernel: 2, stride: 2 });
    expect(fusedHead.inputs).toEqual([0]);

    // Same logits as the unfused head, from random data: the same f32 operations in the same order.
    let seed = 1;
    const random = (n: number): Float32Array =>
      Float32Array.from({ length: n }, () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 2 - 1);
    const params = new Map([...graph.params.values()].map((p) => [p.name, random(size(p.shape))]));
    const input: Batch = { n: 3, shape: [2, 4, 4], data: random(3 * 32) };
    const want = runGraph(graph, (name) => params.get(name)!, input);
    const got = runGraph(out, (name) => params.get(name)!, input);
    got.forEach((g, e) => expect(g.data).toEqual(want[e].data));
  });
});

describe.each(['tiny-cifar', 'ranet-cifar10'])('planMemory on %s', (set) => {
  it('shares the arena: peak below the unshared size, no two live buffers overlap', () => {
    const graph = graphFor(set);
    const optimized = runPasses(graph, OPTIMIZE);
    const program = lowerGraph(optimized, graph.nodes[graph.exits[0].logits].type.shape[0]);
    const memory = planMemory(program);

    // Lifetimes by kernel position, the input live from the start.
    const first = program.buffers.map(() => Infinity);
    const last = program.buffers.map(() => -Infinity);
    const touch = (b: number, t: number): void => {
      first[b] = Math.min(first[b], t);
      last[b] = Math.max(last[b], t);
    };
    touch(program.input.buffer, -1);
    program.stages
      .flatMap((s) => s.kernels)
      .forEach((k, t) => [...buffersRead(k), ...buffersWritten(k)].forEach((b) => touch(b, t)));
    const used = program.buffers.filter((b) => first[b.id] <= last[b.id]);
    const clashes: string[] = [];
    for (const a of used) {
      const endA = memory.offsets[a.id] + a.perSample;
      expect(endA).toBeLessThanOrEqual(memory.peak);
      for (const b of used) {
        if (b.id <= a.id || first[a.id] > last[b.id] || first[b.id] > last[a.id]) continue;
        const endB = memory.offsets[b.id] + b.perSample;
        if (memory.offsets[a.id] < endB && memory.offsets[b.id] < endA)
          clashes.push(`${a.label} / ${b.label}`);
      }
    }
    expect(clashes).toEqual([]);
    expect(memory.peak).toBeLessThan(memory.unshared);

    const naive = graph.nodes.reduce((s, n) => s + size(n.type.shape), 0);
    const kib = (elements: number): string => `${((elements * 4) / 1024).toFixed(1)} KiB`;
    console.log(
      `${set} activation memory per sample: peak ${kib(memory.peak)}, unshared ${kib(memory.unshared)} ` +
        `(peak/unshared ${(memory.peak / memory.unshared).toFixed(3)}), naive sum of every value of the ` +
        `unoptimized graph ${kib(naive)} (peak/naive ${(memory.peak / naive).toFixed(3)}); ` +
        `${program.buffers.length} buffers, ${graph.nodes.length} -> ${optimized.nodes.length} nodes`,
    );
    expect(memory.peak).toBeLessThan(naive);
  });
});
