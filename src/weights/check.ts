import { WeightsError } from './errors.ts';
import type { HostTensor, StateDict } from './tensor.ts';

export interface ExpectedTensor {
  readonly shape: readonly number[];
  readonly dtype: HostTensor['dtype'];
}

/** How many keys of each kind a report lists before summarizing the rest as a count. */
const REPORT_LIMIT = 20;

/**
 * Check a loaded state dict against the tensors a model expects, reporting every missing,
 * unexpected and mismatched (shape or dtype) key in one error, so that a user fixing a
 * checkpoint sees the whole picture at once rather than one key per attempt.
 */
export function checkWeights(
  expected: ReadonlyMap<string, ExpectedTensor>,
  sd: StateDict,
  file: string,
): void {
  const missing: string[] = [];
  const mismatched: string[] = [];
  for (const [name, want] of expected) {
    const got = sd.get(name);
    if (!got) missing.push(`${name} ${format(want)}`);
    else if (!sameShape(want.shape, got.shape) || want.dtype !== got.dtype) {
      mismatched.push(`${name}: expected ${format(want)}, found ${format(got)}`);
    }
  }
  const unexpected = [...sd]
    .filter(([name]) => !expected.has(name))
    .map(([name, t]) => `${name} ${format(t)}`);
  if (missing.length + unexpected.length + mismatched.length === 0) return;

  const counts = [
    missing.length && `${missing.length} missing`,
    unexpected.length && `${unexpected.length} unexpected`,
    mismatched.length && `${mismatched.length} with the wrong shape or dtype`,
  ].filter(Boolean);
  const lines = [`the weights do not match the model (${counts.join(', ')}):`];
  section(lines, 'missing (the model needs them; the file lacks them)', missing);
  section(lines, 'unexpected (the file has them; the model does not use them)', unexpected);
  section(lines, 'wrong shape or dtype', mismatched);
  throw new WeightsError(file, lines.join('\n'));
}

function section(lines: string[], title: string, items: string[]): void {
  if (items.length === 0) return;
  items.sort();
  lines.push(`  ${title}:`);
  for (const item of items.slice(0, REPORT_LIMIT)) lines.push(`    ${item}`);
  if (items.length > REPORT_LIMIT) lines.push(`    ... and ${items.length - REPORT_LIMIT} more`);
}

function format(t: ExpectedTensor): string {
  return `[${t.shape.join(', ')}] ${t.dtype}`;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
