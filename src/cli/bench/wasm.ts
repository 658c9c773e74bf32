import { availableParallelism } from 'node:os';
import path from 'node:path';
import { calibrateForBudget } from '../../adaptive/budget.ts';
import { readCifarFile, toNormalizedBatch } from '../../adaptive/datasets.ts';
import { compile } from '../../compile.ts';
import type { CompiledModel } from '@ranetc/runtime';
import { createWasmModel, wasmSimd } from '@ranetc/runtime';
import { loadSpec } from '../../spec/parse.ts';
import type { Spec } from '../../spec/types.ts';
import { loadWeights } from '../../weights/load.ts';
import { floatTensors } from '../../weights/tensor.ts';
import { interleavedMedians, medianTime } from '../../timing/timing.ts';
import { exitConfidences } from './common.ts';
import { openOrtNativePeer, openOrtPeer, relativeDiffs } from './peers.ts';
import { wasmModules } from '../wasm-modules.ts';
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
  /** Digits test and validation images of the budgeted rows (default 2000 each). */
  readonly images?: number;
}

/** Threads of the threaded ranetc-wasm model, and of native onnxruntime's CPU provider. */
const THREADS = 2;

/** The native peer's outputs against ranetc's, as the peers section holds onnxruntime-web's. */
const NATIVE_REL = 2e-5;

/**
 * The wasm backend (the module the CLI's engine takes: relaxed SIMD where it has it) on one
 * thread and on a pool of THREADS threads, against onnxruntime-web's wasm provider on one thread
 * (it starts no more in Node: see peers.ts) and onnxruntime-node's native CPU provider on
 * THREADS threads, in one process: the full network (every input to the last exit; the peers
 * compute every exit, as the ONNX export has them all as outputs) at batch 1 and 64 on the
 * trained digits model and the official CIFAR-10 RANet, and, on digits, budgeted
 * classification at about 40% of the full network's FLOPs (thresholds calibrated on the
 * validation set as `ranetc calibrate` does) in chunks of 64 and one image per call, against the
 * native peer's full network. Every figure is a median of repeated runs in one process
 * (ranetc's two models and the native peer interleaved round by round); the ratios are what
 * counts.
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
    `ranetc wasm on 1 and ${THREADS} threads vs onnxruntime-web's wasm provider on 1 thread (it starts ` +
      `no more in Node) and onnxruntime-node's native CPU provider on ${THREADS} threads, Node ${process.version}, ` +
      `${availableParallelism()} hardware threads; outputs checked before anything is timed`,
  );
  for (const subject of all.filter((s) => names.includes(s.spec.name))) {
    const { spec, dir, test } = subject;
    const per = spec.input.channels * spec.input.height * spec.input.width;
    const weights = floatTensors(loadWeights(path.join(dir, 'model.safetensors')));
    const compiled = compile(spec, { target: 'wasm', maxBatch: 64 });
    const modules = await wasmModules(compiled, spec.name);
    const model = await createWasmModel(compiled.plan, weights, modules);
    const threaded = await createWasmModel(compiled.plan, weights, { ...modules, threads: THREADS });
    const peer = await openOrtPeer(path.join(dir, 'model.onnx'), 'wasm', { threads: 1 });
    const native = await openOrtNativePeer(path.join(dir, 'model.onnx'), THREADS);
    const full = compiled.plan.exitFlops.at(-1)!;
    const shape = (n: number): number[] => [n, spec.input.channels, spec.input.height, spec.input.width];
    const check = test.slice(0, 4 * per);
    const nativeDiff = Math.max(
      ...relativeDiffs(await native.run(check, shape(4)), await model.allExits(check)),
    );
    if (nativeDiff > NATIVE_REL)
      throw new Error(
        `${spec.name}: ${native.label} differs from ranetc by ${nativeDiff.toExponential(1)} of max(1, max |ranetc|)`,
      );
    out(
      `\n${spec.name}: ${compiled.plan.exits} exits, ${(full / 1e6).toFixed(2)} MFLOPs full network; ranetc runs its ` +
        `${wasmSimd(modules) === 'relaxed' ? 'relaxed-SIMD module (f32x4.relaxed_madd)' : 'SIMD128 module'}; ` +
        `${native.label} agrees with ranetc's exits to ${nativeDiff.toExponential(1)}`,
    );
    out(
      `batch  ranetc 1t img/s  ranetc ${THREADS}t img/s  ${THREADS}t/1t  ort-web 1t img/s  1t/ort-web  native ${THREADS}t img/s  ${THREADS}t/native`,
    );
    const peerRun = (images: Float32Array, n: number): Promise<unknown> => peer.run(images, shape(n));
    const nativeRun = (images: Float32Array, n: number): Promise<unknown> => native.run(images, shape(n));
    const rate = (ms: number, n: number): number => (n * 1000) / ms;
    // Both engines tier their code up while it runs (V8 compiles hot wasm functions again,
    // optimized, in the background): warm all up on full batches before anything is timed.
    const warm = test.subarray(0, largest * per);
    for (let i = 0; i < (options.warmups ?? 5); i++) {
      await model.classify(warm);
      await threaded.classify(warm);
      await peerRun(warm, largest);
      await nativeRun(warm, largest);
    }
    const nativeFull: { batch: number; ms: number }[] = [];
    for (const batch of batches) {
      const images = test.subarray(0, batch * per);
      // Rotating rounds of ranetc's models and the native peer: a call just after
      // onnxruntime-web's was measured several times slower (its run leaves work behind), so
      // onnxruntime-web is timed alone, right after.
      const [one, pool, nat] = await interleavedMedians(
        [() => model.classify(images), () => threaded.classify(images), () => nativeRun(images, batch)],
        reps(batch),
        true,
      );
      const theirs = await medianTime(() => peerRun(images, batch), reps(batch));
      nativeFull.push({ batch, ms: nat });
      const cell = (x: number, width: number): string => x.toFixed(1).padStart(width);
      out(
        `${String(batch).padStart(5)}  ${cell(rate(one, batch), 15)}  ${cell(rate(pool, batch), 15)}  ` +
          `${(one / pool).toFixed(2).padStart(5)}x  ${cell(rate(theirs, batch), 16)}  ${(theirs / one).toFixed(2).padStart(9)}x  ` +
          `${cell(rate(nat, batch), 15)}  ${(nat / pool).toFixed(2).padStart(8)}x`,
      );
    }
    if (subject.val !== undefined)
      await budgeted(model, threaded, subject, compiled.plan.exitFlops, nativeFull, out);
    model.destroy();
    threaded.destroy();
    await peer.release();
    await native.release();
  }
}

/**
 * Budgeted classification at about 40% of the full network's FLOPs, against native
 * onnxruntime's full network (`nativeFull`: its ms at each batch, the first and the last row
 * compared): in chunks of 64, and one image per call (the first 64 test images in turn, so
 * that each takes the exit it takes).
 */
async function budgeted(
  model: CompiledModel,
  threaded: CompiledModel,
  subject: Subject,
  exitFlops: readonly number[],
  nativeFull: readonly { batch: number; ms: number }[],
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
  const singles = Math.min(64, n);
  const single = async (m: CompiledModel): Promise<void> => {
    for (let i = 0; i < singles; i++) await m.classify(test.subarray(i * per, (i + 1) * per), { thresholds });
  };
  const [tBudget, tBudgetPool, tFull, tFullPool, tSingle, tSinglePool] = await interleavedMedians(
    [
      () => model.classify(test, { thresholds }),
      () => threaded.classify(test, { thresholds }),
      () => model.classify(test),
      () => threaded.classify(test),
      () => single(model),
      () => single(threaded),
    ],
    3,
    true,
  );
  const [first, last] = [nativeFull[0], nativeFull.at(-1)!];
  const [nativeFirst, nativeLast] = [first, last].map((r) => (r.batch * 1000) / r.ms);
  const imgs = (ms: number): string => ((n * 1000) / ms).toFixed(1);
  const singleImgs = (ms: number): number => (singles * 1000) / ms;
  out(
    `budgeted, ${n} test images in chunks of 64: ${(mflops / 1e6).toFixed(2)} MFLOPs per image (${((100 * mflops) / full).toFixed(0)}% of full), ` +
      `accuracy ${accuracy(predictions)}% (full network ${accuracy(fullPredictions)}%)`,
  );
  out(
    `  chunks of 64: ranetc budgeted ${imgs(tBudget)} img/s on 1 thread, ${imgs(tBudgetPool)} on ${THREADS} (${(tBudget / tBudgetPool).toFixed(2)}x); ` +
      `full ${imgs(tFull)} img/s on 1 thread, ${imgs(tFullPool)} on ${THREADS} (${(tFull / tFullPool).toFixed(2)}x); ` +
      `native onnxruntime full network (batch ${last.batch}, ${THREADS} threads) ${nativeLast.toFixed(1)} img/s: budgeted on ${THREADS} threads / native ${((n * 1000) / tBudgetPool / nativeLast).toFixed(2)}x`,
  );
  out(
    `  one image per call: ranetc budgeted ${singleImgs(tSingle).toFixed(1)} img/s on 1 thread, ${singleImgs(tSinglePool).toFixed(1)} on ${THREADS}; ` +
      `native onnxruntime full network (batch ${first.batch}, ${THREADS} threads) ${nativeFirst.toFixed(1)} img/s: budgeted on ${THREADS} threads / native ${(singleImgs(tSinglePool) / nativeFirst).toFixed(2)}x`,
  );
}
