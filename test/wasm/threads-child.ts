// The child process of the package test in threads.test.ts: imports a generated package (argv
// 1), creates its model from a safetensors file (argv 2) on one thread and on two, classifies
// the same 16 inputs on both, checks that a refused thread count is refused, destroys the models if argv 3 is 'true', and prints what it got.
// The process must then exit by itself: a pool that is not destroyed must not keep it alive.
export const DIGITS_CHILD = `
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [entry, weightsFile, destroy] = process.argv.slice(1);
const { createDigitsModel, inputShape } = await import(pathToFileURL(entry).href);
const weights = readFileSync(weightsFile);
const one = await createDigitsModel(undefined, weights);
const pool = await createDigitsModel(undefined, weights, { threads: 2 });
const per = inputShape[0] * inputShape[1] * inputShape[2];
const images = Float32Array.from({ length: 16 * per }, (_, i) => Math.sin(i * 0.37) * 2);
const thresholds = [0.9, 0.9, 0.9, 0.9, 0.9, 0];
const run = async (m) => [await m.classify(images), await m.classify(images, { thresholds })];
// The option reaches the executor: a count it refuses is refused.
const refused = await createDigitsModel(undefined, weights, { threads: 0 }).then(() => '', (e) => e.message);
const result = { refused, one: await run(one), pool: await run(pool) };
if (destroy === 'true') { one.destroy(); pool.destroy(); }
process.stdout.write(JSON.stringify(result));
`;
