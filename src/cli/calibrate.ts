import type { ExitOutputs } from '../adaptive/calibrate.ts';
import { runAllExits } from '../adaptive/evaluate.ts';
import { openDataset } from '../adaptive/open-dataset.ts';
import {
  calibrateThresholdsFile,
  serializeThresholdsFile,
  type ThresholdsFile,
} from '../adaptive/thresholds-file.ts';
import { expandRanet } from '../frontend/ranet.ts';
import { exitCosts } from '../ir/cost.ts';
import type { Spec } from '../spec/types.ts';
import { UsageError } from './errors.ts';
import { writeFileAtomically } from './output-dir.ts';
import { progressBar } from './progress.ts';
import { loadCheckedWeights } from '../weights/load.ts';
import { withCompiledModel } from './run.ts';

export interface CalibrateOptions {
  readonly weights: string;
  readonly data: string;
  readonly output?: string;
  readonly budgetMflops?: number;
  readonly p?: number;
  readonly labels?: string;
}

/** Every exit's outputs for a data set (CIFAR file or image folder), computed by the compiled WGSL model. */
export async function datasetOutputs(
  spec: Spec,
  weightsFile: string,
  dataFile: string,
  labelsFile?: string,
): Promise<ExitOutputs> {
  const data = openDataset(dataFile, spec, labelsFile === undefined ? {} : { labelsFile });
  const weights = loadCheckedWeights(expandRanet(spec), weightsFile);
  return withCompiledModel(spec, weights, async (model) => {
    const run = await runAllExits(model, data, progressBar(`${dataFile}: all exits`));
    return run.outputs;
  });
}

/** `ranetc calibrate`: thresholds by the reference algorithm, for a share ratio q = p/20 or a budget. */
export async function calibrate(spec: Spec, options: CalibrateOptions): Promise<string> {
  const p = options.p;
  if (p !== undefined && (!Number.isInteger(p) || p < 1 || p > 39))
    throw new UsageError(`--p must be an integer 1..39, found ${p}`);
  const budget = options.budgetMflops;
  if (budget !== undefined && !(budget > 0))
    throw new UsageError(`--budget-mflops must be a positive number, found ${budget}`);
  const val = await datasetOutputs(spec, options.weights, options.data, options.labels);
  const flops = exitCosts(expandRanet(spec)).map((c) => c.flops);
  let file: ThresholdsFile;
  try {
    file = calibrateThresholdsFile(spec.name, val, flops, { p, budgetMFlops: budget });
  } catch (e) {
    // The budget is below what the cheapest thresholds cost on this validation set.
    if (e instanceof RangeError) throw new UsageError(`--budget-mflops: ${e.message}`);
    throw e;
  }
  const text = serializeThresholdsFile(file);
  if (options.output !== undefined) writeFileAtomically(options.output, text);
  return text;
}
