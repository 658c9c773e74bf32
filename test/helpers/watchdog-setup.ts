/**
 * Setup file of the suite's watchdog (watchdog.ts): each test process writes what it starts
 * (a file's hooks, a test) to a file of its own, synchronously, so that the watchdog can say
 * where a process that blocked is stuck: vitest's own reports of a test's start are sent on a
 * timer, which a blocked process never reaches.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';

const dir = process.env.RANETC_WATCHDOG_DIR;
const say = (file: string | undefined, what: string): void => {
  if (dir !== undefined && file !== undefined)
    writeFileSync(path.join(dir, String(process.pid)), JSON.stringify({ file, what }));
};

beforeAll(() => say(expect.getState().testPath, "the file's beforeAll hooks"));
beforeEach((context) => say(context.task.file.filepath, `test "${context.task.fullName}"`));
afterEach((context) =>
  say(
    context.task.file.filepath,
    `after test "${context.task.fullName}" (afterEach, or the file's afterAll hooks)`,
  ),
);
