import type { FieldProblem } from './errors.ts';
import type { Spec } from './types.ts';

/*
 * Spatial sizes. Every stride-2 layer in RANet (3x3 pad 1 convs, the ImageNet 7x7/2 pad 3 conv
 * and 3x3/2 pad 1 maxpool) maps h to floor((h-1)/2)+1 = ceil(h/2), and ceil(ceil(h/a)/b) =
 * ceil(h/(a*b)), so a chain of k of them is ceil(h/2^k).
 *
 * With a valid scale list every flow ends at the coarsest level, max(S): the stem halves the
 * input max(S)-1 times on the way down (after the ImageNet stem's /4), and a flow starting at
 * level S[i] downsamples S[i]-1 times in its fusion blocks. All exits therefore see the same
 * size. Each exit head runs two 3x3/2 convs and AvgPool2d(2) (floor(h/2), an error below 2),
 * then a linear layer whose width (128 for cifar, the head's channels for imagenet) only fits a
 * 1x1 map: anything else crashes the public code. So the head must end at exactly 1, i.e. the
 * map after its two convs must be 2 or 3.
 */

/** Halvings applied by the stem before the coarsest level, for `data`. */
function stemHalvings(data: Spec['data']): number {
  return data === 'imagenet' ? 2 : 0;
}

const halve = (h: number, times: number): number => Math.ceil(h / 2 ** times);

/** The input sizes (inclusive range) whose exit heads end at exactly 1x1. */
export function validInputRange(data: Spec['data'], maxScale: number): { min: number; max: number } {
  const k = stemHalvings(data) + (maxScale - 1) + 2;
  return { min: 2 ** k + 1, max: 3 * 2 ** k };
}

export function resolutionProblems(spec: Spec): FieldProblem[] {
  const maxScale = Math.max(...spec.architecture.scaleList);
  const { min, max } = validInputRange(spec.data, maxScale);
  const problems: FieldProblem[] = [];
  for (const dim of ['height', 'width'] as const) {
    const h = spec.input[dim];
    if (h >= min && h <= max) continue;
    const coarsest = halve(h, stemHalvings(spec.data) + maxScale - 1);
    const afterConvs = halve(coarsest, 2);
    const end =
      afterConvs < 2 ? 'too small for its 2x2 avgpool' : `${Math.floor(afterConvs / 2)} after its avgpool`;
    problems.push({
      path: ['input', dim],
      expected:
        `an input ${dim} in ${min}..${max} (data ${spec.data}, max(scaleList) = ${maxScale}): ` +
        `the exit heads' two 3x3/2 convs and 2x2 avgpool must reduce the coarsest map to exactly 1, ` +
        `as the public classifier's linear layer takes a single position`,
      found: `${h} (coarsest map ${coarsest}, ${afterConvs} after the head's convs, ${end})`,
    });
  }
  return problems;
}
