// The library entry (`ranetc`, src/index.ts; the package's exports map allows no deep import)
// carries every model constructor the README documents, one per target.

import { describe, expect, it } from 'vitest';
import * as ranetc from '../src/index.ts';
import { createCudaModel } from '../src/runtime/cuda.ts';
import { createWasmModel } from '../src/runtime/wasm.ts';
import { createWebGpuModel } from '../src/runtime/webgpu.ts';

describe('the library entry', () => {
  it('exports the model constructor of every target', () => {
    expect(ranetc.createWebGpuModel).toBe(createWebGpuModel);
    expect(ranetc.createCudaModel).toBe(createCudaModel);
    expect(ranetc.createWasmModel).toBe(createWasmModel);
  });
});
