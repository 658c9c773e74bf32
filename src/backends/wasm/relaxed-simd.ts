import { setFlagsFromString } from 'node:v8';
import { relaxedSimd } from '@ranetc/runtime';

/**
 * Turns on relaxed SIMD in this process's V8 where it is still behind a flag (Node 20), before
 * any module is compiled; a no-op where the engine has it already. For the Node processes that
 * run a model's `model-relaxed.wasm` (the CLI, the server).
 */
export function enableRelaxedSimd(): void {
  if (!relaxedSimd()) setFlagsFromString('--experimental-wasm-relaxed-simd');
}
