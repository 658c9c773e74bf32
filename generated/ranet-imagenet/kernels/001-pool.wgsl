// pool {"op":"maxpool","h":112,"w":112,"oh":56,"ow":56,"window":3,"stride":2,"pad":1,"windowArea":9}
// Activations and weights are stored as `act` (f32); every kernel computes in f32.
alias act = f32;
struct Params {
  channels: u32,
  in_base: u32,
  in_stride: u32,
  out_base: u32,
  out_stride: u32,
}
@group(0) @binding(0) var<storage, read_write> arena: array<act>;
@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;
@group(0) @binding(2) var<uniform> p: Params;
// maxpool 3x3, stride 2, pad 1: one thread per output element.
const H = 112u;
const W = 112u;
const OH = 56u;
const OW = 56u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let n = wg.z;
  let i = wg.x * 256u + lid;
  if (i >= p.channels * OH * OW) { return; }
  let c = i / (OH * OW);
  let oy = (i / OW) % OH;
  let ox = i % OW;
  let plane = p.in_base + n * p.in_stride + c * H * W;
  // The most negative finite f32 (PyTorch pads max pooling with -inf; every window holds a real pixel).
  var acc = -0x1.fffffep+127f;
  for (var ky = 0u; ky < 3u; ky++) {
    let iy = i32(oy * 2u + ky) - 1;
    if (iy < 0 || iy >= i32(H)) { continue; }
    for (var kx = 0u; kx < 3u; kx++) {
      let ix = i32(ox * 2u + kx) - 1;
      if (ix < 0 || ix >= i32(W)) { continue; }
      let v = f32(arena[plane + u32(iy) * W + u32(ix)]);
      acc = max(acc, v);
    }
  }
  arena[p.out_base + n * p.out_stride + i] = act(acc);
}
