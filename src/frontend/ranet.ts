import { GraphBuilder } from '../ir/builder.ts';
import type { BlockInfo, ExitInfo, FlowInfo, Graph, Scope } from '../ir/types.ts';
import type { Spec } from '../spec/types.ts';
import { batchnorm, convBasic, convBN, resizeLike } from './modules.ts';

/**
 * Expands a spec into the graph of the public RANet (`models/RANet.py`), node for node in
 * the order its `forward` runs, with its `state_dict` keys as parameter names.
 */
export function expandRanet(spec: Spec): Graph {
  const a = spec.architecture;
  const nScales = a.scaleList.length;
  const b = new GraphBuilder(spec.target.precision === 'f16' ? 'f16' : 'f32');
  const input = b.input([spec.input.channels, spec.input.height, spec.input.width]);
  const stem = buildStem(b, spec, input);

  // nb[i+1] blocks in flow i; nb[0] = 0.
  const nb = [0, ...a.scaleList.map((_, i) => a.nBlocks + a.blockStep * i)];
  const steps = (k: number): number => (a.stepMode === 'even' ? a.step : k * a.step);

  const flows: FlowInfo[] = [];
  const exits: ExitInfo[] = [];
  let previous: readonly BlockInfo[] = [];
  for (let i = 0; i < nScales; i++) {
    const growth = a.growthRate * a.grFactor[i];
    const downAt = downPositions(nb, a.scaleList[i], i);
    const blocks: BlockInfo[] = [];
    let x = stem[nScales - 1 - i];
    for (let k = 1; k <= nb[i + 1]; k++) {
      const ctx: BlockContext = {
        b,
        spec,
        flow: i,
        index: k - 1,
        layers: steps(k),
        growth,
        transition: isTransition(k, nb[i + 1], a.scaleList[i]),
      };
      const block =
        k > nb[i]
          ? normalBlock(ctx, x, exits.length)
          : fusionBlock(ctx, x, previous[k - 1], downAt.includes(k));
      if (block.exit !== undefined) {
        const head = exitHead(b, spec, block.output, {
          part: 'head',
          flow: i,
          block: k - 1,
          exit: block.exit,
        });
        exits.push({ index: block.exit, logits: head, flow: i, block: k - 1 });
      }
      blocks.push(block);
      x = block.output;
    }
    flows.push({ index: i, scale: a.scaleList[i], growth, blocks });
    previous = blocks;
  }
  return { name: spec.name, nodes: b.nodes, params: b.params, input, exits, flows, stem };
}

/**
 * Fusion blocks whose last layer downsamples: the public code takes
 * `nBlocks[:i+1][-(scale_list[i]-1):]` (for S[i] = 1 Python's `[-0:]` is the whole list;
 * the spec validator rejects that case, and JavaScript's `slice(-0)` agrees anyway).
 */
function downPositions(nb: readonly number[], scale: number, flow: number): number[] {
  return nb.slice(0, flow + 1).slice(-(scale - 1));
}

/** `_trans_flag`: a transition after block k when k == floor((m+1) * n / S) for some m < S-1. */
function isTransition(k: number, blocksInFlow: number, scale: number): boolean {
  for (let m = 0; m < scale - 1; m++) if (k === Math.floor(((m + 1) * blocksInFlow) / scale)) return true;
  return false;
}

/** `RAFirstLayer`: finest level first; returns outputs finest first (flow i takes `[nScales-1-i]`). */
function buildStem(b: GraphBuilder, spec: Spec, input: number): number[] {
  const a = spec.architecture;
  const grRev = [...a.grFactor].reverse();
  const scaleRev = [...a.scaleList].reverse();
  const outs: number[] = [];
  let x: number;
  const width0 = a.nChannels * grRev[0];
  const scope0: Scope = { part: 'stem', layer: 0 };
  if (spec.data === 'cifar') {
    x = convBasic(b, input, 'FirstLayer.layers.0', { out: width0, kernel: 3, stride: 1, pad: 1 }, scope0);
  } else {
    const path = 'FirstLayer.layers.0';
    const conv = b.add(
      'conv2d',
      [input],
      {
        outChannels: width0,
        kernel: 7,
        stride: 2,
        pad: 3,
        weight: `${path}.0.weight`,
        bias: `${path}.0.bias`,
      },
      `${path}.0`,
      scope0,
    );
    const relu = b.add('relu', [batchnorm(b, conv, `${path}.1`, scope0)], {}, `${path}.2`, scope0);
    x = b.add('maxpool', [relu], { kernel: 3, stride: 2, pad: 1 }, `${path}.3`, scope0);
  }
  outs.push(x);
  let level = scaleRev[0];
  for (let j = 1; j < a.scaleList.length; j++) {
    const stride = scaleRev[j] === level ? 1 : 2;
    level = scaleRev[j];
    const c = { out: a.nChannels * grRev[j], kernel: 3, stride, pad: 1 };
    x = convBasic(b, x, `FirstLayer.layers.${j}`, c, { part: 'stem', layer: j });
    outs.push(x);
  }
  return outs;
}

interface BlockContext {
  readonly b: GraphBuilder;
  readonly spec: Spec;
  readonly flow: number;
  /** 0-based position in the flow (the module index in `scale_flows[flow]`). */
  readonly index: number;
  readonly layers: number;
  readonly growth: number;
  readonly transition: boolean;
}

const blockPath = (ctx: BlockContext): string => `scale_flows.${ctx.flow}.${ctx.index}`;

/** `trans`: ConvBasic 1x1 to floor(reduction * channels), when the block has one. */
function finishBlock(ctx: BlockContext, x: number): number {
  if (!ctx.transition) return x;
  const channels = ctx.b.type(x).shape[0];
  const out = Math.floor(ctx.spec.architecture.reduction * channels);
  const scope: Scope = { part: 'flow', flow: ctx.flow, block: ctx.index };
  return convBasic(ctx.b, x, `${blockPath(ctx)}.trans`, { out, kernel: 1, stride: 1, pad: 0 }, scope);
}

/** `_BlockNormal`: L ConvNormal layers (`y = [x, ConvBN(x)]`), then the exit. */
function normalBlock(ctx: BlockContext, input: number, exit: number): BlockInfo {
  const { b } = ctx;
  const bnWidth = ctx.spec.architecture.bnFactor[ctx.flow];
  const lowFeatures = [input];
  let x = input;
  for (let j = 0; j < ctx.layers; j++) {
    const path = `${blockPath(ctx)}.layers.${j}`;
    const scope: Scope = { part: 'flow', flow: ctx.flow, block: ctx.index, layer: j };
    const y = convBN(b, x, `${path}.conv_normal`, ctx.growth, false, bnWidth, scope);
    x = b.add('concat', [x, y], {}, path, scope);
    lowFeatures.push(x);
  }
  const output = finishBlock(ctx, x);
  return { ...blockInfo(ctx, 'normal', input, lowFeatures, output, false), exit };
}

/**
 * `_BlockUpNormal`: L ConvUpNormal layers fed with the coarser flow's features of the same
 * block position, then conv_last on its last feature, resized and concatenated.
 */
function fusionBlock(ctx: BlockContext, input: number, low: BlockInfo | undefined, down: boolean): BlockInfo {
  const { b } = ctx;
  const a = ctx.spec.architecture;
  if (low === undefined || low.lowFeatures.length !== ctx.layers + 1) {
    throw new Error(`flow ${ctx.flow} block ${ctx.index}: the coarser flow has no matching block`);
  }
  const upWidth = Math.floor(ctx.growth * a.compressFactor);
  const lowFeatures = [input];
  let x = input;
  for (let j = 0; j < ctx.layers; j++) {
    const path = `${blockPath(ctx)}.layers.${j}`;
    const scope: Scope = { part: 'flow', flow: ctx.flow, block: ctx.index, layer: j };
    const layerDown = down && j === ctx.layers - 1;
    const n = convBN(
      b,
      x,
      `${path}.conv_normal`,
      ctx.growth - upWidth,
      layerDown,
      a.bnFactor[ctx.flow],
      scope,
    );
    const up = convBN(
      b,
      low.lowFeatures[j],
      `${path}.conv_up`,
      upWidth,
      false,
      a.bnFactor[ctx.flow - 1],
      scope,
    );
    const parts = [resizeLike(b, x, n, `${path}.x`, scope), resizeLike(b, up, n, `${path}.up`, scope), n];
    x = b.add('concat', parts, {}, path, scope);
    lowFeatures.push(x);
  }
  const scope: Scope = { part: 'flow', flow: ctx.flow, block: ctx.index };
  const channels = b.type(x).shape[0];
  const lastPath = `${blockPath(ctx)}.conv_last`;
  const c = { out: Math.floor(channels * a.compressFactor), kernel: 1, stride: 1, pad: 0 };
  const last = convBasic(b, low.lowFeatures[ctx.layers], lastPath, c, scope);
  x = b.add('concat', [x, resizeLike(b, last, x, lastPath, scope)], {}, blockPath(ctx), scope);
  const output = finishBlock(ctx, x);
  return blockInfo(ctx, 'fusion', input, lowFeatures, output, down);
}

function blockInfo(
  ctx: BlockContext,
  kind: BlockInfo['kind'],
  input: number,
  lowFeatures: readonly number[],
  output: number,
  down: boolean,
): BlockInfo {
  return {
    flow: ctx.flow,
    index: ctx.index,
    kind,
    layers: ctx.layers,
    down,
    transition: ctx.transition,
    input,
    lowFeatures,
    output,
  };
}

/** `ClassifierModule`: two ConvBasic 3x3/2, avgpool 2, flatten, linear. CIFAR heads are 128 wide. */
function exitHead(b: GraphBuilder, spec: Spec, x: number, scope: Scope & { part: 'head' }): number {
  const path = `classifier.${scope.exit}`;
  const width = spec.data === 'cifar' ? 128 : b.type(x).shape[0];
  const c = { out: width, kernel: 3, stride: 2, pad: 1 };
  const h1 = convBasic(b, x, `${path}.m.0`, c, scope);
  const h2 = convBasic(b, h1, `${path}.m.1`, c, scope);
  const pooled = b.add('avgpool', [h2], { kernel: 2, stride: 2 }, `${path}.m.2`, scope);
  const flat = b.add('flatten', [pooled], {}, `${path}.flatten`, scope);
  const attrs = { outFeatures: spec.classes, weight: `${path}.linear.weight`, bias: `${path}.linear.bias` };
  return b.add('linear', [flat], attrs, `${path}.linear`, scope);
}
