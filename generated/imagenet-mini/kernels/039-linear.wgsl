// linear {"features":57,"classes":1000,"pool":2,"poolStride":2,"poolArea":4,"poh":1,"pow":1,"pooledHW":1,"h":2,"w":2}
// Activations and weights are stored as `act` (f32); every kernel computes in f32.
alias act = f32;
struct Params {
  in_base: u32,
  in_stride: u32,
  out_base: u32,
  out_stride: u32,
  w_off: u32,
  b_off: u32,
}
@group(0) @binding(0) var<storage, read_write> arena: array<act>;
@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;
@group(0) @binding(2) var<uniform> p: Params;
// Exit head tail: average pool 2x2 + flatten + linear, one sample
// per workgroup. The pooled features are computed once into workgroup memory, then each
// thread produces logits.
const FEATURES = 57u;
const CLASSES = 1000u;
var<workgroup> feature: array<f32, 57>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let n = wg.z;
  let src = p.in_base + n * p.in_stride;
  for (var f = lid; f < FEATURES; f += 64u) {
    // Feature f = (c, py, px) of the pooled [C, 1, 1] map.
    let c = f / 1u;
    let py = (f / 1u) % 1u;
    let px = f % 1u;
    var s = 0.0;
    for (var ky = 0u; ky < 2u; ky++) {
      for (var kx = 0u; kx < 2u; kx++) {
        s += f32(arena[src + (c * 2u + py * 2u + ky) * 2u + px * 2u + kx]);
      }
    }
    feature[f] = s / 4.0;
  }
  workgroupBarrier();
  for (var o = lid; o < CLASSES; o += 64u) {
    var acc = f32(weights[(p.b_off + o) / 4u][(p.b_off + o) % 4u]);
    let row = p.w_off + o * FEATURES;
    for (var f = 0u; f < FEATURES; f++) {
      acc = fma(f32(weights[(row + f) / 4u][(row + f) % 4u]), feature[f], acc);
    }
    arena[p.out_base + n * p.out_stride + o] = act(acc);
  }
}
