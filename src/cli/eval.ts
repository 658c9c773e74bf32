import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateDataset, type Evaluation } from '../adaptive/evaluate.ts';
import { openDataset } from '../adaptive/open-dataset.ts';
import { renderAccuracyPlotSvg } from '../adaptive/plot.ts';
import { renderMarkdownSummary, summaryPlot, type AdaptiveSummary } from '../adaptive/report.ts';
import { parseThresholdsFile, type ThresholdsFile } from '../adaptive/thresholds-file.ts';
import { expandRanet } from '../frontend/ranet.ts';
import type { Spec } from '../spec/types.ts';
import { UsageError } from './errors.ts';
import { writeDirectoryAtomically } from './output-dir.ts';
import { progressBar } from './progress.ts';
import { loadCheckedWeights } from '../weights/load.ts';
import { withCompiledModel } from './run.ts';
import type { Backend } from './run.ts';

export interface EvalOptions {
  readonly weights: string;
  readonly data: string;
  readonly labels?: string;
  readonly val?: string;
  readonly valLabels?: string;
  readonly thresholds?: string;
  readonly report?: string;
  /** The executor: WebGPU through Dawn (default), or CUDA on a GPU or on the cuda-cpu harness. */
  readonly backend?: Exclude<Backend, 'reference'>;
}

export const EVAL_FORMAT = 'ranetc-eval/1';

/** What `ranetc eval --json` prints and `--report` writes as report.json. */
export interface EvalReport extends Evaluation {
  readonly format: typeof EVAL_FORMAT;
  readonly model: string;
  readonly device: string;
  readonly data: string;
  readonly val?: string;
  readonly thresholdsFile?: string;
}

/**
 * `ranetc eval`: anytime accuracy per exit and the budgeted curve on a test set, computed by
 * the compiled model; with `--thresholds`, budgeted classification on the model itself.
 * The curve's thresholds come from `--val` when given (calibrated on it), else from the
 * thresholds file's curve.
 */
export async function evaluate(spec: Spec, options: EvalOptions): Promise<EvalReport> {
  const file = options.thresholds === undefined ? undefined : readThresholds(options.thresholds, spec);
  const graph = expandRanet(spec);
  const test = openDataset(options.data, spec, labelsOption(options.labels));
  const val =
    options.val === undefined ? undefined : openDataset(options.val, spec, labelsOption(options.valLabels));
  const weights = loadCheckedWeights(graph, options.weights);
  const labels = { test: options.data, val: options.val ?? '', budgeted: `${options.data}: budgeted` };
  // A budgeted run also counts, on the device, the work the kernels execute.
  const counters = file !== undefined;
  return withCompiledModel(
    spec,
    weights,
    async (model, device) => {
      const evaluation = await evaluateDataset(model, test, {
        ...(val === undefined ? {} : { val }),
        ...(file?.curve === undefined ? {} : { curve: file.curve }),
        ...(file === undefined ? {} : { thresholds: file.thresholds }),
        onProgress: (phase) => progressBar(labels[phase]),
      });
      return {
        format: EVAL_FORMAT,
        model: spec.name,
        device,
        data: options.data,
        ...(options.val === undefined ? {} : { val: options.val }),
        ...(options.thresholds === undefined ? {} : { thresholdsFile: options.thresholds }),
        ...evaluation,
      };
    },
    options.backend ?? 'wgsl',
    counters,
  );
}

function labelsOption(labelsFile: string | undefined): { labelsFile?: string } {
  return labelsFile === undefined ? {} : { labelsFile };
}

export function readThresholds(file: string, spec: Spec): ThresholdsFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${file}: cannot read the thresholds file (${(e as Error).message})`);
  }
  const t = parseThresholdsFile(text, file);
  const exits = expandRanet(spec).exits.length;
  if (t.exits !== exits) {
    throw new UsageError(
      `${file}: field "exits": the thresholds are for ${t.exits} exits, model ${spec.name} has ${exits}`,
    );
  }
  if (t.model !== spec.name) {
    process.stderr.write(
      `warning: ${file} was calibrated for model "${t.model}", evaluating "${spec.name}"\n`,
    );
  }
  return t;
}

/** The report as the markdown summary and plot see it. */
export function toSummary(r: EvalReport): AdaptiveSummary {
  const from =
    r.budgetedCurve?.thresholdsFrom === 'val'
      ? `the validation set ${r.val}`
      : `the thresholds file ${r.thresholdsFile}`;
  return {
    model: r.model,
    dataset: `${r.data} (${r.images} images), ${r.device}`,
    anytime: r.exits.map((e) => ({
      mflops: e.mflops,
      accuracy: e.top1,
      ...(e.top5 === undefined ? {} : { top5: e.top5 }),
    })),
    budgeted: r.budgetedCurve?.points ?? [],
    ...(r.budgetedCurve === undefined ? {} : { thresholdsFrom: from }),
    anytimeImagesPerSecond: r.anytime.imagesPerSecond,
    ...(r.budgeted === undefined ? {} : { run: r.budgeted }),
  };
}

/** `--report dir`: report.json, accuracy.svg and summary.md, written atomically. */
export function writeReport(dir: string, r: EvalReport): void {
  const summary = toSummary(r);
  writeDirectoryAtomically(
    dir,
    new Map([
      ['report.json', JSON.stringify(r, null, 2) + '\n'],
      ['accuracy.svg', renderAccuracyPlotSvg(summaryPlot(summary))],
      ['summary.md', renderMarkdownSummary(summary)],
    ]),
  );
}

/** The human-readable result. */
export function formatEval(r: EvalReport): string {
  const lines = [`${r.model} on ${r.data}: ${r.images} images, ${r.device}`, ''];
  const top5 = r.exits.some((e) => e.top5 !== undefined);
  lines.push(`exit   MFLOPs  top-1 (%)${top5 ? '  top-5 (%)' : ''}`);
  for (const e of r.exits) {
    lines.push(
      `${String(e.exit).padStart(4)}  ${e.mflops.toFixed(2).padStart(7)}  ${e.top1.toFixed(2).padStart(9)}` +
        (e.top5 === undefined ? '' : `  ${e.top5.toFixed(2).padStart(9)}`),
    );
  }
  lines.push(
    `every exit for every input: ${r.anytime.imagesPerSecond.toFixed(1)} images/s (${r.anytime.seconds.toFixed(1)} s)`,
  );
  const curve = r.budgetedCurve;
  if (curve !== undefined) {
    lines.push(
      '',
      `budgeted curve (thresholds from ${curve.thresholdsFrom === 'val' ? r.val : r.thresholdsFile}):`,
    );
    lines.push('   p     q   MFLOPs  top-1 (%)  exits');
    for (const p of curve.points) {
      lines.push(
        `${String(p.p).padStart(4)}  ${p.q.toFixed(2)}  ${p.testExpectedMFlops.toFixed(2).padStart(7)}  ${p.testAccuracy.toFixed(2).padStart(9)}  ${p.testExitCounts.join(' ')}`,
      );
    }
  } else {
    lines.push('', 'no budgeted curve: give --val, or --thresholds with a file that has a curve');
  }
  const b = r.budgeted;
  if (b !== undefined) {
    lines.push(
      '',
      `budgeted classification with ${path.basename(r.thresholdsFile ?? '')}:`,
      `  top-1 ${b.accuracy.toFixed(2)}%, ${b.realizedMFlops.toFixed(2)} MFLOPs/image by the accounting for the exits taken ` +
        `(${((100 * b.realizedMFlops) / r.exits.at(-1)!.mflops).toFixed(1)}% of the full network's ${r.exits.at(-1)!.mflops.toFixed(2)}), ` +
        `${b.executedMFlops === undefined ? '' : `${b.executedMFlops.toFixed(2)} executed (counted by the kernels), `}${b.imagesPerSecond.toFixed(1)} images/s`,
      `  exits ${b.exitCounts.join(' ')} (from the anytime outputs: ${b.simulatedExitCounts.join(' ')}, top-1 ${b.simulatedAccuracy.toFixed(2)}%)`,
    );
  }
  return lines.join('\n');
}
