// gather {"perSample":1960,"source":21}
// Activations and weights are stored as `act` (f32); every kernel computes in f32.
alias act = f32;
struct Params {
  in_base: u32,
  in_stride: u32,
  out_base: u32,
  out_stride: u32,
}
@group(0) @binding(0) var<storage, read_write> arena: array<act>;
@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;
@group(0) @binding(2) var<uniform> p: Params;
@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;
// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot
// ctl[source + j]. Only the 1960 elements per sample written so far move.
const PER_SAMPLE = 1960u;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let j = wg.z;
  let i = wg.x * 256u + lid;
  if (i >= PER_SAMPLE) { return; }
  let old_slot = ctl[21u + j];
  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];
}
