import { writeFileSync } from 'node:fs';
import { calibrateForBudget } from '../adaptive/budget.ts';
import type { ExitOutputs } from '../adaptive/calibrate.ts';
import { findThresholds } from '../adaptive/calibrate.ts';
import { exitPredictions } from '../adaptive/confidence.ts';
import { readCifarFile, toNormalizedBatch } from '../adaptive/datasets.ts';
import { exitShares, qForP } from '../adaptive/shares.ts';
import { makeThresholdsFile, serializeThresholdsFile } from '../adaptive/thresholds-file.ts';
import { compileWgsl } from '../backends/wgsl/compile.ts';
import { createNodeDevice } from '../backends/wgsl/node-device.ts';
import { expandRanet } from '../frontend/ranet.ts';
import { exitCosts } from '../ir/cost.ts';
import { createWebGpuModel } from '../runtime/webgpu.ts';
import type { Spec } from '../spec/types.ts';
import { UsageError } from './errors.ts';
import { loadCheckedWeights } from './run.ts';

export interface CalibrateOptions {
  readonly weights: string;
  readonly data: string;
  readonly output?: string;
  readonly budgetMflops?: number;
  readonly p?: number;
}

/** Every exit's outputs for a CIFAR-format data set, computed by the compiled WGSL model. */
export async function datasetOutputs(
  spec: Spec,
  weightsFile: string,
  dataFile: string,
): Promise<ExitOutputs> {
  const normalize = spec.input.normalize;
  if (normalize === undefined)
    throw new UsageError(`spec ${spec.name} has no input.normalize, needed to read uint8 images`);
  const set = readCifarFile(dataFile, { classes: spec.classes });
  const weights = new Map<string, Float32Array>();
  for (const [k, t] of loadCheckedWeights(expandRanet(spec), weightsFile))
    if (t.dtype === 'f32') weights.set(k, t.data);
  const { plan } = compileWgsl(spec);
  const gpu = await createNodeDevice();
  try {
    const model = await createWebGpuModel(gpu.device, plan, weights);
    const confidences = plan.stages.map(() => new Float32Array(set.count));
    const predictions = plan.stages.map(() => new Int32Array(set.count));
    for (let start = 0; start < set.count; start += plan.maxBatch) {
      const indices = Array.from({ length: Math.min(plan.maxBatch, set.count - start) }, (_, i) => start + i);
      const images = toNormalizedBatch(set.pixels, indices, normalize.mean, normalize.std);
      const exits = await model.allExits(images);
      exits.forEach((logits, e) => {
        const p = exitPredictions(logits, indices.length, spec.classes);
        confidences[e].set(p.confidence, start);
        predictions[e].set(p.prediction, start);
      });
      process.stderr.write(`\r${dataFile}: ${start + indices.length}/${set.count} images`);
    }
    process.stderr.write('\n');
    model.destroy();
    return { confidences, predictions, labels: set.labels };
  } finally {
    gpu.destroy();
  }
}

/** `ranetc calibrate`: thresholds by the reference algorithm, for a share ratio q = p/20 or a budget. */
export async function calibrate(spec: Spec, options: CalibrateOptions): Promise<string> {
  const val = await datasetOutputs(spec, options.weights, options.data);
  const flops = exitCosts(expandRanet(spec)).map((c) => c.flops);
  let thresholds: ArrayLike<number>;
  let q: number;
  if (options.budgetMflops !== undefined) {
    const found = calibrateForBudget(val.confidences, flops, options.budgetMflops * 1e6);
    thresholds = found.thresholds;
    q = found.q;
  } else {
    const p = options.p ?? 20;
    if (!Number.isInteger(p) || p < 1 || p > 39)
      throw new UsageError(`--p must be an integer 1..39, found ${p}`);
    q = qForP(p);
    thresholds = findThresholds(val.confidences, exitShares(q, flops.length));
  }
  const text = serializeThresholdsFile(makeThresholdsFile(spec.name, val, flops, thresholds, q));
  if (options.output !== undefined) writeFileSync(options.output, text);
  return text;
}
