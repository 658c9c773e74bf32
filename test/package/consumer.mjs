// A new user's plain Node ESM script: imports the generated package by name, creates the model
// on Dawn (through ranetc's createNodeDevice) from the packed weights and classifies the first
// images of a CIFAR binary file.
// Usage: node consumer.mjs <test.bin> <count> <thresholds as JSON>; prints JSON.
import { readFile } from 'node:fs/promises';
import { createNodeDevice } from 'ranetc';
import * as digits from 'digits';
import { classifyRecords } from './classify.mjs';

const [file, count, thresholds] = process.argv.slice(2);
const gpu = await createNodeDevice(); // Dawn, with the buffer limits raised to the adapter's
const weights = await readFile(new URL(import.meta.resolve('digits/weights.bin')));
const result = await classifyRecords(
  digits,
  await readFile(file),
  Number(count),
  JSON.parse(thresholds),
  () => digits.createDigitsModel(gpu.device, weights),
);
console.log(JSON.stringify(result));
gpu.destroy();
