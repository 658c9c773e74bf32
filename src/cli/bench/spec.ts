// `ranetc bench spec.yaml`: any spec, from any directory, through Dawn: the full network and,
// with thresholds, budgeted classification at each batch size, as img/s and ratios. Random
// weights and inputs when none are given, and the output says so.

import { openDataset } from '../../adaptive/open-dataset.ts';
import { createNodeDevice } from '../../backends/wgsl/node-device.ts';
import { compile } from '../../compile.ts';
import { expandRanet } from '../../frontend/ranet.ts';
import { createWebGpuModel } from '@ranetc/runtime';
import type { Spec } from '../../spec/types.ts';
import { loadCheckedWeights } from '../../weights/load.ts';
import { floatTensors } from '../../weights/tensor.ts';
import { UsageError } from '../errors.ts';
import { readThresholds } from '../eval.ts';
import { medianTime } from '../../timing/timing.ts';
import { normals, syntheticWeights } from '../../weights/synthetic.ts';
import { rate } from './common.ts';

export interface SpecBenchOptions {
  readonly weights?: string;
  readonly data?: string;
  readonly batch?: string;
  readonly thresholds?: string;
}

/** `--batch 1,64` as positive integers. */
export function parseBatches(text: string): number[] {
  const batches = text.split(',').map((s) => Number(s.trim()));
  if (batches.length === 0 || batches.some((b) => !Number.isInteger(b) || b < 1))
    throw new UsageError(
      `--batch: expected positive integers separated by commas (e.g. 1,64), found '${text}'`,
    );
  return batches;
}

export async function benchSpec(
  file: string,
  spec: Spec,
  options: SpecBenchOptions,
  out: (s: string) => void,
): Promise<void> {
  const batches = parseBatches(options.batch ?? `1,${spec.target.maxBatch}`);
  const graph = expandRanet(spec);
  const weights =
    options.weights === undefined
      ? syntheticWeights(graph)
      : floatTensors(loadCheckedWeights(graph, options.weights));
  const thresholds =
    options.thresholds === undefined ? undefined : [...readThresholds(options.thresholds, spec).thresholds];
  const per = spec.input.channels * spec.input.height * spec.input.width;
  const n = Math.max(...batches);
  let images: Float32Array;
  if (options.data === undefined) images = normals(n * per, 7);
  else {
    const set = openDataset(options.data, spec);
    if (set.count < n) throw new UsageError(`${options.data}: ${set.count} images, --batch needs ${n}`);
    images = set.batch(0, n);
  }

  const { plan } = compile(spec, { target: 'wgsl' });
  const gpu = await createNodeDevice();
  const model = await createWebGpuModel(gpu.device, plan, weights);
  try {
    out(
      `model: ${spec.name} (${file}), ${plan.exits} exits, ${(plan.exitFlops.at(-1)! / 1e6).toFixed(2)} MFLOPs full network`,
    );
    out(`device: ${gpu.adapter.description} (${gpu.adapter.vendor})`);
    out(`weights: ${options.weights ?? 'random (seed 1; no --weights given)'}`);
    out(`inputs: ${options.data ?? 'seeded standard normal (no --data given)'}`);
    if (thresholds !== undefined) out(`thresholds: ${options.thresholds}`);
    out(
      '\nbatch  full img/s' +
        (thresholds ? '  budgeted img/s  speedup  MFLOPs/img (accounting)  exits taken' : ''),
    );
    for (const batch of batches) {
      const chunk = images.subarray(0, batch * per);
      const reps = batch === 1 ? 10 : 3;
      const tFull = await medianTime(() => model.classify(chunk), reps);
      let line = `${String(batch).padStart(5)}  ${rate(tFull, batch).padStart(10)}`;
      if (thresholds !== undefined) {
        const tBudget = await medianTime(() => model.classify(chunk, { thresholds }), reps);
        const predictions = await model.classify(chunk, { thresholds });
        const counts = plan.exitFlops.map((_, e) => predictions.filter((p) => p.exit === e).length);
        const mflops = predictions.reduce((s, p) => s + plan.exitFlops[p.exit], 0) / batch / 1e6;
        line += `  ${rate(tBudget, batch).padStart(14)}  ${(tFull / tBudget).toFixed(2).padStart(6)}x  ${mflops.toFixed(2).padStart(23)}  ${counts.join('/')}`;
      }
      out(line);
    }
  } finally {
    model.destroy();
    gpu.destroy();
  }
}
