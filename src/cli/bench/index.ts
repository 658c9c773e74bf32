// `ranetc bench` without a spec (`npm run bench`): the sections on the bundled models.

import { UsageError } from '../errors.ts';
import { benchDigits } from './digits.ts';
import { benchPeers } from './peers-section.ts';
import { benchServe } from './serve.ts';
import { benchTuning } from './tuning.ts';
import { benchWasm } from './wasm.ts';
import { benchServeLoad } from './serve-load.ts';

/**
 * ranet-imagenet on lavapipe: about 3 s per image (3.3 GFLOPs) here, so a small search (3
 * candidates per shape, 1 timed call) and batch 4 rather than 64 (8 chunks of maxBatch 8 would
 * take minutes per call), tuned at 1 and 4.
 */
const IMAGENET = { name: 'ranet-imagenet', budget: 3, reps: 1, batches: [1, 4], calls: 3 } as const;

const SECTIONS = {
  digits: (fixtures: string, out: (s: string) => void) => benchDigits(fixtures, out),
  peers: (fixtures: string, out: (s: string) => void) => benchPeers(fixtures, out),
  wasm: (fixtures: string, out: (s: string) => void) => benchWasm(fixtures, out),
  serve: (fixtures: string, out: (s: string) => void) => benchServe(fixtures, out),
  tuning: (fixtures: string, out: (s: string) => void) =>
    benchTuning(fixtures, out, {
      models: ['digits', 'ranet-cifar10', IMAGENET],
      budget: 8,
      reps: 3,
    }),
  'serve-load': (fixtures: string, out: (s: string) => void) => benchServeLoad(fixtures, out),
} as const;

type Section = keyof typeof SECTIONS;

export async function bench(
  options: { readonly only?: string; readonly fixtures: string },
  out: (s: string) => void,
): Promise<void> {
  const names = Object.keys(SECTIONS) as Section[];
  const chosen = options.only === undefined ? names : options.only.split(',').map((s) => s.trim());
  for (const name of chosen)
    if (!names.includes(name as Section))
      throw new UsageError(`--only: expected sections among ${names.join(', ')}, found '${name}'`);
  for (const [i, name] of chosen.entries()) {
    if (i > 0) out('');
    out(`== ${name} ==`);
    await SECTIONS[name as Section](options.fixtures, out);
  }
}
