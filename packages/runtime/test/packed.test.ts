import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.ts';
import { loadSpec } from '../../../src/spec/parse.ts';
import {
  isPackedWeights,
  readPackedWeights,
  storedWeights,
  weightsHash,
  writePackedWeights,
} from '../src/packed.ts';
import type { WgslPlan } from '../src/plan.ts';
import { packWeights, toHalf } from '../src/weights.ts';
import { loadWeights } from '../../../src/weights/load.ts';
import { floatTensors } from '../../../src/weights/tensor.ts';
import { fixture, repoRoot } from '../../../test/helpers/fixtures.ts';

const digits = loadSpec(`${repoRoot}/specs/digits.yaml`).spec;
const f32 = compile(digits, { target: 'wgsl' }).plan;
const f16 = compile({ ...digits, target: { ...digits.target, precision: 'f16' } }, { target: 'wgsl' }).plan;
const tensors = floatTensors(loadWeights(fixture('digits', 'model.safetensors')));
/** Typed arrays' bytes as one string: comparing 1.4M elements with toEqual takes seconds. */
const bits = (a: ArrayBufferView): string =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const packed = writePackedWeights(f32, storedWeights(f32, tensors));

describe('packed weights (ranetc-weights/2)', () => {
  it('hold the folded weights buffer exactly, behind a 16-aligned header', () => {
    expect(isPackedWeights(packed)).toBe(true);
    const values = readPackedWeights(f32, packed);
    expect(values).toBeInstanceOf(Float32Array);
    expect(values.buffer).toBe(packed.buffer); // aligned: a view, no copy
    expect(values.byteOffset % 16).toBe(0);
    expect(bits(values)).toBe(bits(packWeights(f32, tensors)));
    expect(packed.byteLength - values.byteLength).toBeLessThan(256);
  });

  it('are read through storedWeights as the bytes a model is created from, also from an unaligned copy', () => {
    const shifted = new Uint8Array(packed.byteLength + 1).subarray(1);
    shifted.set(packed);
    expect(bits(storedWeights(f32, shifted))).toBe(bits(packWeights(f32, tensors)));
    expect(bits(storedWeights(f32, packed.buffer))).toBe(bits(packWeights(f32, tensors)));
  });

  it('store f16 bits for an f16 plan, half the size', () => {
    const half = writePackedWeights(f16, storedWeights(f16, tensors));
    const values = readPackedWeights(f16, half);
    expect(values).toBeInstanceOf(Uint16Array);
    expect(bits(values)).toBe(bits(toHalf(packWeights(f16, tensors))));
    expect(half.byteLength).toBeLessThan(packed.byteLength / 2 + 256);
  });

  it('are refused by a build with another meaning of the bytes, naming both layouts', () => {
    expect(weightsHash(f16)).not.toBe(weightsHash(f32));
    expect(() => readPackedWeights(f16, packed)).toThrow(
      new RegExp(
        `packed weights for digits: the file was packed for another weights layout \\(model 'digits', layout ${weightsHash(f32)}; this build's is ${weightsHash(f16)}\\)`,
      ),
    );
    const tiny = compile(loadSpec(`${repoRoot}/specs/tiny-cifar.yaml`).spec, { target: 'wgsl' }).plan;
    expect(() => storedWeights(tiny, packed)).toThrow(/packed for another weights layout \(model 'digits'/);
    // The same spec built again is the same layout.
    expect(weightsHash(compile(digits, { target: 'wgsl' }).plan)).toBe(weightsHash(f32));
  });

  it('are read by a build whose kernels differ (code, comments) and by the wasm build of the same layout', () => {
    const edited: WgslPlan = {
      ...f32,
      pipelines: f32.pipelines.map((p, i) => (i === 0 ? { ...p, code: `// another comment\n${p.code}` } : p)),
      stages: f32.stages.slice().reverse(),
    };
    expect(bits(readPackedWeights(edited, packed))).toBe(bits(packWeights(f32, tensors)));
    const wasm = compile(digits, { target: 'wasm' }).plan;
    expect(bits(readPackedWeights(wasm, packed))).toBe(bits(packWeights(f32, tensors)));
  });

  it('are refused when one tensor moves, or the BatchNorm folding differs', () => {
    const tensorsOf = f32.weights.tensors;
    const swapped = [tensorsOf[1], tensorsOf[0], ...tensorsOf.slice(2)].map((t, i) =>
      i < 2 ? { ...t, offset: i === 0 ? tensorsOf[0].offset : tensorsOf[0].offset + tensorsOf[1].length } : t,
    );
    const moved: WgslPlan = { ...f32, weights: { ...f32.weights, tensors: swapped } };
    expect(() => readPackedWeights(moved, packed)).toThrow(/packed for another weights layout/);
    const folded = tensorsOf.findIndex((t) => 'bn' in t.source);
    expect(folded).toBeGreaterThanOrEqual(0);
    const eps: WgslPlan = {
      ...f32,
      weights: {
        ...f32.weights,
        tensors: tensorsOf.map((t, i) =>
          i === folded && 'bn' in t.source
            ? { ...t, source: { ...t.source, bn: { ...t.source.bn, eps: 1e-3 } } }
            : t,
        ),
      },
    };
    expect(() => readPackedWeights(eps, packed)).toThrow(/packed for another weights layout/);
  });

  it('are refused when truncated, in the data or in the header', () => {
    expect(() => readPackedWeights(f32, packed.subarray(0, packed.byteLength - 4))).toThrow(
      new RegExp(
        `the file is truncated \\(${packed.byteLength - 4} bytes, its header says ${packed.byteLength}\\)`,
      ),
    );
    expect(() => readPackedWeights(f32, packed.subarray(0, 40))).toThrow(
      /the file is truncated \(40 bytes, its header alone needs/,
    );
    expect(() => readPackedWeights(f32, packed.subarray(0, 10))).toThrow(/shorter than the header/);
  });

  it('are refused when the header disagrees with the plan, or is another version', () => {
    // Same-length edits of the ASCII header.
    const edit = (from: string, to: string): Uint8Array => {
      const at = Buffer.from(packed.subarray(0, 256)).indexOf(from);
      expect(at).toBeGreaterThan(0);
      const out = packed.slice();
      out.set(new TextEncoder().encode(to), at);
      return out;
    };
    expect(() => readPackedWeights(f32, edit('"version":2', '"version":1'))).toThrow(
      /format ranetc-weights version 1, this runtime reads ranetc-weights version 2/,
    );
    expect(() => readPackedWeights(f32, edit('"dtype":"f32"', '"dtype":"f16"'))).toThrow(
      /the header says \d+ f16 values/,
    );
  });

  it('leave safetensors bytes and tensor maps to the load-time packing', () => {
    const bytes = new Uint8Array(readFileSync(fixture('digits', 'model.safetensors')));
    expect(isPackedWeights(bytes)).toBe(false);
    expect(bits(storedWeights(f32, bytes))).toBe(bits(packWeights(f32, tensors)));
    expect(bits(storedWeights(f16, tensors))).toBe(bits(toHalf(packWeights(f16, tensors))));
  });
});
