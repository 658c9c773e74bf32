// Getting a WebGPU device, or a sentence a user can act on when the browser has none (the page
// then runs the model's WebAssembly build on the CPU).

export class NoWebGpuError extends Error {
  override readonly name = 'NoWebGpuError';
}

export interface Gpu {
  readonly device: GPUDevice;
  /** What the adapter calls itself, for the page's fact list. */
  readonly adapter: string;
  readonly fallback: boolean;
}

export async function openGpu(): Promise<Gpu> {
  if (!window.isSecureContext) {
    throw new NoWebGpuError(
      'This page is not a secure context, and browsers only offer WebGPU to secure pages: open it over https or from localhost.',
    );
  }
  if (!('gpu' in navigator) || navigator.gpu === undefined) {
    throw new NoWebGpuError(
      'This browser has no WebGPU; for the GPU, use a recent Chrome or Edge (113+), Safari 26 or Firefox 141+; ' +
        'on Linux, Chromium needs --enable-unsafe-webgpu --enable-features=Vulkan.',
    );
  }
  const adapter = await navigator.gpu.requestAdapter();
  if (adapter === null) {
    throw new NoWebGpuError(
      'This browser has WebGPU but offered no adapter (GPU blocklisted or WebGPU disabled in its settings); see chrome://gpu or about:support.',
    );
  }
  // The activation arena is batch-sized: ask for what the adapter allows rather than the defaults.
  const device = await adapter.requestDevice({
    requiredLimits: {
      maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
      maxBufferSize: adapter.limits.maxBufferSize,
    },
  });
  const info = adapter.info;
  const name = [info.description, info.vendor, info.architecture].filter((s) => s !== '').join(' · ');
  return { device, adapter: name || 'unnamed adapter', fallback: info.isFallbackAdapter ?? false };
}
