/**
 * Whether a WebGPU adapter runs on the CPU: the one rule the runtime (which default kernels a
 * plan runs, `planForAdapter`) and the compiler's tools (which backend `ranetc serve` prefers)
 * share. A CPU adapter is the browser's fallback adapter (`isFallbackAdapter`) or a known
 * software renderer exposing Vulkan, D3D or WebGPU on the CPU: Mesa's llvmpipe and lavapipe,
 * SwiftShader, Microsoft's Basic Render Driver (WARP).
 */
export function isCpuAdapter(a: {
  readonly vendor?: string;
  readonly architecture?: string;
  readonly description?: string;
  readonly isFallbackAdapter?: boolean;
}): boolean {
  return (
    a.isFallbackAdapter === true ||
    /llvmpipe|lavapipe|swiftshader|software|basic render/i.test(
      `${a.vendor ?? ''} ${a.description ?? ''} ${a.architecture ?? ''}`,
    )
  );
}
