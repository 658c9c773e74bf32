/**
 * How a kernel description becomes a WebAssembly function. Every function takes the active
 * count first and runs samples 0 .. count-1 in turn (early exit is real: a sample that left is
 * not in the count); then byte addresses of its buffers and per-sample strides in bytes; last
 * the range [first, end) of its split units it computes of each sample (`WasmKernel.units`:
 * parts of a convolution's map or blocks of its output channels, or channels), which lets a
 * thread pool split one sample. The shape (channels, map sizes, taps) is compile-time: loops
 * over taps are unrolled, and each load is a pointer local plus a constant `offset=`.
 *
 * Convolutions are direct and register-blocked: an output tile of `pixels` adjacent output
 * pixels of one row by `groups` groups of 4 output channels lives in `pixels x groups` v128
 * accumulators. Per input channel and tap, each group's 4 weights are one v128 load (the
 * schedule packs weights [ceil(cout/4)][cin][k*k][4]), each pixel's input one
 * `v128.load32_splat`, and every pair one multiply-add. Zero padding: the sample's input is first
 * copied into a padded scratch map, so the inner loop has no bounds tests. Epilogue fused: bias,
 * ReLU, and (conv-resize) a bilinear resize of the coarse map kept in scratch, written into the
 * output's channel slice (zero-copy concat).
 */
import type {
  ConvDesc,
  ElementwiseDesc,
  KernelDesc,
  LinearDesc,
  PoolDesc,
  ResizeDesc,
} from '../../schedule/types.ts';
import { CONV_GROUP } from '../../schedule/weights.ts';
import { add, bump, f32, FunctionBuilder, get, i32, madd, minU, set } from './wat.ts';

/** Byte addresses the kernels have as constants. */
export interface WasmAddresses {
  readonly arena: number;
  readonly weights: number;
  /** Scratch for a padded input map. */
  readonly pad: number;
  /** Scratch for a coarse map (conv-resize) or pooled features (linear). */
  readonly aux: number;
}

/** The register tile of a convolution: `groups` x 4 output channels by `pixels` output pixels. */
export interface ConvTile {
  readonly groups: number;
  readonly pixels: number;
}

/**
 * 8 accumulators, 2 weight vectors and an input splat: 11 of the 16 SIMD registers of x64
 * (arm64 has 32). Measured on ranet-cifar10 (batch 64, one thread): 2x4 beats 4x2 by 1.13x,
 * 2x6 by 1.3x, 3x4 (16 registers: spills) by 1.4x.
 */
export function convTile(k: ConvDesc): ConvTile {
  const groups = Math.ceil(k.cout / CONV_GROUP);
  return groups === 1 ? { groups: 1, pixels: 8 } : { groups: 2, pixels: 4 };
}

export interface WasmKernel {
  /** The function text with `NAME` for its name: equal texts are one function. */
  readonly text: string;
  /**
   * Arguments after the active count, but the last two: the range [first, end) of split units
   * the call computes (0 and `units` for the whole of every sample).
   */
  readonly args: readonly number[];
  /**
   * Split units per sample: the parts of one sample's output a thread may compute alone (parts
   * of a convolution's map, or blocks of its output-channel groups; channels of a resize, pool
   * or elementwise op; 1 where the kernel is not split, its range argument still the whole).
   * Every output element is computed by the same instructions whatever the range, so any split
   * is bit-identical to the whole.
   */
  readonly units: number;
}

type Params = ReadonlyMap<string, number>;

/**
 * A scratch address: the constant plus the module's global `$scratch`, 0 on one thread; each
 * worker of a thread pool sets its instance's global to its own copy of the scratch region.
 */
const scratch = (bytes: number): string => add(SCRATCH_GLOBAL_GET, i32(bytes));
const SCRATCH_GLOBAL_GET = '(global.get $scratch)';
/** The declaration of the scratch offset global, exported to the executor as `scratch`. */
export const SCRATCH_GLOBAL = '(global $scratch (export "scratch") (mut i32) (i32.const 0))';

const NEG_MAX = -3.4028234663852886e38;

/** Scratch bytes a kernel needs: [padded input, aux]. */
export function scratchBytes(
  k: Exclude<KernelDesc, { kind: 'exit' | 'gather' }>,
  p: Params,
): [number, number] {
  switch (k.kind) {
    case 'conv': {
      const { h, w, pad } = k.shape;
      const spread = spreadPlane(k);
      const padded =
        pad > 0 ? 4 * k.cin * (h + 2 * pad) * (w + 2 * pad) : spread === undefined ? 0 : k.cin * spread;
      const coarse = k.resize === undefined ? 0 : 4 * k.cout * k.resize.ch * k.resize.cw;
      return [padded, coarse];
    }
    case 'pool': {
      const { h, w, pad } = k.constants;
      return [pad > 0 ? 4 * p.get('channels')! * (h + 2 * pad) * (w + 2 * pad) : 0, 0];
    }
    case 'linear':
      return [0, k.constants.pool === false ? 0 : 4 * k.constants.features];
    case 'elementwise':
    case 'resize':
      return [0, 0];
  }
}

export function wasmKernel(
  k: Exclude<KernelDesc, { kind: 'exit' | 'gather' }>,
  p: Params,
  at: WasmAddresses,
  label: string,
  maxBatch: number,
  fused = false,
): WasmKernel {
  const param = (name: string): number => {
    const v = p.get(name);
    if (v === undefined) throw new Error(`${label}: no parameter ${name}`);
    return v;
  };
  const io = [
    at.arena + 4 * param('in_base'),
    4 * param('in_stride'),
    at.arena + 4 * param('out_base'),
    4 * param('out_stride'),
  ];
  const weight = (name: string): number => at.weights + 4 * param(name);
  // A split lets threads write their units while others still read the input: only where no
  // sample's output overlaps any sample's input (or, per channel, is exactly it, in place).
  const kernel = (
    text: string,
    args: number[],
    units: number,
    bytes: readonly [number, number],
    perChannel: boolean,
  ): WasmKernel => {
    const [inBytes, outBytes] = bytes;
    const inPlace = perChannel && io[0] === io[2] && io[1] === io[3] && inBytes === outBytes;
    const split = inPlace || !overlaps(io, inBytes, outBytes, maxBatch) ? units : 1;
    return { text, args: [...args, 0, units], units: split };
  };
  const channels = (): number => param('channels');
  switch (k.kind) {
    case 'conv': {
      const { h, w, oh, ow } = k.shape;
      const byPixels = pixelTiled(k);
      return kernel(
        byPixels ? convByPixels(k, at, fused) : conv(k, at, convTile(k), fused),
        [...io, weight('w_off'), weight('b_off')],
        byPixels ? pixelUnits(k) : convUnits(k),
        [4 * k.cin * h * w, 4 * k.cout * oh * ow],
        false,
      );
    }
    case 'resize': {
      const c = k.constants;
      return kernel(
        resizeKernel(k, channels()),
        io,
        channels(),
        [4 * channels() * c.h * c.w, 4 * channels() * c.oh * c.ow],
        true,
      );
    }
    case 'pool': {
      const c = k.constants;
      return kernel(
        pool(k, channels(), at),
        io,
        c.pad > 0 ? 1 : channels(),
        [4 * channels() * c.h * c.w, 4 * channels() * c.oh * c.ow],
        true,
      );
    }
    case 'elementwise': {
      const bn = k.constants.op === 'batchnorm';
      const bytes = 4 * channels() * k.constants.hw;
      return kernel(
        elementwise(k, channels(), bn ? param('eps') : 0),
        bn ? [...io, ...['gamma', 'beta', 'mean', 'variance'].map(weight)] : io,
        channels(),
        [bytes, bytes],
        true,
      );
    }
    case 'linear':
      return kernel(linear(k, at, fused), [...io, weight('w_off'), weight('b_off')], 1, [0, 0], false);
  }
}

/**
 * Whether some sample's output bytes [out + m outS, + outBytes) overlap some sample's input
 * bytes [in + n inS, + inBytes), m and n below maxBatch: exactly, for every input sample n (a
 * block's new channels go to a slice of the concatenation, whose whole-batch range reaches past
 * the buffer into the next one while no sample's bytes do). The output samples that meet input
 * sample n's bytes at i are those with i - outBytes < out + m outS < i + inBytes: a range of m.
 */
function overlaps(io: readonly number[], inBytes: number, outBytes: number, maxBatch: number): boolean {
  const [input, inS, output, outS] = io;
  for (let n = 0; n < maxBatch; n++) {
    const i = input + n * inS;
    const [first, last] =
      outS > 0
        ? [Math.floor((i - outBytes - output) / outS) + 1, Math.ceil((i + inBytes - output) / outS) - 1]
        : [0, output < i + inBytes && i < output + outBytes ? maxBatch - 1 : -1];
    if (Math.max(0, first) <= Math.min(maxBatch - 1, last)) return true;
  }
  return false;
}

/** The first parameters of every function: the active count, input and output with their strides. */
const IO = ['count', 'in', 'inS', 'out', 'outS'];
/** The last two: the range of split units computed, [first, end). */
const RANGE = ['first', 'end'];

/**
 * A convolution's split units: its blocks of `tile.groups` groups of 4 output channels (the
 * last block smaller where they do not divide, or with dead lanes where cout is no multiple
 * of 4), as the register tiling computes them.
 */
export function convUnits(k: ConvDesc): number {
  const groups = Math.ceil(k.cout / CONV_GROUP);
  return Math.ceil(groups / convTile(k).groups);
}

/**
 * Copies `channels` maps of h x w at `src` into `dst` as maps of (h + 2 pad) x (w + 2 pad) with
 * a border of `fill`.
 */
function padCopy(
  b: FunctionBuilder,
  src: string,
  dst: number,
  channels: number,
  h: number,
  w: number,
  pad: number,
  fill: number,
): string {
  const pw = w + 2 * pad;
  const bytes = 4 * channels * (h + 2 * pad) * pw;
  let clear: string;
  if (fill === 0) clear = `(memory.fill ${scratch(dst)} ${i32(0)} ${i32(bytes)})`;
  else {
    b.local('pf');
    clear = [
      set('pf', scratch(dst)),
      b.repeat('pi', bytes / 4, [`(f32.store ${get('pf')} ${f32(fill)})`, bump('pf', 4)].join('\n')),
    ].join('\n');
  }
  b.local('ps');
  b.local('pd');
  return [
    clear,
    set('ps', src),
    set('pd', scratch(dst + 4 * (pad * pw + pad))),
    b.repeat(
      'pc',
      channels,
      [
        b.repeat(
          'py',
          h,
          [
            `(memory.copy ${get('pd')} ${get('ps')} ${i32(4 * w)})`,
            bump('ps', 4 * w),
            bump('pd', 4 * pw),
          ].join('\n'),
        ),
        bump('pd', 4 * 2 * pad * pw),
      ].join('\n'),
    ),
  ].join('\n');
}

/**
 * Of a stride-1 convolution computing output rows [$ra, $ra + $rn): copies the rows of the
 * padded input they read, [$ra, $ra + $rn + K - 1), of `channels` maps h x w at $src into scratch
 * at `dst` as maps of (h + 2 pad) x (w + 2 pad): zeros in the padding, the input elsewhere.
 */
function padRows(
  b: FunctionBuilder,
  dst: number,
  channels: number,
  h: number,
  w: number,
  pad: number,
  K: number,
): string {
  const pw = w + 2 * pad;
  for (const v of ['pr', 'pn', 'ps', 'pd', 'py']) b.local(v);
  const zeros = (at: number): string[] =>
    Array.from({ length: pad }, (_, i) => `(f32.store offset=${4 * (at + i)} ${get('pd')} ${f32(0)})`);
  // Padded row $pr of the channel at $ps (input) and $pd (its padded row); $py its input row.
  const row = [
    set('py', `(i32.sub ${add(get('ra'), get('pr'))} ${i32(pad)})`),
    `(if (i32.lt_u ${get('py')} ${i32(h)})`,
    '(then',
    ...zeros(0),
    `(memory.copy ${add(get('pd'), i32(4 * pad))} ${add(get('ps'), `(i32.mul ${get('py')} ${i32(4 * w)})`)} ${i32(4 * w)})`,
    ...zeros(pad + w),
    ')',
    `(else (memory.fill ${get('pd')} ${i32(0)} ${i32(4 * pw)})))`,
    bump('pd', 4 * pw),
  ].join('\n');
  return [
    set('pn', add(get('rn'), i32(K - 1))),
    set('ps', get('src')),
    b.repeat(
      'pc',
      channels,
      [
        set(
          'pd',
          add(
            scratch(dst),
            `(i32.add (i32.mul ${get('pc')} ${i32(4 * (h + 2 * pad) * pw)}) (i32.mul ${get('ra')} ${i32(4 * pw)}))`,
          ),
        ),
        b.repeatRuntime('pr', 'pn', row),
        bump('ps', 4 * h * w),
      ].join('\n'),
    ),
  ].join('\n');
}

/**
 * Bilinear resize (align_corners) of `channels` maps h x w at pointer local `src` into maps
 * oh x ow at pointer local `dst`, taps as PyTorch computes them: src = dst * scale in f32,
 * neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).
 */
function resizeLoops(
  b: FunctionBuilder,
  src: string,
  dst: string,
  channels: number | { readonly local: string },
  c: { h: number; w: number; oh: number; ow: number; scaleY: number; scaleX: number },
): string {
  for (const v of ['ry0', 'ry1', 'ra', 'rb']) b.local(v);
  for (const v of ['rfy', 'rty', 'rtop', 'rbot']) b.local(v, 'f32');
  const lerp = (t: string, u: string, a: string, bb: string): string =>
    `(f32.add (f32.mul ${u} ${a}) (f32.mul ${t} ${bb}))`;
  // Columns unrolled: their taps are compile-time, computed in f32 exactly as the kernel would.
  const row: string[] = [];
  for (let ox = 0; ox < c.ow; ox++) {
    const sx = Math.fround(Math.fround(c.scaleX) * ox);
    const x0 = Math.min(Math.floor(sx), c.w - 1);
    const x1 = Math.min(x0 + 1, c.w - 1);
    const tx = Math.fround(sx - x0);
    const [t, u] = [f32(tx), f32(Math.fround(1 - tx))];
    const load = (r: string, x: number): string => `(f32.load offset=${4 * x} ${get(r)})`;
    row.push(
      set('rtop', lerp(t, u, load('ra', x0), load('ra', x1))),
      set('rbot', lerp(t, u, load('rb', x0), load('rb', x1))),
      `(f32.store offset=${4 * ox} ${get(dst)} ${lerp(get('rty'), `(f32.sub ${f32(1)} ${get('rty')})`, get('rtop'), get('rbot'))})`,
    );
  }
  const plane = [
    set('rfy', `(f32.mul ${f32(c.scaleY)} (f32.convert_i32_u ${get('roy')}))`),
    set('ry0', minU(`(i32.trunc_f32_u ${get('rfy')})`, i32(c.h - 1))),
    set('ry1', minU(add(get('ry0'), i32(1)), i32(c.h - 1))),
    set('rty', `(f32.sub ${get('rfy')} (f32.convert_i32_u ${get('ry0')}))`),
    set('ra', add(get(src), `(i32.mul ${get('ry0')} ${i32(4 * c.w)})`)),
    set('rb', add(get(src), `(i32.mul ${get('ry1')} ${i32(4 * c.w)})`)),
    ...row,
    bump(dst, 4 * c.ow),
  ].join('\n');
  const perChannel = [b.repeat('roy', c.oh, plane), bump(src, 4 * c.h * c.w)].join('\n');
  return typeof channels === 'number'
    ? b.repeat('rc', channels, perChannel)
    : b.repeatRuntime('rc', channels.local, perChannel);
}

/**
 * Of a kernel split by channels: `channels` = end - first, and pointers `src` and `dst`
 * advanced to channel `first` of maps of `inBytes` and `outBytes`.
 */
function channelRange(inBytes: number, outBytes: number): string {
  const skip = (v: string, bytes: number): string =>
    set(v, add(get(v), `(i32.mul ${get('first')} ${i32(bytes)})`));
  return [
    set('channels', `(i32.sub ${get('end')} ${get('first')})`),
    skip('src', inBytes),
    skip('dst', outBytes),
  ].join('\n');
}

/** The per-sample loop: `src` and `dst` set to the sample's input and output, then `body`. */
function perSample(b: FunctionBuilder, body: string): string {
  b.local('src');
  b.local('dst');
  return b.repeatRuntime(
    'n',
    'count',
    [
      set('src', add(get('in'), `(i32.mul ${get('n')} ${get('inS')})`)),
      set('dst', add(get('out'), `(i32.mul ${get('n')} ${get('outS')})`)),
      body,
    ].join('\n'),
  );
}

/**
 * A tile's loop over input channels and taps from $ip and $wp (advanced past it): `tap` once per
 * tap with $ipr and $wpr at the tap's input pixel and weights (it advances them by one tap).
 */
function tapLoops(
  b: FunctionBuilder,
  cin: number,
  K: number,
  pw: number,
  plane: number,
  tap: string,
): string {
  const perChannel = [
    set('ipr', get('ip')),
    set('wpr', get('wp')),
    b.repeat('ky', K, [b.repeat('kx', K, tap), bump('ipr', 4 * (pw - K))].join('\n')),
    bump('ip', plane),
    bump('wp', 16 * K * K),
  ];
  return b.repeat('ci', cin, perChannel.join('\n'));
}

function conv(k: ConvDesc, at: WasmAddresses, tile: ConvTile, fused: boolean): string {
  const b = new FunctionBuilder();
  const { h, w, k: K, stride: s, pad } = k.shape;
  const [oh, ow] = k.resize === undefined ? [k.shape.oh, k.shape.ow] : [k.resize.ch, k.resize.cw];
  const { cin, cout } = k;
  const pw = w + 2 * pad;
  const plane = 4 * (h + 2 * pad) * pw;
  const taps = K * K;
  const ohw = oh * ow;
  const groupBytes = 16 * cin * taps;
  const { relu, bias } = k.epilogue;

  /**
   * One output tile: `g` groups (the last with `lanes` live lanes) by `rows` rows of `px` pixels
   * at ($xin, $op).
   */
  const chunk = (g: number, lanes: number, px: number, rows = 1): string => {
    if (px === 0 || rows === 0) return '';
    const cols = px;
    const inAt = (pi: number): number => 4 * s * (Math.floor(pi / cols) * pw + (pi % cols));
    const outAt = (pi: number): number => Math.floor(pi / cols) * ow + (pi % cols);
    px *= rows;
    const acc = (gi: number, pi: number): string => b.local(`a${gi}_${pi}`, 'v128');
    const lines: string[] = [];
    for (let gi = 0; gi < g; gi++)
      for (let pi = 0; pi < px; pi++) lines.push(set(acc(gi, pi), '(v128.const i32x4 0 0 0 0)'));
    lines.push(set('ip', get('xin')), set('wp', get('wb')));
    b.local('ipr');
    b.local('wpr');
    // One tap per pass of the innermost loop: TurboFan schedules a block's loads early, and the
    // loads of more taps than one would not fit the 16 SIMD registers of x64 beside the
    // accumulators (measured: unrolled taps spill, and run at about 3/4 of the speed).
    const tap = (): string => {
      const inner: string[] = [];
      for (let gi = 0; gi < g; gi++)
        inner.push(set(b.local(`w${gi}`, 'v128'), `(v128.load offset=${gi * groupBytes} ${get('wpr')})`));
      for (let pi = 0; pi < px; pi++) {
        inner.push(set(b.local('x', 'v128'), `(v128.load32_splat offset=${inAt(pi)} ${get('ipr')})`));
        for (let gi = 0; gi < g; gi++)
          inner.push(set(acc(gi, pi), madd(get(`w${gi}`), get('x'), get(acc(gi, pi)), fused)));
      }
      inner.push(bump('ipr', 4), bump('wpr', 16));
      return inner.join('\n');
    };
    lines.push(tapLoops(b, cin, K, pw, plane, tap()));
    for (let gi = 0; gi < g; gi++) {
      if (bias) lines.push(set(b.local('bv', 'v128'), `(v128.load offset=${16 * gi} ${get('bp')})`));
      const live = gi === g - 1 ? lanes : 4;
      for (let pi = 0; pi < px; pi++) {
        let v = get(acc(gi, pi));
        if (bias) v = `(f32x4.add ${v} ${get('bv')})`;
        if (relu) v = `(f32x4.max ${v} (v128.const i32x4 0 0 0 0))`;
        lines.push(set(acc(gi, pi), v));
        for (let lane = 0; lane < live; lane++)
          lines.push(
            `(f32.store offset=${4 * ((gi * 4 + lane) * ohw + outAt(pi))} ${get('op')} (f32x4.extract_lane ${lane} ${get(acc(gi, pi))}))`,
          );
      }
    }
    return lines.join('\n');
  };

  /** One block of `g` groups over the whole map; pointers wb, bp, og advance past it. */
  const block = (name: string, g: number, lanes: number): string => {
    if (ow < tile.pixels) {
      // Narrow maps: a tile of whole rows.
      const rows = Math.min(oh, Math.floor(tile.pixels / ow));
      return [
        set('xin', get('base')),
        set('op', get('og')),
        b.repeat(
          `${name}y`,
          Math.floor(oh / rows),
          [chunk(g, lanes, ow, rows), bump('xin', 4 * s * pw * rows), bump('op', 4 * ow * rows)].join('\n'),
        ),
        chunk(g, lanes, ow, oh % rows),
        bump('wb', g * groupBytes),
        bump('bp', 16 * g),
        bump('og', 4 * 4 * g * ohw),
      ].join('\n');
    }
    const full = Math.floor(ow / tile.pixels);
    const rest = ow % tile.pixels;
    const row = [
      set('xin', get('rin')),
      set('op', get('rout')),
      b.repeat(
        `${name}x`,
        full,
        [chunk(g, lanes, tile.pixels), bump('xin', 4 * s * tile.pixels), bump('op', 4 * tile.pixels)].join(
          '\n',
        ),
      ),
      chunk(g, lanes, rest),
      bump('rin', 4 * s * pw),
      bump('rout', 4 * ow),
    ].join('\n');
    return [
      set('rin', get('base')),
      set('rout', get('og')),
      b.repeat(`${name}y`, oh, row),
      bump('wb', g * groupBytes),
      bump('bp', 16 * g),
      bump('og', 4 * 4 * g * ohw),
    ].join('\n');
  };
  for (const v of ['base', 'wb', 'bp', 'og', 'rin', 'rout', 'xin', 'op', 'ip', 'wp', 'blocks']) b.local(v);

  // Blocks of tile.groups groups (the split units), the last one smaller where they do not
  // divide; only the very last group may have dead lanes (weights are zero-padded, so they
  // compute zeros). Units first .. end-1: the full blocks among them, then the last if it is.
  const G = tile.groups;
  const groups = Math.ceil(cout / 4);
  const lastLanes = cout % 4 || 4;
  const reps = Math.floor(groups / G);
  const rest = groups % G;
  const [fullBlocks, last] =
    rest > 0
      ? [reps, { g: rest, lanes: lastLanes }]
      : lastLanes === 4
        ? [reps, undefined]
        : [reps - 1, { g: G, lanes: lastLanes }];
  const skip = (bytes: number): string => `(i32.mul ${get('first')} ${i32(bytes)})`;
  const outBase = k.resize === undefined ? get('dst') : scratch(at.aux);
  const body = [
    pad > 0 ? padCopy(b, get('src'), at.pad, cin, h, w, pad, 0) : '',
    set('base', pad > 0 ? scratch(at.pad) : get('src')),
    set('wb', add(get('w'), skip(G * groupBytes))),
    set('bp', add(get('b'), skip(16 * G))),
    set('og', add(outBase, skip(16 * G * ohw))),
    fullBlocks > 0
      ? [
          set('blocks', `(i32.sub ${minU(get('end'), i32(fullBlocks))} ${get('first')})`),
          b.repeatRuntime('fg', 'blocks', block('f', G, 4)),
        ].join('\n')
      : '',
    last === undefined
      ? ''
      : `(if (i32.gt_u ${get('end')} ${i32(fullBlocks)}) (then\n${block('r', last.g, last.lanes)}))`,
  ];
  if (k.resize !== undefined) body.push(resizeCoarse(b, k, at, 4 * G));
  const comment =
    `;; conv ${K}x${K}/${s} pad ${pad}: ${cin}x${h}x${w} -> ${cout}x${oh}x${ow}` +
    `${k.resize === undefined ? '' : ` resized to ${k.shape.oh}x${k.shape.ow}`}` +
    `, bias ${bias}, relu ${relu}, tile ${tile.groups}x4 channels x ${tile.pixels} pixels`;
  return `${comment}\n${b.func('NAME', [...IO, 'w', 'b', ...RANGE], perSample(b, body.join('\n')))}`;
}

/**
 * The bilinear resize of a conv-resize: the channels of units first .. end-1 (`perUnit` channels
 * each), from this thread's coarse map in scratch into the output.
 */
function resizeCoarse(b: FunctionBuilder, k: ConvDesc, at: WasmAddresses, perUnit: number): string {
  const { ch, cw, scaleY, scaleX } = k.resize!;
  b.local('cs');
  b.local('c0');
  b.local('rcount');
  return [
    set('c0', `(i32.mul ${get('first')} ${i32(perUnit)})`),
    set('rcount', `(i32.sub ${minU(`(i32.mul ${get('end')} ${i32(perUnit)})`, i32(k.cout))} ${get('c0')})`),
    set('cs', add(scratch(at.aux), `(i32.mul ${get('c0')} ${i32(4 * ch * cw)})`)),
    set('dst', add(get('dst'), `(i32.mul ${get('c0')} ${i32(4 * k.shape.oh * k.shape.ow)})`)),
    resizeLoops(
      b,
      'cs',
      'dst',
      { local: 'rcount' },
      { h: ch, w: cw, oh: k.shape.oh, ow: k.shape.ow, scaleY: scaleY.f32, scaleX: scaleX.f32 },
    ),
  ].join('\n');
}

/**
 * Whether a convolution is tiled by pixels (`convByPixels`): stride 1, and rows of whole
 * 4-pixel quads (a 1x1 convolution without padding is one row of its whole map).
 */
export function pixelTiled(k: ConvDesc): boolean {
  const { k: K, stride, pad } = k.shape;
  const [oh, ow] = k.resize === undefined ? [k.shape.oh, k.shape.ow] : [k.resize.ch, k.resize.cw];
  if (stride !== 1) return false;
  return K === 1 && pad === 0 ? (oh * ow) % 4 === 0 : ow % 4 === 0;
}

/**
 * The input plane stride of a pixel-tiled 1x1 convolution over maps of 1 KiB or more, whose
 * input is first copied into scratch with planes 64 bytes further apart: a tile reads a quad of
 * every input channel, and planes a power of two apart would all fall in the same few sets of
 * the L1 cache and evict each other before the next tile reads the rest of their lines
 * (measured at batch 1 on x64: 92x32x32 -> 46 runs 3.3x faster with the copy). Not where the
 * convolution has one block of output channels: it reads its input once, and the copy would
 * move every byte twice more (measured on ranet-cifar10's 1x1 convolutions of 1 and 2 output
 * channels at batch 1, x64: 1.5x faster without it).
 */
function spreadPlane(k: ConvDesc): number | undefined {
  const { h, w, k: K, pad } = k.shape;
  if (!pixelTiled(k) || K !== 1 || pad !== 0 || pixelBlocks(k) === 1) return undefined;
  const bytes = 4 * h * w;
  return bytes >= 1024 && (bytes & (bytes - 1)) === 0 ? bytes + 64 : undefined;
}

/**
 * Copies `channels` planes at $src into scratch at `dst`, `stride` bytes apart: whole planes of
 * `bytes`, or the quads [$qa, $qa + $qn) of planes of `plane` bytes (named by their locals).
 */
function spreadCopy(
  b: FunctionBuilder,
  dst: number,
  channels: number,
  stride: number,
  part: { readonly bytes: number } | { readonly quads: readonly [string, string]; readonly plane: number },
): string {
  b.local('ps');
  b.local('pd');
  const quads = 'quads' in part ? part.quads : undefined;
  const at = quads === undefined ? '' : `(i32.mul ${get(quads[0])} ${i32(16)})`;
  const size =
    quads === undefined ? i32((part as { bytes: number }).bytes) : `(i32.mul ${get(quads[1])} ${i32(16)})`;
  const plane = 'quads' in part ? part.plane : part.bytes;
  return [
    set('ps', quads === undefined ? get('src') : add(get('src'), at)),
    set('pd', quads === undefined ? scratch(dst) : add(scratch(dst), at)),
    b.repeat(
      'pc',
      channels,
      [`(memory.copy ${get('pd')} ${get('ps')} ${size})`, bump('ps', plane), bump('pd', stride)].join('\n'),
    ),
  ].join('\n');
}

/** Output channels of a full block of the pixel tiling: 4 (one packed weight group). */
const PIXEL_BLOCK = 4;

/** Blocks of output channels of a pixel-tiled convolution: of 4 channels, the last one smaller. */
export function pixelBlocks(k: ConvDesc): number {
  return Math.ceil(k.cout / PIXEL_BLOCK);
}

/**
 * Whether a pixel-tiled convolution is split by ranges of its pixels (`quadRange`): a 1x1
 * convolution without padding, whose map is one row, computed into its output (a conv-resize
 * resizes a coarse map in each thread's scratch, which needs the whole map: split by blocks).
 */
const byQuads = (k: ConvDesc): boolean => k.shape.k === 1 && k.shape.pad === 0 && k.resize === undefined;

/**
 * Split units of a pixel-tiled convolution. By pixels (`byQuads`): ranges of `quadRange(k)`
 * quads of the map, at most 16, so that two threads split a sample's map evenly whatever its
 * output channels (blocks of 4 channels split 5 channels 4:1, and 1 to 4 channels not at all),
 * each thread reading only its part of the input. Else its blocks of output channels.
 */
export function pixelUnits(k: ConvDesc): number {
  if (byQuads(k)) return Math.ceil((k.shape.oh * k.shape.ow) / 4 / quadRange(k));
  return k.resize === undefined ? Math.ceil(k.shape.oh / rowRange(k)) : pixelBlocks(k);
}

/**
 * Rows of a unit of a convolution split by rows (pixel-tiled, not 1x1 unpadded, no resize): the
 * pixels of a 1x1 convolution's unit over the same map where they are whole rows, so that a
 * thread given the same units computes the same part of the map in both (and finds its
 * input in its own cache); else at most 16 units.
 */
function rowRange(k: ConvDesc): number {
  const { oh, ow } = k.shape;
  const pixels = 4 * quadRange(k);
  return pixels % ow === 0 ? pixels / ow : Math.ceil(oh / 16);
}

/** Quads of a unit of a convolution split by pixels: a multiple of 4 (64 bytes of each plane). */
const quadRange = (k: ConvDesc): number => 4 * Math.ceil((k.shape.oh * k.shape.ow) / 4 / 64);

/**
 * Quads (4 adjacent output pixels) of a pixel tile of `channels` output channels: 7 to 9
 * accumulators. V8 loads all of a pass's weight splats and input quads before its multiply-adds,
 * so accumulators and loads together must fit the 15 SIMD registers it allocates on x64 (the
 * 16th is its scratch): 4x2 is 8 + 6, 3x3 9 + 6, 2x4 8 + 6, 1x7 7 + 8 (1x8, 8 + 9, spills an
 * accumulator each pass: 1x7 ran 1.15x faster on ranet-cifar10's 1x1 convolutions of 5 output
 * channels, whose last block has 1, at batch 1 on x64).
 */
const tileQuads = (channels: number): number => (channels === 3 ? 3 : channels === 1 ? 7 : 8 / channels);

/**
 * A stride-1 convolution tiled by pixels: the GEMM form (output channels x pixels, summed over
 * input channels and taps). Each v128 accumulator holds 4 adjacent output pixels of one output
 * channel; a tile is `channels` (up to 4, one packed weight group) by `quads` quads, on one row
 * or, where a row has fewer quads, on several rows. Per input channel and tap, each quad of the
 * input is one (unaligned) v128 load, each channel's weight one `v128.load32_splat`, and every
 * pair one multiply-add. No lane is dead whatever the channel count, and the epilogue (bias,
 * ReLU) stores whole quads. A 1x1 convolution without padding is one row of its whole map.
 */
function convByPixels(k: ConvDesc, at: WasmAddresses, fused: boolean): string {
  const b = new FunctionBuilder();
  const { h, w, k: K, pad } = k.shape;
  const [oh, ow] = k.resize === undefined ? [k.shape.oh, k.shape.ow] : [k.resize.ch, k.resize.cw];
  const { cin, cout } = k;
  const flat = K === 1 && pad === 0;
  // The map as rows of `len` output pixels; `pw` input pixels apart.
  const rows = flat ? 1 : oh;
  const len = flat ? oh * ow : ow;
  const pw = flat ? len : w + 2 * pad;
  const spread = spreadPlane(k);
  const plane = spread ?? 4 * (flat ? h * w : (h + 2 * pad) * pw);
  const taps = K * K;
  const ohw = oh * ow;
  const groupBytes = 16 * cin * taps;
  const perRow = len / 4;
  const { relu, bias } = k.epilogue;

  /** One tile: `c` channels by `ty` rows of `tq` quads, input at $xin, output at $op. */
  const tile = (c: number, ty: number, tq: number): string => {
    if (ty === 0 || tq === 0) return '';
    const acc = (ci: number, r: number, q: number): string => b.local(`a${ci}_${r}_${q}`, 'v128');
    const quads: [number, number][] = [];
    for (let r = 0; r < ty; r++) for (let q = 0; q < tq; q++) quads.push([r, q]);
    const lines: string[] = [];
    for (let ch = 0; ch < c; ch++)
      for (const [r, q] of quads) lines.push(set(acc(ch, r, q), '(v128.const i32x4 0 0 0 0)'));
    lines.push(set('ip', get('xin')), set('wp', get('wb')));
    b.local('ipr');
    b.local('wpr');
    const tap = (): string => {
      const inner: string[] = [];
      const x = (r: number, q: number): string => `(v128.load offset=${4 * (r * pw + 4 * q)} ${get('ipr')})`;
      const wt = (ch: number): string => `(v128.load32_splat offset=${4 * ch} ${get('wpr')})`;
      // Whichever of weights and input quads are fewer are loaded first and kept.
      if (c <= quads.length) {
        for (let ch = 0; ch < c; ch++) inner.push(set(b.local(`w${ch}`, 'v128'), wt(ch)));
        for (const [r, q] of quads) {
          inner.push(set(b.local('x', 'v128'), x(r, q)));
          for (let ch = 0; ch < c; ch++)
            inner.push(set(acc(ch, r, q), madd(get(`w${ch}`), get('x'), get(acc(ch, r, q)), fused)));
        }
      } else {
        quads.forEach(([r, q], i) => inner.push(set(b.local(`x${i}`, 'v128'), x(r, q))));
        for (let ch = 0; ch < c; ch++) {
          inner.push(set(b.local('wv', 'v128'), wt(ch)));
          quads.forEach(([r, q], i) =>
            inner.push(set(acc(ch, r, q), madd(get('wv'), get(`x${i}`), get(acc(ch, r, q)), fused))),
          );
        }
      }
      inner.push(bump('ipr', 4), bump('wpr', 16));
      return inner.join('\n');
    };
    lines.push(tapLoops(b, cin, K, pw, plane, tap()));
    for (let ch = 0; ch < c; ch++) {
      if (bias) lines.push(set('bv', `(v128.load32_splat offset=${4 * ch} ${get('bp')})`));
      for (const [r, q] of quads) {
        let v = get(acc(ch, r, q));
        if (bias) v = `(f32x4.add ${v} ${get('bv')})`;
        if (relu) v = `(f32x4.max ${v} (v128.const i32x4 0 0 0 0))`;
        lines.push(`(v128.store offset=${4 * (ch * ohw + r * ow + 4 * q)} ${get('op')} ${v})`);
      }
    }
    return lines.join('\n');
  };

  /**
   * One block of `c` channels over the quads [$qa, $qa + $qn) of a one-row map: tiles of the
   * block's quads, then one tile of the quads left; pointers wb, bp, og advance past it.
   */
  const quadBlock = (name: string, c: number): string => {
    const q = tileQuads(c);
    b.local('tiles');
    b.local('left');
    const offset = (v: string): string => add(get(v), `(i32.mul ${get('qa')} ${i32(16)})`);
    return [
      set('xin', offset('base')),
      set('op', offset('og')),
      set('tiles', `(i32.div_u ${get('qn')} ${i32(q)})`),
      set('left', `(i32.sub ${get('qn')} (i32.mul ${get('tiles')} ${i32(q)}))`),
      b.repeatRuntime(
        `${name}x`,
        'tiles',
        [tile(c, 1, q), bump('xin', 16 * q), bump('op', 16 * q)].join('\n'),
      ),
      ...Array.from(
        { length: q - 1 },
        (_, r) => `(if (i32.eq ${get('left')} ${i32(r + 1)}) (then\n${tile(c, 1, r + 1)}))`,
      ),
      bump('wb', groupBytes),
      bump('bp', 4 * c),
      bump('og', 4 * c * ohw),
    ].join('\n');
  };

  /**
   * The tiling of a block of `c` channels: tiles of one row of `tq` quads, or of `ty` rows where
   * a row has fewer than q quads; `row(r)` computes r rows at ($rin, $rout).
   */
  const rowTiling = (name: string, c: number): { ty: number; row: (r: number) => string } => {
    const q = tileQuads(c);
    const [ty, tq] = perRow >= q ? [1, q] : [Math.min(rows, Math.floor(q / perRow)), perRow];
    const rowTiles = Math.floor(perRow / tq);
    const rowRest = perRow % tq;
    const row = (r: number): string =>
      r === 0
        ? ''
        : [
            set('xin', get('rin')),
            set('op', get('rout')),
            b.repeat(
              `${name}x${r}`,
              rowTiles,
              [tile(c, r, tq), bump('xin', 16 * tq), bump('op', 16 * tq)].join('\n'),
            ),
            tile(c, r, rowRest),
          ].join('\n');
    return { ty, row };
  };

  /**
   * One block of `c` channels over the rows [$ra, $ra + $rn): bands of the tiling's rows, then
   * one band of the rows left; pointers wb, bp, og advance past it.
   */
  const rowBlock = (name: string, c: number): string => {
    const { ty, row } = rowTiling(name, c);
    b.local('bands');
    b.local('left');
    return [
      set('rin', add(get('base'), `(i32.mul ${get('ra')} ${i32(4 * pw)})`)),
      set('rout', add(get('og'), `(i32.mul ${get('ra')} ${i32(4 * ow)})`)),
      set('bands', `(i32.div_u ${get('rn')} ${i32(ty)})`),
      set('left', `(i32.sub ${get('rn')} (i32.mul ${get('bands')} ${i32(ty)}))`),
      b.repeatRuntime(
        `${name}y`,
        'bands',
        [row(ty), bump('rin', 4 * ty * pw), bump('rout', 4 * ty * ow)].join('\n'),
      ),
      ...Array.from(
        { length: ty - 1 },
        (_, r) => `(if (i32.eq ${get('left')} ${i32(r + 1)}) (then\n${row(r + 1)}))`,
      ),
      bump('wb', groupBytes),
      bump('bp', 4 * c),
      bump('og', 4 * c * ohw),
    ].join('\n');
  };

  /** One block of `c` channels over the whole map; pointers wb, bp, og advance past it. */
  const block = (name: string, c: number): string => {
    const { ty, row } = rowTiling(name, c);
    return [
      set('rin', get('base')),
      set('rout', get('og')),
      b.repeat(
        `${name}y`,
        Math.floor(rows / ty),
        [row(ty), bump('rin', 4 * ty * pw), bump('rout', 4 * ty * ow)].join('\n'),
      ),
      row(rows % ty),
      bump('wb', groupBytes),
      bump('bp', 4 * c),
      bump('og', 4 * c * ohw),
    ].join('\n');
  };
  for (const v of ['base', 'wb', 'bp', 'og', 'rin', 'rout', 'xin', 'op', 'ip', 'wp', 'blocks']) b.local(v);
  b.local('bv', 'v128');
  const full = Math.floor(cout / PIXEL_BLOCK);
  const rest = cout % PIXEL_BLOCK;
  const skip = (bytes: number): string => `(i32.mul ${get('first')} ${i32(bytes)})`;
  const outBase = k.resize === undefined ? get('dst') : scratch(at.aux);
  if (k.resize === undefined) {
    // Parts [first, end) x range of the map, ranges of quads of a one-row map (1x1) or rows:
    // every block of channels over them, from the input they read (copied into scratch where
    // spread or padded: only that).
    const quads = byQuads(k);
    const range = quads ? quadRange(k) : rowRange(k);
    const [from, count] = quads ? ['qa', 'qn'] : ['ra', 'rn'];
    const part = quads ? quadBlock : rowBlock;
    const copy = quads
      ? spread === undefined
        ? ''
        : spreadCopy(b, at.pad, cin, spread, { quads: ['qa', 'qn'], plane: 4 * h * w })
      : pad > 0
        ? padRows(b, at.pad, cin, h, w, pad, K)
        : '';
    for (const v of [from, count]) b.local(v);
    const body = [
      set(from, `(i32.mul ${get('first')} ${i32(range)})`),
      set(
        count,
        `(i32.sub ${minU(`(i32.mul ${get('end')} ${i32(range)})`, i32(quads ? ohw / 4 : oh))} ${get(from)})`,
      ),
      copy,
      set('base', copy === '' ? get('src') : scratch(at.pad)),
      set('wb', get('w')),
      set('bp', get('b')),
      set('og', get('dst')),
      b.repeat('fg', Math.floor(cout / PIXEL_BLOCK), part('f', PIXEL_BLOCK)),
      cout % PIXEL_BLOCK === 0 ? '' : part('r', cout % PIXEL_BLOCK),
    ];
    const comment =
      `;; conv ${K}x${K}/1 pad ${pad}: ${cin}x${h}x${w} -> ${cout}x${oh}x${ow}, bias ${bias}, relu ${relu}, tiled by pixels ` +
      `(blocks of ${PIXEL_BLOCK} channels, split by ranges of ${range} ${quads ? 'quads' : 'rows'})${fused ? ', fused multiply-add' : ''}`;
    return `${comment}\n${b.func('NAME', [...IO, 'w', 'b', ...RANGE], perSample(b, body.join('\n')))}`;
  }
  const body = [
    pad > 0 ? padCopy(b, get('src'), at.pad, cin, h, w, pad, 0) : '',
    spread === undefined ? '' : spreadCopy(b, at.pad, cin, spread, { bytes: 4 * h * w }),
    set('base', pad > 0 || spread !== undefined ? scratch(at.pad) : get('src')),
    set('wb', add(get('w'), skip(groupBytes))),
    set('bp', add(get('b'), skip(4 * PIXEL_BLOCK))),
    set('og', add(outBase, skip(4 * PIXEL_BLOCK * ohw))),
    full > 0
      ? [
          set('blocks', `(i32.sub ${minU(get('end'), i32(full))} ${get('first')})`),
          b.repeatRuntime('fg', 'blocks', block('f', PIXEL_BLOCK)),
        ].join('\n')
      : '',
    rest === 0 ? '' : `(if (i32.gt_u ${get('end')} ${i32(full)}) (then\n${block('r', rest)}))`,
  ];
  if (k.resize !== undefined) body.push(resizeCoarse(b, k, at, PIXEL_BLOCK));
  const comment =
    `;; conv ${K}x${K}/1 pad ${pad}: ${cin}x${h}x${w} -> ${cout}x${oh}x${ow}` +
    `${k.resize === undefined ? '' : ` resized to ${k.shape.oh}x${k.shape.ow}`}` +
    `, bias ${bias}, relu ${relu}, tiled by pixels (blocks of ${PIXEL_BLOCK} channels)${fused ? ', fused multiply-add' : ''}`;
  return `${comment}\n${b.func('NAME', [...IO, 'w', 'b', ...RANGE], perSample(b, body.join('\n')))}`;
}

function resizeKernel(k: ResizeDesc, channels: number): string {
  const b = new FunctionBuilder();
  const c = k.constants;
  b.local('channels');
  const body = [
    channelRange(4 * c.h * c.w, 4 * c.oh * c.ow),
    resizeLoops(b, 'src', 'dst', { local: 'channels' }, { ...c, scaleY: c.scaleY.f32, scaleX: c.scaleX.f32 }),
  ].join('\n');
  return `;; resize ${channels}x${c.h}x${c.w} -> ${c.oh}x${c.ow}, split by channels\n${b.func('NAME', [...IO, ...RANGE], perSample(b, body))}`;
}

function pool(k: PoolDesc, channels: number, at: WasmAddresses): string {
  const b = new FunctionBuilder();
  const { op, h, w, oh, ow, window, stride: s, pad, windowArea } = k.constants;
  const max = op === 'maxpool';
  const pw = w + 2 * pad;
  const plane = 4 * (h + 2 * pad) * pw;
  b.local('acc', 'f32');
  for (const v of ['base', 'rin', 'xin']) b.local(v);
  const taps: string[] = [set('acc', f32(max ? NEG_MAX : 0))];
  for (let ky = 0; ky < window; ky++)
    for (let kx = 0; kx < window; kx++) {
      const v = `(f32.load offset=${4 * (ky * pw + kx)} ${get('xin')})`;
      taps.push(set('acc', max ? `(f32.max ${get('acc')} ${v})` : `(f32.add ${get('acc')} ${v})`));
    }
  const result = max ? get('acc') : `(f32.div ${get('acc')} ${f32(windowArea)})`;
  const pixel = [...taps, `(f32.store ${get('dst')} ${result})`, bump('dst', 4), bump('xin', 4 * s)].join(
    '\n',
  );
  // Unpadded, split by channels; padded (the copy is the whole input), not split.
  b.local('channels');
  const perChannel = (body: string): string =>
    pad > 0 ? b.repeat('c', channels, body) : b.repeatRuntime('c', 'channels', body);
  const body = [
    pad > 0
      ? padCopy(b, get('src'), at.pad, channels, h, w, pad, max ? NEG_MAX : 0)
      : channelRange(4 * h * w, 4 * oh * ow),
    set('base', pad > 0 ? scratch(at.pad) : get('src')),
    perChannel(
      [
        set('rin', get('base')),
        b.repeat(
          'y',
          oh,
          [set('xin', get('rin')), b.repeat('x', ow, pixel), bump('rin', 4 * s * pw)].join('\n'),
        ),
        bump('base', plane),
      ].join('\n'),
    ),
  ].join('\n');
  return `;; ${op} ${window}x${window}/${s} pad ${pad}: ${channels}x${h}x${w} -> ${oh}x${ow}${pad > 0 ? '' : ', split by channels'}\n${b.func('NAME', [...IO, ...RANGE], perSample(b, body))}`;
}

function elementwise(k: ElementwiseDesc, channels: number, epsBits: number): string {
  const b = new FunctionBuilder();
  const { op, hw } = k.constants;
  const bn = op === 'batchnorm';
  const params = [...IO, ...(bn ? ['gamma', 'beta', 'mean', 'variance'] : []), ...RANGE];
  b.local('v', 'f32');
  b.local('scale', 'f32');
  b.local('shift', 'f32');
  b.local('ch4');
  const wAt = (t: string): string => `(f32.load ${add(get(t), get('ch4'))})`;
  const eps = `(f32.reinterpret_i32 ${i32(epsBits | 0)})`;
  const y =
    op === 'batchnorm'
      ? `(f32.add (f32.mul (f32.sub ${get('v')} ${get('shift')}) ${get('scale')}) ${wAt('beta')})`
      : op === 'relu'
        ? `(f32.max ${get('v')} ${f32(0)})`
        : get('v');
  const element = [
    set('v', `(f32.load ${get('src')})`),
    `(f32.store ${get('dst')} ${y})`,
    bump('src', 4),
    bump('dst', 4),
  ];
  const perChannel = [
    ...(bn
      ? [
          set('scale', `(f32.div ${wAt('gamma')} (f32.sqrt (f32.add ${wAt('variance')} ${eps})))`),
          set('shift', wAt('mean')),
        ]
      : []),
    b.repeat('i', hw, element.join('\n')),
    bump('ch4', 4),
  ];
  b.local('channels');
  const body = [
    channelRange(4 * hw, 4 * hw),
    set('ch4', `(i32.mul ${get('first')} ${i32(4)})`),
    b.repeatRuntime('c', 'channels', perChannel.join('\n')),
  ].join('\n');
  return `;; ${op} ${channels}x${hw}, split by channels\n${b.func('NAME', params, perSample(b, body))}`;
}

function linear(k: LinearDesc, at: WasmAddresses, fused: boolean): string {
  const b = new FunctionBuilder();
  const c = k.constants;
  const F = c.features;
  b.local('feat');
  b.local('wr');
  b.local('fp');
  b.local('bo');
  b.local('s', 'f32');
  b.local('vacc', 'v128');
  const lines: string[] = [];
  if (c.pool !== false) {
    const pool = c.pool;
    for (const v of ['pl', 'pr', 'pc']) b.local(v);
    const taps: string[] = [set('s', f32(0))];
    for (let ky = 0; ky < pool; ky++)
      for (let kx = 0; kx < pool; kx++)
        taps.push(set('s', `(f32.add ${get('s')} (f32.load offset=${4 * (ky * c.w + kx)} ${get('pc')}))`));
    const pixel = [
      ...taps,
      `(f32.store ${get('fp')} (f32.div ${get('s')} ${f32(c.poolArea)}))`,
      bump('fp', 4),
      bump('pc', 4 * c.poolStride),
    ].join('\n');
    lines.push(
      set('fp', scratch(at.aux)),
      set('pl', get('src')),
      b.repeat(
        'pch',
        F / c.pooledHW,
        [
          set('pr', get('pl')),
          b.repeat(
            'py',
            c.poh,
            [set('pc', get('pr')), b.repeat('px', c.pow, pixel), bump('pr', 4 * c.poolStride * c.w)].join(
              '\n',
            ),
          ),
          bump('pl', 4 * c.h * c.w),
        ].join('\n'),
      ),
      set('feat', scratch(at.aux)),
    );
  } else lines.push(set('feat', get('src')));
  const vec = Math.floor(F / 4);
  const tail = F % 4;
  const dot = [
    set('vacc', '(v128.const i32x4 0 0 0 0)'),
    set('fp', get('feat')),
    b.repeat(
      'j',
      vec,
      [
        set('vacc', madd(`(v128.load ${get('wr')})`, `(v128.load ${get('fp')})`, get('vacc'), fused)),
        bump('wr', 16),
        bump('fp', 16),
      ].join('\n'),
    ),
    set(
      's',
      `(f32.add (f32.add (f32x4.extract_lane 0 ${get('vacc')}) (f32x4.extract_lane 1 ${get('vacc')})) (f32.add (f32x4.extract_lane 2 ${get('vacc')}) (f32x4.extract_lane 3 ${get('vacc')})))`,
    ),
    ...Array.from({ length: tail }, (_, t) =>
      set(
        's',
        `(f32.add ${get('s')} (f32.mul (f32.load offset=${4 * t} ${get('wr')}) (f32.load offset=${4 * t} ${get('fp')})))`,
      ),
    ),
    bump('wr', 4 * tail),
    `(f32.store ${get('dst')} (f32.add ${get('s')} (f32.load ${get('bo')})))`,
    bump('dst', 4),
    bump('bo', 4),
  ].join('\n');
  lines.push(set('wr', get('w')), set('bo', get('b')), b.repeat('o', c.classes, dot));
  const what = c.pool === false ? '' : `average pool ${c.pool}x${c.pool}/${c.poolStride} + `;
  return `;; ${what}linear ${F} -> ${c.classes}\n${b.func('NAME', [...IO, 'w', 'b', ...RANGE], perSample(b, lines.join('\n')))}`;
}
