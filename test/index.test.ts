// The library entry (`ranetc`, src/index.ts; the package's exports map allows no deep import)
// carries every model constructor the README documents, one per target.

import { describe, expect, it } from 'vitest';
import * as ranetc from '../src/index.ts';
import { createCudaModel } from '@ranetc/runtime/node';
import { createWasmModel } from '@ranetc/runtime';
import { createWebGpuModel } from '@ranetc/runtime';

describe('the library entry', () => {
  it('exports the model constructor of every target', () => {
    expect(ranetc.createWebGpuModel).toBe(createWebGpuModel);
    expect(ranetc.createCudaModel).toBe(createCudaModel);
    expect(ranetc.createWasmModel).toBe(createWasmModel);
  });
});
