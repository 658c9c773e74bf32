/** A tensor held in host memory, as read from a weights file. Floating tensors are widened to f32. */
export type HostTensor =
  | { dtype: 'f32'; shape: readonly number[]; data: Float32Array; sourceDtype: 'F32' | 'F16' | 'BF16' }
  | { dtype: 'i64'; shape: readonly number[]; data: BigInt64Array; sourceDtype: 'I64' };

/** Parameter name (public `state_dict` key, without any `module.` prefix) to tensor. */
export type StateDict = ReadonlyMap<string, HostTensor>;

/** The floating tensors of a state dict (as f32), by name: what the runtime's weight packing reads. */
export function floatTensors(dict: StateDict): Map<string, Float32Array> {
  const out = new Map<string, Float32Array>();
  for (const [k, t] of dict) if (t.dtype === 'f32') out.set(k, t.data);
  return out;
}
