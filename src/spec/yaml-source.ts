import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node, Pair, YAMLError } from 'yaml';
import type { FieldPath, SpecIssue } from './errors.ts';

/**
 * The YAML side of spec parsing: turns text into a document whose nodes keep their source
 * ranges, so that any field path can later be mapped back to a line and column.
 */

export interface Position {
  line: number;
  col: number;
}

export interface YamlSource {
  doc: Document.Parsed;
  /** Syntax errors (including duplicate keys), already located. Empty when the text is valid YAML. */
  syntaxIssues: SpecIssue[];
  /** Position of the value at `path`, or of its nearest ancestor present in the file. */
  locate(path: FieldPath): Position | undefined;
  /** Position of the key that ends `path` (for unknown keys), else as `locate`. */
  locateKey(path: FieldPath): Position | undefined;
}

export function readYaml(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  // uniqueKeys is the default, but it is part of the contract: a repeated key is an error, not "last one wins".
  // logLevel 'error': the library's warnings (unresolved tags, collection keys that toJS would
  // stringify) are not printed to the terminal; they become located issues below instead.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  const at = (offset: number): Position => lineCounter.linePos(offset);

  const syntaxIssues = [
    ...doc.errors.map((error) => syntaxIssue(error, text, file, at(error.pos[0]))),
    ...doc.warnings.map((warning) => ({
      file,
      ...at(warning.pos[0]),
      path: '',
      expected: 'plain YAML (no custom tags or other constructs the YAML library warns about)',
      found: warning.message,
    })),
    ...collectionKeys(doc).map((offset) => ({
      file,
      ...at(offset),
      path: '',
      expected: 'a plain key (a word such as name or architecture)',
      found: 'a key that is a list or mapping',
    })),
  ];

  const locateWith = (path: FieldPath, wantKey: boolean): Position | undefined => {
    const found = walk(doc, path);
    if (found === undefined) return undefined;
    const node = wantKey && found.complete ? (found.key ?? found.node) : found.node;
    return node?.range ? at(node.range[0]) : undefined;
  };

  return {
    doc,
    syntaxIssues,
    locate: (path) => locateWith(path, false),
    locateKey: (path) => locateWith(path, true),
  };
}

interface Walked {
  /** The deepest node reached: the value at `path` when `complete`, else the nearest ancestor. */
  node: Node | undefined;
  /** The key node of the last mapping step, when the last step was a mapping key. */
  key: Node | undefined;
  complete: boolean;
}

function walk(doc: Document.Parsed, path: FieldPath): Walked | undefined {
  let node: Node | null | undefined = doc.contents;
  if (!node) return undefined;
  let key: Node | undefined;
  for (const segment of path) {
    const current: Node = isAlias(node) ? (node.resolve(doc) ?? node) : node;
    let next: Node | null | undefined;
    key = undefined;
    if (isMap(current)) {
      const pair: Pair<unknown, unknown> | undefined = current.items.find(
        (p) => isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (pair && isScalar(pair.key)) {
        key = pair.key;
        // `name:` with nothing after it has no value worth pointing at (an empty scalar at the
        // end of the line): the key is the place to point at.
        next = isNodeWithRange(pair.value) && !isEmptyScalar(pair.value) ? pair.value : pair.key;
      }
    } else if (isSeq(current) && typeof segment === 'number') {
      const item = current.items[segment];
      next = isNodeWithRange(item) ? item : undefined;
    }
    if (!next) return { node: current, key: undefined, complete: false };
    node = next;
  }
  return { node, key, complete: true };
}

/** Offsets of mapping keys that are lists or mappings (`? [a]` or `{a: 1}: 2`). */
function collectionKeys(doc: Document.Parsed): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Pair(_, pair) {
      if ((isMap(pair.key) || isSeq(pair.key)) && pair.key.range) offsets.push(pair.key.range[0]);
    },
  });
  return offsets;
}

function isNodeWithRange(value: unknown): value is Node {
  return (isScalar(value) || isMap(value) || isSeq(value) || isAlias(value)) && value.range != null;
}

function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.value === null && node.range != null && node.range[0] === node.range[1];
}

function syntaxIssue(error: YAMLError, text: string, file: string, pos: Position): SpecIssue {
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^[^:\n,{}]*/.exec(text.slice(error.pos[0]))?.[0].trim() ?? '';
    return {
      file,
      ...pos,
      path: '',
      expected: 'each key at most once in a mapping',
      found: `a second '${key}' key`,
    };
  }
  // The yaml library's messages are precise ("Implicit keys need to be on a single line"); keep them.
  return { file, ...pos, path: '', expected: 'well-formed YAML', found: `a syntax error: ${error.message}` };
}
