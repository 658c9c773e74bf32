import { existsSync, writeFileSync } from 'node:fs';
import { createNodeDevice } from '../backends/wgsl/node-device.ts';
import type { DeviceFeature } from '../backends/wgsl/variants.ts';
import { expandRanet } from '../frontend/ranet.ts';
import type { Spec } from '../spec/types.ts';
import { tuneSpec } from '../tune/candidates.ts';
import { mergeTuning } from '../tune/file.ts';
import { CONFIRM_MAX_CALLS, CONFIRM_MIN_CALLS } from '../tune/tune.ts';
import { readTuningFile } from './tuning-file.ts';
import { syntheticWeights } from '../weights/synthetic.ts';
import { loadCheckedWeights } from '../weights/load.ts';
import { floatTensors } from '../weights/tensor.ts';
import { UsageError } from './errors.ts';

export interface TuneCommandOptions {
  readonly weights?: string;
  readonly output: string;
  readonly budget: number;
  readonly reps: number;
  /** Whole-network calls per build in each regime's confirmation before its interval may end it (default `CONFIRM_MIN_CALLS`). */
  readonly confirmCalls?: number;
  /** Also try f16-arithmetic convolutions (the device must have `shader-f16`). */
  readonly f16Math?: boolean;
  /** Race each regime's kernels against stage kernels (default true). */
  readonly stageKernels?: boolean;
}

/**
 * `ranetc tune`: tunes the spec's convolutions on the Dawn device, merges the result into the
 * output file (replacing an earlier tuning of this adapter and model), and summarizes it. A
 * progress bar on stderr.
 */
export async function tuneCommand(spec: Spec, opts: TuneCommandOptions): Promise<string> {
  for (const [name, v] of [
    ['--budget', opts.budget],
    ['--reps', opts.reps],
    ['--confirm-calls', opts.confirmCalls ?? CONFIRM_MIN_CALLS],
  ] as const)
    if (!Number.isInteger(v) || v < 1)
      throw new UsageError(`${name}: expected a positive integer, found ${v}`);
  if ((opts.confirmCalls ?? CONFIRM_MIN_CALLS) > CONFIRM_MAX_CALLS)
    throw new UsageError(
      `--confirm-calls: expected at most ${CONFIRM_MAX_CALLS}, found ${opts.confirmCalls}`,
    );
  if (spec.target.backend !== 'wgsl')
    throw new UsageError(
      `spec ${spec.name}: tunings choose WGSL kernels; its target.backend is ${spec.target.backend}`,
    );
  const existing = existsSync(opts.output) ? readTuningFile(opts.output) : undefined;
  const graph = expandRanet(spec);
  const weights =
    opts.weights === undefined
      ? syntheticWeights(graph)
      : floatTensors(loadCheckedWeights(graph, opts.weights));
  const gpu = await createNodeDevice({ timestamps: true }).catch((e: Error) => {
    throw new UsageError(`ranetc tune times dispatches with timestamp queries: ${e.message}`);
  });
  const isTTY = process.stderr.isTTY;
  try {
    if (opts.f16Math === true && !gpu.f16)
      throw new UsageError(
        `--f16-math: the adapter (${gpu.adapter.description}) does not offer 'shader-f16'`,
      );
    const features: DeviceFeature[] = [
      ...(opts.f16Math === true ? (['shader-f16'] as const) : []),
      ...(gpu.subgroups ? (['subgroups'] as const) : []),
    ];
    const result = await tuneSpec(spec, weights, gpu.device, gpu.adapter, {
      budget: opts.budget,
      reps: opts.reps,
      confirmCalls: opts.confirmCalls ?? CONFIRM_MIN_CALLS,
      features,
      stageKernels: opts.stageKernels ?? true,
      progress: (done, total) => {
        const bar = '#'.repeat(Math.round((30 * done) / total)).padEnd(30, '.');
        process.stderr.write(
          `${isTTY ? '\r' : ''}tune ${spec.name} [${bar}] ${done}/${total}${isTTY && done < total ? '' : '\n'}`,
        );
      },
    });
    writeFileSync(opts.output, `${JSON.stringify(mergeTuning(existing, result.tuning), null, 1)}\n`);
    const lines = [
      `${opts.output}: ${spec.name} tuned on ${gpu.adapter.description} in ${result.seconds.toFixed(1)} s ` +
        `(${result.rounds} rounds, up to ${opts.budget} candidates per shape, median of ${opts.reps} calls` +
        `, each regime confirmed on the whole network` +
        `${features.length === 0 ? '' : `; device features tried: ${features.join(', ')}`})`,
    ];
    if (result.tuning.features !== undefined)
      lines.push(
        `  the chosen kernels need: ${result.tuning.features.join(', ')} (elsewhere a build falls back to the default kernels)`,
      );
    for (const b of result.tuning.batches) {
      const layers = result.searched.filter((l) => l.batch === b);
      const tuned = layers.reduce((a, l) => a + l.ms, 0);
      const base = layers.reduce((a, l) => a + l.defaultMs, 0);
      const changed = layers.filter((l) => l.ms < l.defaultMs).length;
      lines.push(
        `  batch ${b}: ${layers.length} layer shapes, ${changed} changed; tuned kernels ${base.toFixed(2)} -> ${tuned.toFixed(2)} ms (${(base / tuned).toFixed(3)}x, the search's per-shape medians)`,
      );
      const c = result.tuning.confirmed?.find((x) => x.batch === b);
      lines.push(
        c === undefined
          ? `    confirmation: nothing to confirm, every layer keeps its default`
          : `    confirmation, whole network (medians of ${c.calls} interleaved calls): default ${c.defaultMs.toFixed(2)} ms, tuned ${c.tunedMs.toFixed(2)} ms` +
              (c.ratioInterval === undefined
                ? ''
                : `, tuned/default 95% interval ${c.ratioInterval[0].toFixed(3)}-${c.ratioInterval[1].toFixed(3)}`) +
              (c.kept === 'tuned'
                ? ': faster beyond the noise, kept the tuned kernels'
                : ': not faster beyond the noise, kept the default kernels'),
      );
      const st = result.tuning.stageKernels?.find((x) => x.batch === b);
      if (st !== undefined)
        lines.push(
          `    stage kernels, whole network (medians of ${st.calls} interleaved calls): dispatch per kernel ${st.dispatchesMs.toFixed(2)} ms, stage kernels ${st.stageMs.toFixed(2)} ms` +
            `, stage/dispatches 95% interval ${st.ratioInterval[0].toFixed(3)}-${st.ratioInterval[1].toFixed(3)}` +
            (st.kept === 'stage'
              ? ': faster beyond the noise, this regime runs stage kernels'
              : ': not faster beyond the noise, this regime runs a dispatch per kernel'),
        );
    }
    return lines.join('\n');
  } finally {
    gpu.destroy();
  }
}
