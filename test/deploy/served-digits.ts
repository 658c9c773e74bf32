/**
 * The digits model as `ranetc serve` serves it: `ranetc build --weights` (the wasm build) into
 * a temporary directory, with thresholds for 7 MFLOPs per input calibrated on the validation
 * set as `ranetc calibrate --budget-mflops 7` does (computed on the wasm model, which is
 * faster here than the WebGPU one the command uses); and `ranetc serve` processes over it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cifarImages } from '../../src/adaptive/datasets.ts';
import { runAllExits } from '../../src/adaptive/evaluate.ts';
import { calibrateThresholdsFile, serializeThresholdsFile } from '../../src/adaptive/thresholds-file.ts';
import { build } from '../../src/cli/build.ts';
import type { WasmPlan } from '../../src/runtime/wasm-plan.ts';
import { createWasmModel } from '../../src/runtime/wasm.ts';
import { loadSpec } from '../../src/spec/parse.ts';
import { fixture, repoRoot } from '../helpers/fixtures.ts';

export const SERVED_BUDGET = 7;

export async function servedDigits(): Promise<{ dir: string; exitFlops: number[]; remove: () => void }> {
  const root = mkdtempSync(path.join(tmpdir(), 'ranetc-deploy-'));
  const dir = path.join(root, 'digits');
  const specFile = path.join(repoRoot, 'specs/digits.yaml');
  const { spec } = loadSpec(specFile);
  await build(
    specFile,
    spec,
    { out: dir, target: 'wasm', weights: fixture('digits', 'checkpoint.pth.tar') },
    () => {},
  );
  const { plan } = (await import(pathToFileURL(path.join(dir, 'plan.js')).href)) as { plan: WasmPlan };
  const model = await createWasmModel(plan, readFileSync(path.join(dir, 'weights.bin')), {
    module: readFileSync(path.join(dir, 'model.wasm')),
  });
  try {
    const val = cifarImages(fixture('digits', 'val.bin'), spec.classes, spec.input);
    const { outputs } = await runAllExits(model, val);
    const file = calibrateThresholdsFile(spec.name, outputs, plan.exitFlops, { budgetMFlops: SERVED_BUDGET });
    writeFileSync(path.join(dir, 'thresholds.json'), serializeThresholdsFile(file));
  } finally {
    model.destroy();
  }
  return {
    dir,
    exitFlops: [...plan.exitFlops],
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
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

export interface Replica {
  readonly child: ChildProcess;
  /** `http://127.0.0.1:port` */
  readonly url: string;
  readonly exited: Promise<number | null>;
  /** Everything it printed. */
  readonly log: () => string;
}

/** `ranetc serve DIR --host 127.0.0.1 ... args`, resolved once it prints its ready line. */
export function startReplica(dir: string, args: readonly string[]): Promise<Replica> {
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'bin/ranetc.js'), 'serve', dir, '--host', '127.0.0.1', '--grpc-port', '0', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let text = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      text += chunk.toString();
      const m = /ready at (http:\/\/\S+) /.exec(text);
      if (m !== null) resolve({ child, url: m[1], exited, log: () => text });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`ranetc serve exited (${code}) before ready:\n${text}`)));
  });
}
