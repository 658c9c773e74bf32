// BatchNorm folding has one implementation (`foldBatchNorm`, packages/runtime/src/weights.ts: f64
// arithmetic, one rounding to f32 per value). The reference interpreter's folded parameters
// (src/reference/derived.ts) and the weights a built model packs at load time must be the same
// bits, or the reference would check the kernels against weights they do not run on.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.ts';
import { withDerived } from '../../src/reference/derived.ts';
import { packWeights, readSafetensors } from '@ranetc/runtime';
import { fixture, readMeta, specFromPublic } from '../helpers/fixtures.ts';

describe('BatchNorm folding', () => {
  it.each(['tiny-cifar', 'digits'])(
    '%s: the reference and the packed weights hold bit-identical folded values',
    (set) => {
      const spec = specFromPublic(set, readMeta(set).spec);
      const { optimized, plan } = compile(spec, { target: 'wasm' });
      const tensors = readSafetensors(readFileSync(fixture(set, 'model.safetensors')));
      const packed = new Uint32Array(packWeights(plan, tensors).buffer);
      const reference = withDerived(optimized, (name) => {
        const t = tensors.get(name);
        if (t === undefined) throw new Error(`${set}: no tensor ${name}`);
        return t;
      });
      let folded = 0;
      for (const t of plan.weights.tensors) {
        if ('key' in t.source) continue;
        const want = new Uint32Array(reference(t.name).buffer);
        // The packed tensor back in OIHW order: plain, or [ceil(O/g)][I][taps][g].
        const at = (k: number): number => {
          if (t.layout === 'plain') return t.offset + k;
          const { groupOut: g, inChannels, taps } = t.layout;
          const perOut = inChannels * taps;
          const co = Math.floor(k / perOut);
          return t.offset + Math.floor(co / g) * perOut * g + (co % g) + (k % perOut) * g;
        };
        const got = Uint32Array.from(want, (_, k) => packed[at(k)]);
        expect(got, t.name).toEqual(want);
        folded++;
      }
      expect(folded).toBeGreaterThan(10);
    },
  );
});
