import { countProblems, sizeProblems } from './bounds.ts';
import type { FieldProblem } from './errors.ts';
import { resolutionProblems } from './resolution.ts';
import type { Architecture, Spec } from './types.ts';
import { widthProblems } from './widths.ts';

/*
 * Semantic checks: configurations that pass the schema but that the public RANet code cannot
 * build, would crash on, or would build into something other than the reference describes.
 * Each rule says why it exists; derived from `docs/ranet-reference.md` and the public
 * `models/RANet.py` it describes.
 */

export function validateSpec(spec: Spec): FieldProblem[] {
  const arch = spec.architecture;
  const structure = [
    ...listLengthProblems(arch),
    ...scaleListProblems(arch.scaleList),
    ...blockProblems(arch),
  ];
  const fields = [...inputProblems(spec), ...targetProblems(spec), ...structure];
  if (structure.length > 0) return fields;
  // Widths and resolutions walk the flows, which only makes sense once the lists agree, and
  // only once the closed-form counts say the walk is short (src/spec/bounds.ts).
  const counts = countProblems(spec);
  if (counts.length > 0) return [...fields, ...counts];
  const derived = [...widthProblems(arch), ...resolutionProblems(spec)];
  // Sizes assume buildable widths and an input the exit heads fit.
  return [...fields, ...derived, ...(derived.length === 0 && fields.length === 0 ? sizeProblems(spec) : [])];
}

/**
 * TF32 is a tensor-core format of NVIDIA GPUs: CUDA only. A fallback backs up WebGPU, for
 * browsers without it; the wasm build stores f32.
 */
function targetProblems(spec: Spec): FieldProblem[] {
  const { backend, fallback, precision } = spec.target;
  if (precision === 'tf32' && backend !== 'cuda')
    return [
      {
        path: ['target', 'precision'],
        expected: `f32 or f16 with backend ${backend} (tf32 is the CUDA backend's tensor-core arithmetic)`,
        found: precision,
      },
    ];
  if (fallback === undefined) return [];
  if (backend !== 'wgsl')
    return [
      {
        path: ['target', 'fallback'],
        expected: 'absent with backend ' + backend + ' (a wasm fallback backs up backend: wgsl only)',
        found: fallback,
      },
    ];
  if (precision !== 'f32')
    return [
      {
        path: ['target', 'fallback'],
        expected: `absent with precision: ${precision} (the wasm fallback stores f32)`,
        found: fallback,
      },
    ];
  return [];
}

function inputProblems(spec: Spec): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { channels, normalize } = spec.input;
  if (channels !== 3) {
    problems.push({
      path: ['input', 'channels'],
      expected: '3 (the public stem is built as RAFirstLayer(3, ...): RGB input only)',
      found: String(channels),
    });
  }
  for (const key of ['mean', 'std'] as const) {
    const values = normalize?.[key];
    if (values !== undefined && values.length !== channels) {
      problems.push({
        path: ['input', 'normalize', key],
        expected: `${count(channels, 'value')} (one per input channel)`,
        found: count(values.length, 'value'),
      });
    }
  }
  return problems;
}

/** The public code sizes the stem by len(grFactor) and the flows by len(scale_list), indexing bnFactor per flow. */
function listLengthProblems(arch: Architecture): FieldProblem[] {
  const flows = arch.scaleList.length;
  return (['grFactor', 'bnFactor'] as const)
    .filter((key) => arch[key].length !== flows)
    .map((key) => ({
      path: ['architecture', key],
      expected: `${count(flows, 'entry', 'entries')}, one per flow (as many as scaleList)`,
      found: count(arch[key].length, 'entry', 'entries'),
    }));
}

/**
 * S must start at 1, never decrease, rise by at most 1, and be >= 2 after flow 0. The stem
 * halves the resolution once per *change* of level, but a flow at level S down-samples at the
 * last S-1 entries of [nb[0], .., nb[i]]. Only steps of 0 or 1 keep the two in agreement, so that
 * every flow ends at the coarsest resolution the exit heads are sized for; after a jump the slice
 * reaches the dummy nb[0] = 0 or flows end at different sizes.
 */
function scaleListProblems(S: readonly number[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const at = (i: number) => ['architecture', 'scaleList', i];
  if (S[0] !== 1) {
    problems.push({
      path: at(0),
      expected: '1 (flow 0 runs at the lowest resolution level, which is 1)',
      found: String(S[0]),
    });
  }
  for (let i = 1; i < S.length; i++) {
    const previous = `scaleList[${i - 1}] (${S[i - 1]})`;
    if (S[i] < S[i - 1]) {
      problems.push({ path: at(i), expected: `a value >= ${previous}`, found: String(S[i]) });
    } else if (S[i] === 1) {
      problems.push({
        path: at(i),
        expected:
          'a value >= 2: only flow 0 may be at level 1 (the public code picks down-sampling blocks with ' +
          'list[-(S-1):], and Python reads list[-0:] as the whole list, so this flow would down-sample ' +
          'at every fusion block)',
        found: '1',
      });
    } else if (S[i] > S[i - 1] + 1) {
      problems.push({
        path: at(i),
        expected:
          `a value <= ${S[i - 1] + 1} (scaleList[${i - 1}] + 1): the public stem halves the resolution once per ` +
          `change of level, however large, while a flow at level S counts on S-1 down-sampling blocks, ` +
          `so after a jump levels and resolutions disagree`,
        found: String(S[i]),
      });
    }
  }
  return problems;
}

function blockProblems(arch: Architecture): FieldProblem[] {
  if (arch.scaleList.length < 2) return [];
  const problems: FieldProblem[] = [];
  // _BlockUpNormal builds its last layer from the loop variable of `for i in range(num_layers-1)`,
  // which is unbound when a fusion block has one layer (step 1, in either step mode).
  if (arch.step < 2) {
    problems.push({
      path: ['architecture', 'step'],
      expected:
        'an integer >= 2 when there are several flows (the public fusion block raises UnboundLocalError ' +
        'when it has a single layer)',
      found: String(arch.step),
    });
  }
  // With blockStep 0, flows after the first get only fusion blocks: no exits, so their work is
  // never used, and their down-sampling positions collapse onto one block.
  if (arch.blockStep < 1) {
    problems.push({
      path: ['architecture', 'blockStep'],
      expected: 'an integer >= 1 when there are several flows (with 0, flows after the first have no exits)',
      found: String(arch.blockStep),
    });
  }
  return problems;
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
