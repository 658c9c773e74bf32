import { setFlagsFromString } from 'node:v8';
import { assembleWasm } from '../backends/wasm/assemble.ts';
import type { WasmOptions } from '@ranetc/runtime';
import { relaxedSimd } from '@ranetc/runtime';

/**
 * Turns on relaxed SIMD in this process's V8 where it is still behind a flag (Node 20), before
 * any module is compiled; a no-op where the engine has it already.
 */
export function enableRelaxedSimd(): void {
  if (!relaxedSimd()) setFlagsFromString('--experimental-wasm-relaxed-simd');
}

/**
 * Both builds of a wasm model, assembled, for `createWasmModel`: the executor takes the relaxed
 * one (fused multiply-adds), which this process can run, unless `plain` asks for SIMD128 only.
 */
export async function wasmModules(
  compiled: { readonly source: string; readonly relaxedSource: string },
  name: string,
  plain = false,
): Promise<Pick<WasmOptions, 'module' | 'relaxedModule'>> {
  const module = await assembleWasm(compiled.source, name);
  if (plain) return { module };
  enableRelaxedSimd();
  return { module, relaxedModule: await assembleWasm(compiled.relaxedSource, `${name}-relaxed`) };
}
