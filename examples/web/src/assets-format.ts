// The demo's description file (assets/demo.json), written by prepare.ts in Node and read by the
// page. Validated once, where the page loads it.

export const DEMO_FORMAT = 'ranetc-web-demo/1';

/** One operating point of the budget curve: thresholds and what they cost on the calibration set. */
export interface BudgetPoint {
  /** The public sweep's p (share ratio q = p / 20); null for the full network (no early exit). */
  readonly p: number | null;
  /** One per exit, as `classify` takes them. */
  readonly thresholds: readonly number[];
  /** Expected compute per image on the calibration set, MFLOPs. */
  readonly expectedMFlops: number;
  /** Top-1 accuracy on the calibration set, percent. */
  readonly accuracy: number;
  /** Calibration images leaving at each exit. */
  readonly exitCounts: readonly number[];
}

export interface DemoAssets {
  readonly format: typeof DEMO_FORMAT;
  readonly model: string;
  /** Inputs are (pixel / 255 - mean[c]) / std[c]. */
  readonly normalize: { readonly mean: readonly number[]; readonly std: readonly number[] };
  readonly samples: {
    /** count x 3 x 32 x 32 bytes: R, G, B planes per image. */
    readonly file: string;
    readonly source: string;
    readonly labels: readonly number[];
  };
  readonly calibration: {
    readonly set: string;
    readonly images: number;
    /** The public sweep (p = 1..39) and the full network last. */
    readonly points: readonly BudgetPoint[];
  };
}

/** Checks what the page relies on; `exits` is the compiled model's number of exits. */
export function parseDemoAssets(raw: unknown, exits: number): DemoAssets {
  const fail = (what: string): never => {
    throw new Error(`demo.json: ${what} (run \`npm run demo\` or examples/web/prepare.ts again)`);
  };
  if (typeof raw !== 'object' || raw === null) return fail('expected a JSON object');
  const demo = raw as DemoAssets;
  if (demo.format !== DEMO_FORMAT)
    fail(`format: expected "${DEMO_FORMAT}", found ${JSON.stringify(demo.format)}`);
  if (!Array.isArray(demo.samples?.labels) || demo.samples.labels.length === 0)
    fail('samples.labels: expected labels');
  const points = demo.calibration?.points;
  if (!Array.isArray(points) || points.length === 0) fail('calibration.points: expected budget points');
  points.forEach((p, i) => {
    if (!Array.isArray(p.thresholds) || p.thresholds.length !== exits)
      fail(`calibration.points[${i}].thresholds: expected ${exits} values, one per exit`);
    if (!(p.expectedMFlops > 0)) fail(`calibration.points[${i}].expectedMFlops: expected a positive number`);
  });
  return demo;
}
