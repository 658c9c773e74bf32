// `ranetc calibrate` and `ranetc eval` end to end on the first images of the digits sets,
// through the compiled model on the Node WebGPU device.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { anytimeAccuracy } from '../src/adaptive/calibrate.ts';
import { exitOutputsFromLogits } from '../src/adaptive/confidence.ts';
import { cifarImages } from '../src/adaptive/datasets.ts';
import { parseThresholdsFile } from '../src/adaptive/thresholds-file.ts';
import type { EvalReport } from '../src/cli/eval.ts';
import { expandRanet } from '../src/frontend/ranet.ts';
import { exitCosts } from '../src/ir/cost.ts';
import { paramsFrom, runGraph } from '../src/reference/interpreter.ts';
import { loadSpec } from '../src/spec/parse.ts';
import { loadWeights } from '../src/weights/load.ts';
import { cli } from './helpers/cli.ts';
import { fixture, repoRoot } from './helpers/fixtures.ts';

const work = mkdtempSync(path.join(tmpdir(), 'ranetc-eval-'));
const spec = path.join(repoRoot, 'specs', 'digits.yaml');
const weights = fixture('digits', 'model.safetensors');
const RECORD = 1 + 3 * 32 * 32;
/** Images per subset: more than one batch of 64, so batching and the last partial batch are exercised. */
const N = 96;
const val = path.join(work, 'val.bin');
const test = path.join(work, 'test.bin');
const thresholds = path.join(work, 'thresholds.json');
const evalArgs = ['eval', spec, '--weights', weights, '--data', test];
/**
 * Each test compiles the model and runs up to three passes over the subsets on lavapipe: about
 * 40 s alone on this 2-core machine, 160 s measured while the whole suite and other work shared it.
 */
const SLOW = 600_000;
let cifarReport: EvalReport | undefined;

beforeAll(() => {
  writeFileSync(val, readFileSync(fixture('digits', 'val.bin')).subarray(0, N * RECORD));
  writeFileSync(test, readFileSync(fixture('digits', 'test.bin')).subarray(0, N * RECORD));
});

describe('ranetc calibrate and eval on digits subsets', () => {
  it(
    'calibrate writes thresholds with the whole curve',
    async () => {
      const { code, err } = await cli(
        'calibrate',
        spec,
        '--weights',
        weights,
        '--data',
        val,
        '-o',
        thresholds,
      );
      expect(code, err).toBe(0);
      const file = parseThresholdsFile(readFileSync(thresholds, 'utf8'), thresholds);
      expect(file.exits).toBe(6);
      expect(file.curve?.map((c) => c.p)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
      expect(file.thresholds).toEqual(file.curve![19].thresholds); // default p = 20
      // Not a TTY here: the progress is plain lines, ending at 100%.
      expect(err).toMatch(/all exits: 96\/96 images \(100%\)/);
    },
    SLOW,
  );

  it(
    'eval reports anytime accuracy, the budgeted curve from --val, and a real budgeted run',
    async () => {
      const reportDir = path.join(work, 'report');
      const { code, out, err } = await cli(
        ...evalArgs,
        '--val',
        val,
        '--thresholds',
        thresholds,
        '--report',
        reportDir,
        '--json',
      );
      expect(code, err).toBe(0);
      const r = JSON.parse(out) as EvalReport;
      expect(r.images).toBe(N);
      cifarReport = r;

      // Per-exit top-1 equals the reference interpreter's on the same images.
      const { spec: s } = loadSpec(spec);
      const graph = expandRanet(s);
      const data = cifarImages(test, 10, s.input);
      const logits = runGraph(graph, paramsFrom(loadWeights(weights)), {
        n: N,
        shape: [3, 32, 32],
        data: data.batch(0, N),
      }).map((b) => b.data);
      const refTop1 = anytimeAccuracy(exitOutputsFromLogits(logits, data.labels, 10));
      expect(r.exits.map((e) => e.top1)).toEqual(refTop1);
      const flops = exitCosts(graph).map((c) => c.flops / 1e6);
      expect(r.exits.map((e) => e.mflops)).toEqual(flops);
      r.exits.forEach((e) => expect(e.top5).toBeGreaterThanOrEqual(e.top1));

      expect(r.budgetedCurve?.thresholdsFrom).toBe('val');
      expect(r.budgetedCurve?.points).toHaveLength(39);
      // The curve calibrated on --val is the one `calibrate` wrote for the same images.
      const file = parseThresholdsFile(readFileSync(thresholds, 'utf8'), thresholds);
      expect(r.budgetedCurve!.points.map((p) => p.thresholds)).toEqual(file.curve!.map((c) => c.thresholds));

      const b = r.budgeted!;
      expect(b.exitCounts.reduce((a, c) => a + c, 0)).toBe(N);
      const realized = b.exitCounts.reduce((a, c, e) => a + c * flops[e], 0) / N;
      expect(b.realizedMFlops).toBeCloseTo(realized, 9);
      // What the kernels executed, counted on the device, is what the accounting charges.
      expect(b.executedMFlops).toBeCloseTo(b.realizedMFlops, 9);
      expect(b.imagesPerSecond).toBeGreaterThan(0);
      // The model's own early exits agree with the thresholds applied to its anytime outputs.
      expect(b.exitCounts).toEqual(b.simulatedExitCounts);
      expect(b.accuracy).toBe(b.simulatedAccuracy);

      for (const f of ['report.json', 'accuracy.svg', 'summary.md'])
        expect(existsSync(path.join(reportDir, f))).toBe(true);
      expect(JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'))).toEqual(r);
      const svg = readFileSync(path.join(reportDir, 'accuracy.svg'), 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain('<g class="axes">');
      expect(svg).toContain('>MFLOPs per input</text>');
      expect(svg).toContain('>Top-1 accuracy (%)</text>');
      const group = (cls: string): string => {
        const at = svg.indexOf(`<g class="${cls}"`);
        return svg.slice(at, svg.indexOf('</g>', at));
      };
      expect(group('anytime').match(/class="marker"/g)).toHaveLength(6);
      expect([...group('anytime').matchAll(/class="exit-label"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual([
        'exit 1',
        'exit 2',
        'exit 3',
        'exit 4',
        'exit 5',
        'exit 6',
      ]);
      expect(group('budgeted').match(/<circle class="marker"/g)).toHaveLength(39);
      const md = readFileSync(path.join(reportDir, 'summary.md'), 'utf8');
      expect(md).toContain('| exit | MFLOPs | top-1 (%) | top-5 (%) |');
      expect(md).toContain('## Budgeted classification on the compiled model');
    },
    SLOW,
  );

  it(
    'eval takes the curve from the thresholds file without --val',
    async () => {
      const { code, out, err } = await cli(...evalArgs, '--thresholds', thresholds);
      expect(code, err).toBe(0);
      expect(out).toMatch(/budgeted curve \(thresholds from .*thresholds\.json\)/);
      expect(out).toMatch(
        /budgeted classification with thresholds\.json:\n {2}top-1 [\d.]+%, [\d.]+ MFLOPs\/image by the accounting for the exits taken \([\d.]+% of the full network's 16\.63\), [\d.]+ executed \(counted by the kernels\)/,
      );
    },
    SLOW,
  );
  it(
    'eval on the same images as a folder of PNGs, one folder per class, gives the same accuracies',
    async () => {
      // PNG is lossless and the digits spec takes 32 x 32 images as they are, so the network sees
      // exactly the same inputs; only their order differs (by class folder, then file name).
      const folder = path.join(work, 'digits-png');
      const bytes = readFileSync(test);
      for (let i = 0; i < N; i++) {
        const rec = bytes.subarray(i * RECORD, (i + 1) * RECORD);
        const png = new PNG({ width: 32, height: 32 });
        for (let p = 0; p < 1024; p++) {
          png.data.set([rec[1 + p], rec[1 + 1024 + p], rec[1 + 2048 + p], 255], p * 4);
        }
        mkdirSync(path.join(folder, String(rec[0])), { recursive: true });
        writeFileSync(
          path.join(folder, String(rec[0]), `${String(i).padStart(3, '0')}.png`),
          PNG.sync.write(png),
        );
      }
      const { code, out, err } = await cli('eval', spec, '--weights', weights, '--data', folder, '--json');
      expect(code, err).toBe(0);
      const r = JSON.parse(out) as EvalReport;
      expect(r.images).toBe(N);
      expect(cifarReport, 'runs after the CIFAR eval test').toBeDefined();
      expect(r.exits).toEqual(cifarReport!.exits);
    },
    SLOW,
  );
});

describe('ranetc eval and calibrate reject bad input with exit code 2', () => {
  const expectUserError = (r: { code: number; err: string }, message: string | RegExp): void => {
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  };

  it('a truncated data set', async () => {
    const cut = path.join(work, 'cut.bin');
    writeFileSync(cut, readFileSync(test).subarray(0, 3 * RECORD - 10));
    expectUserError(
      await cli('eval', spec, '--weights', weights, '--data', cut),
      new RegExp(`${cut}: 9209 bytes is not a whole number of cifar10 records of 3073 bytes`),
    );
  });

  it('a mislabelled record', async () => {
    const bad = path.join(work, 'label.bin');
    const bytes = readFileSync(test).subarray(0, 2 * RECORD);
    bytes[RECORD] = 42;
    writeFileSync(bad, bytes);
    expectUserError(
      await cli('calibrate', spec, '--weights', weights, '--data', bad),
      `${bad}: record 1 (byte offset 3073) has label 42, but there are 10 classes`,
    );
  });

  it('a thresholds file for another number of exits, or broken', async () => {
    const other = path.join(work, 'other.json');
    const file = JSON.parse(readFileSync(thresholds, 'utf8')) as {
      exits: number;
      thresholds: number[];
      curve?: unknown;
    };
    writeFileSync(other, JSON.stringify({ ...file, exits: 2, thresholds: [0.5, -1e8], curve: undefined }));
    expectUserError(
      await cli('eval', spec, '--weights', weights, '--data', test, '--thresholds', other),
      `${other}: field "exits": the thresholds are for 2 exits, model digits has 6`,
    );
    writeFileSync(other, '{');
    expectUserError(
      await cli('eval', spec, '--weights', weights, '--data', test, '--thresholds', other),
      `${other}: not valid JSON`,
    );
  });

  it('a missing data set, an image folder with the wrong classes, a bad --p', async () => {
    expectUserError(
      await cli('eval', spec, '--weights', weights, '--data', path.join(work, 'nope.bin')),
      /nope\.bin: cannot read the data set/,
    );
    const folder = path.join(work, 'images');
    mkdirSync(path.join(folder, 'only-class'), { recursive: true });
    expectUserError(
      await cli('eval', spec, '--weights', weights, '--data', folder),
      `${folder}: found 1 class folders, the model has 10 classes`,
    );
    expectUserError(
      await cli('calibrate', spec, '--weights', weights, '--data', val, '--p', '40'),
      /--p must be an integer 1..39/,
    );
  });
});
