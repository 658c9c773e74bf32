import { readFileSync } from 'node:fs';
import type { TuningFile } from '../tune/file.ts';
import { parseTuningFile } from '../tune/file.ts';
import { UsageError } from './errors.ts';

/** Reads and validates a tuning file: an unreadable one is a `UsageError`, a bad one a `TuningFileError`, each naming the file (and field). */
export function readTuningFile(path: string): TuningFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${path}: cannot read the tuning file: ${(e as Error).message}`);
  }
  return parseTuningFile(text, path);
}
