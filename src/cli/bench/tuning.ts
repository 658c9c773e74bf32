/**
 * What a tuned build buys, measured in one run on the Dawn device: each model is tuned
 * (`tune`, timed, each regime confirmed against the default on the whole network), then its default build and its tuned build (as `build --tuning` makes it:
 * every tuned batch regime, each chunk running the one nearest its size) run the full network
 * (every input to the last exit) interleaved call by call with the plan's GPU default kernels
 * (`gpu-default`: stage kernels for small chunks, implicit GEMM at large batches), at batch 1 and 64; and the achieved
 * rate against the device's measured peak of a plain FMA loop, both in multiply-adds per second
 * (the network's convolutions and classifiers, `kernelMadds`; the peak loop's `fma` lanes).
 * `npm run bench -- --only tuning`.
 */
import path from 'node:path';
import { cifarImages } from '../../adaptive/datasets.ts';
import { createNodeDevice } from '../../backends/wgsl/node-device.ts';
import { compile } from '../../compile.ts';
import { expandRanet } from '../../frontend/ranet.ts';
import type { CompiledModel } from '@ranetc/runtime';
import { storedWeights, writePackedWeights } from '@ranetc/runtime';
import { createWebGpuModel, withKernels } from '@ranetc/runtime';
import { loadSpec } from '../../spec/parse.ts';
import { DEVICE_FEATURES, variantFeatures } from '../../backends/wgsl/variants.ts';
import { withTunings } from '../../tune/apply.ts';
import { tuneSpec } from '../../tune/candidates.ts';
import type { AdapterTuning } from '../../tune/file.ts';
import { TUNING_FORMAT } from '../../tune/file.ts';
import { interleavedMedians } from '../../timing/timing.ts';
import { kernelMadds } from '../../kernels/flops.ts';
import { measureFmaPeak } from '../../backends/wgsl/peak.ts';
import { syntheticWeights } from '../../weights/synthetic.ts';
import { loadWeights } from '../../weights/load.ts';
import { floatTensors } from '../../weights/tensor.ts';

/**
 * A model of the section and how far to take it: its tuning search (`budget` candidates per
 * shape, `reps` timed calls), the batches tuned and compared (default 1 and 64, tuned at 1 and
 * maxBatch), and the interleaved calls per build and batch.
 */
export interface BenchTuningModel {
  readonly name: string;
  readonly budget?: number;
  readonly reps?: number;
  readonly batches?: readonly number[];
  readonly calls?: number;
  /** Confirmation calls per build before its interval may end it (`tune`'s `confirmCalls`). */
  readonly confirmCalls?: number;
}

export interface BenchTuningOptions {
  /** Models: bundled spec names, or names with their own settings. */
  readonly models?: readonly (string | BenchTuningModel)[];
  /** Tuning search: candidates per shape and timed calls per candidate, for models given by name. */
  readonly budget?: number;
  readonly reps?: number;
  /** Interleaved timed calls per build and batch. */
  readonly calls?: number;
}

export async function benchTuning(
  fixtures: string,
  out: (s: string) => void,
  options: BenchTuningOptions = {},
): Promise<void> {
  const gpu = await createNodeDevice({ timestamps: true });
  try {
    out(`device: ${gpu.adapter.description} (${gpu.adapter.vendor}, ${gpu.adapter.architecture})`);
    const peak = await measureFmaPeak(gpu.device);
    out(
      `peak of a plain FMA loop kernel: ${(peak / 1e9).toFixed(2)} G multiply-adds/s (timestamp queries; one per FMA lane, median of 5)`,
    );
    for (const model of options.models ?? ['digits', 'ranet-cifar10']) {
      const m = typeof model === 'string' ? { name: model } : model;
      const { name } = m;
      const budget = m.budget ?? options.budget ?? 8;
      const reps = m.reps ?? options.reps ?? 3;
      const section = performance.now();
      const { spec } = loadSpec(path.join('specs', `${name}.yaml`));
      const graph = expandRanet(spec);
      const file = path.join(fixtures, name, 'model.safetensors');
      let weights: Map<string, Float32Array>;
      let weightsNote = 'trained weights';
      try {
        weights = floatTensors(loadWeights(file));
      } catch {
        weights = syntheticWeights(graph);
        weightsNote = 'synthetic weights';
      }
      const per = spec.input.channels * spec.input.height * spec.input.width;
      const batches = m.batches ?? [1, 64];
      const images = inputs(fixtures, name, spec, per, Math.max(...batches));
      // Every variant the device allows, f16 arithmetic included (the bench reports what wins).
      const features = DEVICE_FEATURES.filter((f) => gpu.device.features.has(f));
      const result = await tuneSpec(spec, weights, gpu.device, gpu.adapter, {
        budget,
        reps,
        features,
        ...(m.confirmCalls === undefined ? {} : { confirmCalls: m.confirmCalls }),
        ...(m.batches === undefined
          ? {}
          : { batches: m.batches.map((b) => Math.min(b, spec.target.maxBatch)) }),
      });
      const compiled = compile(spec, { target: 'wgsl' });
      const full = compiled.plan;
      // Multiply-adds per input through the whole network (every stage), the rate's numerator.
      const madds = compiled.program.stages
        .flatMap((st) => st.kernels)
        .reduce((a, k) => a + kernelMadds(k), 0);
      out(
        `\n${name} (${weightsNote}, maxBatch ${spec.target.maxBatch}, ${(full.exitFlops.at(-1)! / 1e6).toFixed(2)} MFLOPs full network): ` +
          `tuned in ${result.seconds.toFixed(1)} s (${result.rounds} rounds, budget ${budget}, median of ${reps}; ` +
          `regimes ${result.tuning.batches.join(', ')}; features tried: ${features.join(', ') || 'none'})`,
      );
      for (const b of result.tuning.batches) {
        out(
          `  tune's choices at batch ${b}: ${choiceSummary({ ...result.tuning, layers: [...result.searched] }, b)}`,
        );
        const c = result.tuning.confirmed?.find((x) => x.batch === b);
        out(
          c === undefined
            ? `  tune's confirmation at batch ${b}: nothing to confirm (no layer changed)`
            : `  tune's confirmation at batch ${b}: whole network default ${c.defaultMs.toFixed(2)} ms, chosen ${c.tunedMs.toFixed(2)} ms ` +
                `(${(c.defaultMs / c.tunedMs).toFixed(3)}x, medians of ${c.calls} interleaved calls` +
                (c.ratioInterval === undefined
                  ? ''
                  : `, tuned/default 95% interval ${c.ratioInterval[0].toFixed(3)}-${c.ratioInterval[1].toFixed(3)}`) +
                `): kept the ${c.kept} kernels`,
        );
      }
      // Packed (BatchNorm folded) once for both builds: the same layout.
      const stored = storedWeights(full, weights);
      const models: Record<string, CompiledModel> = {
        default: await createWebGpuModel(gpu.device, full, writePackedWeights(full, stored)),
      };
      // The GPU default (stage kernels for small chunks, implicit GEMM at large batches), run here
      // although lavapipe is a CPU.
      if (full.gpu !== undefined) {
        const gemm = withKernels(full, full.gpu);
        models['gpu-default'] = await createWebGpuModel(gpu.device, gemm, writePackedWeights(gemm, stored));
      }
      const tuned = withTunings(
        spec,
        full,
        {},
        { format: TUNING_FORMAT, tunings: [result.tuning] },
        'bench',
        () => {},
      );
      models.tuned = await createWebGpuModel(gpu.device, tuned, writePackedWeights(tuned, stored), {
        adapter: gpu.adapter,
      });
      out('batch  build        img/s  vs default  vs tuned  G madds/s  of FMA peak');
      for (const batch of batches) {
        const x = images.subarray(0, batch * per);
        const times = await interleaved(models, x, m.calls ?? options.calls ?? (batch === 1 ? 15 : 5));
        for (const [build, ms] of Object.entries(times)) {
          const rate = (madds * batch) / (ms / 1000);
          out(
            `${String(batch).padStart(5)}  ${build.padEnd(10)} ${((batch * 1000) / ms).toFixed(1).padStart(7)}  ${(times.default / ms).toFixed(3).padStart(9)}x  ${(times.tuned / ms).toFixed(3).padStart(7)}x  ${(rate / 1e9).toFixed(3).padStart(9)}  ${((100 * rate) / peak).toFixed(1).padStart(10)}%`,
          );
        }
      }
      for (const built of Object.values(models)) built.destroy();
      out(
        `${name}: ${((performance.now() - section) / 1000).toFixed(1)} s in all (weights, tuning, both builds, timing)`,
      );
    }
    out(
      '\ntuned: the build --tuning makes, with every tuned batch regime; a chunk of n inputs runs the regime ' +
        'nearest n on a log scale (batches 1 and m: below sqrt(m) the batch-1 kernels). A batch over maxBatch runs in chunks of maxBatch. ' +
        "gpu-default: the plan's GPU default kernels (stage kernels for small chunks, implicit-GEMM convolutions at large batches), which an adapter that is not a CPU runs.",
    );
  } finally {
    gpu.destroy();
  }
}

/**
 * Which dimensions won at batch `b`: per kernel kind (convolution, conv-resize, head), the shapes
 * whose chosen variant is not the default, among them those on f16 arithmetic or subgroups, and
 * the kind's summed device time per call, default -> chosen (tune's medians).
 */
function choiceSummary(t: AdapterTuning, b: number): string {
  const kinds = new Map<
    string,
    {
      shapes: number;
      changed: number;
      f16: number;
      subgroups: number;
      won: Set<string>;
      ms: number;
      defaultMs: number;
    }
  >();
  for (const l of t.layers.filter((x) => x.batch === b)) {
    const kind = l.shape.startsWith('head')
      ? 'heads'
      : l.shape.includes(' resize ')
        ? 'conv-resizes'
        : 'convolutions';
    const c = kinds.get(kind) ?? {
      shapes: 0,
      changed: 0,
      f16: 0,
      subgroups: 0,
      won: new Set<string>(),
      ms: 0,
      defaultMs: 0,
    };
    c.shapes++;
    c.ms += l.ms;
    c.defaultMs += l.defaultMs;
    if (l.ms < l.defaultMs) {
      c.changed++;
      const needs = variantFeatures(l.variant);
      if (needs.includes('shader-f16')) c.f16++;
      if (needs.includes('subgroups')) c.subgroups++;
      if (kind !== 'convolutions') c.won.add(JSON.stringify(l.variant));
    }
    kinds.set(kind, c);
  }
  return [...kinds]
    .map(
      ([k, c]) =>
        `${k} ${c.changed}/${c.shapes} changed (f16 arithmetic ${c.f16}, subgroups ${c.subgroups}), ` +
        `${c.defaultMs.toFixed(2)} -> ${c.ms.toFixed(2)} ms a call` +
        (c.won.size === 0 ? '' : ` to ${[...c.won].join(' ')}`),
    )
    .join('; ');
}

/** Inputs: the model's test images where the fixtures have them, seeded noise otherwise. */
function inputs(
  fixtures: string,
  name: string,
  spec: ReturnType<typeof loadSpec>['spec'],
  per: number,
  n: number,
): Float32Array {
  try {
    return cifarImages(path.join(fixtures, name, 'test.bin'), spec.classes, spec.input).batch(0, n);
  } catch {
    const io = path.join(fixtures, name, 'io.safetensors');
    try {
      const x = loadWeights(io).get('input')!.data as Float32Array;
      return Float32Array.from({ length: n * per }, (_, i) => x[i % x.length]);
    } catch {
      return Float32Array.from({ length: n * per }, (_, i) => Math.sin(i * 12.9898) * 0.5);
    }
  }
}

/** Median wall time (ms) of each model's `classify`, calls interleaved after one warm-up each. */
async function interleaved(
  models: Record<string, CompiledModel>,
  images: Float32Array,
  calls: number,
): Promise<Record<string, number>> {
  const entries = Object.entries(models);
  const ms = await interleavedMedians(
    entries.map(
      ([, m]) =>
        () =>
          m.classify(images),
    ),
    calls,
  );
  return Object.fromEntries(entries.map(([k], i) => [k, ms[i]]));
}
