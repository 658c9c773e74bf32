/**
 * The digits model as a served package, built once per test file into a temporary
 * directory: `ranetc build --weights` (the wasm build) and thresholds for 7 MFLOPs per input.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildServedDigits, openBuiltWasm } from '../../src/cli/bench/serve.ts';
import { fixturesDir } from '../helpers/fixtures.ts';

export { openBuiltWasm as openWasm };
export const DIGITS_SPEC = 'specs/digits.yaml';

export async function digitsPackage(): Promise<{ dir: string; remove: () => void }> {
  const root = mkdtempSync(path.join(tmpdir(), 'ranetc-serve-'));
  const dir = path.join(root, 'digits');
  await buildServedDigits(fixturesDir, dir, { target: 'wasm' });
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
