import { assembleWasm } from '../backends/wasm/assemble.ts';
import { enableRelaxedSimd } from '../backends/wasm/relaxed-simd.ts';
import type { WasmOptions } from '@ranetc/runtime';

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
