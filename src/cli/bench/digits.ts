import { existsSync } from 'node:fs';
import path from 'node:path';
import { findThresholds } from '../../adaptive/calibrate.ts';
import { cifarImages } from '../../adaptive/datasets.ts';
import { exitShares, qForP } from '../../adaptive/shares.ts';
import { createNodeDevice } from '../../backends/wgsl/node-device.ts';
import type { Compiled } from '../../compile.ts';
import { compile } from '../../compile.ts';
import type { Kernel } from '../../kernels/types.ts';
import { UNFUSED } from '../../passes/pipeline.ts';
import { createWebGpuModel } from '@ranetc/runtime';
import type { CompiledModel, Weights } from '@ranetc/runtime';
import { loadSpec } from '../../spec/parse.ts';
import { loadWeights } from '../../weights/load.ts';
import { floatTensors } from '../../weights/tensor.ts';
import { interleavedMedians, medianTime } from '../../timing/timing.ts';
import { stageKernelsUnfit } from '../../backends/wgsl/stage.ts';
import { DISPATCH_COST, measureDispatchCost } from '../../backends/wgsl/peak.ts';
import { dispatchCounts, formatDispatchCounts } from '../dispatches.ts';
import { exitConfidences } from './common.ts';
import { profileRun } from '../profile.ts';
import { normals } from '../../weights/synthetic.ts';

/** How far the section goes; the defaults are `npm run bench`'s. */
export interface BenchDigitsOptions {
  /** A bundled spec name with fixture weights (default digits). */
  readonly model?: string;
  /** The large batch of the tables (default 64). */
  readonly batch?: number;
  /** Timed calls per measurement, in place of each one's default (20 at batch 1, 5 or 3 otherwise). */
  readonly reps?: number;
  /** Validation and test images (default 512 and 256; at least `batch` test images). */
  readonly val?: number;
  readonly test?: number;
}

/**
 * `npm run bench`: the trained digits model on its test images, through Dawn. Everything is
 * measured side by side in one run and reported as ratios; absolute figures on lavapipe
 * (WGSL on the CPU) say little about a GPU.
 */
export async function benchDigits(
  fixtures: string,
  out: (s: string) => void,
  options: BenchDigitsOptions = {},
): Promise<void> {
  const name = options.model ?? 'digits';
  const large = options.batch ?? 64;
  const reps = (standard: number): number => options.reps ?? standard;
  const { spec } = loadSpec(path.join('specs', `${name}.yaml`));
  const dir = path.join(fixtures, name);
  const weights = floatTensors(loadWeights(path.join(dir, 'model.safetensors')));
  const per = spec.input.channels * spec.input.height * spec.input.width;
  // A fixture without a data set gets seeded normal inputs (the output says so).
  const synthetic = !existsSync(path.join(dir, 'test.bin'));
  const load = (file: string, n: number, seed: number): Float32Array =>
    synthetic
      ? normals(n * per, seed)
      : cifarImages(path.join(dir, file), spec.classes, spec.input).batch(0, n);
  const val = load('val.bin', options.val ?? 512, 31);
  const test = load('test.bin', options.test ?? 256, 32);

  const optimized = compile(spec, { target: 'wgsl', maxBatch: 64 });
  const unfused = compile(spec, { target: 'wgsl', maxBatch: 64, passes: UNFUSED });
  const registers = compile(spec, { target: 'wgsl', maxBatch: 64, kernels: { workgroupTiling: 'never' } });
  const staged = compile(spec, { target: 'wgsl', maxBatch: 64, kernels: { workgroupTiling: 'always' } });
  const counting = compile(spec, { target: 'wgsl', maxBatch: 64, counters: true });
  const gpu = await createNodeDevice({ timestamps: true });

  const models = {
    optimized: await createWebGpuModel(gpu.device, optimized.plan, weights),
    unfused: await createWebGpuModel(gpu.device, unfused.plan, weights),
    registers: await createWebGpuModel(gpu.device, registers.plan, weights),
    staged: await createWebGpuModel(gpu.device, staged.plan, weights),
    counting: await createWebGpuModel(gpu.device, counting.plan, weights),
    ...(stageKernelsUnfit(optimized.schedule) === undefined
      ? {
          stage: await createWebGpuModel(
            gpu.device,
            compile(spec, { target: 'wgsl', maxBatch: 64, kernels: { stageKernels: 'always' } }).plan,
            weights,
          ),
        }
      : {}),
    ...(gpu.f16
      ? {
          half: await createWebGpuModel(
            gpu.device,
            compile(spec, { target: 'wgsl', maxBatch: 64, precision: 'f16' }).plan,
            weights,
          ),
        }
      : {}),
  };
  out(`device: ${gpu.adapter.description} (${gpu.adapter.vendor})`);
  out(
    `model: ${spec.name}, ${optimized.plan.exits} exits, ${(optimized.plan.exitFlops.at(-1)! / 1e6).toFixed(2)} MFLOPs full network`,
  );
  if (synthetic) out('inputs: seeded standard normal (the fixture has no data set)');

  /** Images per second of `n` images in `ms`, for printing. */
  const rate = (ms: number, n = large): string => ((n * 1000) / ms).toFixed(1);

  out('\nfull network (every input to the last exit), median of repeated runs:');
  out('batch  optimized img/s  unfused img/s  speedup');
  for (const batch of [1, large]) {
    const images = test.subarray(0, batch * per);
    const n = reps(batch === 1 ? 20 : 5);
    const tOpt = await medianTime(() => models.optimized.classify(images), n);
    const tBase = await medianTime(() => models.unfused.classify(images), n);
    out(
      `${String(batch).padStart(5)}  ${rate(tOpt, batch).padStart(15)}  ${rate(tBase, batch).padStart(13)}  ${(tBase / tOpt).toFixed(2).padStart(7)}x`,
    );
  }

  if (models.stage === undefined) out('\nstage kernels: this schedule cannot run them');
  else {
    out(
      `\nstage kernels (one dispatch per stage) against today's build, both for every chunk, interleaved call by call:`,
    );
    out('batch  today img/s  stage img/s  stage/today');
    for (const batch of [1, large]) {
      const input = test.subarray(0, batch * per);
      const [tToday, tStage] = await interleavedMedians(
        [models.optimized, models.stage].map((m) => () => m.classify(input)),
        reps(batch === 1 ? 20 : 5),
        true,
      );
      out(
        `${String(batch).padStart(5)}  ${rate(tToday, batch).padStart(11)}  ${rate(tStage, batch).padStart(11)}  ${(tToday / tStage).toFixed(2).padStart(10)}x`,
      );
    }
  }
  out(`dispatches per chunk, per batch regime:`);
  for (const line of formatDispatchCounts(dispatchCounts(spec, 64))) out(line);
  await benchLaunches(gpu.device, models.optimized, optimized, weights, test.subarray(0, per), out, reps(20));

  const stagedPipelines = (c: Compiled<'wgsl'>): number =>
    c.plan.pipelines.filter((p) => p.label === 'conv-tiled').length;
  const images = test.subarray(0, large * per);
  const tRegisters = await medianTime(() => models.registers.classify(images), reps(5));
  const tStaged = await medianTime(() => models.staged.classify(images), reps(5));
  out(
    `\nconvolutions, batch ${large}: workgroup-memory tiling of every 3x3 layer it serves (${stagedPipelines(staged)} pipelines) ` +
      `${rate(tStaged)} img/s vs register tiling only ${rate(tRegisters)} img/s ` +
      `(${(tRegisters / tStaged).toFixed(2)}x); the default build stages ${stagedPipelines(optimized)}`,
  );

  if (models.half === undefined) out('f16 storage: the device lacks shader-f16, not measured');
  else {
    const tHalf = await medianTime(() => models.half!.classify(images), reps(5));
    const tFull = await medianTime(() => models.optimized.classify(images), reps(5));
    out(
      `storage precision, batch ${large}: f16 ${rate(tHalf)} img/s vs f32 ${rate(tFull)} img/s ` +
        `(${(tFull / tHalf).toFixed(2)}x)`,
    );
  }

  const tCounting = await medianTime(() => models.counting.classify(images, { count: true }), reps(5));
  const tPlain = await medianTime(() => models.optimized.classify(images), reps(5));
  out(
    `executed-work counters, batch ${large}: counting build ${rate(tCounting)} img/s vs default build ${rate(tPlain)} img/s ` +
      `(${(tCounting / tPlain).toFixed(3)}x the time; the default build's kernels count nothing)`,
  );

  // Thresholds from validation confidences, as `ranetc calibrate` computes them.
  const confidences = await exitConfidences(models.optimized, val, val.length / per);
  const flops = optimized.plan.exitFlops;
  const full = flops.at(-1)!;
  const tFull = await medianTime(() => models.optimized.classify(test), reps(3));
  const fullExecuted = (await models.counting.classify(test, { count: true })).work.executedMFlops;
  out(`\nbudgeted classification of ${test.length / per} test images (batch 64, optimized build):`);
  out(
    'ratios full / budgeted: time; FLOPs by the accounting for the exits taken; FLOPs the kernels executed (counters).',
  );
  out('early exit: share of device time in exit kernels and gathers (timestamp queries, counting build).');
  out('    q  MFLOPs  executed  time ratio  FLOPs ratio  executed ratio  early exit  exits taken');
  for (const p of [4, 10, 16, 24]) {
    const thresholds = [...findThresholds(confidences, exitShares(qForP(p), flops.length))];
    const predictions = await models.optimized.classify(test, { thresholds });
    const counts = flops.map((_, e) => predictions.filter((x) => x.exit === e).length);
    const avg = predictions.reduce((s, x) => s + flops[x.exit], 0) / predictions.length;
    const t = await medianTime(() => models.optimized.classify(test, { thresholds }), reps(3));
    const profiled = await profileRun(models.counting, { ...counting, target: 'wgsl' }, test, thresholds, '');
    const executed = profiled.executedMFlops;
    out(
      `${qForP(p).toFixed(2).padStart(5)}  ${(avg / 1e6).toFixed(2).padStart(6)}  ${executed.toFixed(2).padStart(8)}  ${(tFull / t).toFixed(2).padStart(9)}x  ${(full / avg).toFixed(2).padStart(10)}x  ${(fullExecuted / executed).toFixed(2).padStart(13)}x  ${(100 * profiled.earlyExitShare).toFixed(1).padStart(9)}%  ${counts.join('/')}`,
    );
  }

  out('\ncounted costs of the plan, per image (full network):');
  out('build      dispatches  activations read MB  written MB  weights MB (per batch)  MFLOPs');
  for (const [name, c] of Object.entries({ optimized, unfused })) {
    const cost = countedCosts(c);
    out(
      `${name.padEnd(9)}  ${String(cost.dispatches).padStart(10)}  ${(cost.readBytes / 1e6).toFixed(3).padStart(19)}  ${(cost.writeBytes / 1e6).toFixed(3).padStart(10)}  ${(cost.weightBytes / 1e6).toFixed(3).padStart(22)}  ${(full / 1e6).toFixed(2).padStart(6)}`,
    );
  }
  for (const m of Object.values(models)) m.destroy();
  gpu.destroy();
}

const program = (c: Compiled<'wgsl'>): Kernel[] => c.program.stages.flatMap((s) => s.kernels);

/**
 * What launches cost today's build (`model` on `device`, compiled as `build`) at batch 1: a
 * dispatch's cost beyond its work, direct and indirect (`measureDispatchCost`), times the
 * build's dispatches per chunk; and the build at batch 1 on a second Dawn device that skips
 * validation (`skip_validation`: no dispatch validating the indirect arguments), interleaved
 * with `model`.
 */
async function benchLaunches(
  device: GPUDevice,
  model: CompiledModel,
  build: Compiled<'wgsl'>,
  weights: Weights,
  image: Float32Array,
  out: (s: string) => void,
  reps: number,
): Promise<void> {
  const cost = await measureDispatchCost(device);
  const dispatches = build.plan.stages.flatMap((s) => s.dispatches);
  const indirect = dispatches.filter((d) => d.grid.kind === 'perSample').length;
  const launches = (indirect * cost.indirect + (dispatches.length - indirect) * cost.direct) / 1000;
  const unvalidated = await createNodeDevice({ dawnOptions: ['enable-dawn-features=skip_validation'] });
  const skipping = await createWebGpuModel(unvalidated.device, build.plan, weights);
  const [validated, skipped] = await interleavedMedians(
    [model, skipping].map((m) => () => m.classify(image)),
    reps,
    true,
  );
  out(
    `\nlaunches: a dispatch costs ${cost.direct.toFixed(1)} us direct and ${cost.indirect.toFixed(1)} us indirect ` +
      `beyond its work (a one-workgroup kernel, ${DISPATCH_COST.dispatches} per submission); today's build, ` +
      `${dispatches.length} dispatches per chunk (${indirect} indirect): ${launches.toFixed(2)} ms of launches ` +
      `in ${validated.toFixed(2)} ms at batch 1 (${((100 * launches) / validated).toFixed(0)}%)`,
  );
  out(
    `today's build at batch 1 on a Dawn device that skips validation: ${skipped.toFixed(2)} ms ` +
      `(${(validated / skipped).toFixed(2)}x)`,
  );
  skipping.destroy();
  unvalidated.destroy();
}

/** Bytes each kernel must move at least (every input and output element once), per sample. */
function countedCosts(c: Compiled<'wgsl'>): {
  dispatches: number;
  readBytes: number;
  writeBytes: number;
  weightBytes: number;
} {
  let readBytes = 0;
  let writeBytes = 0;
  let dispatches = 0;
  const size = (v: { count: number; height: number; width: number }): number =>
    4 * v.count * v.height * v.width;
  for (const k of program(c)) {
    dispatches++;
    if (k.kind === 'exit') readBytes += size(k.logits);
    else if (k.kind === 'gather') {
      readBytes += 4 * k.perSample;
      writeBytes += 4 * k.perSample;
    } else {
      readBytes += size(k.input);
      writeBytes += size(k.output);
    }
  }
  return { dispatches, readBytes, writeBytes, weightBytes: 4 * c.plan.weights.elements };
}
