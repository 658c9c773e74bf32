// One case of the configuration sweep: a generated spec with random weights and inputs, run by
// the reference interpreter and by each compiled backend as `ranetc run` opens it (WGSL on
// Dawn, CUDA on the cuda-cpu harness, WebAssembly SIMD). Every exit of every input is compared with the
// reference, and budgeted `classify` (thresholds, a batch larger than maxBatch) with the public
// evaluation's scheduler over the reference logits, counted: every dispatch ran for exactly the
// inputs that reached its stage, and executed MFLOPs equal the accounting. Returns figures and problems instead of
// asserting, so that the CI test and `npm run sweep` share it.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exitIndices } from '../../src/adaptive/calibrate.ts';
import { exitPredictions } from '../../src/adaptive/confidence.ts';
import type { ExitConfidences } from '../../src/adaptive/confidence.ts';
import { openModel } from '../../src/cli/run.ts';
import { expandRanet } from '../../src/frontend/ranet.ts';
import { paramsFrom, runGraph } from '../../src/reference/interpreter.ts';
import type { CompiledModel, WgslPlan } from '@ranetc/runtime';
import type { Spec } from '../../src/spec/types.ts';
import { writeSafetensors } from '../../src/weights/safetensors.ts';
import type { StateDict } from '../../src/weights/tensor.ts';
import { compare } from '../helpers/compare.ts';
import type { Rng } from '../helpers/random.ts';
import { MARGIN, thresholdAt } from '../helpers/thresholds.ts';
import { DEVICE_REL, F16_TENSOR_FIXTURE_REL, TF32_FIXTURE_REL } from '../helpers/tolerances.ts';
import { randomWeights } from './weights.ts';

/**
 * `wasm` runs the relaxed-SIMD module (the CLI turns relaxed SIMD on), `wasm-simd128` the plain
 * one; `cuda-cpu-tf32` and `cuda-cpu-f16` CUDA's tensor-core builds on the harness;
 * `wgsl-stage` WGSL with stage kernels (one dispatch per stage) for every chunk.
 */
export type SweepBackend =
  'wgsl' | 'wgsl-stage' | 'cuda-cpu' | 'wasm' | 'wasm-simd128' | 'cuda-cpu-tf32' | 'cuda-cpu-f16';
export const SWEEP_BACKENDS: readonly SweepBackend[] = ['wgsl', 'cuda-cpu', 'wasm', 'wasm-simd128'];
/** What `npm run sweep` runs by default: every case also on stage kernels. */
export const SCRIPT_BACKENDS: readonly SweepBackend[] = [...SWEEP_BACKENDS, 'wgsl-stage'];
/** CUDA's tensor-core builds on the harness: compared within their precision's tolerance. */
export const TENSOR_BACKENDS: readonly SweepBackend[] = ['cuda-cpu-tf32', 'cuda-cpu-f16'];
const TOLERANCE: Readonly<Record<SweepBackend, number>> = {
  wgsl: DEVICE_REL,
  'wgsl-stage': DEVICE_REL,
  'cuda-cpu': DEVICE_REL,
  wasm: DEVICE_REL,
  'wasm-simd128': DEVICE_REL,
  'cuda-cpu-tf32': TF32_FIXTURE_REL,
  'cuda-cpu-f16': F16_TENSOR_FIXTURE_REL,
};

/** Relative logit difference the threshold margins allow for (see `marginAt`). */
const CONFIDENCE_SLACK = 1e-5;
/** Random threshold vectors per case, each run through `classify` on every backend. */
const VECTORS = 4;

export interface BackendResult {
  readonly backend: SweepBackend;
  /** Per exit, the scaled difference to the reference. */
  readonly rel: number[];
  /** Worst |confidence - reference confidence| over every exit and input. */
  readonly confidence: number;
  /** (input, threshold vector) pairs whose exit and class were compared. */
  readonly decisions: number;
  /**
   * Pairs not compared (tensor-core builds only): a reference confidence on the input's path
   * lies within the build's largest confidence difference (at that exit) of its threshold, or
   * its top two logits within twice the largest logit difference, so either decision is right.
   */
  readonly near: number;
  /** Wall time: compile, build, load, run (shared machine: for orientation only). */
  readonly seconds: number;
}

export interface CaseResult {
  readonly spec: Spec;
  /** Inputs run (more than maxBatch). */
  readonly n: number;
  /** Per exit, max |reference logit|. */
  readonly scale: number[];
  /** Wall time of the reference interpreter. */
  readonly referenceSeconds: number;
  readonly backends: BackendResult[];
  /** Everything that disagreed or failed; empty for a passing case. */
  readonly problems: string[];
  /** What `writeReplay` needs to reproduce the case with `ranetc run`. */
  readonly weights: StateDict;
  readonly images: Float32Array;
}

export interface CaseOptions {
  readonly backends?: readonly SweepBackend[];
  /**
   * WGSL: a seed for a random variant of every convolution, conv-resize and exit head, subgroup
   * heads included where the device has `subgroups` (the default choice otherwise). Not f16
   * arithmetic: it has its own, looser tolerance (kernel-variants.test.ts).
   */
  readonly variantSeed?: number;
  /** With `variantSeed`: draw every convolution's variant among its implicit-GEMM members. */
  readonly gemm?: boolean;
}

export async function runCase(spec: Spec, rng: Rng, options: CaseOptions = {}): Promise<CaseResult> {
  const graph = expandRanet(spec);
  const weights = randomWeights(graph, rng);
  const { maxBatch } = spec.target;
  const n = rng.int(maxBatch + 1, 2 * maxBatch + 1);
  const shape = graph.nodes[graph.input].type.shape;
  const images = rng.normals(n * shape.reduce((a, b) => a * b, 1));
  const started = performance.now();
  const reference = runGraph(graph, paramsFrom(weights), { n, shape, data: images }).map((b) => b.data);
  const referenceSeconds = (performance.now() - started) / 1000;
  const decided = reference.map((logits) => exitPredictions(logits, n, spec.classes));
  const scale = reference.map((r) => compare(r, r).scale);
  const margins = scale.map(marginAt);
  const vectors = Array.from({ length: VECTORS }, () => randomThresholds(decided, margins, rng));

  const problems: string[] = [];
  const backends: BackendResult[] = [];
  const tensors = new Map<string, Float32Array>();
  for (const [k, t] of weights) if (t.dtype === 'f32') tensors.set(k, t.data);
  for (const backend of options.backends ?? SWEEP_BACKENDS) {
    const found: string[] = [];
    const started = performance.now();
    try {
      const precision = backend === 'cuda-cpu-tf32' ? 'tf32' : backend === 'cuda-cpu-f16' ? 'f16' : undefined;
      const { model, close } = await openModel(
        precision === undefined ? spec : { ...spec, target: { ...spec.target, backend: 'cuda', precision } },
        tensors,
        precision !== undefined
          ? 'cuda-cpu'
          : backend === 'wasm-simd128'
            ? 'wasm'
            : backend === 'wgsl-stage'
              ? 'wgsl'
              : (backend as 'wgsl' | 'cuda-cpu' | 'wasm'),
        true,
        backend === 'wgsl-stage'
          ? { stageKernels: 'always' }
          : options.variantSeed === undefined
            ? undefined
            : {
                randomVariants: options.variantSeed,
                features: ['subgroups'],
                ...(options.gemm === true ? { randomKinds: ['gemm'] as const } : {}),
              },
        backend === 'wasm-simd128',
      );
      try {
        // Guards the runner: stage kernels are what ran (one dispatch per stage).
        const plan = model.plan as WgslPlan;
        if (backend === 'wgsl-stage' && plan.stages.some((st) => st.dispatches.length !== 1))
          found.push(
            `not stage kernels: ${plan.stages.map((st) => st.dispatches.length).join('/')} dispatches per stage`,
          );
        const checked = await checkBackend(
          model,
          { spec, n, images, reference, decided, vectors, margins, scale },
          TOLERANCE[backend],
          found,
        );
        backends.push({ backend, ...checked, seconds: (performance.now() - started) / 1000 });
      } finally {
        model.destroy();
        close();
      }
    } catch (error) {
      found.push(`failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    problems.push(...found.map((p) => `${backend}: ${p}`));
  }
  return { spec, n, scale, referenceSeconds, backends, problems, weights, images };
}

interface Expected {
  readonly spec: Spec;
  readonly n: number;
  readonly images: Float32Array;
  /** Per exit, `n x classes` reference logits. */
  readonly reference: Float32Array[];
  readonly decided: ExitConfidences[];
  readonly vectors: number[][];
  /** Per exit, how far every threshold keeps from the reference confidences. */
  readonly margins: number[];
  /** Per exit, max |reference logit|. */
  readonly scale: number[];
}

async function checkBackend(
  model: CompiledModel,
  want: Expected,
  tolerance: number,
  problems: string[],
): Promise<Pick<BackendResult, 'rel' | 'confidence' | 'decisions' | 'near'>> {
  const { spec, n, images, reference, decided } = want;
  const { maxBatch } = spec.target;
  const classes = spec.classes;
  const per = images.length / n;

  // Every exit, chunk by chunk as `ranetc run` does.
  const got = reference.map(() => new Float32Array(n * classes));
  for (let start = 0; start < n; start += maxBatch) {
    const count = Math.min(maxBatch, n - start);
    const outs = await model.allExits(images.subarray(start * per, (start + count) * per));
    outs.forEach((o, e) => got[e].set(o, start * classes));
  }
  const rel = reference.map((r, e) => compare(r, got[e]).rel);
  rel.forEach((r, e) => {
    if (!(r <= tolerance)) problems.push(`exit ${e}: scaled difference ${r.toExponential(2)} > ${tolerance}`);
  });
  // A tolerance past the margins' (the tensor-core builds): a decision may differ only where
  // the reference confidence is within this build's largest confidence difference at that exit
  // of the threshold, or the top two reference logits within twice its largest logit difference.
  const loose = tolerance > DEVICE_REL;
  const logitWorst = reference.map((r, e) => r.reduce((m, v, i) => Math.max(m, Math.abs(v - got[e][i])), 0));
  const confidenceWorst: number[] = [];

  // The thresholds keep a margin from every reference confidence; that decides alike only if
  // the backend's confidences are within half of it.
  let confidence = 0;
  got.forEach((logits, e) => {
    const mine = exitPredictions(logits, n, classes).confidence;
    let worst = 0;
    mine.forEach((c, i) => (worst = Math.max(worst, Math.abs(c - decided[e].confidence[i]))));
    if (!loose && !(worst < want.margins[e] / 2))
      problems.push(
        `exit ${e}: confidences differ by ${worst.toExponential(2)}, more than half the margin ${want.margins[e]}`,
      );
    confidence = Math.max(confidence, worst);
    confidenceWorst.push(worst);
  });

  let decisions = 0;
  let near = 0;
  const topGap = reference.map((logits) =>
    Float64Array.from({ length: n }, (_, i) => {
      const row = Array.from(logits.subarray(i * classes, (i + 1) * classes)).sort((a, b) => b - a);
      return row.length > 1 ? row[0] - row[1] : Infinity;
    }),
  );
  for (const thresholds of want.vectors) {
    const exitOf = exitIndices(
      decided.map((d) => d.confidence),
      thresholds,
    );
    const { predictions, work } = await model.classify(images, { thresholds, count: true });
    const wrong: string[] = [];
    // An input is near when a reference confidence on its path is within tolerance of the
    // threshold there, or its class at its exit a near tie: both outcomes are right.
    // The last exit takes every input left, whatever its threshold.
    const last = decided.length - 1;
    const isNear = (i: number): boolean => {
      if (!loose) return false;
      for (let e = 0; e <= exitOf[i]; e++)
        if (e < last && Math.abs(decided[e].confidence[i] - thresholds[e]) <= confidenceWorst[e]) return true;
      return topGap[exitOf[i]][i] <= 2 * logitWorst[exitOf[i]];
    };
    // Executed work: every dispatch of a stage ran for exactly the inputs that reached it (by
    // the build's own decisions where near ones may differ).
    const reached = work.reached.map((_, s) =>
      loose ? predictions.filter((p) => p.exit >= s).length : exitOf.filter((e) => e >= s).length,
    );
    if (work.reached.join() !== reached.join())
      wrong.push(`inputs per stage [${work.reached.join(' ')}], expected [${reached.join(' ')}]`);
    for (const d of work.dispatches)
      if (d.ran !== d.blocksPerSample * reached[d.stage])
        wrong.push(`${d.label} (stage ${d.stage}) ran ${d.ran} blocks for ${reached[d.stage]} inputs`);
    if (!(Math.abs(work.executedMFlops - work.accountedMFlops) <= 1e-12 * work.accountedMFlops))
      wrong.push(`executed ${work.executedMFlops} MFLOPs per input, accounting ${work.accountedMFlops}`);
    for (let i = 0; i < n; i++) {
      const p = predictions[i];
      const exit = exitOf[i];
      if (isNear(i)) {
        near++;
        if (p?.index !== i) wrong.push(`input ${i}: prediction ${p?.index} in its place`);
        continue;
      }
      const cls = decided[exit].prediction[i];
      if (p?.index !== i || p.exit !== exit || p.class !== cls)
        wrong.push(`input ${i}: exit ${p?.exit} class ${p?.class}, reference exit ${exit} class ${cls}`);
    }
    if (predictions.length !== n) wrong.push(`${predictions.length} predictions for ${n} inputs`);
    decisions += n;
    if (wrong.length > 0)
      problems.push(`classify with thresholds [${thresholds.join(', ')}]: ${wrong.slice(0, 5).join('; ')}`);
  }
  return { rel, confidence, decisions: decisions - near, near };
}

/**
 * One threshold per exit, each at least MARGIN from every reference confidence at its exit: a
 * random share of the inputs below it, or nobody or everybody leaving there. The last exit's
 * threshold is random too: whatever it is, the last exit takes every input left.
 */
function randomThresholds(
  decided: readonly ExitConfidences[],
  margins: readonly number[],
  rng: Rng,
): number[] {
  return decided.map((d, e) => {
    if (e === decided.length - 1) return rng.pick([-1e8, 0, rng.uniform(), 1e8]);
    const kind = rng.uniform();
    if (kind < 0.1) return 1e8;
    if (kind < 0.2) return 0;
    return thresholdAt(d.confidence, rng.uniform(), margins[e]);
  });
}

/**
 * The margin thresholds keep at an exit whose logits reach `scale`: MARGIN, or more where large
 * logits let f32 rounding move confidences further (by at most half the largest logit
 * difference; the backends differ from the reference by about 1e-6 x scale, CONFIDENCE_SLACK
 * leaves ten times that).
 */
const marginAt = (scale: number): number => Math.max(MARGIN, CONFIDENCE_SLACK * scale);

/**
 * Writes a case as files `ranetc run` replays: `spec.yaml`, `weights.safetensors` and
 * `input.safetensors` in `dir`. Returns the command line.
 */
export function writeReplay(dir: string, result: CaseResult, yaml: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'spec.yaml'), yaml);
  const tensors: Parameters<typeof writeSafetensors>[0] = {};
  for (const [name, t] of result.weights) {
    tensors[name] = { dtype: t.dtype === 'f32' ? 'F32' : 'I64', shape: [...t.shape], data: t.data };
  }
  writeFileSync(path.join(dir, 'weights.safetensors'), writeSafetensors(tensors));
  const { channels, height, width } = result.spec.input;
  const input = { dtype: 'F32' as const, shape: [result.n, channels, height, width], data: result.images };
  writeFileSync(path.join(dir, 'input.safetensors'), writeSafetensors({ input }));
  const file = (name: string): string => path.join(dir, name);
  return `ranetc run ${file('spec.yaml')} --weights ${file('weights.safetensors')} --input ${file('input.safetensors')} --backend <reference|wgsl|cuda-cpu|wasm>`;
}
