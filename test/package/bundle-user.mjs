// A user of a `ranetc build --bundle` package, in a folder where nothing is installed: imports
// the bundle's entry by path and classifies on the CPU (the wasm fallback) from its weights.bin.
// Usage: node bundle-user.mjs <test.bin> <count> <thresholds as JSON>; prints JSON.
import { readFile } from 'node:fs/promises';
import * as digits from './digits/index.js';
import { classifyRecords } from './classify.mjs';

const [file, count, thresholds] = process.argv.slice(2);
const weights = await readFile(new URL('./digits/weights.bin', import.meta.url));
const result = await classifyRecords(
  digits,
  await readFile(file),
  Number(count),
  JSON.parse(thresholds),
  () => digits.createDigitsModel(undefined, weights),
);
console.log(JSON.stringify(result));
