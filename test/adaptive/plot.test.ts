import { describe, expect, it } from 'vitest';
import { escapeXml, niceAxis, renderAccuracyPlotSvg, type AccuracyPlot } from '../../src/adaptive/plot.ts';

/**
 * Enough of an XML well-formedness check for generated SVG: every tag is closed in order,
 * attributes are quoted, and text holds no raw '<' or stray '&'. Returns the element names.
 */
function checkWellFormed(xml: string): string[] {
  const names: string[] = [];
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(xml)) !== null) {
    const [, close, name, , selfClose, text, stray] = m;
    if (stray !== undefined)
      throw new Error(`malformed tag at ${m.index}: ${xml.slice(m.index, m.index + 40)}`);
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`bare & in text: ${text}`);
      continue;
    }
    if (close) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes the wrong element`);
    } else {
      names.push(name);
      if (!selfClose) stack.push(name);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(', ')}`);
  return names;
}

const plot: AccuracyPlot = {
  title: 'R&D <net> "v1"',
  anytime: [
    { mflops: 15.8, accuracy: 84.1, label: 'exit 1' },
    { mflops: 31.3, accuracy: 88.3, label: 'exit 2' },
    { mflops: 44.7, accuracy: 90.2, label: 'exit <3>' },
  ],
  budgeted: [
    { mflops: 30, accuracy: 90 },
    { mflops: 18, accuracy: 87 },
    { mflops: 40, accuracy: 91.5 },
  ],
};

describe('accuracy-vs-MFLOPs SVG', () => {
  const svg = renderAccuracyPlotSvg(plot);

  it('is well-formed XML with escaped text', () => {
    const names = checkWellFormed(svg);
    expect(names[0]).toBe('svg');
    expect(svg).toContain('R&amp;D &lt;net&gt; &quot;v1&quot;');
    expect(svg).toContain('exit &lt;3&gt;');
    expect(svg).not.toContain('<net>');
  });

  it('has one marker per exit and per budget point, and the curve sorted by MFLOPs', () => {
    const group = (cls: string): string =>
      svg.slice(svg.indexOf(`<g class="${cls}"`), svg.indexOf('</g>', svg.indexOf(`<g class="${cls}"`)));
    expect(group('anytime').match(/class="marker"/g)).toHaveLength(3);
    expect(group('anytime').match(/class="exit-label"/g)).toHaveLength(3);
    expect(group('budgeted').match(/<circle class="marker"/g)).toHaveLength(3);
    const points = /<g class="budgeted"[^>]*>\n<polyline points="([^"]+)"/.exec(svg)?.[1];
    const xs = points!.split(' ').map((p) => Number(p.split(',')[0]));
    expect(xs).toHaveLength(3);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // Higher accuracy is drawn higher up (smaller y).
    const ys = points!.split(' ').map((p) => Number(p.split(',')[1]));
    expect(ys[0]).toBeGreaterThan(ys[2]);
  });

  it('labels axes, ticks and legend, at a fixed size', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="720" height="480"/);
    expect(svg).toContain('>MFLOPs per input</text>');
    expect(svg).toContain('>Top-1 accuracy (%)</text>');
    expect(svg).toContain('>Budgeted batch classification</text>');
    expect(svg).toContain('>Anytime prediction (per exit)</text>');
    const ticks = [...svg.matchAll(/text-anchor="middle" fill="#222222">([\d.]+)<\/text>/g)].map((m) =>
      Number(m[1]),
    );
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks[0]).toBeLessThanOrEqual(15.8);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(44.7);
  });

  it('is deterministic and rejects what it cannot draw', () => {
    expect(renderAccuracyPlotSvg(plot)).toBe(svg);
    expect(() => renderAccuracyPlotSvg({ title: '', anytime: [], budgeted: [] })).toThrow(/no points/);
    expect(() => renderAccuracyPlotSvg({ ...plot, budgeted: [{ mflops: NaN, accuracy: 1 }] })).toThrow(
      /not finite/,
    );
    // One point alone still gets a usable axis.
    expect(() =>
      checkWellFormed(
        renderAccuracyPlotSvg({ title: 'one', anytime: [], budgeted: [{ mflops: 5, accuracy: 50 }] }),
      ),
    ).not.toThrow();
  });
});

describe('niceAxis', () => {
  it('snaps to 1-2-5 steps around the data', () => {
    const a = niceAxis([15.8, 94.9]);
    expect(a.ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceAxis([84.1, 93.5]).ticks).toEqual([82, 84, 86, 88, 90, 92, 94, 96]);
    expect(niceAxis([0.41, 1.37]).format(0.4)).toBe('0.4');
    // Padding stops at what accuracy and cost can be.
    expect(niceAxis([97, 100], { floor: 0, ceiling: 100 }).ticks.at(-1)).toBe(100);
    expect(niceAxis([0.1, 3], { floor: 0 }).ticks[0]).toBe(0);
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a & 'b' "c">`)).toBe('&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;');
  });
});
