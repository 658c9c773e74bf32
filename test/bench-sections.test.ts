// The sections of `npm run bench` in a smoke mode: each on tiny-cifar with tiny settings (the
// sections that time onnxruntime-web on digits, the smallest fixture with an ONNX export, at
// batch 1 or 4 and one timed call), so that their code runs in CI. Timings are not checked (they are whatever the machine gives),
// only the tables' rows and that every ratio printed is a finite positive number.

import { describe, expect, it } from 'vitest';
import { benchDigits } from '../src/cli/bench/digits.ts';
import { benchPeers } from '../src/cli/bench/peers-section.ts';
import { benchTuning } from '../src/cli/bench/tuning.ts';
import { benchWasm } from '../src/cli/bench/wasm.ts';
import { fixturesDir as fixtures } from './helpers/fixtures.ts';

/**
 * Each section's limit: what they time is not checked, and on a loaded 2-core machine a
 * section can take several times what it takes alone (the wasm section, 7 s alone, took over
 * 60 s in a full run under load: among other things V8 compiles onnxruntime-web's wasm again,
 * optimized, in the background while the section runs).
 */
const SECTION_MS = 300_000;

/** Every `<number>x` ratio in the text. */
const ratios = (text: string): number[] =>
  [...text.matchAll(/(-?[\d.]+|NaN|Infinity)x\b/g)].map((m) => Number(m[1]));

/** Every ratio in `text`: at least `least` of them, each finite and positive. */
function expectRatios(text: string, least: number): void {
  const found = ratios(text);
  expect(found.length, text).toBeGreaterThanOrEqual(least);
  for (const r of found) {
    expect(Number.isFinite(r), text).toBe(true);
    expect(r, text).toBeGreaterThan(0);
  }
}

/** The lines a section printed, joined. */
async function run(section: (out: (s: string) => void) => Promise<void>): Promise<string> {
  const lines: string[] = [];
  await section((s) => lines.push(s));
  return lines.join('\n');
}

describe('bench sections, smoke mode', () => {
  it(
    'tuning: tiny-cifar tuned at 1 and 4, a row per batch and build, every ratio finite and positive',
    async () => {
      const lines: string[] = [];
      await benchTuning(fixtures, (s) => lines.push(s), {
        models: [{ name: 'tiny-cifar', budget: 2, reps: 1, batches: [1, 4], calls: 2, confirmCalls: 1 }],
      });
      const text = lines.join('\n');
      for (const batch of [1, 4]) {
        expect(text).toMatch(new RegExp(`tune's confirmation at batch ${batch}: `));
        // img/s, vs default, vs tuned, the rate and its share of the peak (one convention).
        for (const build of ['default', 'gpu-default', 'tuned'])
          expect(text, `${build} at batch ${batch}`).toMatch(
            new RegExp(
              `^\\s+${batch}\\s+${build}\\s+[\\d.]+\\s+[\\d.]+x\\s+[\\d.]+x\\s+[\\d.]+\\s+[\\d.]+%$`,
              'm',
            ),
          );
      }
      expect(text).toMatch(
        /^peak of a plain FMA loop kernel: [\d.]+ G multiply-adds\/s \(timestamp queries; one per FMA lane/m,
      );
      expect(text).toMatch(/^batch +build +img\/s +vs default +vs tuned +G madds\/s +of FMA peak$/m);
      expectRatios(text, 12);
    },
    SECTION_MS,
  );

  it(
    'digits: tiny-cifar at batch 1 and 4, the rows of every table, every ratio finite and positive',
    async () => {
      const text = await run((out) =>
        benchDigits(fixtures, out, { model: 'tiny-cifar', batch: 4, reps: 1, val: 16, test: 8 }),
      );
      expect(text).toMatch(/^model: tiny-cifar, 6 exits/m);
      expect(text).toMatch(/^inputs: seeded standard normal/m);
      for (const batch of [1, 4])
        expect(text, `full network at batch ${batch}`).toMatch(
          new RegExp(`^\\s+${batch}\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+x$`, 'm'),
        );
      expect(text).toMatch(/^stage kernels \(one dispatch per stage\) against today's build/m);
      for (const batch of [1, 4])
        expect(text, `stage kernels at batch ${batch}`).toMatch(
          new RegExp(`^\\s+${batch}\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+x$`, 'm'),
        );
      // Dispatches per chunk at batch 1 and 64 (the section builds for maxBatch 64): 6 stages.
      expect(text).toMatch(/^ {2}today's kernels \(CPU adapters\) +batch +1: +\d+ +batch +64: +\d+$/m);
      expect(text).toMatch(
        /^ {2}default on GPU adapters \(stage kernels: auto\) +batch +1: +6 +batch +64: +\d+$/m,
      );
      expect(text).toMatch(/^ {2}stage kernels for every chunk +batch +1: +6 +batch +64: +6$/m);
      expect(text).toMatch(
        /^launches: a dispatch costs [\d.]+ us direct and [\d.]+ us indirect .*; today's build, \d+ dispatches per chunk \(\d+ indirect\): [\d.]+ ms of launches in [\d.]+ ms at batch 1 \(\d+%\)$/m,
      );
      expect(text).toMatch(
        /^today's build at batch 1 on a Dawn device that skips validation: [\d.]+ ms \([\d.]+x\)$/m,
      );
      expect(text).toMatch(/^convolutions, batch 4: .*\([\d.]+x\)/m);
      expect(text).toMatch(
        /^(storage precision, batch 4: .*\([\d.]+x\)|f16 storage: the device lacks shader-f16)/m,
      );
      expect(text).toMatch(/^executed-work counters, batch 4: .*\([\d.]+x the time/m);
      expect(text).toMatch(/^budgeted classification of 8 test images/m);
      for (const q of ['0.20', '0.50', '0.80', '1.20'])
        expect(text, `budgeted row q = ${q}`).toMatch(
          new RegExp(`^\\s+${q}(\\s+[\\d.]+){2}(\\s+[\\d.]+x){3}\\s+[\\d.]+%\\s+\\d+(/\\d+){5}$`, 'm'),
        );
      for (const build of ['optimized', 'unfused'])
        expect(text, build).toMatch(new RegExp(`^${build}\\s+\\d+(\\s+[\\d.]+){4}$`, 'm'));
      expectRatios(text, 18);
    },
    SECTION_MS,
  );

  // tiny-cifar has no ONNX export: the peers run on digits' (the smallest that has one), at batch 1.
  it(
    'peers: digits at batch 1, both onnxruntime-web providers checked and timed, every ratio finite and positive',
    async () => {
      const text = await run((out) =>
        benchPeers(fixtures, out, { models: ['digits'], batches: [1], reps: () => 1 }),
      );
      expect(text).toMatch(/^digits: \d+ exits/m);
      for (const peer of ['onnxruntime-web WebGPU', 'onnxruntime-web wasm \\(1 thread\\)'])
        expect(text).toMatch(new RegExp(`^  ${peer}: outputs on 4 inputs .*\\(bound 2e-5\\)$`, 'm'));
      expect(text).toMatch(/^ {2}ranetc budgeted: public calibration p = \d+/m);
      expect(text).toMatch(
        /^\s+1(\s+[\d.]+){6}\s+ranetc full [\d.]+x, ranetc stage full [\d.]+x, ranetc gpu-default full [\d.]+x, ort wasm full [\d.]+x, ranetc budgeted [\d.]+x; stage kernels against today's build [\d.]+x$/m,
      );
      expect(text).toMatch(/^ {4}stage kernels for every chunk +batch +1: +\d+ +batch +64: +\d+$/m);
      expectRatios(text, 6);
    },
    SECTION_MS,
  );

  it(
    'wasm: digits at batch 1 and 4 on 8 images, a row per batch and the budgeted rows, every ratio finite and positive',
    async () => {
      const text = await run((out) =>
        benchWasm(fixtures, out, {
          models: ['digits'],
          batches: [1, 4],
          reps: () => 1,
          warmups: 1,
          images: 8,
        }),
      );
      expect(text).toMatch(/^digits: \d+ exits/m);
      for (const batch of [1, 4])
        expect(text, `batch ${batch}`).toMatch(
          new RegExp(`^\\s+${batch}(\\s+[\\d.]+){2}(\\s+[\\d.]+x\\s+[\\d.]+){2}\\s+[\\d.]+x$`, 'm'),
        );
      expect(text).toMatch(/^budgeted, 8 test images in chunks of 64: /m);
      expect(text).toMatch(
        /^ {2}chunks of 64: .*native onnxruntime full network \(batch 4, 2 threads\).* [\d.]+x$/m,
      );
      expect(text).toMatch(/^ {2}one image per call: .*\(batch 1, 2 threads\).* [\d.]+x$/m);
      expect(text).not.toMatch(/ranet-cifar10/);
      expectRatios(text, 10);
    },
    SECTION_MS,
  );
});
