// exit 2
// Activations and weights are stored as `act` (f32); every kernel computes in f32.
alias act = f32;
struct Params {
  out_base: u32,
  out_stride: u32,
}
@group(0) @binding(0) var<storage, read_write> arena: array<act>;
@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;
@group(0) @binding(2) var<uniform> p: Params;
@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;
@group(0) @binding(4) var<storage, read_write> results: array<u32>;
@group(0) @binding(5) var<storage, read_write> args: array<u32>;
// Exit 2: for each active sample, confidence = max softmax probability and class =
// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix
// sum gives each its compacted slot, and the next stage's count and indirect dispatch
// arguments are written here, so the CPU never reads anything back between stages.
const CLASSES = 1000u;
const MAX_BATCH = 8u;
const NEXT_ARGS = array<u32, 82>(37u, 16u, 17u, 7u, 8u, 98u, 13u, 13u, 4u, 1u, 13u, 4u, 4u, 4u, 37u, 1u, 12u, 4u, 4u, 1u, 1u, 4u, 4u, 1u, 1u, 4u, 4u, 1u, 1u, 4u, 1u, 1u, 1u, 17u, 2u, 4u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 7u, 3u, 7u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 15u, 15u, 1u);
var<workgroup> scan: array<u32, 256>;
var<workgroup> active_count: u32;

@compute @workgroup_size(256)
fn main(@builtin(local_invocation_index) lid: u32) {
  if (lid == 0u) { active_count = ctl[2u]; }
  let count = workgroupUniformLoad(&active_count);
  let threshold = bitcast<f32>(ctl[31u]);
  var kept = 0u;
  for (var base = 0u; base < count; base += 256u) {
    let slot = base + lid;
    var keep = 0u;
    var original = 0u;
    if (slot < count) {
      original = ctl[5u + slot];
      let logits = p.out_base + slot * p.out_stride;
      var best = f32(arena[logits]);
      var cls = 0u;
      for (var c = 1u; c < CLASSES; c++) {
        let v = f32(arena[logits + c]);
        if (v > best) { best = v; cls = c; }
      }
      var sum = 0.0;
      for (var c = 0u; c < CLASSES; c++) {
        let v = f32(arena[logits + c]);
        sum += exp(v - best);
        results[16088u + original * CLASSES + c] = bitcast<u32>(v);
      }
      let confidence = 1.0 / sum;
      results[56u + original * 2u] = cls;
      results[56u + original * 2u + 1u] = bitcast<u32>(confidence);
      if (confidence >= threshold) {
        results[0u + original * 3u] = cls;
        results[0u + original * 3u + 1u] = 2u;
        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);
      } else {
        keep = 1u;
      }
    }
    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.
    scan[lid] = keep;
    workgroupBarrier();
    for (var d = 1u; d < 256u; d = d * 2u) {
      var v = 0u;
      if (lid >= d) { v = scan[lid - d]; }
      workgroupBarrier();
      scan[lid] = scan[lid] + v;
      workgroupBarrier();
    }
    if (keep == 1u) {
      let to = kept + scan[lid] - 1u;
      ctl[13u + to] = original;
      ctl[21u + to] = slot;
    }
    kept = kept + workgroupUniformLoad(&scan[255]);
  }
  if (lid == 0u) {
    ctl[3u] = kept;
    for (var i = 0u; i < 82u; i++) {
      args[(88u + i) * 3u] = NEXT_ARGS[i];
      args[(88u + i) * 3u + 1u] = 1u;
      args[(88u + i) * 3u + 2u] = kept;
    }
  }
}
