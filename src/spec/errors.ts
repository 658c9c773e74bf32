/**
 * Errors a user can act on: every issue names the spec file, the line and column, the field,
 * what was expected there and what was found.
 */

/** A path into the spec document, as YAML keys and list indices: `['architecture', 'scaleList', 2]`. */
export type FieldPath = readonly (string | number)[];

/** One problem with a spec, located in its file. `line` and `col` are 1-based; 0 means "no position". */
export interface SpecIssue {
  file: string;
  line: number;
  col: number;
  /** The field, written as in the YAML: `architecture.scaleList[2]`; empty for the document itself. */
  path: string;
  expected: string;
  found: string;
}

/**
 * A problem before it is located: the stages that find problems (schema, semantic checks) know
 * the field, and only the parser knows where that field sits in the file.
 */
export interface FieldProblem {
  path: FieldPath;
  expected: string;
  found: string;
  /** Point at the key itself rather than its value (used for unknown keys). */
  atKey?: boolean;
}

/** `['architecture', 'scaleList', 2]` -> `architecture.scaleList[2]`. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** `specs/x.yaml:7:18: architecture.scaleList[2]: expected ..., found ...` */
export function formatIssue(issue: SpecIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.col}` : issue.file;
  const field = issue.path === '' ? '' : `${issue.path}: `;
  return `${where}: ${field}expected ${issue.expected}, found ${issue.found}`;
}

/** Thrown for any spec that cannot be compiled; carries every issue found, not only the first. */
export class SpecError extends Error {
  readonly issues: readonly SpecIssue[];

  constructor(issues: readonly SpecIssue[]) {
    if (issues.length === 0) throw new Error('internal: SpecError needs at least one issue');
    super(issues.map(formatIssue).join('\n'));
    this.name = 'SpecError';
    this.issues = issues;
  }

  /** One line per issue, in file order as found. */
  format(): string {
    return this.issues.map(formatIssue).join('\n');
  }
}

/**
 * A later stage's problem with a field of a spec that parsed (a backend limit, say): the stage
 * knows the field, the caller that holds the parsed spec locates it (`atSpec` in parse.ts).
 */
export class SpecFieldError extends Error {
  constructor(readonly problem: FieldProblem) {
    super(`${formatPath(problem.path)}: expected ${problem.expected}, found ${problem.found}`);
    this.name = 'SpecFieldError';
  }
}
