// The reference interpreter is the oracle every backend is tested against, so it is itself
// tested against the public implementation (io.safetensors) and its ops against values
// worked out by hand.

import { afterAll, describe, expect, it } from 'vitest';
import { expandRanet } from '../src/frontend/ranet.ts';
import { OPS } from '../src/ir/ops/index.ts';
import type { Batch } from '../src/ir/ops/index.ts';
import type { Graph } from '../src/ir/types.ts';
import { paramsFrom, runGraph } from '../src/reference/interpreter.ts';
import { loadWeights } from '../src/weights/load.ts';
import type { StateDict } from '../src/weights/tensor.ts';
import { compare } from './helpers/compare.ts';
import { fixture, readMeta, specFromPublic } from './helpers/fixtures.ts';
import { REFERENCE_REL } from './helpers/tolerances.ts';

interface ExitFigure {
  readonly run: string;
  readonly exit: number;
  /** max(1, max |expected|). */
  readonly scale: number;
  readonly diff: number;
  readonly relative: number;
}
const figures: ExitFigure[] = [];

afterAll(() => {
  if (figures.length === 0) return;
  console.log(
    'reference interpreter vs io.safetensors\n' +
      figures
        .map(
          (f) =>
            `  ${f.run.padEnd(32)} exit${f.exit}  scale ${f.scale.toExponential(2).padStart(9)}` +
            `  maxdiff ${f.diff.toExponential(2).padStart(9)}  rel ${f.relative.toExponential(2)}`,
        )
        .join('\n'),
  );
});

const f32 = (sd: StateDict, name: string): Float32Array => {
  const t = sd.get(name);
  if (t?.dtype !== 'f32') throw new Error(`${name} is missing or not f32`);
  return t.data;
};

const batchOf = (io: StateDict): Batch => {
  const t = io.get('input')!;
  return { n: t.shape[0], shape: t.shape.slice(1), data: f32(io, 'input') };
};

function compareExits(run: string, graph: Graph, outs: readonly Batch[], io: StateDict): ExitFigure[] {
  expect(outs).toHaveLength(graph.exits.length);
  return outs.map((out, e) => {
    const { diff, scale, rel } = compare(f32(io, `exit${e}`), out.data);
    const figure = { run, exit: e, scale, diff, relative: rel };
    figures.push(figure);
    return figure;
  });
}

const graphFor = (set: string): Graph => expandRanet(specFromPublic(set, readMeta(set).spec));

/** Fixture sets with io.safetensors, and the weight files each has (all hold the same state_dict). */
const RUNS = [
  ['tiny-cifar', 'model.safetensors'],
  ['tiny-cifar', 'checkpoint.pth.tar'],
  ['ranet-cifar10', 'model.safetensors'],
  ['imagenet-mini', 'model.safetensors'],
  ['imagenet-mini', 'checkpoint.pth.tar'],
] as const;

describe('runGraph against the public implementation', () => {
  it.each(RUNS)('reproduces every exit of %s from %s', (set, weightsFile) => {
    const graph = graphFor(set);
    const io = loadWeights(fixture(set, 'io.safetensors'));
    const weights = loadWeights(fixture(set, weightsFile));
    const outs = runGraph(graph, paramsFrom(weights), batchOf(io));
    for (const f of compareExits(`${set} ${weightsFile}`, graph, outs, io)) {
      expect(f.relative, `exit ${f.exit}`).toBeLessThanOrEqual(REFERENCE_REL);
    }
  });
});

describe('reference ops against hand-computed values', () => {
  const batch = (shape: number[], data: number[], n = 1): Batch => ({
    n,
    shape,
    data: Float32Array.from(data),
  });
  const lookup =
    (params: Record<string, number[]>) =>
    (name: string): Float32Array =>
      Float32Array.from(params[name]);
  // Every expected value below is exact in f32 (small integers, halves, quarters), and the ops
  // accumulate in at least f32 over at most 18 such terms, so results must match exactly.
  const exactly = (got: Batch, shape: number[], data: number[]): void => {
    expect(got.shape).toEqual(shape);
    expect(Array.from(got.data)).toEqual(data);
  };
  const seq = (n: number, from = 0): number[] => Array.from({ length: n }, (_, i) => from + i);

  it('conv2d: stride 2, pad 1, bias, two channels in and out, batch of two', () => {
    // Sample 0: channel 0 = 1..9, channel 1 = 10, 20, .., 90 (3x3). Sample 1 = 2 x sample 0.
    const s0 = [...seq(9, 1), ...seq(9, 1).map((v) => 10 * v)];
    const x = batch([2, 3, 3], [...s0, ...s0.map((v) => 2 * v)], 2);
    // Out 0: all-ones 3x3 on channel 0 only, bias 0.5. Out 1: top-left tap of channel 0 plus
    // the centre tap of channel 1, bias -1 (tells taps and channels apart).
    const w = [...Array<number>(9).fill(1), ...Array<number>(9).fill(0)];
    const w1 = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0];
    const param = lookup({ w: [...w, ...w1], b: [0.5, -1] });
    const out = OPS.conv2d.reference(
      [x],
      { outChannels: 2, kernel: 3, stride: 2, pad: 1, weight: 'w', bias: 'b' },
      param,
    );
    // Windows centred on (0,0), (0,2), (2,0), (2,2) of the zero-padded input:
    //   out0 = 1+2+4+5, 2+3+5+6, 4+5+7+8, 5+6+8+9 (+0.5)
    //   out1 = x0[-1][-1]+x1[0][0], x0[-1][1]+x1[0][2], x0[1][-1]+x1[2][0], x0[1][1]+x1[2][2] (-1)
    //        = 0+10, 0+30, 0+70, 5+90 (-1)
    exactly(
      out,
      [2, 2, 2],
      [12.5, 16.5, 24.5, 28.5, 9, 29, 69, 94, 24.5, 32.5, 48.5, 56.5, 19, 59, 139, 189],
    );
  });

  it('conv2d: 1x1 with a fused ReLU epilogue', () => {
    const x = batch([1, 2, 2], [1, -2, 3, -4]);
    const out = OPS.conv2d.reference(
      [x],
      { outChannels: 1, kernel: 1, stride: 1, pad: 0, weight: 'w', bias: 'b', activation: 'relu' },
      lookup({ w: [2], b: [1] }),
    );
    exactly(out, [1, 2, 2], [3, 0, 7, 0]);
  });

  it('resize (bilinear, align_corners): 2x2 -> 3x3 gives exact midpoints', () => {
    const out = OPS.resize.reference([batch([1, 2, 2], [0, 1, 2, 3])], { height: 3, width: 3 }, lookup({}));
    exactly(out, [1, 3, 3], [0, 0.5, 1, 1, 1.5, 2, 2, 2.5, 3]);
  });

  it('resize (bilinear, align_corners): 4x4 -> 2x2 picks the corners', () => {
    const out = OPS.resize.reference([batch([1, 4, 4], seq(16))], { height: 2, width: 2 }, lookup({}));
    exactly(out, [1, 2, 2], [0, 3, 12, 15]);
  });

  it('resize: per axis (3x2 -> 2x3), and identity when sizes match', () => {
    // Rows 3 -> 2 pick rows 0 and 2; columns 2 -> 3 interpolate the midpoint.
    const x = batch([1, 3, 2], [0, 4, 8, 12, 16, 20]);
    exactly(OPS.resize.reference([x], { height: 2, width: 3 }, lookup({})), [1, 2, 3], [0, 2, 4, 16, 18, 20]);
    exactly(OPS.resize.reference([x], { height: 3, width: 2 }, lookup({})), [1, 3, 2], [0, 4, 8, 12, 16, 20]);
  });

  it('maxpool 3x3, stride 2, pad 1 ignores the padding (all inputs negative)', () => {
    // x = -(1..16) in a 4x4 plane; zero padding would wrongly give 0 in the corner window.
    const x = batch(
      [1, 4, 4],
      seq(16, 1).map((v) => -v),
    );
    const out = OPS.maxpool.reference([x], { kernel: 3, stride: 2, pad: 1 }, lookup({}));
    // Windows rows/cols {0,1}x{0,1}, {0,1}x{1,2,3}, {1,2,3}x{0,1}, {1,2,3}x{1,2,3}.
    exactly(out, [1, 2, 2], [-1, -2, -5, -6]);
  });

  it('avgpool 2x2, stride 2', () => {
    const out = OPS.avgpool.reference([batch([1, 4, 4], seq(16))], { kernel: 2, stride: 2 }, lookup({}));
    exactly(
      out,
      [1, 2, 2],
      [(0 + 1 + 4 + 5) / 4, (2 + 3 + 6 + 7) / 4, (8 + 9 + 12 + 13) / 4, (10 + 11 + 14 + 15) / 4],
    );
  });

  it('linear with bias, batch of two', () => {
    const x = batch([3], [1, 2, 3, -1, 0, 1], 2);
    const param = lookup({ w: [1, 0, -1, 0.5, 0.5, 0.5], b: [10, -1] });
    const out = OPS.linear.reference([x], { outFeatures: 2, weight: 'w', bias: 'b' }, param);
    // [1-3+10, 0.5+1+1.5-1], [-1-1+10, -0.5+0.5-1]
    exactly(out, [2], [8, 2, 8, -1]);
  });

  it('softmax: exact ratios, and stable for large logits', () => {
    const out = OPS.softmax.reference(
      [batch([3], [0, Math.log(2), Math.log(3), 1000, 1000, -1000], 2)],
      {},
      lookup({}),
    );
    const want = [1 / 6, 1 / 3, 1 / 2, 0.5, 0.5, 0];
    // exp/log in f64 then one f32 rounding of the result: within 1 ulp (6e-8) of the exact value.
    out.data.forEach((v, i) => expect(Math.abs(v - want[i])).toBeLessThanOrEqual(6e-8));
    expect(out.data.every(Number.isFinite)).toBe(true);
  });
});
