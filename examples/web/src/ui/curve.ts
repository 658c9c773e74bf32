// The calibration curve as a small chart: validation accuracy against expected compute for
// every operating point, with the one in use marked.

import type { BudgetPoint } from '../assets-format.ts';

const SVG = 'http://www.w3.org/2000/svg';
const W = 300;
const H = 112;
const PAD = { left: 34, right: 10, top: 10, bottom: 22 };

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** `xMax`: the full network's MFLOPs; `budget` draws a dashed line where the slider stands. */
export function curveChart(
  points: readonly BudgetPoint[],
  current: BudgetPoint,
  budget: number,
  xMin: number,
  xMax: number,
): SVGSVGElement {
  const sorted = [...points].sort((a, b) => a.expectedMFlops - b.expectedMFlops);
  const accs = sorted.map((p) => p.accuracy);
  const yMin = Math.floor(Math.min(...accs) - 1);
  const yMax = Math.ceil(Math.max(...accs) + 1);
  const x = (v: number): number => PAD.left + ((v - xMin) / (xMax - xMin)) * (W - PAD.left - PAD.right);
  const y = (v: number): number => H - PAD.bottom - ((v - yMin) / (yMax - yMin)) * (H - PAD.top - PAD.bottom);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'curve', role: 'img' });
  root.append(
    svg(
      'title',
      {},
      'Validation accuracy against expected MFLOPs per image, one dot per calibrated operating point',
    ),
  );
  for (const v of [yMin, yMax]) {
    root.append(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: 'grid-line' }));
    root.append(svg('text', { x: PAD.left - 5, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, `${v}%`));
  }
  for (const v of [xMin, xMax]) {
    root.append(
      svg(
        'text',
        { x: x(v), y: H - 6, class: 'axis', 'text-anchor': v === xMin ? 'start' : 'end' },
        `${v.toFixed(1)}`,
      ),
    );
  }
  root.append(
    svg(
      'text',
      { x: (x(xMin) + x(xMax)) / 2, y: H - 6, class: 'axis', 'text-anchor': 'middle' },
      'expected MFLOPs',
    ),
  );
  const bx = x(Math.min(Math.max(budget, xMin), xMax));
  root.append(svg('line', { x1: bx, x2: bx, y1: PAD.top, y2: H - PAD.bottom, class: 'budget-line' }));
  root.append(
    svg('polyline', {
      points: sorted.map((p) => `${x(p.expectedMFlops)},${y(p.accuracy)}`).join(' '),
      class: 'curve-line',
    }),
  );
  for (const p of sorted) {
    root.append(
      svg('circle', {
        cx: x(p.expectedMFlops),
        cy: y(p.accuracy),
        r: p === current ? 5 : 2.2,
        class: p === current ? 'dot current' : 'dot',
      }),
    );
  }
  return root;
}
