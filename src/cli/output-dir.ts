import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A file's text, or its bytes for binary files (packed weights). */
export type FileContent = string | Uint8Array;

/**
 * Writes a directory of files atomically: everything goes to a sibling temporary directory
 * first, which then replaces the target with renames, so a failed build never leaves a
 * half-written directory behind.
 */
export function writeDirectoryAtomically(dir: string, files: ReadonlyMap<string, FileContent>): void {
  const parent = path.dirname(path.resolve(dir));
  mkdirSync(parent, { recursive: true });
  const staging = path.join(parent, `.${path.basename(dir)}.tmp-${process.pid}`);
  const old = path.join(parent, `.${path.basename(dir)}.old-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [rel, content] of files) {
      const target = path.join(staging, rel);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(staging, dir);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(dir) && existsSync(old)) renameSync(old, dir);
    throw e;
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/**
 * Differences between a directory on disk and the files it should hold: missing, stale and
 * extra paths. Paths under the `ignore` prefixes are not compared.
 */
export function diffDirectory(
  dir: string,
  files: ReadonlyMap<string, FileContent>,
  ignore: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  const present = new Set(listFiles(dir).filter((rel) => !ignore.some((prefix) => rel.startsWith(prefix))));
  for (const [rel, content] of files) {
    if (!present.has(rel)) problems.push(`missing ${rel}`);
    else if (!sameContent(readFileSync(path.join(dir, rel)), content)) problems.push(`stale ${rel}`);
  }
  for (const rel of present) if (!files.has(rel)) problems.push(`unexpected ${rel}`);
  return problems.sort();
}

function sameContent(disk: Buffer, content: FileContent): boolean {
  return typeof content === 'string' ? disk.toString('utf8') === content : disk.equals(content);
}

/** Writes one file atomically: a sibling temporary file renamed over the target. */
export function writeFileAtomically(file: string, content: FileContent): void {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.tmp-${process.pid}`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
