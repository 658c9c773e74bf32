import { availableParallelism } from 'node:os';
import path from 'node:path';
import { calibrateForBudget } from '../../adaptive/budget.ts';
import { readCifarFile, toNormalizedBatch } from '../../adaptive/datasets.ts';
import { assembleWasm } from '../../backends/wasm/assemble.ts';
import { compile } from '../../compile.ts';
import type { CompiledModel } from '@ranetc/runtime';
import { createWasmModel } from '@ranetc/runtime';
import { loadSpec } from '../../spec/parse.ts';
import type { Spec } from '../../spec/types.ts';
import { loadWeights } from '../../weights/load.ts';
import { floatTensors } from '../../weights/tensor.ts';
import { interleavedMedians, medianTime } from '../../timing/timing.ts';
import { exitConfidences } from './common.ts';
import { openOrtPeer } from './peers.ts';
import { normals } from '../../weights/synthetic.ts';
import { UsageError } from '../errors.ts';

interface Subject {
  readonly spec: Spec;
  readonly dir: string;
  /** Test inputs (at least the largest batch), and validation inputs for calibration with labels where the set has them. */
  readonly test: Float32Array;
  readonly testLabels?: Uint8Array;
  readonly val?: Float32Array;
}

function subjects(fixtures: string, images: number): Subject[] {
  const digits = loadSpec('specs/digits.yaml').spec;
  const cifar = loadSpec('specs/ranet-cifar10.yaml').spec;
  const dir = path.join(fixtures, 'digits');
  const load = (file: string, n: number): { images: Float32Array; labels: Uint8Array } => {
    const set = readCifarFile(path.join(dir, file), { classes: digits.classes });
    const norm = digits.input.normalize!;
    const ids = Array.from({ length: n }, (_, i) => i);
    return {
      images: toNormalizedBatch(set.pixels, ids, norm.mean, norm.std),
      labels: Uint8Array.from(ids, (i) => set.labels[i]),
    };
  };
  const test = load('test.bin', images);
  return [
    { spec: digits, dir, test: test.images, testLabels: test.labels, val: load('val.bin', images).images },
    { spec: cifar, dir: path.join(fixtures, 'ranet-cifar10'), test: normals(256 * 3 * 32 * 32, 20261202) },
  ];
}

/** How far the section goes; the defaults are `npm run bench`'s. */
export interface BenchWasmOptions {
  /** Models by spec name (default digits and ranet-cifar10). */
  readonly models?: readonly string[];
  /** Batch sizes of the full-network rows (default 1 and 64). */
  readonly batches?: readonly number[];
  /** Timed calls per model and batch (default 40 at batch 1, 6 otherwise). */
  readonly reps?: (batch: number) => number;
  /** Warm-up calls per model on the largest batch before anything is timed (default 5). */
  readonly warmups?: number;
  /** Digits test and validation images of the budgeted row (default 2000 each). */
  readonly images?: number;
}

/** Threads of the threaded ranetc-wasm model. */
const THREADS = 2;

/**
 * The wasm backend on one thread and on a pool of THREADS threads, against onnxruntime-web's
 * wasm provider on one thread (it starts no more in Node: see peers.ts), in one process: the
 * full network (every input to the last exit; the peer computes every exit, as the ONNX export
 * has them all as outputs) at batch 1 and 64 on the trained digits model and the official
 * CIFAR-10 RANet, and, on digits, budgeted classification at about 40% of the full network's
 * FLOPs (thresholds calibrated on the validation set as `ranetc calibrate` does). Every figure
 * is a median of repeated runs in one process (ranetc's two models interleaved round by round);
 * the ratios are what counts.
 */
export async function benchWasm(
  fixtures: string,
  out: (s: string) => void,
  options: BenchWasmOptions = {},
): Promise<void> {
  const batches = options.batches ?? [1, 64];
  const reps = options.reps ?? ((b: number) => (b === 1 ? 40 : 6));
  const largest = Math.max(...batches);
  const all = subjects(fixtures, options.images ?? 2000);
  const names = options.models ?? all.map((s) => s.spec.name);
  for (const name of names)
    if (!all.some((s) => s.spec.name === name))
      throw new UsageError(
        `wasm: expected models among ${all.map((s) => s.spec.name).join(', ')}, found '${name}'`,
      );
  out(
    `ranetc wasm (SIMD128) on 1 and ${THREADS} threads vs onnxruntime-web wasm provider on 1 thread ` +
      `(it starts no more in Node), Node ${process.version}, ${availableParallelism()} hardware threads`,
  );
  for (const subject of all.filter((s) => names.includes(s.spec.name))) {
    const { spec, dir, test } = subject;
    const per = spec.input.channels * spec.input.height * spec.input.width;
    const weights = floatTensors(loadWeights(path.join(dir, 'model.safetensors')));
    const compiled = compile(spec, { target: 'wasm', maxBatch: 64 });
    const module = await assembleWasm(compiled.source, spec.name);
    const model = await createWasmModel(compiled.plan, weights, { module });
    const threaded = await createWasmModel(compiled.plan, weights, { module, threads: THREADS });
    const peer = await openOrtPeer(path.join(dir, 'model.onnx'), 'wasm', { threads: 1 });
    const full = compiled.plan.exitFlops.at(-1)!;
    out(`\n${spec.name}: ${compiled.plan.exits} exits, ${(full / 1e6).toFixed(2)} MFLOPs full network`);
    out(
      `batch  ranetc-wasm 1 thread img/s  ranetc-wasm ${THREADS} threads img/s  threads speedup  ort-wasm 1 thread img/s  ${THREADS} threads / ort`,
    );
    const peerRun = (images: Float32Array, n: number): Promise<unknown> =>
      peer.run(images, [n, spec.input.channels, spec.input.height, spec.input.width]);
    const rate = (ms: number, n: number): number => (n * 1000) / ms;
    // Both engines tier their code up while it runs (V8 compiles hot wasm functions again,
    // optimized, in the background): warm all up on full batches before anything is timed.
    const warm = test.subarray(0, largest * per);
    for (let i = 0; i < (options.warmups ?? 5); i++) {
      await model.classify(warm);
      await threaded.classify(warm);
      await peerRun(warm, largest);
    }
    let peerFullLargest = 0;
    for (const batch of batches) {
      const images = test.subarray(0, batch * per);
      // Rotating rounds of ranetc's own models only: a call just after onnxruntime-web's was
      // measured several times slower (its run leaves work behind), so the peer is timed alone.
      const [one, pool] = await interleavedMedians(
        [() => model.classify(images), () => threaded.classify(images)],
        reps(batch),
        true,
      );
      const theirs = await medianTime(() => peerRun(images, batch), reps(batch));
      if (batch === largest) peerFullLargest = theirs;
      out(
        `${String(batch).padStart(5)}  ${rate(one, batch).toFixed(1).padStart(26)}  ${rate(pool, batch).toFixed(1).padStart(28)}  ` +
          `${(one / pool).toFixed(2).padStart(14)}x  ${rate(theirs, batch).toFixed(1).padStart(23)}  ${(theirs / pool).toFixed(2).padStart(14)}x`,
      );
    }
    if (subject.val !== undefined)
      await budgeted(
        model,
        threaded,
        subject,
        compiled.plan.exitFlops,
        { ms: peerFullLargest, batch: largest },
        out,
      );
    model.destroy();
    threaded.destroy();
    await peer.release();
  }
}

/** Budgeted classification at about 40% of the full network's FLOPs, against the peer's full network at its largest batch. */
async function budgeted(
  model: CompiledModel,
  threaded: CompiledModel,
  subject: Subject,
  exitFlops: readonly number[],
  peerFull: { ms: number; batch: number },
  out: (s: string) => void,
): Promise<void> {
  const { test, val, testLabels } = subject;
  const per = test.length / testLabels!.length;
  const n = testLabels!.length;
  const confidences = await exitConfidences(model, val!, val!.length / per);
  const full = exitFlops.at(-1)!;
  const { thresholds } = calibrateForBudget(confidences, exitFlops, 0.4 * full);
  const accuracy = (ps: readonly { class: number }[]): string =>
    ((100 * ps.filter((p, i) => p.class === testLabels![i]).length) / n).toFixed(1);
  const predictions = await model.classify(test, { thresholds });
  const mflops = predictions.reduce((s, p) => s + exitFlops[p.exit], 0) / n;
  const fullPredictions = await model.classify(test);
  const [tBudget, tBudgetPool, tFull, tFullPool] = await interleavedMedians(
    [
      () => model.classify(test, { thresholds }),
      () => threaded.classify(test, { thresholds }),
      () => model.classify(test),
      () => threaded.classify(test),
    ],
    3,
    true,
  );
  const peerImgs = (peerFull.batch * 1000) / peerFull.ms;
  const imgs = (ms: number): string => ((n * 1000) / ms).toFixed(1);
  out(
    `budgeted, ${n} test images in chunks of 64: ${(mflops / 1e6).toFixed(2)} MFLOPs per image (${((100 * mflops) / full).toFixed(0)}% of full), ` +
      `accuracy ${accuracy(predictions)}% (full network ${accuracy(fullPredictions)}%)`,
  );
  out(
    `  ranetc-wasm budgeted ${imgs(tBudget)} img/s on 1 thread, ${imgs(tBudgetPool)} on ${THREADS} (${(tBudget / tBudgetPool).toFixed(2)}x); ` +
      `full ${imgs(tFull)} img/s on 1 thread, ${imgs(tFullPool)} on ${THREADS} (${(tFull / tFullPool).toFixed(2)}x); ` +
      `onnxruntime-web full network (batch ${peerFull.batch}, 1 thread) ${peerImgs.toFixed(1)} img/s: budgeted on ${THREADS} threads / peer ${((n * 1000) / tBudgetPool / peerImgs).toFixed(2)}x`,
  );
}
