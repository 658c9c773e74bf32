// conv-resize {"h":28,"w":28,"oh":56,"ow":56,"k":3,"stride":1,"pad":1,"ih":28,"iw":28,"ch":28,"cw":28,"scaleY":"0.4909090995788574","scaleX":"0.4909090995788574","coarsePixels":784,"threads":64,"relu":true,"bias":true}
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
// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup
// computes 4 output channels of the whole 28x28 convolution output into workgroup
// memory, then writes its 56x56 interpolation into the output channel slice. The
// coarse map is never stored.
const IH = 28u;
const IW = 28u;
const H = 28u;
const W = 28u;
const OH = 56u;
const OW = 56u;
const K = 3u;
const STRIDE = 1u;
const PAD = 1;
const SCALE_Y = 0.4909090995788574;
const SCALE_X = 0.4909090995788574;
const THREADS = 64u;

var<workgroup> coarse: array<vec4<f32>, 784>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let n = wg.z;
  let cg = wg.x;
  var bias = vec4<f32>(0.0);
  for (var r = 0u; r < 4u; r++) {
    let co = min(cg * 4u + r, p.cout - 1u);
    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);
  }
  for (var px = lid; px < H * W; px += THREADS) {
    let cy = px / W;
    let cx = px % W;
    var acc = vec4<f32>(0.0);
    for (var ci = 0u; ci < p.cin; ci++) {
      let plane = p.in_base + n * p.in_stride + ci * IH * IW;
      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;
      for (var ky = 0u; ky < K; ky++) {
        let iy = i32(cy * STRIDE + ky) - PAD;
        if (iy < 0 || iy >= i32(IH)) { continue; }
        for (var kx = 0u; kx < K; kx++) {
          let ix = i32(cx * STRIDE + kx) - PAD;
          if (ix >= 0 && ix < i32(IW)) {
            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);
          }
        }
      }
    }
    coarse[px] = max(acc + bias, vec4<f32>(0.0));
  }
  workgroupBarrier();
  let out = p.out_base + n * p.out_stride;
  for (var o = lid; o < OH * OW; o += THREADS) {
    let oy = o / OW;
    let ox = o % OW;
  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,
  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).
  let sy = SCALE_Y * f32(oy);
  let sx = SCALE_X * f32(ox);
  let y0 = min(u32(sy), H - 1u);
  let x0 = min(u32(sx), W - 1u);
  let y1 = min(y0 + 1u, H - 1u);
  let x1 = min(x0 + 1u, W - 1u);
  let ty = sy - f32(y0);
  let tx = sx - f32(x0);
    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];
    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];
    let v = (1.0 - ty) * top + ty * bottom;
    for (var r = 0u; r < 4u; r++) {
      let co = cg * 4u + r;
      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }
    }
  }
}
