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
  precision: 'f32' | 'f16';
  maxBatch: number;
}
