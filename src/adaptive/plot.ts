/**
 * Accuracy (%) vs MFLOPs as a standalone SVG, in the style of the RANet/MSDNet figures:
 * per-exit "anytime" points and the budgeted-classification curve. Hand-written so the output
 * is byte-for-byte deterministic (golden-testable) and needs no dependency.
 */

export interface PlotPoint {
  readonly mflops: number;
  /** Top-1 accuracy in percent. */
  readonly accuracy: number;
}

export interface LabelledPoint extends PlotPoint {
  readonly label: string;
}

export interface AccuracyPlot {
  readonly title: string;
  /** One point per exit, each labelled (e.g. "exit 1"). */
  readonly anytime: readonly LabelledPoint[];
  /** The budgeted curve, in any order (drawn sorted by MFLOPs). */
  readonly budgeted: readonly PlotPoint[];
  readonly anytimeName?: string;
  readonly budgetedName?: string;
}

export const PLOT_WIDTH = 720;
export const PLOT_HEIGHT = 480;
const MARGIN = { left: 72, right: 28, top: 52, bottom: 62 };
const COLOURS = {
  budgeted: '#1f5fa8',
  anytime: '#d0561b',
  grid: '#e3e3e3',
  axis: '#333333',
  text: '#222222',
};
const FONT = 'font-family="Helvetica, Arial, sans-serif"';

export function renderAccuracyPlotSvg(plot: AccuracyPlot): string {
  const all = [...plot.anytime, ...plot.budgeted];
  if (all.length === 0) throw new RangeError('plot: no points to draw');
  all.forEach((pt, i) => {
    if (!Number.isFinite(pt.mflops) || !Number.isFinite(pt.accuracy)) {
      throw new RangeError(`plot: point ${i} is not finite (${pt.mflops} MFLOPs, ${pt.accuracy}%)`);
    }
  });
  // Padding must not push the axes past what the quantities can be: no negative cost, no 102%.
  const xs = niceAxis(
    all.map((p) => p.mflops),
    { floor: 0 },
  );
  const ys = niceAxis(
    all.map((p) => p.accuracy),
    { floor: 0, ceiling: 100 },
  );
  const x0 = MARGIN.left;
  const x1 = PLOT_WIDTH - MARGIN.right;
  const y0 = PLOT_HEIGHT - MARGIN.bottom;
  const y1 = MARGIN.top;
  const sx = (v: number): number => x0 + ((v - xs.min) / (xs.max - xs.min)) * (x1 - x0);
  const sy = (v: number): number => y0 - ((v - ys.min) / (ys.max - ys.min)) * (y0 - y1);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PLOT_WIDTH}" height="${PLOT_HEIGHT}" ` +
      `viewBox="0 0 ${PLOT_WIDTH} ${PLOT_HEIGHT}" ${FONT} font-size="13">`,
    `<rect width="${PLOT_WIDTH}" height="${PLOT_HEIGHT}" fill="#ffffff"/>`,
    `<text x="${num((x0 + x1) / 2)}" y="30" text-anchor="middle" font-size="17" font-weight="bold" fill="${COLOURS.text}">${escapeXml(plot.title)}</text>`,
  );

  out.push('<g class="grid">');
  for (const t of xs.ticks) {
    out.push(line(sx(t), y0, sx(t), y1, COLOURS.grid));
  }
  for (const t of ys.ticks) out.push(line(x0, sy(t), x1, sy(t), COLOURS.grid));
  out.push('</g>');

  out.push('<g class="axes">');
  out.push(
    `<rect x="${x0}" y="${y1}" width="${x1 - x0}" height="${y0 - y1}" fill="none" stroke="${COLOURS.axis}"/>`,
  );
  for (const t of xs.ticks) {
    out.push(line(sx(t), y0, sx(t), y0 + 5, COLOURS.axis));
    out.push(
      `<text x="${num(sx(t))}" y="${y0 + 20}" text-anchor="middle" fill="${COLOURS.text}">${xs.format(t)}</text>`,
    );
  }
  for (const t of ys.ticks) {
    out.push(line(x0 - 5, sy(t), x0, sy(t), COLOURS.axis));
    out.push(
      `<text x="${x0 - 9}" y="${num(sy(t) + 4.5)}" text-anchor="end" fill="${COLOURS.text}">${ys.format(t)}</text>`,
    );
  }
  out.push(
    `<text x="${num((x0 + x1) / 2)}" y="${PLOT_HEIGHT - 18}" text-anchor="middle" font-size="14" fill="${COLOURS.text}">MFLOPs per input</text>`,
    `<text transform="translate(20 ${num((y0 + y1) / 2)}) rotate(-90)" text-anchor="middle" font-size="14" fill="${COLOURS.text}">Top-1 accuracy (%)</text>`,
  );
  out.push('</g>');

  if (plot.budgeted.length > 0) {
    const sorted = [...plot.budgeted].sort((a, b) => a.mflops - b.mflops || a.accuracy - b.accuracy);
    const pts = sorted.map((p) => `${num(sx(p.mflops))},${num(sy(p.accuracy))}`).join(' ');
    out.push(`<g class="budgeted" fill="${COLOURS.budgeted}" stroke="${COLOURS.budgeted}">`);
    out.push(`<polyline points="${pts}" fill="none" stroke-width="2" stroke-linejoin="round"/>`);
    for (const p of sorted) out.push(circle(sx(p.mflops), sy(p.accuracy)));
    out.push('</g>');
  }

  if (plot.anytime.length > 0) {
    out.push(`<g class="anytime" fill="${COLOURS.anytime}" stroke="${COLOURS.anytime}">`);
    const pts = plot.anytime.map((p) => `${num(sx(p.mflops))},${num(sy(p.accuracy))}`).join(' ');
    out.push(`<polyline points="${pts}" fill="none" stroke-width="1.2" stroke-dasharray="5 4"/>`);
    const placed: Box[] = [];
    for (const p of plot.anytime) {
      const x = sx(p.mflops);
      const y = sy(p.accuracy);
      out.push(diamond(x, y));
      const at = placeLabel(p.label, x, y, placed, { left: x0, right: x1, top: y1, bottom: y0 });
      out.push(
        `<text class="exit-label" x="${num(at.x)}" y="${num(at.y)}" text-anchor="${at.anchor}" font-size="11" ` +
          `stroke="#ffffff" stroke-width="3" paint-order="stroke" fill="${COLOURS.anytime}">${escapeXml(p.label)}</text>`,
      );
    }
    out.push('</g>');
  }

  const markers = all.map((p) => ({ x: sx(p.mflops), y: sy(p.accuracy) }));
  out.push(legend({ left: x0, right: x1, top: y1, bottom: y0 }, markers, plot));
  out.push('</svg>');
  return out.join('\n') + '\n';
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface LabelSpot {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Exit labels go below their marker (the budgeted curve usually runs above the anytime points);
 * where that would overlap an earlier label or leave the plot, above, right or left instead.
 * Text width is estimated (11 px sans-serif is about 6.2 px a character), which is enough to
 * keep neighbouring exits apart without measuring fonts.
 */
function placeLabel(text: string, x: number, y: number, placed: Box[], area: Box): LabelSpot {
  const w = text.length * 6.2;
  const h = 11;
  const candidates: LabelSpot[] = [
    { x, y: y + 19, anchor: 'middle' },
    { x, y: y - 10, anchor: 'middle' },
    { x: x + 9, y: y + 4, anchor: 'start' },
    { x: x - 9, y: y + 4, anchor: 'end' },
  ];
  const boxOf = (c: LabelSpot): Box => {
    const left = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
    return { left, right: left + w, top: c.y - h + 2, bottom: c.y + 2 };
  };
  const overlaps = (a: Box, b: Box): boolean =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const inside = (b: Box): boolean =>
    b.left >= area.left && b.right <= area.right && b.top >= area.top && b.bottom <= area.bottom;
  const fits = candidates.find((c) => inside(boxOf(c)) && !placed.some((p) => overlaps(p, boxOf(c))));
  const chosen = fits ?? candidates.find((c) => inside(boxOf(c))) ?? candidates[0];
  placed.push(boxOf(chosen));
  return chosen;
}

/**
 * Legend in the corner of the plot area that covers the fewest points: lower right first, where
 * accuracy-vs-cost curves seldom go, then upper left, lower left, upper right.
 */
function legend(area: Box, markers: { x: number; y: number }[], plot: AccuracyPlot): string {
  const entries: string[] = [];
  if (plot.budgeted.length > 0) entries.push('budgeted');
  if (plot.anytime.length > 0) entries.push('anytime');
  const names: Record<string, string> = {
    budgeted: plot.budgetedName ?? 'Budgeted batch classification',
    anytime: plot.anytimeName ?? 'Anytime prediction (per exit)',
  };
  const width = 24 + 36 + Math.max(...entries.map((e) => names[e].length)) * 6.6;
  const height = 12 + entries.length * 22;
  const corners = [
    { left: area.right - 12 - width, top: area.bottom - 12 - height },
    { left: area.left + 12, top: area.top + 12 },
    { left: area.left + 12, top: area.bottom - 12 - height },
    { left: area.right - 12 - width, top: area.top + 12 },
  ];
  const covered = (c: { left: number; top: number }): number =>
    markers.filter(
      (m) => m.x > c.left - 6 && m.x < c.left + width + 6 && m.y > c.top - 6 && m.y < c.top + height + 6,
    ).length;
  const { left, top } = corners.reduce((best, c) => (covered(c) < covered(best) ? c : best));
  const out = [
    '<g class="legend">',
    `<rect x="${num(left)}" y="${num(top)}" width="${num(width)}" height="${height}" fill="#ffffff" fill-opacity="0.92" stroke="#bbbbbb"/>`,
  ];
  entries.forEach((e, i) => {
    const y = top + 17 + i * 22;
    const colour = e === 'budgeted' ? COLOURS.budgeted : COLOURS.anytime;
    const dash = e === 'anytime' ? ' stroke-dasharray="5 4"' : '';
    const width = e === 'anytime' ? 1.2 : 2;
    out.push(
      `<g fill="${colour}" stroke="${colour}">`,
      `<line x1="${num(left + 10)}" y1="${num(y)}" x2="${num(left + 44)}" y2="${num(y)}" stroke-width="${width}"${dash}/>`,
      e === 'anytime' ? diamond(left + 27, y, 'legend-marker') : circle(left + 27, y, 'legend-marker'),
      '</g>',
      `<text x="${num(left + 54)}" y="${num(y + 4.5)}" fill="${COLOURS.text}">${escapeXml(names[e])}</text>`,
    );
  });
  out.push('</g>');
  return out.join('\n');
}

/** A plot axis: its range, tick positions and tick label format. */
export interface Axis {
  min: number;
  max: number;
  ticks: number[];
  format: (v: number) => string;
}

/** Axis range snapped to a 1-2-5 tick step, about 5-8 ticks, with a little room around the data. */
export function niceAxis(values: readonly number[], limits: { floor?: number; ceiling?: number } = {}): Axis {
  const dataLo = Math.min(...values);
  const dataHi = Math.max(...values);
  const span = dataHi - dataLo;
  const pad = span > 0 ? span * 0.06 : Math.max(Math.abs(dataLo) * 0.05, 1);
  // Clamp only where the data respects the limit, so odd input is still drawn in full.
  const lo =
    limits.floor !== undefined && dataLo >= limits.floor
      ? Math.max(dataLo - pad, limits.floor)
      : dataLo - pad;
  const hi =
    limits.ceiling !== undefined && dataHi <= limits.ceiling
      ? Math.min(dataHi + pad, limits.ceiling)
      : dataHi + pad;
  const raw = (hi - lo) / 6;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const ticks: number[] = [];
  for (let k = 0; min + k * step <= max + step * 1e-9; k++) {
    ticks.push(Number((min + k * step).toFixed(decimals)));
  }
  return { min, max, ticks, format: (v) => v.toFixed(decimals) };
}

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Coordinates to two decimals: enough for a 720-pixel canvas, stable across platforms. */
function num(v: number): string {
  const s = v.toFixed(2).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

function line(xa: number, ya: number, xb: number, yb: number, stroke: string): string {
  return `<line x1="${num(xa)}" y1="${num(ya)}" x2="${num(xb)}" y2="${num(yb)}" stroke="${stroke}"/>`;
}

function circle(x: number, y: number, cls = 'marker'): string {
  return `<circle class="${cls}" cx="${num(x)}" cy="${num(y)}" r="3.5" stroke="#ffffff" stroke-width="1"/>`;
}

function diamond(x: number, y: number, cls = 'marker'): string {
  const r = 5.5;
  return `<path class="${cls}" d="M${num(x)} ${num(y - r)}L${num(x + r)} ${num(y)}L${num(x)} ${num(y + r)}L${num(x - r)} ${num(y)}Z" stroke="#ffffff" stroke-width="1"/>`;
}
