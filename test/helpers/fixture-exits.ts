import { expect } from 'vitest';
import { loadWeights } from '../../src/weights/load.ts';
import { compare } from './compare.ts';
import { fixture, readMeta } from './fixtures.ts';
import { DEVICE_REL } from './tolerances.ts';

/** What a compiled model of any target offers for an all-exits check. */
interface AllExitsModel {
  allExits(input: Float32Array): Promise<Float32Array[]>;
  destroy(): void;
}

/**
 * Every exit of fixture `set` run on `model` against the public implementation's, within
 * DEVICE_REL; each exit's figure goes to `figures`. Destroys the model.
 */
export async function expectFixtureExits(
  model: AllExitsModel,
  set: string,
  label: string,
  figures: string[],
): Promise<void> {
  try {
    const io = loadWeights(fixture(set, 'io.safetensors'));
    const tensor = (name: string): Float32Array => io.get(name)!.data as Float32Array;
    const outs = await model.allExits(tensor('input'));
    expect(outs.length).toBe(readMeta(set).flops.length);
    outs.forEach((out, e) => {
      const { rel } = compare(tensor(`exit${e}`), out);
      figures.push(`  ${set} ${label} exit${e}  rel ${rel.toExponential(2)}`);
      expect(rel, `exit ${e}`).toBeLessThanOrEqual(DEVICE_REL);
    });
  } finally {
    model.destroy();
  }
}
