import { loadWeights } from '../weights/load.ts';
import { writeSafetensors } from '../weights/safetensors.ts';
import { writeFileAtomically } from './output-dir.ts';

/**
 * `ranetc convert`: a checkpoint (or safetensors file) as a plain safetensors file of its state
 * dict: the public `state_dict` names (`module.` stripped), the optimizer state and the rest of
 * the checkpoint dropped, floating tensors as F32 (f16/bf16 widen exactly), counters as I64.
 * Says what it wrote.
 */
export function convert(input: string, output: string): string {
  const dict = loadWeights(input);
  const tensors: Parameters<typeof writeSafetensors>[0] = {};
  let bytes = 0;
  for (const [name, t] of dict) {
    tensors[name] = { dtype: t.dtype === 'f32' ? 'F32' : 'I64', shape: [...t.shape], data: t.data };
    bytes += t.data.byteLength;
  }
  const file = writeSafetensors(tensors, { format: 'pt' });
  writeFileAtomically(output, file);
  return `${output}: ${dict.size} tensors, ${(bytes / 2 ** 20).toFixed(2)} MiB of data (from ${input})`;
}
