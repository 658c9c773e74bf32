// A new user's TypeScript against the generated declarations (checked with nodenext and bundler).
import { classes, createDigitsModel, exitMFlops } from 'digits';
import type { ClassifyOptions, CompiledModel, Prediction } from 'digits';

export const classCount: 10 = classes;

export async function classify(
  device: GPUDevice,
  weights: ArrayBuffer,
  images: Float32Array,
): Promise<number[]> {
  const model: CompiledModel = await createDigitsModel(device, weights);
  const options: ClassifyOptions = { thresholds: exitMFlops.map(() => 0.9) };
  const predictions: Prediction[] = await model.classify(images, options);
  // @ts-expect-error: the declarations are real types, not `any`: weights are bytes or tensors.
  await createDigitsModel(device, 42);
  return predictions.map((p) => p.class);
}
