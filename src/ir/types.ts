/**
 * The graph IR: an immutable, topologically ordered list of typed nodes.
 *
 * Shapes are per sample: the batch dimension N is implicit and leads every value
 * (a feature map `[C, H, W]` is `N x C x H x W` at run time). Node ids equal their index
 * in `Graph.nodes`, and nodes appear in the order the public PyTorch model executes them,
 * so "everything up to exit e" is a prefix of the node list.
 */

export type DType = 'f32' | 'f16';

export interface ValueType {
  readonly shape: readonly number[];
  readonly dtype: DType;
}

/** Where a node sits in the RANet structure; passes partition the graph with it. */
export type Scope =
  | { readonly part: 'input' }
  | { readonly part: 'stem'; readonly layer: number }
  | { readonly part: 'flow'; readonly flow: number; readonly block: number; readonly layer?: number }
  | { readonly part: 'head'; readonly flow: number; readonly block: number; readonly exit: number };

export interface OpAttrs {
  input: Record<string, never>;
  conv2d: {
    readonly outChannels: number;
    readonly kernel: number;
    readonly stride: number;
    readonly pad: number;
    /** Parameter keys (public `state_dict` names). */
    readonly weight: string;
    readonly bias?: string;
    /** Set by `fuseActivations`: the ReLU that followed this conv now runs in its epilogue. */
    readonly activation?: 'relu';
    /** Set by `fuseResize`: the output is resized (bilinear, align_corners) to this size in the epilogue. */
    readonly resize?: { readonly height: number; readonly width: number };
  };
  batchnorm: {
    readonly eps: number;
    readonly weight: string;
    readonly bias: string;
    readonly mean: string;
    readonly variance: string;
    /** `num_batches_tracked`: declared so checkpoints bind exactly, never read. */
    readonly batches: string;
  };
  relu: Record<string, never>;
  maxpool: { readonly kernel: number; readonly stride: number; readonly pad: number };
  avgpool: { readonly kernel: number; readonly stride: number };
  /** Bilinear interpolation with align_corners = true, to an explicit size. */
  resize: { readonly height: number; readonly width: number };
  /** Concatenation along channels. */
  concat: Record<string, never>;
  flatten: Record<string, never>;
  linear: {
    readonly outFeatures: number;
    readonly weight: string;
    readonly bias: string;
    /** Set by `fuseHeads`: the input is a feature map, average pooled and flattened in front. */
    readonly pool?: { readonly kernel: number; readonly stride: number };
  };
  softmax: Record<string, never>;
}

export type OpName = keyof OpAttrs;

export interface NodeOf<Op extends OpName> {
  readonly id: number;
  readonly op: Op;
  readonly inputs: readonly number[];
  readonly attrs: OpAttrs[Op];
  readonly type: ValueType;
  /** The public module path that produced this value, e.g. `scale_flows.1.0.layers.2.conv_up.net.3`. */
  readonly name: string;
  readonly scope: Scope;
}

export type Node = { [Op in OpName]: NodeOf<Op> }[OpName];

export type ParamRole = 'weight' | 'bias' | 'running_mean' | 'running_var' | 'num_batches_tracked';

export interface ParamSpec {
  readonly name: string;
  readonly shape: readonly number[];
  readonly dtype: 'f32' | 'i64';
  readonly role: ParamRole;
  /** Node that owns the parameter (the first one to use it). */
  readonly owner: number;
  /** Set for parameters computed from checkpoint tensors by a pass (at load time in the runtime). */
  readonly derived?: FoldedParam;
}

/**
 * A conv parameter with an inference BatchNorm folded in:
 * `w' = w * gamma / sqrt(var + eps)` per output channel, and
 * `b' = (b - mean) * gamma / sqrt(var + eps) + beta` (b = 0 for a conv without bias).
 */
export interface FoldedParam {
  readonly kind: 'folded-weight' | 'folded-bias';
  readonly conv: { readonly weight: string; readonly bias?: string };
  readonly bn: {
    readonly weight: string;
    readonly bias: string;
    readonly mean: string;
    readonly variance: string;
    readonly eps: number;
  };
}

export interface ExitInfo {
  readonly index: number;
  /** The node holding this exit's logits, `[classes]`. */
  readonly logits: number;
  readonly flow: number;
  /** 0-based block index within the flow. */
  readonly block: number;
}

export interface BlockInfo {
  readonly flow: number;
  readonly index: number;
  readonly kind: 'fusion' | 'normal';
  readonly layers: number;
  /** Whether the last layer of this fusion block halves the resolution. */
  readonly down: boolean;
  readonly transition: boolean;
  readonly input: number;
  /** `[block input, after layer 1, ..., after layer L]`: what the next flow's fusion block reads. */
  readonly lowFeatures: readonly number[];
  /** Block result after conv_last and transition: the next block's input. */
  readonly output: number;
  readonly exit?: number;
}

export interface FlowInfo {
  readonly index: number;
  readonly scale: number;
  readonly growth: number;
  readonly blocks: readonly BlockInfo[];
}

export interface Graph {
  readonly name: string;
  readonly nodes: readonly Node[];
  readonly params: ReadonlyMap<string, ParamSpec>;
  readonly input: number;
  readonly exits: readonly ExitInfo[];
  readonly flows: readonly FlowInfo[];
  readonly stem: readonly number[];
  /** Set by `placeConcats`: where each value lives inside the buffer of a concatenation. */
  readonly layout?: ReadonlyMap<number, Placement>;
  /** Set by `partitionAtExits`: the graph cut into one stage per exit. */
  readonly stages?: readonly Stage[];
}

/**
 * The nodes from just after exit e-1's head through exit e's head. Inputs that continue past
 * exit e need exactly the buffers in `liveOut` (buffer roots, see `Placement`): everything else
 * written so far is dead for them.
 */
export interface Stage {
  readonly exit: number;
  /** Node ids `[first, last]`, inclusive; `last` is the exit's logits. */
  readonly first: number;
  readonly last: number;
  readonly liveOut: readonly number[];
}

/**
 * A value stored as a channel slice of another value's buffer (its `root`): channels
 * `[channelOffset, channelOffset + C)` of every sample. Values without a placement own their buffer.
 */
export interface Placement {
  readonly root: number;
  readonly channelOffset: number;
}
