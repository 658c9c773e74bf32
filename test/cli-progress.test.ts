import { describe, expect, it } from 'vitest';
import { progressBar } from '../src/cli/progress.ts';

/** A sink that records writes, and a clock the test moves. */
function setup(isTTY: boolean): {
  writes: string[];
  tick: (ms: number) => void;
  bar: ReturnType<typeof progressBar>;
} {
  const writes: string[] = [];
  let t = 0;
  const bar = progressBar('set', { isTTY, write: (s: string) => writes.push(s) }, () => t);
  return { writes, tick: (ms) => (t += ms), bar };
}

describe('progress bar', () => {
  it('without a terminal prints one plain line per 10% and the end', () => {
    const { writes, tick, bar } = setup(false);
    for (let done = 64; done < 1000; done += 64) {
      tick(1000);
      bar(done, 1000);
    }
    tick(500);
    bar(1000, 1000);
    expect(writes.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
    expect(writes.map((w) => /\((\d+)%\)/.exec(w)![1])).toEqual([
      '12',
      '25',
      '32',
      '44',
      '51',
      '64',
      '70',
      '83',
      '96',
      '100',
    ]);
    expect(writes.at(-1)).toBe('set: 1000/1000 images (100%), 64.5 img/s\n');
  });

  it('on a terminal redraws one line at most ten times a second and ends it', () => {
    const { writes, tick, bar } = setup(true);
    bar(10, 100); // first call draws
    tick(50);
    bar(20, 100); // too soon: skipped
    tick(60);
    bar(30, 100);
    bar(100, 100); // the end always draws
    expect(writes).toHaveLength(3);
    expect(writes[0]).toMatch(/^\rset \[###\.{27}\] 10\/100/);
    expect(writes[2]).toMatch(/^\rset \[#{30}\] 100\/100 .* img\/s\n$/);
  });
});
