// Small helpers the WGSL tests share: buffers in, buffers out, one compute dispatch.

export function uploadBuffer(
  device: GPUDevice,
  data: Float32Array | Uint32Array | Int32Array,
  usage: GPUBufferUsageFlags = GPUBufferUsage.STORAGE,
): GPUBuffer {
  // Storage bindings must be a multiple of 4 bytes and non-empty.
  const size = Math.max(4, data.byteLength);
  const buffer = device.createBuffer({
    size,
    usage: usage | GPUBufferUsage.COPY_SRC,
    mappedAtCreation: true,
  });
  new Uint8Array(buffer.getMappedRange()).set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  buffer.unmap();
  return buffer;
}

/** Copies `buffer` to a staging buffer and maps it: one read-back round trip. */
export async function readBuffer(
  device: GPUDevice,
  buffer: GPUBuffer,
  size = buffer.size,
): Promise<ArrayBuffer> {
  const staging = device.createBuffer({ size, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
  const encoder = device.createCommandEncoder();
  encoder.copyBufferToBuffer(buffer, 0, staging, 0, size);
  device.queue.submit([encoder.finish()]);
  await staging.mapAsync(GPUMapMode.READ);
  const copy = staging.getMappedRange().slice(0);
  staging.destroy();
  return copy;
}

/** Creates a compute pipeline, failing with the compiler's messages when the WGSL is invalid. */
export async function createPipeline(
  device: GPUDevice,
  code: string,
  entryPoint = 'main',
): Promise<GPUComputePipeline> {
  const module = device.createShaderModule({ code });
  const info = await module.getCompilationInfo();
  const errors = info.messages.filter((m) => m.type === 'error');
  if (errors.length > 0) {
    const text = errors.map((m) => `${m.lineNum}:${m.linePos} ${m.message}`).join('\n');
    throw new Error(`WGSL compilation failed:\n${text}\n--- source ---\n${code}`);
  }
  return device.createComputePipelineAsync({ layout: 'auto', compute: { module, entryPoint } });
}

export function bindBuffers(
  device: GPUDevice,
  pipeline: GPUComputePipeline,
  buffers: GPUBuffer[],
): GPUBindGroup {
  return device.createBindGroup({
    layout: pipeline.getBindGroupLayout(0),
    entries: buffers.map((buffer, binding) => ({ binding, resource: { buffer } })),
  });
}
