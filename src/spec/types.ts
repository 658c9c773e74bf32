/** The validated architecture spec: what `ranetc` reads from YAML, after defaults are applied. */
export interface Spec {
  name: string;
  /** Stem and exit-head kind: `cifar` (3x3 stem, 128-wide heads) or `imagenet` (7x7/2 stem + maxpool). */
  data: 'cifar' | 'imagenet';
  input: {
    channels: number;
    height: number;
    width: number;
    normalize?: { mean: number[]; std: number[] };
  };
  classes: number;
  architecture: Architecture;
  target: Target;
}

/** Hyperparameters, named as in the public RANet training scripts. */
export interface Architecture {
  nChannels: number;
  growthRate: number;
  nBlocks: number;
  blockStep: number;
  step: number;
  stepMode: 'even' | 'lg';
  scaleList: number[];
  grFactor: number[];
  bnFactor: number[];
  compressFactor: number;
  reduction: number;
}

export interface Target {
  backend: 'wgsl' | 'cuda' | 'wasm';
  /**
   * `wasm` with `backend: wgsl`: `ranetc build` writes the WebGPU package with the wasm build as
   * its fallback (as `--target wgsl,wasm`), for browsers without WebGPU.
   */
  fallback?: 'wasm';
  /**
   * Storage and convolution arithmetic. `f32`: f32 storage and arithmetic. `f16`: f16 storage
   * (weights and activations); on CUDA the convolutions run on FP16 tensor cores with f32
   * accumulation. `tf32` (CUDA only): f32 storage, convolutions on TF32 tensor cores with f32
   * accumulation, their inputs rounded to TF32 (10 mantissa bits) to nearest.
   */
  precision: 'f32' | 'tf32' | 'f16';
  maxBatch: number;
}
