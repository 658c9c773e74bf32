// The drawing pad: strokes on a large canvas, read back at the model's 32x32.

import type { ExitPredictions, Prediction } from '../../../../generated/digits/index.js';
import { canvasToPixels } from '../images.ts';
import { exitColour, h, mflops, percent } from './dom.ts';

/** Ink and paper close to the data set's look: light strokes on a dark, slightly tinted canvas. */
const PAPER = '#1d2433';
const INK = '#f4d35e';

export class DrawPad {
  private drawing = false;
  private strokes = 0;
  private runs = 0;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly result: HTMLElement,
    private readonly exitMFlops: readonly number[],
    onDrawn: (pixels: Uint8Array) => void,
  ) {
    this.clear();
    const ctx = canvas.getContext('2d')!;
    const at = (e: PointerEvent): [number, number] => {
      const r = canvas.getBoundingClientRect();
      return [
        ((e.clientX - r.left) * canvas.width) / r.width,
        ((e.clientY - r.top) * canvas.height) / r.height,
      ];
    };
    canvas.addEventListener('pointerdown', (e) => {
      this.drawing = true;
      canvas.setPointerCapture(e.pointerId);
      ctx.beginPath();
      ctx.moveTo(...at(e));
      ctx.lineTo(...at(e));
      ctx.stroke();
    });
    canvas.addEventListener('pointermove', (e) => {
      if (!this.drawing) return;
      ctx.lineTo(...at(e));
      ctx.stroke();
    });
    const end = (): void => {
      if (!this.drawing) return;
      this.drawing = false;
      this.strokes++;
      onDrawn(canvasToPixels(canvas));
    };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
  }

  clear(): void {
    const ctx = this.canvas.getContext('2d')!;
    ctx.fillStyle = PAPER;
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    Object.assign(ctx, { strokeStyle: INK, lineWidth: 20, lineCap: 'round', lineJoin: 'round' });
    this.strokes = 0;
    this.result.replaceChildren(h('p', { class: 'hint' }, 'Draw with the mouse or a finger.'));
  }

  /** The budgeted answer and every exit's answer for the drawing. */
  show(answer: Prediction, steps: readonly ExitPredictions[]): void {
    if (this.strokes === 0) return; // cleared while the model ran
    const exits = this.exitMFlops.length;
    const full = this.exitMFlops[exits - 1];
    const cost = this.exitMFlops[answer.exit];
    this.result.replaceChildren(
      h(
        'div',
        { class: 'drawn-answer', style: `--exit:${exitColour(answer.exit, exits)}` },
        h('span', { class: 'digit' }, String(answer.class)),
        h(
          'span',
          { class: 'drawn-facts' },
          h('strong', {}, `exit ${answer.exit + 1} of ${exits}`),
          h('span', {}, `${percent(answer.confidence, 1)} confident`),
          h('span', {}, `${mflops(cost, 2)} · ${percent(cost / full)} of the full network`),
        ),
      ),
      h(
        'ol',
        { class: 'ladder' },
        ...steps.map((s) => {
          const p = s.predictions[0];
          return h(
            'li',
            { class: s.exit === answer.exit ? 'taken' : '', style: `--exit:${exitColour(s.exit, exits)}` },
            h('span', {}, `exit ${s.exit + 1}`),
            h('strong', {}, String(p.class)),
            h('span', { class: 'meter' }, h('b', { style: `width:${100 * p.confidence}%` })),
            h('span', {}, percent(p.confidence)),
          );
        }),
      ),
    );
    this.result.dataset.class = String(answer.class);
    this.result.dataset.exit = String(answer.exit);
    this.result.dataset.run = String(++this.runs);
  }
}
