// conv-tiled {"h":32,"w":32,"oh":32,"ow":32,"k":3,"stride":1,"pad":1,"cg":4,"rp":4,"toh":8,"tow":32,"ck":3,"ih":10,"iw":34,"tilesX":1,"tiles":4,"threads":256,"tileLength":1020,"weightVectors":108,"relu":true,"bias":true}
// Activations and weights are stored as `act` (f32); every kernel computes in f32.
alias act = f32;
struct Params {
  cin: u32,
  in_base: u32,
  in_stride: u32,
  out_base: u32,
  out_stride: u32,
  w_off: u32,
  b_off: u32,
  cout: u32,
}
@group(0) @binding(0) var<storage, read_write> arena: array<act>;
@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;
@group(0) @binding(2) var<uniform> p: Params;
// Workgroup-tiled direct convolution, for wide 3x3 layers: a workgroup computes 4 groups
// of 4 output channels over a 8x32 output tile. Per chunk of 3 input channels,
// its threads stage the input tile (halo included, zero padded) and the chunk's weights in
// workgroup memory, synchronize, and each thread accumulates 4 channels x 4 pixels of one
// row from there: every staged input value feeds 4 channel groups, every weight vector
// the tile's pixels. Input: a channel prefix of a dense buffer; output: a channel slice.
const H = 32u;
const W = 32u;
const OH = 32u;
const OW = 32u;
const K = 3u;
const STRIDE = 1u;
const PAD = 1;
const RP = 4u;
const CG = 4u;
const TOH = 8u;
const TOW = 32u;
const CK = 3u;
const IH = 10u;
const IW = 34u;
const TILES_X = 1u;
const TILES = 4u;
const THREADS = 256u;
const PX = TOW / RP;
const PT = TOH * PX;

var<workgroup> tin: array<f32, 1020>;
var<workgroup> tw: array<vec4<f32>, 108>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let n = wg.z;
  let cot = wg.x / TILES;
  let ty0 = ((wg.x % TILES) / TILES_X) * TOH;
  let tx0 = ((wg.x % TILES) % TILES_X) * TOW;
  let g = lid / PT;
  let ly = (lid % PT) / PX;
  let lx = ((lid % PT) % PX) * RP;
  let groups = (p.cout + 3u) / 4u;
  let plane0 = p.in_base + n * p.in_stride;
  var acc: array<vec4<f32>, 4>;
  for (var c = 0u; c < p.cin; c += CK) {
    for (var i = lid; i < CK * IH * IW; i += THREADS) {
      let ci = c + i / (IH * IW);
      let r = i % (IH * IW);
      let gy = i32(ty0 * STRIDE + r / IW) - PAD;
      let gx = i32(tx0 * STRIDE + r % IW) - PAD;
      var v = 0.0;
      if (ci < p.cin && gy >= 0 && gy < i32(H) && gx >= 0 && gx < i32(W)) {
        v = f32(arena[plane0 + (ci * H + u32(gy)) * W + u32(gx)]);
      }
      tin[i] = v;
    }
    for (var i = lid; i < CG * CK * K * K; i += THREADS) {
      let grp = cot * CG + i / (CK * K * K);
      let ci = c + (i % (CK * K * K)) / (K * K);
      var v = vec4<f32>(0.0);
      if (grp < groups && ci < p.cin) {
        v = vec4<f32>(weights[p.w_off / 4u + (grp * p.cin + ci) * K * K + i % (K * K)]);
      }
      tw[i] = v;
    }
    workgroupBarrier();
    // A run-time bound: the last chunk skips its padding, and compilers do not unroll this
    // loop whole (they did, at great cost in pipeline creation time on CPU drivers).
    let chunk = min(CK, p.cin - c);
    for (var ci = 0u; ci < chunk; ci++) {
      for (var ky = 0u; ky < K; ky++) {
        let row = (ci * IH + ly * STRIDE + ky) * IW + lx * STRIDE;
        for (var kx = 0u; kx < K; kx++) {
          let wv = tw[(g * CK + ci) * K * K + ky * K + kx];
          for (var j = 0u; j < RP; j++) {
            acc[j] = fma(wv, vec4<f32>(tin[row + j * STRIDE + kx]), acc[j]);
          }
        }
      }
    }
    workgroupBarrier();
  }
  let oy = ty0 + ly;
  let ox = tx0 + lx;
  let grp = cot * CG + g;
  if (oy >= OH || grp >= groups) { return; }
  let out = p.out_base + n * p.out_stride + oy * OW;
  for (var r = 0u; r < 4u; r++) {
    let co = grp * 4u + r;
    if (co >= p.cout) { break; }
    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);
    for (var j = 0u; j < RP; j++) {
      if (ox + j < OW) {
        let v = acc[j][r] + b;
        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));
      }
    }
  }
}
