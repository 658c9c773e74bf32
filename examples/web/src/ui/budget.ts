// The budget slider and what the chosen budget did: compute, accuracy, exits taken.

import type { Prediction } from '../../../../generated/digits/index.js';
import type { BudgetPoint, DemoAssets } from '../assets-format.ts';
import { curveChart } from './curve.ts';
import { byId, exitColour, h, mflops, percent } from './dom.ts';

export class BudgetView {
  readonly slider = byId<HTMLInputElement>('budget');
  private readonly value = byId<HTMLOutputElement>('budget-value');
  private readonly stats = byId('stats');
  private readonly min: number;
  private readonly max: number;

  /**
   * `pointFor`: the calibrated point whose thresholds the model uses for a budget (the
   * runtime chooses: `classify({ budgetMFlops })`).
   */
  constructor(
    private readonly calibration: DemoAssets['calibration'],
    private readonly exitMFlops: readonly number[],
    private readonly pointFor: (budgetMFlops: number) => BudgetPoint,
    initial: number,
  ) {
    const full = exitMFlops[exitMFlops.length - 1];
    // From the cheapest calibrated cost (rounded up to the slider's step): no point fits below it.
    this.min = Math.ceil(Math.min(...calibration.points.map((p) => p.expectedMFlops)) * 20) / 20;
    this.max = Math.ceil(full * 10) / 10;
    Object.assign(this.slider, { min: String(this.min), max: String(this.max), step: '0.05' });
    this.slider.value = String(initial);
    const exits = exitMFlops.length;
    byId('exit-ticks').replaceChildren(
      ...exitMFlops
        .map((f, e) => ({ f, e }))
        .filter(({ f }) => f >= this.min && f <= this.max)
        .map(({ f, e }) =>
          h(
            'span',
            { class: 'tick', style: `left:${this.position(f)}%;--exit:${exitColour(e, exits)}` },
            `exit ${e + 1}`,
          ),
        ),
    );
    this.slider.addEventListener('input', () => this.paintTrack());
    this.paintTrack();
  }

  get budget(): number {
    return Number(this.slider.value);
  }

  /** The calibrated operating point for the slider's budget. */
  get point(): BudgetPoint {
    return this.pointFor(this.budget);
  }

  /** Shows a finished run: `predictions` came from `point`'s thresholds. */
  show(predictions: readonly Prediction[], labels: readonly number[], point: BudgetPoint, ms: number): void {
    const { exitMFlops } = this;
    const exits = exitMFlops.length;
    const full = exitMFlops[exits - 1];
    const n = predictions.length;
    const average = predictions.reduce((s, p) => s + exitMFlops[p.exit], 0) / n;
    const correct = predictions.filter((p) => p.class === labels[p.index]).length;
    const counts = exitMFlops.map((_, e) => predictions.filter((p) => p.exit === e).length);
    const most = Math.max(...counts, 1);
    this.stats.dataset.averageMflops = String(average);
    this.stats.dataset.meanExit = String(predictions.reduce((s, p) => s + p.exit, 0) / n);
    this.stats.dataset.thresholds = JSON.stringify(point.thresholds);
    this.stats.replaceChildren(
      h(
        'div',
        { class: 'stat' },
        h('span', { class: 'stat-label' }, 'Average compute'),
        h('span', { class: 'stat-value' }, average.toFixed(2), h('small', {}, ' MFLOPs')),
        h('span', { class: 'meter' }, h('b', { style: `width:${(100 * average) / full}%` })),
        h(
          'span',
          { class: 'stat-note' },
          `${percent(average / full)} of the full network (${mflops(full, 2)})`,
        ),
      ),
      h(
        'div',
        { class: 'stat' },
        h('span', { class: 'stat-label' }, `Accuracy on these ${n}`),
        h('span', { class: 'stat-value' }, percent(correct / n, 1)),
        h('span', { class: 'stat-note' }, `${correct} of ${n} correct · ${ms.toFixed(0)} ms for the batch`),
      ),
      h(
        'div',
        { class: 'stat stat-wide' },
        h('span', { class: 'stat-label' }, 'Where the images left'),
        h(
          'span',
          { class: 'histogram' },
          ...counts.map((c, e) =>
            h(
              'span',
              { class: 'bar', title: `${c} images left at exit ${e + 1}` },
              h('b', { style: `height:${(100 * c) / most}%;background:${exitColour(e, exits)}` }),
              h('em', {}, String(c)),
              h('i', {}, `exit ${e + 1}`),
            ),
          ),
        ),
      ),
      h(
        'div',
        { class: 'stat stat-wide' },
        h('span', { class: 'stat-label' }, 'Accuracy vs. compute, calibrated'),
        curveChart(this.calibration.points, point, this.budget, this.min, this.max),
        h(
          'span',
          { class: 'stat-note' },
          `${point.p === null ? 'No early exit' : `Thresholds for p = ${point.p}`}: ${mflops(point.expectedMFlops, 2)} ` +
            `and ${point.accuracy.toFixed(1)}% on ${this.calibration.images} ${this.calibration.set} images`,
        ),
      ),
    );
  }

  private position(v: number): number {
    return (100 * (v - this.min)) / (this.max - this.min);
  }

  private paintTrack(): void {
    this.slider.style.setProperty('--fill', `${this.position(this.budget)}%`);
    const point = this.point;
    this.value.replaceChildren(
      h('strong', {}, this.budget.toFixed(2)),
      ' MFLOPs per image',
      h(
        'span',
        { class: 'budget-point' },
        point.p === null ? 'no early exit' : `thresholds for p = ${point.p}`,
      ),
    );
  }
}
