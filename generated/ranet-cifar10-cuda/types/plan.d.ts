import type { CudaPlan } from './runtime/cuda-plan.js';
export declare const plan: CudaPlan;
