// The grid of test images, each with what budgeted classification made of it.

import type { Prediction } from '../../../../generated/digits/index.js';
import { paint } from '../images.ts';
import { exitColour, h, mflops, percent } from './dom.ts';

export interface GridModel {
  readonly pixels: Uint8Array;
  readonly labels: readonly number[];
  readonly exitMFlops: readonly number[];
}

export class Grid {
  private readonly cards: HTMLElement[];
  private runs = 0;

  constructor(
    private readonly root: HTMLElement,
    legend: HTMLElement,
    private readonly model: GridModel,
  ) {
    const exits = model.exitMFlops.length;
    this.cards = model.labels.map((label, i) => {
      const thumb = h('canvas', { class: 'thumb', 'aria-hidden': 'true' });
      paint(thumb, model.pixels, i);
      const card = h(
        'figure',
        { class: 'card', 'data-index': i, 'data-label': label },
        thumb,
        h('figcaption'),
      );
      root.append(card);
      return card;
    });
    legend.replaceChildren(
      h('span', { class: 'legend-title' }, 'Exit taken'),
      ...model.exitMFlops.map((f, e) =>
        h(
          'span',
          { class: 'legend-item' },
          h('i', { style: `background:${exitColour(e, exits)}` }),
          `${e + 1} · ${f.toFixed(1)}`,
        ),
      ),
      h('span', { class: 'legend-unit' }, 'MFLOPs'),
    );
  }

  /** Shows one run's predictions; `budget` is recorded for whoever waits on the run. */
  show(predictions: readonly Prediction[], budget: number): void {
    const { exitMFlops, labels } = this.model;
    const full = exitMFlops[exitMFlops.length - 1];
    for (const p of predictions) {
      const card = this.cards[p.index];
      const cost = exitMFlops[p.exit];
      const right = p.class === labels[p.index];
      const colour = exitColour(p.exit, exitMFlops.length);
      card.className = `card ${right ? 'right' : 'wrong'}`;
      card.style.setProperty('--exit', colour);
      Object.assign(card.dataset, {
        class: String(p.class),
        exit: String(p.exit),
        confidence: String(p.confidence),
      });
      card.title = `label ${labels[p.index]} · predicted ${p.class} at exit ${p.exit + 1} with ${percent(p.confidence, 1)} confidence · ${mflops(cost, 2)} of ${mflops(full, 2)}`;
      card
        .querySelector('figcaption')!
        .replaceChildren(
          h('span', { class: 'digit' }, String(p.class)),
          h('span', { class: 'conf' }, percent(p.confidence)),
          h('span', { class: 'exit-badge' }, `exit ${p.exit + 1}`),
          h(
            'span',
            { class: 'cost', title: 'compute used, of the full network' },
            h('b', { style: `width:${(100 * cost) / full}%` }),
          ),
          ...(right ? [] : [h('span', { class: 'truth' }, `is ${labels[p.index]}`)]),
        );
    }
    this.root.dataset.budget = String(budget);
    this.root.dataset.run = String(++this.runs);
  }
}
