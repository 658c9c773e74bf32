// Prototype WGSL conv2d kernels, to choose the WGSL backend's design by measurement (see
// conv-proto.ts). Not library code: the generators are template literals, the final
// backend will use its templates and typed helpers.
//
// Every kernel computes, for one sample n (the dispatch's z, so that a batch known only on
// the GPU can be launched with dispatchWorkgroupsIndirect):
//   dst[n, c0 + co, y, x] = relu(bias[co] + sum_{ci < cin, ky, kx} w[co, ci, ky, kx] * src[n, ci, y*s + ky - p, x*s + kx - p])
// where src holds ctotIn channels per sample (the layer reads a channel prefix of a
// growing dense-concatenation buffer) and dst holds ctotOut channels per sample (the layer
// writes its channel slice in place: zero-copy concat). All shapes but the batch are
// compile-time constants, so that loops unroll and index arithmetic folds.
//
// When src and dst are the same buffer (a dense layer appending to the buffer it reads),
// WebGPU forbids binding it both read-only and writable in one dispatch, so `aliased`
// kernels bind it once as read_write; the channel ranges are disjoint (c0 >= cin).

export interface ConvShape {
  readonly n: number;
  readonly cin: number;
  readonly ctotIn: number;
  readonly h: number;
  readonly w: number;
  readonly cout: number;
  readonly ctotOut: number;
  readonly c0: number;
  readonly k: number;
  readonly stride: number;
  readonly pad: number;
}

export function outSize(s: ConvShape): { ho: number; wo: number } {
  return {
    ho: Math.floor((s.h + 2 * s.pad - s.k) / s.stride) + 1,
    wo: Math.floor((s.w + 2 * s.pad - s.k) / s.stride) + 1,
  };
}

export function macs(s: ConvShape): number {
  const { ho, wo } = outSize(s);
  return s.n * s.cout * ho * wo * s.cin * s.k * s.k;
}

export function validateShape(s: ConvShape, aliased: boolean): void {
  const fail = (what: string): never => {
    throw new Error(`invalid conv shape ${JSON.stringify(s)}: ${what}`);
  };
  if (s.cin > s.ctotIn) fail('cin > ctotIn');
  if (s.c0 + s.cout > s.ctotOut) fail('c0 + cout > ctotOut');
  if (![1, 3].includes(s.k) || ![1, 2].includes(s.stride)) fail('k must be 1 or 3, stride 1 or 2');
  const { ho, wo } = outSize(s);
  if (aliased && (s.ctotIn !== s.ctotOut || ho !== s.h || wo !== s.w || s.c0 < s.cin)) {
    fail('aliased needs one buffer shape (same channels and size in and out) and c0 >= cin');
  }
}

export interface ConvKernel {
  readonly name: string;
  readonly code: string;
  readonly workgroupSize: number;
  /** Workgroups along x and y; z is the batch. */
  readonly grid: readonly [number, number];
  /** True: binding 0 is the src/dst buffer and there are 3 bindings (buf, wgt, bias). */
  readonly aliased: boolean;
  /** Repacks OIHW weights and the bias into this kernel's layout (done once, at build time). */
  pack(weight: Float32Array, bias: Float32Array): { weight: Float32Array; bias: Float32Array };
}

/** Output channels x pixels per thread, and the workgroup tile, of the register-tiled kernels. */
export interface Tiling {
  /** Output channels per thread. */
  readonly rc: number;
  /** Consecutive output pixels along x per thread: 1, 2 or 4. */
  readonly rp: number;
  /** Channel groups per workgroup (tiled) ; tco = rc * cg. */
  readonly cg: number;
  /** Output rows and columns per workgroup tile (tiled); tow is a multiple of rp. */
  readonly toh: number;
  readonly tow: number;
  /** Input channels per workgroup-memory chunk (tiled). */
  readonly ck: number;
}

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const vecType = (n: number): string => (n === 1 ? 'f32' : `vec${n}<f32>`);

/**
 * A 1x1 stride-1 unpadded conv is a matrix product over pixels: view the image as one row
 * of h*w pixels, so that pixel groups are contiguous and vec4-aligned whatever h and w are.
 */
function flatten(s: ConvShape): ConvShape {
  return s.k === 1 && s.stride === 1 && s.pad === 0 ? { ...s, h: 1, w: s.h * s.w } : s;
}

interface Bindings {
  decl: string;
  src: string;
  dst: string;
  srcVec4: boolean;
  dstVec4: boolean;
}

function bindings(aliased: boolean, srcVec4: boolean, dstVec4: boolean, wgtVec4: boolean): Bindings {
  const t = (v: boolean): string => (v ? 'vec4<f32>' : 'f32');
  const w = `@group(0) @binding(1) var<storage, read> wgt: array<${t(wgtVec4)}>;
@group(0) @binding(2) var<storage, read> bias: array<f32>;`;
  if (aliased) {
    const v = srcVec4 && dstVec4;
    return {
      decl: `@group(0) @binding(0) var<storage, read_write> buf: array<${t(v)}>;\n${w}`,
      src: 'buf',
      dst: 'buf',
      srcVec4: v,
      dstVec4: v,
    };
  }
  return {
    decl: `@group(0) @binding(0) var<storage, read> src: array<${t(srcVec4)}>;\n${w}
@group(0) @binding(3) var<storage, read_write> dst: array<${t(dstVec4)}>;`,
    src: 'src',
    dst: 'dst',
    srcVec4,
    dstVec4,
  };
}

/** One thread per output; the baseline. */
export function naiveKernel(shape: ConvShape, aliased = false): ConvKernel {
  validateShape(shape, aliased);
  const { cin, ctotIn, h, w, cout, ctotOut, c0, k, stride, pad } = shape;
  const { ho, wo } = outSize(shape);
  const b = bindings(aliased, false, false, false);
  const code = `${b.decl}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  let p = gid.x;
  let co = gid.y;
  let n = gid.z;
  if (p >= ${ho * wo}u) { return; }
  let oy = p / ${wo}u;
  let ox = p % ${wo}u;
  var acc = bias[co];
  for (var ci = 0u; ci < ${cin}u; ci++) {
    for (var ky = 0u; ky < ${k}u; ky++) {
      let iy = i32(oy * ${stride}u + ky) - ${pad};
      if (iy < 0 || iy >= ${h}) { continue; }
      for (var kx = 0u; kx < ${k}u; kx++) {
        let ix = i32(ox * ${stride}u + kx) - ${pad};
        if (ix < 0 || ix >= ${w}) { continue; }
        acc += ${b.src}[((n * ${ctotIn}u + ci) * ${h}u + u32(iy)) * ${w}u + u32(ix)] * wgt[((co * ${cin}u + ci) * ${k}u + ky) * ${k}u + kx];
      }
    }
  }
  ${b.dst}[((n * ${ctotOut}u + ${c0}u + co) * ${ho}u + oy) * ${wo}u + ox] = max(acc, 0.0);
}
`;
  return {
    name: 'naive',
    code,
    workgroupSize: 64,
    grid: [ceilDiv(ho * wo, 64), cout],
    aliased,
    pack: (weight, bias) => ({ weight, bias }),
  };
}

/**
 * Repacks OIHW weights into [group][ci (padded)][ky][kx][channel in group], zero-padded:
 * a group's weights for one input channel are contiguous, so a thread (or a workgroup)
 * reads its output channels' weights with vec4 loads.
 */
function packGrouped(
  shape: ConvShape,
  group: number,
  cinPadded: number,
): (weight: Float32Array, bias: Float32Array) => { weight: Float32Array; bias: Float32Array } {
  const { cin, cout, k } = shape;
  const groups = ceilDiv(cout, group);
  return (weight, bias) => {
    const out = new Float32Array(groups * cinPadded * k * k * group);
    for (let co = 0; co < cout; co++) {
      const g = Math.floor(co / group);
      for (let ci = 0; ci < cin; ci++) {
        for (let kk = 0; kk < k * k; kk++) {
          out[((g * cinPadded + ci) * k * k + kk) * group + (co % group)] =
            weight[(co * cin + ci) * k * k + kk];
        }
      }
    }
    const b = new Float32Array(groups * group);
    b.set(bias);
    return { weight: out, bias: b };
  };
}

/**
 * The inner product of one input channel for a thread's rc channels x rp pixels, with the
 * input row values `x{ky}_{j}` already in registers: acc_r += w[r, ky, kx] * x[kx + j*s].
 */
function macBlock(
  k: number,
  stride: number,
  rc: number,
  rp: number,
  weightAt: (kk: number, r: number) => string,
): string {
  const lines: string[] = [];
  for (let ky = 0; ky < k; ky++) {
    for (let kx = 0; kx < k; kx++) {
      const xs = range(rp).map((j) => `x${ky}_${kx + j * stride}`);
      const xin = rp === 1 ? xs[0] : `${vecType(rp)}(${xs.join(', ')})`;
      lines.push(`    let xin${ky}_${kx} = ${xin};`);
      for (let r = 0; r < rc; r++) {
        lines.push(
          `    acc${r} = fma(${vecType(rp)}(${weightAt(ky * k + kx, r)}), xin${ky}_${kx}, acc${r});`,
        );
      }
    }
  }
  return lines.join('\n');
}

/**
 * Weight reads for a thread's rc channels at kernel tap kk: vec4 loads when rc is a
 * multiple of 4 (`w{kk}_{q}`), else scalars; returns the declarations and an accessor.
 */
function weightLoads(
  k: number,
  rc: number,
  array: string,
  vec4: boolean,
  base: (kk: number) => string,
): { decl: string; at: (kk: number, r: number) => string } {
  const decl: string[] = [];
  for (let kk = 0; kk < k * k; kk++) {
    if (vec4) {
      for (let q = 0; q < rc / 4; q++)
        decl.push(`    let w${kk}_${q} = ${array}[(${base(kk)}) / 4u + ${q}u];`);
    } else {
      for (let r = 0; r < rc; r++) decl.push(`    let w${kk}_${r} = ${array}[${base(kk)} + ${r}u];`);
    }
  }
  const at = vec4
    ? (kk: number, r: number): string => `w${kk}_${Math.floor(r / 4)}.${'xyzw'[r % 4]}`
    : (kk: number, r: number): string => `w${kk}_${r}`;
  return { decl: decl.join('\n'), at };
}

/** Bias, ReLU and the store of a thread's rc x rp outputs (oy, ox, co0 in scope). */
function epilogue(
  s: ConvShape,
  t: Pick<Tiling, 'rc' | 'rp'>,
  b: Bindings,
  checkRow: boolean,
  block: number,
): string {
  const { ho, wo } = outSize(s);
  const lines: string[] = [];
  if (checkRow) lines.push(`  if (oy >= ${ho}u) { return; }`);
  for (let r = 0; r < t.rc; r++) {
    const guard = s.cout % block !== 0 ? `if (co0 + ${r}u < ${s.cout}u) ` : '';
    lines.push(`  ${guard}{`);
    lines.push(`    let v = max(acc${r} + bias[co0 + ${r}u], ${vecType(t.rp)}(0.0));`);
    lines.push(`    let o = ((n * ${s.ctotOut}u + ${s.c0}u + co0 + ${r}u) * ${ho}u + oy) * ${wo}u + ox;`);
    if (b.dstVec4) {
      lines.push(`    ${b.dst}[o / 4u] = v;`);
    } else if (t.rp === 1) {
      lines.push(`    ${b.dst}[o] = v;`);
    } else {
      for (let j = 0; j < t.rp; j++) {
        const store = `${b.dst}[o + ${j}u] = v.${'xyzw'[j]};`;
        lines.push(wo % t.rp !== 0 ? `    if (ox + ${j}u < ${wo}u) { ${store} }` : `    ${store}`);
      }
    }
    lines.push('  }');
  }
  return lines.join('\n');
}

function accDecl(t: Pick<Tiling, 'rc' | 'rp'>): string {
  return range(t.rc)
    .map((r) => `  var acc${r} = ${vecType(t.rp)}(0.0);`)
    .join('\n');
}

/**
 * Register tiling only: each thread computes rc channels x rp consecutive pixels, reading
 * src and weights from global memory (vec4 for a flattened 1x1 conv), 64 threads per
 * workgroup; no workgroup memory and no barriers.
 */
export function directKernel(shape: ConvShape, t: Pick<Tiling, 'rc' | 'rp'>, aliased = false): ConvKernel {
  validateShape(shape, aliased);
  const s = flatten(shape);
  const { cin, ctotIn, h, w, cout, k, stride, pad } = s;
  const { ho, wo } = outSize(s);
  const { rc, rp } = t;
  const pxg = ceilDiv(wo, rp);
  const flat1x1 = s.h === 1 && k === 1 && rp === 4 && w % 4 === 0;
  const b = bindings(aliased, flat1x1, rp === 4 && wo % 4 === 0, rc % 4 === 0);
  const span = (rp - 1) * stride + k;
  const checkX = pad > 0 || wo % rp !== 0;
  const checkY = pad > 0;

  const loads: string[] = [];
  if (b.srcVec4 && flat1x1) {
    loads.push(`    let x0_v = ${b.src}[sbase / 4u + pg];`);
    for (let j = 0; j < 4; j++) loads.push(`    let x0_${j} = x0_v.${'xyzw'[j]};`);
  } else {
    for (let ky = 0; ky < k; ky++) {
      loads.push(`    let iy${ky} = i32(oy * ${stride}u) + ${ky - pad};`);
      const rowOk = checkY ? `iy${ky} >= 0 && iy${ky} < ${h}` : 'true';
      for (let j = 0; j < span; j++) {
        const ix = `ix0 + ${j}`;
        const ok = [rowOk, checkX ? `${ix} >= 0 && ${ix} < ${w}` : 'true'].filter((c) => c !== 'true');
        const idx = `sbase + u32(iy${ky}) * ${w}u + u32(${ix})`;
        if (ok.length === 0) loads.push(`    let x${ky}_${j} = ${b.src}[${idx}];`);
        else
          loads.push(
            `    var x${ky}_${j} = 0.0;\n    if (${ok.join(' && ')}) { x${ky}_${j} = ${b.src}[${idx}]; }`,
          );
      }
    }
  }
  const wl = weightLoads(k, rc, 'wgt', rc % 4 === 0, (kk) => `wbase + ${kk * rc}u`);

  const code = `${b.decl}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
  let pg = gid.x;
  let cg = gid.y;
  let n = gid.z;
  if (pg >= ${ho * pxg}u) { return; }
  let oy = pg / ${pxg}u;
  let ox = (pg % ${pxg}u) * ${rp}u;
  let ix0 = i32(ox * ${stride}u) - ${pad};
  let co0 = cg * ${rc}u;
${accDecl(t)}
  for (var ci = 0u; ci < ${cin}u; ci++) {
    let sbase = (n * ${ctotIn}u + ci) * ${h * w}u;
    let wbase = (cg * ${cin}u + ci) * ${k * k * rc}u;
${loads.join('\n')}
${wl.decl}
${macBlock(k, stride, rc, rp, wl.at)}
  }
${epilogue(s, t, b, false, rc)}
}
`;
  return {
    name: `direct rc${rc} rp${rp}`,
    code,
    workgroupSize: 64,
    grid: [ceilDiv(ho * pxg, 64), ceilDiv(cout, rc)],
    aliased,
    pack: packGrouped(s, rc, cin),
  };
}

export const WORKGROUP_STORAGE_LIMIT = 16384;
export const INVOCATIONS_LIMIT = 256;

/** Workgroup memory and threads of a tiling (of the flattened shape). */
export function tiledFootprint(shape: ConvShape, t: Tiling): { bytes: number; threads: number } {
  const s = flatten(shape);
  const ih = (t.toh - 1) * s.stride + s.k;
  const iw = (t.tow - 1) * s.stride + s.k;
  return { bytes: 4 * t.ck * (ih * iw + s.k * s.k * t.rc * t.cg), threads: t.cg * t.toh * (t.tow / t.rp) };
}

/**
 * Workgroup tiling: a workgroup computes tco = rc*cg output channels over a toh x tow
 * output tile; per chunk of ck input channels, its threads stage the input tile (with the
 * halo, zero-padded) and the chunk's weights in workgroup memory, synchronize, and each
 * accumulates rc channels x rp pixels from there.
 */
export function tiledKernel(shape: ConvShape, t: Tiling, aliased = false): ConvKernel {
  validateShape(shape, aliased);
  const s = flatten(shape);
  const { cin, ctotIn, h, w, cout, k, stride, pad } = s;
  const { ho, wo } = outSize(s);
  const { rc, rp, cg, toh, tow, ck } = t;
  const tco = rc * cg;
  const px = tow / rp;
  const pt = toh * px;
  const { bytes, threads } = tiledFootprint(shape, t);
  if (tow % rp !== 0) throw new Error(`tiling ${JSON.stringify(t)}: tow must be a multiple of rp`);
  if (bytes > WORKGROUP_STORAGE_LIMIT || threads > INVOCATIONS_LIMIT) {
    throw new Error(`tiling ${JSON.stringify(t)} needs ${bytes} B and ${threads} threads per workgroup`);
  }
  const ih = (toh - 1) * stride + k;
  const iw = (tow - 1) * stride + k;
  const chunks = ceilDiv(cin, ck);
  const cinPadded = chunks * ck;
  const tilesX = ceilDiv(wo, tow);
  const tilesY = ceilDiv(ho, toh);
  // The flattened 1x1 case stages aligned vec4s of src; otherwise scalars (the halo and
  // the stride misalign them).
  const vecTile = s.h === 1 && k === 1 && tow % 4 === 0 && w % 4 === 0 && rp === 4;
  const wVec4 = rc % 4 === 0;
  const b = bindings(aliased, vecTile, rp === 4 && wo % 4 === 0, wVec4);
  const tileLen = ck * ih * iw;
  const wLen = ck * k * k * tco;

  const stageInput = vecTile
    ? `  for (var i = lid; i < ${tileLen / 4}u; i += ${threads}u) {
      let ci = i / ${tow / 4}u;
      let q = i % ${tow / 4}u;
      var v = vec4<f32>(0.0);
      if (c + ci < ${cin}u && tx0 + q * 4u < ${w}u) { v = ${b.src}[((n * ${ctotIn}u + c + ci) * ${w}u + tx0) / 4u + q]; }
      tin[i] = v;
    }`
    : `  for (var i = lid; i < ${tileLen}u; i += ${threads}u) {
      let ci = i / ${ih * iw}u;
      let r = i % ${ih * iw}u;
      let gy = i32(ty0 * ${stride}u + r / ${iw}u) - ${pad};
      let gx = i32(tx0 * ${stride}u + r % ${iw}u) - ${pad};
      var v = 0.0;
      if (c + ci < ${cin}u && gy >= 0 && gy < ${h} && gx >= 0 && gx < ${w}) {
        v = ${b.src}[((n * ${ctotIn}u + c + ci) * ${h}u + u32(gy)) * ${w}u + u32(gx)];
      }
      tin[i] = v;
    }`;

  const span = (rp - 1) * stride + k;
  const loads: string[] = [];
  if (vecTile) {
    loads.push(`    let x0_v = tin[ci * ${tow / 4}u + lx / 4u];`);
    for (let j = 0; j < 4; j++) loads.push(`    let x0_${j} = x0_v.${'xyzw'[j]};`);
  } else {
    for (let ky = 0; ky < k; ky++) {
      loads.push(`    let row${ky} = (ci * ${ih}u + ly * ${stride}u + ${ky}u) * ${iw}u + lx * ${stride}u;`);
      for (let j = 0; j < span; j++) loads.push(`    let x${ky}_${j} = tin[row${ky} + ${j}u];`);
    }
  }
  const wl = weightLoads(k, rc, 'tw', wVec4, (kk) => `(ci * ${k * k}u + ${kk}u) * ${tco}u + cg * ${rc}u`);

  const code = `${b.decl}
var<workgroup> tin: array<${vecTile ? 'vec4<f32>' : 'f32'}, ${vecTile ? tileLen / 4 : tileLen}>;
var<workgroup> tw: array<${wVec4 ? 'vec4<f32>' : 'f32'}, ${wVec4 ? wLen / 4 : wLen}>;
@compute @workgroup_size(${threads})
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let n = wg.z;
  let cot = wg.y;
  let ty0 = (wg.x / ${tilesX}u) * ${toh}u;
  let tx0 = (wg.x % ${tilesX}u) * ${tow}u;
  let cg = lid / ${pt}u;
  let ly = (lid % ${pt}u) / ${px}u;
  let lx = ((lid % ${pt}u) % ${px}u) * ${rp}u;
  let oy = ty0 + ly;
  let ox = tx0 + lx;
  let co0 = cot * ${tco}u + cg * ${rc}u;
${accDecl(t)}
  for (var c = 0u; c < ${cinPadded}u; c += ${ck}u) {
  ${stageInput}
    let wsrc = (cot * ${cinPadded}u + c) * ${(k * k * tco) / (wVec4 ? 4 : 1)}u;
    for (var i = lid; i < ${wVec4 ? wLen / 4 : wLen}u; i += ${threads}u) { tw[i] = wgt[wsrc + i]; }
    workgroupBarrier();
    for (var ci = 0u; ci < ${ck}u; ci++) {
${loads.join('\n')}
${wl.decl}
${macBlock(k, stride, rc, rp, wl.at)}
    }
    workgroupBarrier();
  }
  if (ox >= ${wo}u) { return; }
${epilogue(s, t, b, ho % toh !== 0, tco)}
}
`;
  return {
    name: `tiled rc${rc}x${cg} rp${rp} ${toh}x${tow} ck${ck}`,
    code,
    workgroupSize: threads,
    grid: [tilesX * tilesY, ceilDiv(cout, tco)],
    aliased,
    pack: packGrouped(s, tco, cinPadded),
  };
}

/**
 * A tiling for `shape`: rc = cout for narrow layers (<= 8 channels: one channel group, no
 * padded channels), else 4; rp = 4 unless the image is small; the tile grows to ~256 threads within the image, then
 * ck is the largest chunk that fits 16 KiB, balanced so the last chunk is not mostly padding.
 */
export function chooseTiling(shape: ConvShape): Tiling {
  const s = flatten(shape);
  const { wo, ho } = outSize(s);
  const rc = s.cout <= 8 ? s.cout : 4;
  const cg = Math.min(ceilDiv(s.cout, rc), s.k === 1 ? 8 : 4);
  // Fewer pixels per thread on small images, so that a workgroup still has >= 64 threads.
  const rp = [4, 2].find((r) => r <= wo && ceilDiv(wo, r) * ho * cg >= 64) ?? 1;
  const maxPt = Math.floor(INVOCATIONS_LIMIT / cg);
  const pxTotal = ceilDiv(wo, rp);
  const px = ceilDiv(pxTotal, ceilDiv(pxTotal, maxPt)); // equal tiles along x
  const toh = Math.max(1, Math.min(ho, Math.floor(maxPt / px)));
  const tow = px * rp;
  const perCk = tiledFootprint(shape, { rc, rp, cg, toh, tow, ck: 1 }).bytes;
  const maxCk = Math.max(1, Math.min(s.cin, Math.floor(WORKGROUP_STORAGE_LIMIT / perCk)));
  const ck = ceilDiv(s.cin, ceilDiv(s.cin, maxCk));
  return { rc, rp, cg, toh, tow, ck };
}

/**
 * The design the measurements pick (conv-proto.ts on lavapipe; no GPU measured yet).
 * Register tiling is what pays: 4-5x over one thread per output in every case. Staging in
 * workgroup memory gains nothing on lavapipe (its workgroup memory is the CPU cache, and
 * barriers switch coroutines) and loses ~40% on 1x1 and narrow layers, so it is kept for
 * 3x3 layers wide enough to share an input tile across channel groups, where GPUs are
 * expected to need it. rc divides cout where possible: padded channels are wasted work.
 */
export function recommendedKernel(shape: ConvShape, aliased = false): ConvKernel {
  const divisor = (options: number[]): number => options.find((r) => shape.cout % r === 0) ?? 4;
  if (shape.k === 1) return directKernel(shape, { rc: divisor([8, 4, 3, 2]), rp: 4 }, aliased);
  if (shape.cout < 16) return directKernel(shape, { rc: divisor([4, 3, 2]), rp: 4 }, aliased);
  return tiledKernel(shape, chooseTiling(shape), aliased);
}

/** Plain JS reference: writes only dst's channel slice, as the kernels must. */
export function convReference(
  s: ConvShape,
  src: Float32Array,
  weight: Float32Array,
  bias: Float32Array,
  dst: Float32Array,
): { absSum: Float32Array } {
  const { ho, wo } = outSize(s);
  const absSum = new Float32Array(dst.length);
  for (let n = 0; n < s.n; n++) {
    for (let co = 0; co < s.cout; co++) {
      for (let oy = 0; oy < ho; oy++) {
        for (let ox = 0; ox < wo; ox++) {
          let acc = bias[co];
          let mag = Math.abs(bias[co]);
          for (let ci = 0; ci < s.cin; ci++) {
            for (let ky = 0; ky < s.k; ky++) {
              const iy = oy * s.stride + ky - s.pad;
              if (iy < 0 || iy >= s.h) continue;
              for (let kx = 0; kx < s.k; kx++) {
                const ix = ox * s.stride + kx - s.pad;
                if (ix < 0 || ix >= s.w) continue;
                const t =
                  src[((n * s.ctotIn + ci) * s.h + iy) * s.w + ix] *
                  weight[((co * s.cin + ci) * s.k + ky) * s.k + kx];
                acc += t;
                mag += Math.abs(t);
              }
            }
          }
          const o = ((n * s.ctotOut + s.c0 + co) * ho + oy) * wo + ox;
          dst[o] = Math.max(acc, 0);
          absSum[o] = mag;
        }
      }
    }
  }
  return { absSum };
}
