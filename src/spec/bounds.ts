import type { FieldPath, FieldProblem } from './errors.ts';
import type { Architecture, Spec } from './types.ts';
import { blocksPerFlow, hasTransition, layersAt } from './widths.ts';

/*
 * Size limits, checked before anything is expanded, so that no spec can make `inspect`,
 * `build` or a sweep exhaust memory or run for minutes. Two stages:
 *
 * 1. Counts in closed form from the fields alone (O(flows)): exits, blocks, layers and an upper
 *    bound on graph nodes. Once they pass, the network has at most MAX_GRAPH_NODES nodes.
 * 2. Widths and sizes by one walk over the (now bounded) blocks and layers, with the same float
 *    expressions as the constructor, without building the graph: channel counts, parameters,
 *    the largest weight tensor and the largest activation tensor. The walk
 *    stops at the first width over MAX_CHANNELS, so every width it computes is an exact integer.
 *
 * The limits and why they are what they are: docs/spec-limits.md.
 */

export const SPEC_LIMITS = {
  /** Early exits: nBlocks + blockStep*(flows-1). */
  exits: 64,
  /** Graph nodes (an upper bound computed from the counts; the expansion has at most this many). */
  graphNodes: 16384,
  /** Channels of any tensor: kernels index with 32-bit integers, and floats stay exact far beyond. */
  channels: 2 ** 31 - 1,
  /**
   * Bytes of the stored weights at f32 (parameters and BatchNorm running statistics): what a
   * wasm32 memory can hold (2 GiB - 64 KiB, src/backends/wasm/limits.ts); WebGPU devices whose
   * maxBufferSize is lower are told so when the model is loaded.
   */
  weightBytes: 2 ** 31 - 2 ** 16,
  /** Bytes of one weight tensor at f32: WebGPU's default maxStorageBufferBindingSize (128 MiB). */
  tensorBytes: 2 ** 27,
  /** Bytes of one activation tensor of one input at f32: the same binding limit, for the arena. */
  activationBytes: 2 ** 27,
} as const;

const F32 = 4;

/** The counts stage 1 computes. */
export interface SpecCounts {
  exits: number;
  blocks: number;
  layers: number;
  /** An upper bound on the graph's nodes. */
  nodes: number;
}

/** What stage 2 computes; `params` counts learnable tensors, as `inspect` does. */
export interface SpecSizes {
  maxChannels: number;
  params: number;
  /** Elements the weights file stores: `params` plus two running statistics per BatchNorm channel. */
  storedElements: number;
  /** Elements of the largest weight tensor, and its state_dict key. */
  largestTensor: { elements: number; name: string };
  /** Elements of the largest activation tensor of one input. */
  largestActivation: number;
}

/** Nodes per construct, as src/frontend/ranet.ts builds them (upper bounds where resizes may be added). */
const NODES = {
  normalLayer: 7, // ConvBN (conv, bn, relu twice) + concat
  fusionLayer: 15, // two ConvBN + at most two resizes + concat
  fusionEnd: 5, // conv_last (3) + at most one resize + concat
  transition: 3,
  head: 9, // two ConvBasic, avgpool, flatten, linear
};

export function specCounts(spec: Spec): SpecCounts {
  const a = spec.architecture;
  const flows = a.scaleList.length;
  const nb = blocksPerFlow(a);
  // Sum of L(k) for k = 1..n: n*step (even) or step*n(n+1)/2 (lg).
  const layersUpTo = (n: number): number => (a.stepMode === 'even' ? n * a.step : (a.step * n * (n + 1)) / 2);
  let blocks = 0;
  let layers = 0;
  let fusionLayers = 0;
  let fusionBlocks = 0;
  let transitions = 0;
  for (let i = 0; i < flows; i++) {
    blocks += nb[i + 1];
    layers += layersUpTo(nb[i + 1]);
    fusionLayers += layersUpTo(nb[i]);
    fusionBlocks += nb[i];
    transitions += a.scaleList[i] - 1;
  }
  const exits = nb[flows];
  const stem = 1 + (spec.data === 'imagenet' ? 4 : 3) + 3 * (flows - 1);
  const nodes =
    stem +
    NODES.normalLayer * (layers - fusionLayers) +
    NODES.fusionLayer * fusionLayers +
    NODES.fusionEnd * fusionBlocks +
    NODES.transition * transitions +
    NODES.head * exits;
  return { exits, blocks, layers, nodes };
}

/** Stage 1: exits and graph size, in closed form. Empty when the network is small enough to walk. */
export function countProblems(spec: Spec): FieldProblem[] {
  const a = spec.architecture;
  const flows = a.scaleList.length;
  const { exits, nodes } = specCounts(spec);
  if (exits > SPEC_LIMITS.exits) {
    const byStep = a.blockStep * (flows - 1);
    const field = byStep > a.nBlocks ? 'blockStep' : 'nBlocks';
    return [
      {
        path: ['architecture', field],
        expected:
          `a value giving at most ${SPEC_LIMITS.exits} exits (the limit on exits: nBlocks + blockStep*(flows-1), ` +
          `here ${a.nBlocks} + ${a.blockStep}*${flows - 1})`,
        found: `${a[field]} (${exits} exits)`,
      },
    ];
  }
  if (nodes > SPEC_LIMITS.graphNodes) {
    const perBlock =
      a.stepMode === 'even' ? `step = ${a.step}` : `step*k = ${a.step}*k for the k-th block (lg)`;
    return [
      {
        path: ['architecture', 'step'],
        expected:
          `a value giving at most ${SPEC_LIMITS.graphNodes} graph nodes (the limit on graph size; layers per ` +
          `block: ${perBlock}, over ${specCounts(spec).blocks} blocks)`,
        found: `${a.step} (up to ${nodes} graph nodes)`,
      },
    ];
  }
  return [];
}

/** Walks the blocks and layers; stops early (with `over`) at the first width past MAX_CHANNELS. */
export function specSizes(spec: Spec): SpecSizes & { over?: { flow: number; block: number; width: number } } {
  const a = spec.architecture;
  const G = a.grFactor;
  const S = a.scaleList;
  const flows = S.length;
  const nb = blocksPerFlow(a);
  const sizes: SpecSizes = {
    maxChannels: 0,
    params: 0,
    storedElements: 0,
    largestTensor: { elements: 0, name: '' },
    largestActivation: 0,
  };
  const tensor = (elements: number, name: string): void => {
    if (elements > sizes.largestTensor.elements) sizes.largestTensor = { elements, name };
  };
  const conv = (cin: number, out: number, k: number, name: string): void => {
    sizes.params += cin * out * k * k;
    sizes.storedElements += cin * out * k * k;
    tensor(cin * out * k * k, `${name}.weight`);
  };
  const bn = (c: number): void => {
    sizes.params += 2 * c;
    sizes.storedElements += 4 * c;
    sizes.maxChannels = Math.max(sizes.maxChannels, c);
  };
  const convBasic = (cin: number, out: number, k: number, name: string): void => {
    conv(cin, out, k, `${name}.net.0`);
    bn(out);
  };
  const convBN = (cin: number, out: number, bw: number, name: string): void => {
    const inner = Math.min(cin, bw * out);
    conv(cin, inner, 1, `${name}.net.0`);
    bn(inner);
    conv(inner, out, 3, `${name}.net.3`);
    bn(out);
  };
  const activation = (channels: number, area: number): void => {
    sizes.largestActivation = Math.max(sizes.largestActivation, channels * area);
  };

  // Stem: level max(S) is the finest; flow i starts max(S) - S[i] halvings below it.
  const finestH = spec.data === 'imagenet' ? Math.ceil(spec.input.height / 4) : spec.input.height;
  const finestW = spec.data === 'imagenet' ? Math.ceil(spec.input.width / 4) : spec.input.width;
  const maxS = S[flows - 1];
  const side = (finest: number, i: number): number => Math.ceil(finest / 2 ** (maxS - S[i]));
  const area = (i: number): number => side(finestH, i) * side(finestW, i);
  activation(spec.input.channels, spec.input.height * spec.input.width);
  const width0 = a.nChannels * G[flows - 1];
  if (spec.data === 'cifar') convBasic(spec.input.channels, width0, 3, 'FirstLayer.layers.0');
  else {
    conv(spec.input.channels, width0, 7, 'FirstLayer.layers.0.0');
    sizes.params += width0;
    sizes.storedElements += width0;
    bn(width0);
    activation(width0, Math.ceil(spec.input.height / 2) * Math.ceil(spec.input.width / 2));
  }
  for (let j = 1; j < flows; j++) {
    const i = flows - 1 - j;
    convBasic(a.nChannels * G[i + 1], a.nChannels * G[i], 3, `FirstLayer.layers.${j}`);
  }
  for (let i = 0; i < flows; i++) activation(a.nChannels * G[i], area(i));

  // Input width of each block of the previous flow, for the fusion layers' conv_up and conv_last.
  let previousIn: number[] = [];
  let exit = 0;
  for (let i = 0; i < flows; i++) {
    const growth = a.growthRate * G[i];
    const up = Math.floor(growth * a.compressFactor);
    const blockIn: number[] = [];
    let width = a.nChannels * G[i];
    // The fusion blocks whose last layer halves the resolution: `nBlocks[:i+1][-(S-1):]`.
    const downAt = new Set(S[i] > 1 ? nb.slice(0, i + 1).slice(-(S[i] - 1)) : []);
    let h = side(finestH, i);
    let w = side(finestW, i);
    for (let k = 1; k <= nb[i + 1]; k++) {
      const path = `scale_flows.${i}.${k - 1}`;
      const L = layersAt(a, k);
      blockIn.push(width);
      const fusion = k <= nb[i];
      for (let j = 0; j < L; j++) {
        const cin = width + j * growth;
        const layer = `${path}.layers.${j}`;
        if (!fusion) convBN(cin, growth, a.bnFactor[i], `${layer}.conv_normal`);
        else {
          convBN(cin, growth - up, a.bnFactor[i], `${layer}.conv_normal`);
          const lowGrowth = a.growthRate * G[i - 1];
          convBN(previousIn[k - 1] + j * lowGrowth, up, a.bnFactor[i - 1], `${layer}.conv_up`);
        }
      }
      const out = width + L * growth;
      let total = out;
      if (fusion) {
        const last = Math.floor(out * a.compressFactor);
        convBasic(previousIn[k - 1] + L * a.growthRate * G[i - 1], last, 1, `${path}.conv_last`);
        total += last;
      }
      sizes.maxChannels = Math.max(sizes.maxChannels, total);
      if (total > SPEC_LIMITS.channels) return { ...sizes, over: { flow: i, block: k - 1, width: total } };
      if (fusion && downAt.has(k)) {
        // Features before the down-sampling layer are at the block's input resolution.
        activation(out - growth, h * w);
        h = Math.ceil(h / 2);
        w = Math.ceil(w / 2);
      }
      activation(total, h * w);
      if (hasTransition(k, nb[i + 1], S[i])) {
        const reduced = Math.floor(a.reduction * total);
        convBasic(total, reduced, 1, `${path}.trans`);
        total = reduced;
      }
      if (!fusion) head(total, `classifier.${exit++}`, Math.ceil(h / 2) * Math.ceil(w / 2));
      width = total;
    }
    previousIn = blockIn;
  }
  return sizes;

  /** `halfArea`: the map after the head's first 3x3/2 conv. */
  function head(channels: number, path: string, halfArea: number): void {
    const w = spec.data === 'cifar' ? 128 : channels;
    activation(w, halfArea);
    convBasic(channels, w, 3, `${path}.m.0`);
    convBasic(w, w, 3, `${path}.m.1`);
    sizes.params += w * spec.classes + spec.classes;
    sizes.storedElements += w * spec.classes + spec.classes;
    tensor(w * spec.classes, `${path}.linear.weight`);
  }
}

/** Stage 2: channel counts, weights and activation sizes. Run only after `countProblems` passed. */
export function sizeProblems(spec: Spec): FieldProblem[] {
  const a = spec.architecture;
  const sizes = specSizes(spec);
  const growthFields = 'nChannels, growthRate, grFactor, nBlocks, blockStep, step, compressFactor, reduction';
  if (sizes.over) {
    const { flow, block, width } = sizes.over;
    return [
      {
        path: widthField(a),
        expected:
          `channel counts of at most ${SPEC_LIMITS.channels} (2^31 - 1, the limit on channels; widths follow ` +
          `from ${growthFields})`,
        found: `${fieldValue(a, widthField(a))} (block ${flow}.${block} would have ${width} channels)`,
      },
    ];
  }
  const problems: FieldProblem[] = [];
  const { name, elements } = sizes.largestTensor;
  if (elements * F32 > SPEC_LIMITS.tensorBytes) {
    const linear = name.endsWith('linear.weight');
    const path: FieldPath = linear ? ['classes'] : widthField(a);
    problems.push({
      path,
      expected:
        `weight tensors of at most ${SPEC_LIMITS.tensorBytes} bytes at f32 (128 MiB, WebGPU's default ` +
        `maxStorageBufferBindingSize: the limit on one weight tensor)`,
      found: `${fieldValue(a, path, spec)} (${name} would have ${elements} elements, ${elements * F32} bytes)`,
    });
  }
  const weightBytes = sizes.storedElements * F32;
  if (problems.length === 0 && weightBytes > SPEC_LIMITS.weightBytes) {
    const path = widthField(a);
    problems.push({
      path,
      expected:
        `weights of at most ${SPEC_LIMITS.weightBytes} bytes at f32 (2 GiB - 64 KiB, a wasm32 memory: the ` +
        `limit on the weights buffer; widths follow from ${growthFields})`,
      found: `${fieldValue(a, path)} (${sizes.params} parameters, ${weightBytes} bytes of weights)`,
    });
  }
  const activationBytes = sizes.largestActivation * F32;
  if (activationBytes > SPEC_LIMITS.activationBytes) {
    const stemBound =
      spec.input.height * spec.input.width * Math.max(spec.input.channels, a.nChannels * a.grFactor.at(-1)!);
    const path: FieldPath =
      stemBound * F32 > SPEC_LIMITS.activationBytes ? ['input', 'height'] : widthField(a);
    problems.push({
      path,
      expected:
        `activation tensors of at most ${SPEC_LIMITS.activationBytes} bytes per input at f32 (128 MiB, ` +
        `WebGPU's default maxStorageBufferBindingSize: the limit on one activation)`,
      found: `${fieldValue(a, path, spec)} (a tensor of ${sizes.largestActivation} elements per input)`,
    });
  }
  return problems;
}

/**
 * The field a width problem is reported at: the block count when fusion blocks (whose conv_last
 * adds a share of the width at every block) are many, else a growth factor larger than both base
 * widths, else the larger of the two width sources.
 */
function widthField(a: Architecture): FieldPath {
  const G = Math.max(...a.grFactor);
  const maxLayers =
    a.stepMode === 'even' ? a.step : a.step * (a.nBlocks + a.blockStep * (a.scaleList.length - 1));
  if (a.scaleList.length > 1 && a.nBlocks + a.blockStep * (a.scaleList.length - 2) > 8) {
    return ['architecture', a.blockStep > a.nBlocks ? 'blockStep' : 'nBlocks'];
  }
  // A growth factor larger than both base widths is the one to lower.
  if (G > a.nChannels && G > a.growthRate) return ['architecture', 'grFactor', a.grFactor.indexOf(G)];
  return ['architecture', a.nChannels * G >= a.growthRate * G * maxLayers ? 'nChannels' : 'growthRate'];
}

function fieldValue(a: Architecture, path: FieldPath, spec?: Spec): string {
  const [first, key, index] = path;
  if (key === 'grFactor') return String(a.grFactor[index as number]);
  if (first === 'classes') return String(spec?.classes);
  if (first === 'input' && spec) return String(spec.input[key as 'height']);
  return String(a[key as keyof Architecture]);
}
