// conv-tiled {"h":14,"w":14,"oh":7,"ow":7,"k":3,"stride":2,"pad":1,"cg":4,"rp":2,"toh":7,"tow":8,"ck":10,"ih":15,"iw":17,"tilesX":1,"tiles":1,"threads":112,"tileLength":2550,"weightVectors":360,"relu":true,"bias":true}
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
// of 4 output channels over a 7x8 output tile. Per chunk of 10 input channels,
// its threads stage the input tile (halo included, zero padded) and the chunk's weights in
// workgroup memory, synchronize, and each thread accumulates 4 channels x 2 pixels of one
// row from there: every staged input value feeds 4 channel groups, every weight vector
// the tile's pixels. Input: a channel prefix of a dense buffer; output: a channel slice.
const H = 14u;
const W = 14u;
const OH = 7u;
const OW = 7u;
const K = 3u;
const STRIDE = 2u;
const PAD = 1;
const RP = 2u;
const CG = 4u;
const TOH = 7u;
const TOW = 8u;
const CK = 10u;
const IH = 15u;
const IW = 17u;
const TILES_X = 1u;
const TILES = 1u;
const THREADS = 112u;
const PX = TOW / RP;
const PT = TOH * PX;

var<workgroup> tin: array<f32, 2550>;
var<workgroup> tw: array<vec4<f32>, 360>;

@compute @workgroup_size(112)
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
  var acc: array<vec4<f32>, 2>;
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
