// A new user's page, built by Vite: imports the generated package by name, its weights by URL,
// and classifies the images the test serves (images.bin) on the CPU, the wasm fallback.
import * as digits from 'digits';
import weightsUrl from 'digits/weights.bin?url';
import { classifyRecords } from '../classify.mjs';

const fetched = async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer());
try {
  const params = new URLSearchParams(location.search);
  const weights = await fetched(weightsUrl);
  window.result = await classifyRecords(
    digits,
    await fetched('./images.bin'),
    Number(params.get('count')),
    JSON.parse(params.get('thresholds')),
    () => digits.createDigitsModel(undefined, weights),
  );
} catch (error) {
  window.result = { error: String((error && error.stack) || error) };
}
