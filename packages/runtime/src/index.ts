/**
 * `@ranetc/runtime`, the browser entry: the early-exit scheduler, the WebGPU and WebAssembly
 * executors (the wasm thread pool included), the plan types, packed weights and the safetensors
 * reader. Nothing here imports a Node built-in when loaded; the wasm executor reaches Node's
 * `worker_threads`, `os` and `fs` by dynamic import only where it runs in Node.
 */
export * from './adapter.ts';
export * from './plan.ts';
export * from './plan-file.ts';
export * from './scheduler.ts';
export * from './weights.ts';
export * from './packed.ts';
export * from './webgpu.ts';
export * from './wasm-plan.ts';
export * from './wasm-threads.ts';
export * from './wasm.ts';
