import type { Architecture, Spec, Target } from './types.ts';

/**
 * Defaults for fields a spec may leave out. Architecture values are those the public RANet
 * training uses for CIFAR (`args.py` defaults with the scale list and factors `train_cifar.sh`
 * passes), so a spec that names only `name` and `classes` describes the official CIFAR-10 network.
 */
export const DEFAULT_ARCHITECTURE: Readonly<Architecture> = {
  nChannels: 16,
  growthRate: 6,
  nBlocks: 2,
  blockStep: 2,
  step: 4,
  stepMode: 'even',
  scaleList: [1, 2, 3, 3],
  grFactor: [4, 2, 1, 1],
  bnFactor: [4, 2, 1, 1],
  compressFactor: 0.25,
  reduction: 0.5,
};

export const DEFAULT_TARGET: Readonly<Target> = { backend: 'wgsl', precision: 'f32', maxBatch: 64 };

/** The public data pipelines: CIFAR images are 32x32, ImageNet crops 224x224; both RGB. */
export const DEFAULT_INPUT: Readonly<
  Record<Spec['data'], { channels: number; height: number; width: number }>
> = {
  cifar: { channels: 3, height: 32, width: 32 },
  imagenet: { channels: 3, height: 224, width: 224 },
};

/** `data` when absent: the public training script's default is `cifar10`. */
export const DEFAULT_DATA: Spec['data'] = 'cifar';
