import { readFileSync } from 'node:fs';
import { SpecError, SpecFieldError, formatPath } from './errors.ts';
import type { FieldPath, FieldProblem, SpecIssue } from './errors.ts';
import { applyDataDefaults, specSchema } from './schema.ts';
import type { Spec } from './types.ts';
import { validateSpec } from './validate.ts';
import { readYaml } from './yaml-source.ts';
import type { Position } from './yaml-source.ts';
import { zodProblems } from './zod-problems.ts';

/** A validated spec, with the means to point later errors back at the YAML it came from. */
export interface ParsedSpec {
  spec: Spec;
  file: string;
  /**
   * 1-based position of the value at `path` (`['architecture', 'scaleList', 2]`). For a field the
   * file leaves out (a default), the position of its nearest ancestor that is written; undefined
   * only for a document with no content.
   */
  locate(path: (string | number)[]): { line: number; col: number } | undefined;
}

/**
 * Parses and validates spec YAML. Stages, each reporting every issue it finds: YAML syntax
 * (including duplicate keys), then the schema, then semantic checks (only on a spec that passed
 * the schema, since they assume its types). Throws SpecError.
 */
export function parseSpecText(text: string, file: string): ParsedSpec {
  const source = readYaml(text, file);
  if (source.syntaxIssues.length > 0) throw new SpecError(source.syntaxIssues);

  const toIssue = (problem: FieldProblem): SpecIssue => {
    const pos: Position = (problem.atKey ? source.locateKey(problem.path) : source.locate(problem.path)) ?? {
      line: 1,
      col: 1,
    };
    return { file, ...pos, path: formatPath(problem.path), expected: problem.expected, found: problem.found };
  };
  // Issues in file order, so that a user can work down the file.
  const located = (problems: FieldProblem[]): SpecIssue[] =>
    problems.map(toIssue).sort((a, b) => a.line - b.line || a.col - b.col);

  let raw: unknown;
  try {
    raw = source.doc.toJS();
  } catch (error) {
    // e.g. an alias bomb past the yaml library's alias limit.
    const found = error instanceof Error ? error.message : String(error);
    throw new SpecError([{ file, line: 1, col: 1, path: '', expected: 'a plain YAML document', found }]);
  }

  const result = specSchema.safeParse(raw);
  if (!result.success) throw new SpecError(located(zodProblems(result.error.issues, raw)));

  const spec = applyDataDefaults(result.data);
  const problems = validateSpec(spec);
  if (problems.length > 0) throw new SpecError(located(problems));

  return { spec, file, locate: (path: FieldPath) => source.locate(path) };
}

/** Reads and parses a spec file; a file that cannot be read is a SpecError too. */
export function loadSpec(file: string): ParsedSpec {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const found = error instanceof Error ? error.message : String(error);
    throw new SpecError([{ file, line: 0, col: 0, path: '', expected: 'a readable spec file', found }]);
  }
  return parseSpecText(text, file);
}

/** For later stages: a located issue about a field of an already parsed spec. */
export function issueAt(parsed: ParsedSpec, path: FieldPath, expected: string, found: string): SpecIssue {
  const pos = parsed.locate([...path]) ?? { line: 0, col: 0 };
  return { file: parsed.file, ...pos, path: formatPath(path), expected, found };
}

/** Runs a later stage on a parsed spec; a SpecFieldError it throws becomes a located SpecError. */
export async function atSpec<T>(parsed: ParsedSpec, stage: () => Promise<T>): Promise<T> {
  try {
    return await stage();
  } catch (e) {
    if (!(e instanceof SpecFieldError)) throw e;
    const { path, expected, found } = e.problem;
    throw new SpecError([issueAt(parsed, path, expected, found)]);
  }
}
