import type { z } from 'zod';
import type { FieldPath, FieldProblem } from './errors.ts';
import { KNOWN_KEYS } from './schema.ts';

/**
 * Turns zod issues into FieldProblems. The "expected" text is the description the schema gave
 * each field (its error message); the "found" text is written from the value actually in the
 * document, which zod does not keep.
 */
export function zodProblems(issues: readonly z.core.$ZodIssue[], raw: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = KNOWN_KEYS[path.filter((s) => typeof s === 'string').join('.')] ?? [];
      for (const key of issue.keys) {
        problems.push({
          path: [...path, key],
          expected: `one of the keys ${known.join(', ')}`,
          found: `an unknown key '${key}'`,
          atKey: true,
        });
      }
      continue;
    }
    problems.push({ path, expected: issue.message, found: describeValue(valueAt(raw, path), path) });
  }
  return problems;
}

function valueAt(root: unknown, path: FieldPath): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** How a YAML value reads in a message: `1.5`, `"abc"`, `[1, 2]`, `a mapping`, or that it is missing. */
export function describeValue(value: unknown, path: FieldPath): string {
  if (value === undefined) return path.length === 0 ? 'an empty document' : 'nothing (the key is missing)';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const text = `[${value.map((v) => (typeof v === 'object' && v !== null ? '...' : String(v))).join(', ')}]`;
    return text.length <= 60 ? text : `a list of ${value.length} items`;
  }
  return 'a mapping';
}
