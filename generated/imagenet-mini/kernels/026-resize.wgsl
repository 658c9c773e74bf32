// resize {"h":28,"w":28,"oh":14,"ow":14,"scaleY":"2.076923131942749","scaleX":"2.076923131942749"}
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
// Bilinear resize with align_corners = true, one thread per output element, written
// straight into its channel slice of the destination buffer.
const H = 28u;
const W = 28u;
const OH = 14u;
const OW = 14u;
const SCALE_Y = 2.076923131942749;
const SCALE_X = 2.076923131942749;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let n = wg.z;
  let i = wg.x * 256u + lid;
  if (i >= p.channels * OH * OW) { return; }
  let c = i / (OH * OW);
  let oy = (i / OW) % OH;
  let ox = i % OW;
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
  let plane = p.in_base + n * p.in_stride + c * H * W;
  let top = (1.0 - tx) * f32(arena[plane + y0 * W + x0]) + tx * f32(arena[plane + y0 * W + x1]);
  let bottom = (1.0 - tx) * f32(arena[plane + y1 * W + x0]) + tx * f32(arena[plane + y1 * W + x1]);
  arena[p.out_base + n * p.out_stride + i] = act((1.0 - ty) * top + ty * bottom);
}
