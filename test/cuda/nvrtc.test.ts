// NVRTC compiles the generated .cu on the machine that runs it, for the device's exact
// architecture: the cubin it makes here has every kernel, loads on the cuda-cpu harness (which
// checks it is a CUDA ELF for sm_90 and reads its entry points) and runs tiny-cifar to the
// fixtures; the PTX path and the compile log in errors are checked too. Needs libnvrtc: a CUDA
// toolkit's, or the `nvidia-cuda-nvrtc` wheel's (RANETC_NVRTC=<site-packages>/nvidia/cu13/lib).

import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import { createCudaModel } from '@ranetc/runtime/node';
import { loadCudaDriver } from '@ranetc/runtime/node';
import { compileCached, findNvrtc } from '@ranetc/runtime/node';
import { loadWeights } from '../../src/weights/load.ts';
import { compare } from '../helpers/compare.ts';
import { onHarness } from '../helpers/cuda-cpu.ts';
import { fixture, readMeta, specFromPublic } from '../helpers/fixtures.ts';
import { DEVICE_REL } from '../helpers/tolerances.ts';

const { nvrtc, tried } = await findNvrtc();
const spec = specFromPublic('tiny-cifar', readMeta('tiny-cifar').spec);
const compiled = compile(spec, { target: 'cuda', maxBatch: 4 });

// Machines without libnvrtc (no CUDA toolkit libraries, no PyTorch wheels) skip this (issue 13).
describe.skipIf(nvrtc === undefined)(
  `NVRTC (${nvrtc?.library ?? `not found: ${tried.length} places`})`,
  () => {
    it('compiles the model to a cubin for sm_90 with every kernel in it, cached by content', () => {
      const cache = mkdtempSync(path.join(tmpdir(), 'ranetc-nvrtc-test-'));
      const first = compileCached(nvrtc!, compiled.source, 90, 'cubin', cache);
      expect(first.cached).toBe(false);
      const elf = Buffer.from(first.image);
      expect(elf.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
      expect(elf.readUInt16LE(18)).toBe(190); // EM_CUDA
      for (const k of compiled.plan.kernels) expect(elf.includes(`.text.${k.name}\0`)).toBe(true);
      const again = compileCached(nvrtc!, compiled.source, 90, 'cubin', cache);
      expect(again.cached).toBe(true);
      expect(Buffer.from(again.image).equals(elf)).toBe(true);
    });

    it('compiles PTX for compute_80 when asked', () => {
      const ptx = new TextDecoder().decode(nvrtc!.compile(compiled.source, 80, 'ptx'));
      expect(ptx).toMatch(/^\.target sm_80$/m);
      for (const k of compiled.plan.kernels) expect(ptx).toContain(`.entry ${k.name}(`);
    });

    it('puts the compiler log in the error', () => {
      expect(() => nvrtc!.compile('extern "C" __global__ void k() { undeclared = 1; }', 90, 'cubin')).toThrow(
        /nvrtcCompileProgram\(--gpu-architecture=sm_90\) failed.*\n.*identifier "undeclared" is undefined/,
      );
    });

    it('runs tiny-cifar from the NVRTC cubin on the harness (as a CUDA 13 driver), every exit', async () => {
      const harness = onHarness(compiled.source, compiled.plan.kernels);
      const driver = { ...(await loadCudaDriver(harness.driver)), version: 13000 };
      let description = '';
      const model = await createCudaModel(
        compiled.plan,
        readFileSync(fixture('tiny-cifar', 'model.safetensors')),
        {
          driver,
          source: compiled.source,
          onImage: (choice) => (description = choice.description),
        },
      );
      try {
        expect(description).toMatch(/^NVRTC 13\.\d cubin for sm_90/);
        const io = loadWeights(fixture('tiny-cifar', 'io.safetensors'));
        const outs = await model.allExits(io.get('input')!.data as Float32Array);
        outs.forEach((out, e) =>
          expect(compare(io.get(`exit${e}`)!.data as Float32Array, out).rel).toBeLessThanOrEqual(DEVICE_REL),
        );
      } finally {
        model.destroy();
      }
    });

    it('is not used with a driver of an older major version, which would refuse its output', async () => {
      const harness = onHarness(compiled.source, compiled.plan.kernels);
      let description = '';
      const model = await createCudaModel(
        compiled.plan,
        readFileSync(fixture('tiny-cifar', 'model.safetensors')),
        {
          ...harness,
          nvrtc: true,
          source: compiled.source,
          onImage: (choice) => (description = choice.description),
        },
      );
      model.destroy();
      expect(description).toMatch(
        /^PTX ISA 7\.8 for sm_90.*NVRTC 13\.\d .* is newer than the driver \(CUDA 12\.4\)/,
      );
    });
  },
);
