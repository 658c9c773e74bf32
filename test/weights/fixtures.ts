import { fileURLToPath } from 'node:url';
import path from 'node:path';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The shared fixtures (never copied into the repository). */
export const FIXTURES = path.resolve(repoRoot, '../shared/fixtures');

export function fixture(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}
