// Anytime prediction: one row per exit, filled in as the exit finishes, one cell per image.

import type { ExitPredictions, Prediction } from '../../../../generated/digits/index.js';
import { exitColour, h, mflops, percent } from './dom.ts';

export class AnytimeView {
  private rows: HTMLElement[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly labels: readonly number[],
    private readonly exitMFlops: readonly number[],
  ) {}

  /** Empties the view before a new pass. */
  reset(): void {
    this.rows = [];
    this.root.replaceChildren();
    this.root.dataset.exits = '0';
  }

  add(step: ExitPredictions): void {
    const exits = this.exitMFlops.length;
    const correct = step.predictions.filter((p) => p.class === this.labels[p.index]).length;
    const n = step.predictions.length;
    const row = h(
      'div',
      {
        class: 'anytime-row',
        'data-exit': step.exit,
        'data-classes': step.predictions.map((p) => p.class).join(','),
        style: `--exit:${exitColour(step.exit, exits)}`,
      },
      h(
        'div',
        { class: 'anytime-head' },
        h('strong', {}, `Exit ${step.exit + 1}`),
        h('span', {}, mflops(step.flops / 1e6)),
        h('span', { class: 'anytime-acc' }, `${percent(correct / n)} right`),
      ),
      h(
        'div',
        { class: 'anytime-cells' },
        ...step.predictions.map((p) => {
          const right = p.class === this.labels[p.index];
          return h(
            'span',
            {
              class: `cell ${right ? 'right' : 'wrong'}`,
              style: `--c:${p.confidence.toFixed(3)}`,
              title: `image ${p.index + 1}: ${p.class} with ${percent(p.confidence, 1)} confidence${right ? '' : ` (is ${this.labels[p.index]})`}`,
            },
            String(p.class),
          );
        }),
      ),
    );
    this.rows.push(row);
    this.root.append(row);
    this.root.dataset.exits = String(this.rows.length);
  }

  /** Outlines, in each image's column, the exit that budgeted classification chose. */
  markTaken(predictions: readonly Prediction[]): void {
    this.rows.forEach((row, e) => {
      const cells = row.querySelectorAll<HTMLElement>('.cell');
      for (const p of predictions) cells[p.index]?.classList.toggle('taken', p.exit === e);
    });
  }
}
