// A new user's plain Node ESM script: imports the generated package by name, creates the model
// on Dawn (through ranetc's createNodeDevice) from the packed weights and classifies the first images of a CIFAR binary file.
// Usage: node consumer.mjs <test.bin> <count> <thresholds as JSON>; prints JSON.
import { readFile } from 'node:fs/promises';
import { createNodeDevice } from 'ranetc';
import { classes, createDigitsModel, inputShape, plan } from 'digits';

const [file, countArg, thresholdsArg] = process.argv.slice(2);
const count = Number(countArg);
const [c, h, w] = inputShape;
const { mean, std } = plan.normalize;
const records = await readFile(file);
const images = new Float32Array(count * c * h * w);
const labels = [];
for (let i = 0; i < count; i++) {
  const record = records.subarray(i * (1 + c * h * w), (i + 1) * (1 + c * h * w));
  labels.push(record[0]);
  for (let j = 0; j < c * h * w; j++) {
    const channel = Math.floor(j / (h * w));
    // In float32 steps, as ToTensor + Normalize.
    const f = Math.fround;
    images[i * c * h * w + j] = f(f(f(record[1 + j] / 255) - f(mean[channel])) / f(std[channel]));
  }
}

const gpu = await createNodeDevice(); // Dawn, with the buffer limits raised to the adapter's
const device = gpu.device;
const started = performance.now();
const weights = await readFile(new URL(import.meta.resolve('digits/weights.bin')));
const model = await createDigitsModel(device, weights);
const loadMs = performance.now() - started;
const predictions = await model.classify(images, { thresholds: JSON.parse(thresholdsArg) });
const exits = await model.allExits(images);
console.log(
  JSON.stringify({
    classes,
    loadMs,
    labels,
    predictions: predictions.map((p) => ({ class: p.class, exit: p.exit, confidence: p.confidence })),
    exits: exits.map((logits) => Array.from(logits)),
  }),
);
model.destroy();
gpu.destroy();
