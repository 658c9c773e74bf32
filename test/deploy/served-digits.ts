/**
 * The digits model as `ranetc serve` serves it: `ranetc build --weights` (the wasm build) into
 * a temporary directory with thresholds for 7 MFLOPs per input, and a free loopback port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SERVED_BUDGET } from '../../src/cli/bench/serve-load.ts';
import { buildServedDigits } from '../../src/cli/bench/serve.ts';
import { fixturesDir } from '../helpers/fixtures.ts';

export { SERVED_BUDGET, startServe, type ServeProcess } from '../../src/cli/bench/serve-load.ts';

export async function servedDigits(): Promise<{ dir: string; exitFlops: number[]; remove: () => void }> {
  const root = mkdtempSync(path.join(tmpdir(), 'ranetc-deploy-'));
  const dir = path.join(root, 'digits');
  const exitFlops = await buildServedDigits(fixturesDir, dir, { target: 'wasm', budget: SERVED_BUDGET });
  return { dir, exitFlops, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A port free on loopback now (the kernel's choice, released at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
