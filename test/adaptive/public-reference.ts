/**
 * A line-by-line transcription of the public `Tester.dynamic_eval_find_threshold` and
 * `dynamic_eval_with_threshold` (RANet-pytorch adaptive_inference.py), written independently of
 * src/adaptive so the tests compare two different formulations. Python names are kept; torch
 * float32 tensors become Float32Array. Inputs are max_preds / argmax_preds (E x N) rather than
 * the softmax tensor the Python takes, since the first thing it does is `logits.max(dim=2)`.
 */

/**
 * `_, sorted_idx = max_preds.sort(dim=1, descending=True)`. torch's CPU sort is not stable, so
 * the tests run with both tie orders: the thresholds must not depend on it.
 */
export type TieOrder = 'index' | 'reverse';

function sortDescending(row: Float32Array, ties: TieOrder): number[] {
  const idx = Array.from(row, (_, i) => i);
  return idx.sort((a, b) => {
    if (row[a] !== row[b]) return row[b] - row[a];
    return ties === 'index' ? a - b : b - a;
  });
}

export function publicFindThreshold(
  max_preds: Float32Array[],
  p: Float32Array,
  ties: TieOrder,
): Float32Array {
  const n_stage = max_preds.length;
  const n_sample = max_preds[0].length;
  const sorted_idx = max_preds.map((row) => sortDescending(row, ties));
  const filtered = new Float32Array(n_sample); // torch.zeros(n_sample)
  const T = new Float32Array(n_stage).fill(1e8); // torch.Tensor(n_stage).fill_(1e8)
  for (let k = 0; k < n_stage - 1; k++) {
    let count = 0;
    const out_n = Math.floor(Math.fround(n_sample * p[k])); // math.floor(n_sample * p[k]): float32 tensor
    for (let i = 0; i < n_sample; i++) {
      const ori_idx = sorted_idx[k][i];
      if (filtered[ori_idx] === 0) {
        count += 1;
        if (count === out_n) {
          T[k] = max_preds[k][ori_idx];
          break;
        }
      }
    }
    // filtered.add_(max_preds[k].ge(T[k]).type_as(filtered))
    for (let i = 0; i < n_sample; i++) filtered[i] += max_preds[k][i] >= T[k] ? 1 : 0;
  }
  T[n_stage - 1] = -1e8;
  return T;
}

export function publicEvalWithThreshold(
  max_preds: Float32Array[],
  argmax_preds: Int32Array[],
  targets: ArrayLike<number>,
  flops: number[],
  T: Float32Array,
): { acc: number; expected_flops: number; exp: number[] } {
  const n_stage = max_preds.length;
  const n_sample = max_preds[0].length;
  const exp = new Float32Array(n_stage);
  let acc = 0;
  let expected_flops = 0;
  for (let i = 0; i < n_sample; i++) {
    const gold_label = targets[i];
    for (let k = 0; k < n_stage; k++) {
      if (max_preds[k][i] >= T[k]) {
        if (gold_label === argmax_preds[k][i]) acc += 1;
        exp[k] += 1;
        break;
      }
    }
  }
  for (let k = 0; k < n_stage; k++) {
    const _t = Math.fround(Math.fround(exp[k] * 1.0) / n_sample); // exp[k] * 1.0 / n_sample, float32
    expected_flops = Math.fround(expected_flops + Math.fround(_t * Math.fround(flops[k])));
  }
  return { acc: (acc * 100.0) / n_sample, expected_flops, exp: Array.from(exp) };
}
