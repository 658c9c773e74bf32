import { describe, expect, it } from 'vitest';
import type { BudgetPoint } from '../../src/adaptive/budget.ts';
import { renderMarkdownSummary, summaryPlot, type AdaptiveSummary } from '../../src/adaptive/report.ts';

const point = (p: number, mflops: number, acc: number, counts: number[]): BudgetPoint => ({
  p,
  q: p / 20,
  thresholds: [0.9, -1e8],
  validationAccuracy: acc + 1,
  testAccuracy: acc,
  testExpectedMFlops: mflops,
  testExitCounts: counts,
});

const summary: AdaptiveSummary = {
  model: 'digits|v2',
  dataset: 'digits test (2000 images)',
  anytime: [
    { mflops: 0.412, accuracy: 71.25 },
    { mflops: 1.3, accuracy: 90.5 },
  ],
  budgeted: [point(1, 0.5, 75, [1800, 200]), point(20, 0.9, 85.125, [1000, 1000])],
};

describe('markdown summary', () => {
  const md = renderMarkdownSummary(summary);

  it('tabulates anytime accuracy per exit', () => {
    expect(md).toContain('# Adaptive inference: digits\\|v2');
    expect(md).toContain('| 1 | 0.41 | 71.25 |');
    expect(md).toContain('| 2 | 1.30 | 90.50 |');
  });

  it('lists the budgeted curve and the exit distribution', () => {
    expect(md).toContain('| 20 | 1.00 | 0.90 | 85.13 | 86.13 |');
    expect(md).toContain('| p | exit 1 | exit 2 |');
    expect(md).toContain('| 1 | 90.0 | 10.0 |');
    expect(md).toContain('| 20 | 50.0 | 50.0 |');
  });

  it('feeds the plot', () => {
    const plot = summaryPlot(summary);
    expect(plot.anytime.map((a) => a.label)).toEqual(['exit 1', 'exit 2']);
    expect(plot.budgeted).toEqual([
      { mflops: 0.5, accuracy: 75 },
      { mflops: 0.9, accuracy: 85.125 },
    ]);
  });
});
