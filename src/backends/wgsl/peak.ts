import { interleavedMedians } from '../../timing/timing.ts';

/**
 * The WGSL multiply-add peak of a device: a kernel of independent `vec4<f32>` FMA chains on
 * registers only (one store at the end), timed by timestamp queries; the ceiling the bench and
 * `ranetc profile` rate kernels against. One convention on both sides: multiply-adds per second
 * (a lane's `fma(a, b, c)` is one; the public FLOPs accounting counts a multiply-add as one
 * FLOP too, so the two compare directly).
 */

/**
 * The peak kernel's shape: workgroups of `threads`, `chains` vec4 FMAs per loop pass; the
 * dispatch grows from `minWorkgroups` (x4 a step, to at most `maxWorkgroups`) until it takes
 * `minMs`, so that a CPU driver measures in milliseconds and a large GPU is filled.
 */
export const FMA_PEAK = {
  threads: 256,
  iterations: 1024,
  chains: 8,
  lanes: 4,
  minWorkgroups: 16,
  maxWorkgroups: 65535,
  minMs: 20,
} as const;

/** The peak kernel's WGSL: `FMA_PEAK.chains` `fma` calls on `vec4<f32>` per pass of its loop. */
export function fmaPeakSource(): string {
  const { threads, iterations, chains } = FMA_PEAK;
  const accs = Array.from({ length: chains }, (_, i) => `a${i}`);
  return `
@group(0) @binding(0) var<storage, read_write> out: array<vec4<f32>>;
@compute @workgroup_size(${threads})
fn main(@builtin(global_invocation_id) id: vec3u) {
  let s = f32(id.x) * 1e-9;
${accs.map((a, i) => `  var ${a} = vec4<f32>(s + ${i}.0);`).join('\n')}
  let m = vec4<f32>(0.9999);
  let c = vec4<f32>(1e-4);
  for (var i = 0u; i < ${iterations}u; i++) {
${accs.map((a) => `    ${a} = fma(${a}, m, c);`).join('\n')}
  }
  out[id.x] = ${accs.join(' + ')};
}`;
}

/** Multiply-adds of one dispatch of `workgroups` peak workgroups: one per lane of each `fma`. */
export const fmaPeakMadds = (workgroups: number): number =>
  FMA_PEAK.threads * workgroups * FMA_PEAK.iterations * FMA_PEAK.chains * FMA_PEAK.lanes;

/**
 * The device's peak in multiply-adds per second: the dispatch grown until it takes
 * `FMA_PEAK.minMs`, then the median of 5 dispatches timed by timestamp queries (after one
 * warm-up); `device` needs `timestamp-query`.
 */
export async function measureFmaPeak(device: GPUDevice): Promise<number> {
  const pipeline = await device.createComputePipelineAsync({
    layout: 'auto',
    compute: { module: device.createShaderModule({ code: fmaPeakSource() }), entryPoint: 'main' },
  });
  let workgroups: number = FMA_PEAK.minWorkgroups;
  for (;;) {
    const ms = await timeDispatches(device, pipeline, workgroups, 2);
    if (ms >= FMA_PEAK.minMs || workgroups >= FMA_PEAK.maxWorkgroups) break;
    workgroups = Math.min(FMA_PEAK.maxWorkgroups, workgroups * 4);
  }
  const ms = await timeDispatches(device, pipeline, workgroups, 6);
  return fmaPeakMadds(workgroups) / (ms / 1000);
}

/** The median device time (ms) of `runs` - 1 dispatches of `workgroups`, after a warm-up one. */
async function timeDispatches(
  device: GPUDevice,
  pipeline: GPUComputePipeline,
  workgroups: number,
  runs: number,
): Promise<number> {
  const buffer = device.createBuffer({
    size: FMA_PEAK.threads * workgroups * 16,
    usage: GPUBufferUsage.STORAGE,
  });
  const bind = device.createBindGroup({
    layout: pipeline.getBindGroupLayout(0),
    entries: [{ binding: 0, resource: { buffer } }],
  });
  const querySet = device.createQuerySet({ type: 'timestamp', count: 2 * runs });
  const resolved = device.createBuffer({
    size: 16 * runs,
    usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC,
  });
  const readback = device.createBuffer({
    size: 16 * runs,
    usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
  });
  const encoder = device.createCommandEncoder();
  for (let r = 0; r < runs; r++) {
    const pass = encoder.beginComputePass({
      timestampWrites: { querySet, beginningOfPassWriteIndex: 2 * r, endOfPassWriteIndex: 2 * r + 1 },
    });
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, bind);
    pass.dispatchWorkgroups(workgroups);
    pass.end();
  }
  encoder.resolveQuerySet(querySet, 0, 2 * runs, resolved, 0);
  encoder.copyBufferToBuffer(resolved, 0, readback, 0, 16 * runs);
  device.queue.submit([encoder.finish()]);
  await readback.mapAsync(GPUMapMode.READ);
  const ns = new BigUint64Array(readback.getMappedRange().slice(0));
  readback.unmap();
  for (const b of [buffer, resolved, readback]) b.destroy();
  querySet.destroy();
  // The first dispatch is a warm-up.
  const ms = Array.from({ length: runs - 1 }, (_, r) => Number(ns[2 * r + 3] - ns[2 * r + 2]) / 1e6).sort(
    (a, b) => a - b,
  );
  return ms[Math.floor(ms.length / 2)];
}

/** Dispatches per submission of `measureDispatchCost`, and timed rounds (medians). */
export const DISPATCH_COST = { dispatches: 200, reps: 15 } as const;

/**
 * What one dispatch costs the device beyond its work: the wall time of a submission of
 * `DISPATCH_COST.dispatches` dispatches of a one-workgroup kernel that writes a word, less that
 * of one, per dispatch, in us: with the grid given (`direct`) and read from a buffer
 * (`indirect`, as the runtime dispatches per-sample kernels; Dawn validates indirect arguments
 * with a dispatch of its own). All in one compute pass, as the runtime encodes a chunk, each
 * submission read back. Medians of `DISPATCH_COST.reps` interleaved rounds (`interleavedMedians`).
 */
export async function measureDispatchCost(device: GPUDevice): Promise<{ direct: number; indirect: number }> {
  const code = `@group(0) @binding(0) var<storage, read_write> out: array<u32>;
@compute @workgroup_size(64)
fn main(@builtin(local_invocation_index) i: u32) { if (i == 0u) { out[0] = out[0] + 1u; } }`;
  const pipeline = await device.createComputePipelineAsync({
    layout: 'auto',
    compute: { module: device.createShaderModule({ code }), entryPoint: 'main' },
  });
  const buffer = device.createBuffer({ size: 16, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC });
  const args = device.createBuffer({ size: 16, usage: GPUBufferUsage.INDIRECT | GPUBufferUsage.COPY_DST });
  device.queue.writeBuffer(args, 0, new Uint32Array([1, 1, 1]));
  const readback = device.createBuffer({
    size: 16,
    usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
  });
  const bind = device.createBindGroup({
    layout: pipeline.getBindGroupLayout(0),
    entries: [{ binding: 0, resource: { buffer } }],
  });
  const submit = (dispatches: number, indirect: boolean) => async (): Promise<void> => {
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, bind);
    for (let d = 0; d < dispatches; d++)
      if (indirect) pass.dispatchWorkgroupsIndirect(args, 0);
      else pass.dispatchWorkgroups(1);
    pass.end();
    encoder.copyBufferToBuffer(buffer, 0, readback, 0, 16);
    device.queue.submit([encoder.finish()]);
    await readback.mapAsync(GPUMapMode.READ);
    readback.unmap();
  };
  const { dispatches, reps } = DISPATCH_COST;
  const [direct1, directN, indirect1, indirectN] = await interleavedMedians(
    [submit(1, false), submit(dispatches, false), submit(1, true), submit(dispatches, true)],
    reps,
  );
  for (const b of [buffer, args, readback]) b.destroy();
  const perDispatch = (one: number, many: number): number => ((many - one) * 1000) / (dispatches - 1);
  return { direct: perDispatch(direct1, directN), indirect: perDispatch(indirect1, indirectN) };
}
