/**
 * `@ranetc/runtime/node`: everything of the browser entry, plus the CUDA executor (the Driver API
 * through koffi, NVRTC, PTX images), which needs Node.
 */
export * from './index.ts';
export * from './cuda-plan.ts';
export * from './cuda-driver.ts';
export * from './cuda-image.ts';
export * from './nvrtc.ts';
export * from './cuda.ts';
