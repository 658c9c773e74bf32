// exit 3
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
// Exit 3: for each active sample, confidence = max softmax probability and class =
// first argmax of its logits; results go to the sample's original index. The last
// exit takes every sample.
const CLASSES = 1000u;
const MAX_BATCH = 8u;
var<workgroup> scan: array<u32, 256>;
var<workgroup> active_count: u32;

@compute @workgroup_size(256)
fn main(@builtin(local_invocation_index) lid: u32) {
  if (lid == 0u) { active_count = ctl[3u]; }
  let count = workgroupUniformLoad(&active_count);
  let threshold = bitcast<f32>(ctl[32u]);
  var kept = 0u;
  for (var base = 0u; base < count; base += 256u) {
    let slot = base + lid;
    var keep = 0u;
    var original = 0u;
    if (slot < count) {
      original = ctl[13u + slot];
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
        results[24088u + original * CLASSES + c] = bitcast<u32>(v);
      }
      let confidence = 1.0 / sum;
      results[72u + original * 2u] = cls;
      results[72u + original * 2u + 1u] = bitcast<u32>(confidence);
      if (true) {
        results[0u + original * 3u] = cls;
        results[0u + original * 3u + 1u] = 3u;
        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);
      } else {
        keep = 1u;
      }
    }
  }
}
