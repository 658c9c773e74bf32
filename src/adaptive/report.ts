/**
 * Markdown summary of an adaptive-inference evaluation: anytime accuracy per exit, the
 * budgeted curve, and where test inputs leave along it. Also turns the same data into the plot.
 */
import type { BudgetPoint } from './budget.ts';
import type { AccuracyPlot } from './plot.ts';

export interface AnytimeRow {
  /** Cumulative cost to reach and run this exit, MFLOPs. */
  readonly mflops: number;
  /** Top-1 accuracy of this exit alone, percent. */
  readonly accuracy: number;
  /** Top-5 accuracy, percent (models with more than 5 classes). */
  readonly top5?: number;
}

export interface AdaptiveSummary {
  readonly model: string;
  /** Which data set the numbers are on, e.g. "digits test (2000 images)". */
  readonly dataset?: string;
  readonly anytime: readonly AnytimeRow[];
  readonly budgeted: readonly BudgetPoint[];
  /** Where the budgeted curve's thresholds came from, e.g. "the validation set val.bin". */
  readonly thresholdsFrom?: string;
  /** Measured throughput of the compiled model running every exit, images per second. */
  readonly anytimeImagesPerSecond?: number;
  /** A budgeted classification run on the compiled model. */
  readonly run?: BudgetedRunSummary;
}

export interface BudgetedRunSummary {
  readonly thresholds: readonly number[];
  readonly accuracy: number;
  readonly exitCounts: readonly number[];
  readonly realizedMFlops: number;
  readonly executedMFlops?: number;
  readonly imagesPerSecond: number;
}

export function renderMarkdownSummary(s: AdaptiveSummary): string {
  const lines: string[] = [];
  lines.push(`# Adaptive inference: ${inline(s.model)}`, '');
  if (s.dataset !== undefined) lines.push(`Data: ${inline(s.dataset)}.`, '');

  const top5 = s.anytime.some((r) => r.top5 !== undefined);
  lines.push(
    '## Anytime prediction',
    '',
    `| exit | MFLOPs | top-1 (%) |${top5 ? ' top-5 (%) |' : ''}`,
    `|---:|---:|---:|${top5 ? '---:|' : ''}`,
  );
  s.anytime.forEach((r, e) => {
    const t5 = top5 ? ` ${r.top5?.toFixed(2) ?? '-'} |` : '';
    lines.push(`| ${e + 1} | ${r.mflops.toFixed(2)} | ${r.accuracy.toFixed(2)} |${t5}`);
  });
  lines.push('');
  if (s.anytimeImagesPerSecond !== undefined) {
    lines.push(`Every exit for every input: ${s.anytimeImagesPerSecond.toFixed(1)} images/s (measured).`, '');
  }

  if (s.budgeted.length > 0) {
    lines.push(
      '## Budgeted batch classification',
      '',
      `Thresholds chosen on ${inline(s.thresholdsFrom ?? 'the validation set')} for exit shares P[e] proportional to q^(e+1); cost and accuracy on the test set.`,
      '',
      '| p | q | expected MFLOPs | top-1 (%) | validation top-1 (%) |',
      '|---:|---:|---:|---:|---:|',
    );
    for (const b of s.budgeted) {
      lines.push(
        `| ${b.p} | ${b.q.toFixed(2)} | ${b.testExpectedMFlops.toFixed(2)} | ${b.testAccuracy.toFixed(2)} | ${b.validationAccuracy.toFixed(2)} |`,
      );
    }
    lines.push('');

    const exits = s.budgeted[0].testExitCounts.length;
    const head = Array.from({ length: exits }, (_, e) => `exit ${e + 1}`);
    lines.push(
      '## Exit distribution',
      '',
      'Share of test inputs leaving at each exit (%).',
      '',
      `| p | ${head.join(' | ')} |`,
      `|---:|${'---:|'.repeat(exits)}`,
    );
    for (const b of s.budgeted) {
      const n = b.testExitCounts.reduce((a, c) => a + c, 0);
      const cells = b.testExitCounts.map((c) => (n === 0 ? '-' : ((c * 100) / n).toFixed(1)));
      lines.push(`| ${b.p} | ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  if (s.run !== undefined) {
    const r = s.run;
    const n = r.exitCounts.reduce((a, c) => a + c, 0);
    const shares = r.exitCounts.map(
      (c, e) => `exit ${e + 1}: ${n === 0 ? '-' : ((c * 100) / n).toFixed(1)}%`,
    );
    lines.push(
      '## Budgeted classification on the compiled model',
      '',
      `Thresholds ${r.thresholds.map((t) => String(t)).join(', ')}.`,
      '',
      `- top-1 accuracy: ${r.accuracy.toFixed(2)}%`,
      `- computation: ${r.realizedMFlops.toFixed(2)} MFLOPs per image (realized exits)`,
      ...(r.executedMFlops === undefined
        ? []
        : [
            `- executed: ${r.executedMFlops.toFixed(2)} MFLOPs per image (counted by the kernels on the device)`,
          ]),
      `- throughput: ${r.imagesPerSecond.toFixed(1)} images/s (measured)`,
      `- exits: ${shares.join(', ')}`,
      '',
    );
  }
  return lines.join('\n');
}

/** The accuracy-vs-MFLOPs figure for a summary. */
export function summaryPlot(s: AdaptiveSummary): AccuracyPlot {
  return {
    title: `${s.model}: accuracy vs. computation`,
    anytime: s.anytime.map((r, e) => ({ ...r, label: `exit ${e + 1}` })),
    budgeted: s.budgeted.map((b) => ({ mflops: b.testExpectedMFlops, accuracy: b.testAccuracy })),
  };
}

/** Keeps user text from breaking a table row or starting markup. */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]|<>]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
