/**
 * The WebGPU executor: runs a compiled RANet's WGSL plan on a `GPUDevice` (browser or Dawn in
 * Node) for the shared scheduler. Depends only on the WebGPU API and is copied unchanged into
 * every generated model.
 *
 * Every kernel after the first exit is dispatched indirectly: each exit kernel decides on the
 * GPU, compacts the continuing samples and writes the next stage's dispatch sizes, so a whole
 * `classify` chunk is one submission and one read-back.
 */
import type {
  AdapterIdentity,
  BatchRegime,
  Dispatch,
  PipelineSource,
  StageDispatches,
  WgslKernelSet,
  WgslPlan,
} from './plan.ts';
import type { DispatchTiming, Executor, OutputRange } from './scheduler.ts';
import { CompiledModel } from './scheduler.ts';
import type { Weights } from './packed.ts';
import { storedWeights } from './packed.ts';
import { toHalf } from './weights.ts';
import { isCpuAdapter } from './adapter.ts';

export type { Weights } from './packed.ts';

const BUFFER = {
  STORAGE: 0x80,
  COPY_SRC: 0x04,
  COPY_DST: 0x08,
  MAP_READ: 0x01,
  UNIFORM: 0x40,
  INDIRECT: 0x100,
  QUERY_RESOLVE: 0x200,
} as const;
const MAP_READ = 0x1;
const COMPUTE = 0x4;

/** Values as the plan stores activations and weights: f32 as they are, or f16 bits. */
const stored = (plan: WgslPlan, values: Float32Array): Float32Array | Uint16Array =>
  plan.precision === 'f16' ? toHalf(values) : values;
/** Bytes of one stored value, as `stored` writes them. */
const elementBytes = (plan: WgslPlan): number => (plan.precision === 'f16' ? 2 : 4);

/**
 * The three bind group layouts of `PipelineSource.bindings`. In builds with counters every
 * kernel also binds the results (4), where it counts.
 */
function bindGroupLayouts(
  device: GPUDevice,
  counted: boolean,
): Record<PipelineSource['bindings'], GPUBindGroupLayout> {
  const storage = (binding: number): GPUBindGroupLayoutEntry => ({
    binding,
    visibility: COMPUTE,
    buffer: { type: 'storage' },
  });
  const basic: GPUBindGroupLayoutEntry[] = [
    storage(0),
    { binding: 1, visibility: COMPUTE, buffer: { type: 'read-only-storage' } },
    { binding: 2, visibility: COMPUTE, buffer: { type: 'uniform' } },
  ];
  const make = (entries: GPUBindGroupLayoutEntry[]): GPUBindGroupLayout =>
    device.createBindGroupLayout({ entries });
  const counters = counted ? [storage(4)] : [];
  return {
    basic: make([...basic, ...counters]),
    control: make([...basic, storage(3), ...counters]),
    exit: make([...basic, storage(3), storage(4), storage(5)]),
  };
}

/** A kernel of the plan that the WebGPU implementation refused to compile. */
export class KernelRejectedError extends Error {
  constructor(
    readonly model: string,
    /** The pipeline's label (kernel kind) and index in `plan.pipelines`. */
    readonly kernel: string,
    readonly index: number,
    /** WebGPU's own words: compilation messages with their line:column, or the pipeline error. */
    readonly details: string,
  ) {
    super(`${model}: WebGPU rejected kernel "${kernel}" (pipeline ${index}): ${details}`);
  }
}

/**
 * Compiles every pipeline of the plan. A kernel that the implementation rejects becomes a
 * `KernelRejectedError` naming it, with the compiler's messages, instead of Dawn's "invalid due
 * to a previous error" on whatever used it next. Every compilation is awaited before the first
 * rejection is thrown, so that nothing is still compiling when the caller destroys the device
 * (Dawn crashes when a device goes away under a pending compilation).
 */
export async function createPipelines(
  device: GPUDevice,
  plan: Pick<WgslPlan, 'name' | 'pipelines' | 'counters'>,
  layouts: Record<PipelineSource['bindings'], GPUBindGroupLayout> = bindGroupLayouts(
    device,
    plan.counters !== undefined,
  ),
): Promise<GPUComputePipeline[]> {
  const settled = await Promise.allSettled(
    plan.pipelines.map(async (p, index) => {
      const reject = (details: string): KernelRejectedError =>
        new KernelRejectedError(plan.name, p.label, index, details);
      device.pushErrorScope('validation');
      const module = device.createShaderModule({ code: p.code, label: p.label });
      const [info, moduleError] = await Promise.all([module.getCompilationInfo(), device.popErrorScope()]);
      const errors = info.messages.filter((m) => m.type === 'error');
      if (errors.length > 0)
        throw reject(errors.map((m) => `${m.lineNum}:${m.linePos}: ${m.message}`).join('; '));
      if (moduleError) throw reject(moduleError.message);
      try {
        return await device.createComputePipelineAsync({
          label: p.label,
          layout: device.createPipelineLayout({ bindGroupLayouts: [layouts[p.bindings]] }),
          compute: { module, entryPoint: 'main' },
        });
      } catch (e) {
        throw reject(e instanceof Error ? e.message : String(e));
      }
    }),
  );
  return settled.map((r) => {
    if (r.status === 'rejected') throw r.reason;
    return r.value;
  });
}

export interface WebGpuModelOptions {
  /** The adapter to pick a tuning for (default: `device.adapterInfo`). */
  readonly adapter?: AdapterIdentity;
  /** Where notices go (a plan with tunings on an adapter it has none for); default `console.warn`. */
  readonly notice?: (message: string) => void;
}

/**
 * The plan as it runs on `adapter`: with the kernels of its tuning for that adapter (vendor,
 * architecture and description all equal); else, on an adapter that is not a CPU
 * (`isCpuAdapter`), its GPU default kernels (`WgslPlan.gpu`); else the default kernels. A notice
 * when the plan has tunings but none for this adapter, or when the device (its `features`, where
 * given) lacks a feature the tuning's kernels need. A plan with a kernel set has its pipelines,
 * the largest batch's dispatches as `stages`, and every regime in `regimes` (the executor picks
 * one per chunk, `regimeFor`).
 */
export function planForAdapter(
  plan: WgslPlan,
  adapter: (AdapterIdentity & { readonly isFallbackAdapter?: boolean }) | undefined,
  notice: (message: string) => void = (m) => console.warn(m),
  features?: { has(feature: string): boolean },
): WgslPlan {
  const fallback = (): WgslPlan =>
    plan.gpu !== undefined && adapter !== undefined && !isCpuAdapter(adapter)
      ? withKernels(plan, plan.gpu)
      : plan;
  const tunings = plan.tunings ?? [];
  if (tunings.length === 0) return fallback();
  const name = (a: AdapterIdentity): string => `${a.vendor} / ${a.architecture} / ${a.description}`;
  const tuning =
    adapter === undefined
      ? undefined
      : tunings.find(
          (t) =>
            t.adapter.vendor === adapter.vendor &&
            t.adapter.architecture === adapter.architecture &&
            t.adapter.description === adapter.description,
        );
  if (tuning === undefined) {
    notice(
      `${plan.name}: no kernel tuning for this adapter (${adapter === undefined ? 'unknown' : name(adapter)}); ` +
        `using the default kernels (tuned for: ${tunings.map((t) => name(t.adapter)).join('; ')})`,
    );
    return fallback();
  }
  const missing = (tuning.features ?? []).filter((f) => features !== undefined && !features.has(f));
  if (missing.length > 0) {
    notice(
      `${plan.name}: the kernel tuning for this adapter needs the device feature${missing.length > 1 ? 's' : ''} ` +
        `${missing.map((f) => `'${f}'`).join(', ')}, which this device lacks; using the default kernels`,
    );
    return fallback();
  }
  return withKernels(plan, tuning);
}

/**
 * `plan` running `kernels` (a tuning's or its GPU default): their pipelines, the largest
 * batch's dispatches as `stages`, every regime in `regimes`, and their arena where they need a
 * larger one.
 */
export function withKernels(plan: WgslPlan, kernels: WgslKernelSet): WgslPlan {
  const { regimes, pipelines, arenaElements } = kernels;
  return {
    ...plan,
    ...(arenaElements === undefined ? {} : { arenaElements }),
    pipelines,
    stages: regimes[regimes.length - 1].stages,
    regimes,
  };
}

/**
 * Which of `batches` (increasing) a chunk of `n` inputs runs: the nearest on a log scale, the
 * larger on a tie. Between tuned batches a and b the switch is at n = sqrt(a * b) (batches 1 and
 * 64: n < 8 runs the batch-1 kernels, n >= 8 the batch-64 ones). Integer arithmetic, so the
 * choice is the same everywhere.
 */
export function regimeFor(batches: readonly number[], n: number): number {
  let chosen = 0;
  for (let i = 1; i < batches.length; i++) if (n * n >= batches[i - 1] * batches[i]) chosen = i;
  return chosen;
}

/** Creates a compiled model on a WebGPU device: picks the kernels for its adapter, uploads weights (packed, or folding BatchNorm as the plan says) and compiles every pipeline. */
export async function createWebGpuModel(
  device: GPUDevice,
  plan: WgslPlan,
  weights: Weights,
  options: WebGpuModelOptions = {},
): Promise<CompiledModel> {
  const info = (device as { adapterInfo?: AdapterIdentity & { isFallbackAdapter?: boolean } }).adapterInfo;
  const chosen = planForAdapter(plan, options.adapter ?? info, options.notice, device.features);
  // Packed weights name the plan they were packed for: the one built, tunings included.
  return new CompiledModel(chosen, await WebGpuExecutor.create(device, chosen, weights, plan));
}

/** The executor alone, for a `CompiledModel` over a wrapper of it (tests record what it runs). */
export const createWebGpuExecutor = (
  device: GPUDevice,
  plan: WgslPlan,
  weights: Weights,
): Promise<Executor> => WebGpuExecutor.create(device, plan, weights);

/** The plan's regimes by increasing batch (one, `plan.stages`, without a tuning or stage kernels). */
export const regimesOf = (plan: WgslPlan): readonly BatchRegime[] =>
  plan.regimes ?? [{ batch: plan.maxBatch, stages: plan.stages }];

/** Where a dispatch's parameter block lies in the parameters buffer (bytes). */
interface ParamsBlock {
  readonly offset: number;
  readonly size: number;
}

/**
 * Every regime's parameter blocks, by regime, stage and dispatch: each in slots of
 * `paramsStride` bytes (a stage kernel's block of every layer's words takes several).
 */
function paramsBlocks(plan: WgslPlan): ParamsBlock[][][] {
  let offset = 0;
  return regimesOf(plan).map((regime) =>
    regime.stages.map((stage) =>
      stage.dispatches.map((d) => {
        const size = Math.max(1, Math.ceil((4 * d.params.length) / plan.paramsStride)) * plan.paramsStride;
        offset += size;
        return { offset: offset - size, size };
      }),
    ),
  );
}

/** A regime as the executor runs it: its dispatches and their bind groups. */
interface Regime {
  readonly batch: number;
  readonly stages: readonly StageDispatches[];
  readonly bindGroups: readonly GPUBindGroup[][];
}

class WebGpuExecutor implements Executor {
  /** The plan's regimes by increasing batch (one, `plan.stages`, without a tuning). */
  private readonly regimes: readonly Regime[];
  /** The regime of the chunk `start` began. */
  private regime: Regime;

  private constructor(
    readonly device: GPUDevice,
    readonly plan: WgslPlan,
    private readonly pipelines: GPUComputePipeline[],
    private readonly layouts: Record<PipelineSource['bindings'], GPUBindGroupLayout>,
    private readonly buffers: {
      arena: GPUBuffer;
      weights: GPUBuffer;
      params: GPUBuffer;
      control: GPUBuffer;
      results: GPUBuffer;
      args: GPUBuffer;
      readback: GPUBuffer;
    },
  ) {
    const blocks = paramsBlocks(plan);
    this.regimes = regimesOf(plan).map(({ batch, stages }, r) => ({
      batch,
      stages,
      bindGroups: stages.map((stage, s) =>
        stage.dispatches.map((d, i) => this.bindGroup(d, blocks[r][s][i])),
      ),
    }));
    this.regime = this.regimes[this.regimes.length - 1];
  }

  /** `packedFor`: the plan the weights were packed for (the built one, when `plan` is its tuning). */
  static async create(
    device: GPUDevice,
    plan: WgslPlan,
    weights: Weights,
    packedFor: WgslPlan = plan,
  ): Promise<WebGpuExecutor> {
    if (plan.precision === 'f16' && !device.features.has('shader-f16')) {
      throw new Error(
        `${plan.name} was compiled for f16 storage, but this device lacks the 'shader-f16' feature ` +
          "(request it in requestDevice's requiredFeatures when the adapter offers it, or compile with target.precision: f32)",
      );
    }
    const packed = storedWeights(packedFor, weights);
    const element = elementBytes(plan);
    // Weights larger than one binding are bound per dispatch as a window (see Dispatch.weights).
    // Over every regime: the largest may be one of stage kernels, without windows or args slots.
    const all = regimesOf(plan).flatMap((r) => r.stages);
    const window = Math.max(
      ...all.flatMap((s) => s.dispatches.map((d) => d.weights?.elements ?? plan.weights.elements)),
    );
    for (const [what, bytes, limit, name] of [
      [
        'activation arena',
        plan.arenaElements * element,
        device.limits.maxStorageBufferBindingSize,
        'maxStorageBufferBindingSize',
      ],
      [
        'weights window',
        window * element,
        device.limits.maxStorageBufferBindingSize,
        'maxStorageBufferBindingSize',
      ],
      ['weights', packed.byteLength, device.limits.maxBufferSize, 'maxBufferSize'],
    ] as const) {
      if (bytes > limit) {
        throw new Error(
          `${plan.name}: the ${what} needs ${bytes} bytes, over this device's ${name} (${limit}); ` +
            'compile with a smaller target.maxBatch or request a higher limit when creating the device',
        );
      }
    }
    const make = (size: number, usage: number, label: string): GPUBuffer =>
      device.createBuffer({ size: Math.max(16, Math.ceil(size / 16) * 16), usage, label });
    const blocks = paramsBlocks(plan);
    const paramsBytes = Math.max(0, ...blocks.flat(2).map((b) => b.offset + b.size));
    const argsSlots = Math.max(
      ...regimesOf(plan).map((r) => r.stages.reduce((n, s) => n + s.argsX.length, 0)),
    );
    const buffers = {
      arena: make(plan.arenaElements * element, BUFFER.STORAGE | BUFFER.COPY_DST, 'arena'),
      weights: make(packed.byteLength, BUFFER.STORAGE | BUFFER.COPY_DST, 'weights'),
      params: make(paramsBytes, BUFFER.UNIFORM | BUFFER.COPY_DST, 'params'),
      control: make(plan.control.words * 4, BUFFER.STORAGE | BUFFER.COPY_DST, 'control'),
      results: make(plan.output.words * 4, BUFFER.STORAGE | BUFFER.COPY_SRC | BUFFER.COPY_DST, 'results'),
      args: make(argsSlots * 12, BUFFER.STORAGE | BUFFER.INDIRECT | BUFFER.COPY_DST, 'dispatch args'),
      readback: make(plan.output.words * 4, BUFFER.MAP_READ | BUFFER.COPY_DST, 'readback'),
    };
    device.queue.writeBuffer(buffers.weights, 0, packed.buffer, packed.byteOffset, packed.byteLength);
    const params = new Uint32Array(paramsBytes / 4);
    regimesOf(plan).forEach((regime, r) =>
      regime.stages.forEach((stage, s) =>
        stage.dispatches.forEach((d, i) => params.set(d.params, blocks[r][s][i].offset / 4)),
      ),
    );
    device.queue.writeBuffer(buffers.params, 0, params);
    const layouts = bindGroupLayouts(device, plan.counters !== undefined);
    try {
      const pipelines = await createPipelines(device, plan, layouts);
      device.pushErrorScope('validation');
      const executor = new WebGpuExecutor(device, plan, pipelines, layouts, buffers);
      const error = await device.popErrorScope();
      if (error) throw new Error(`${plan.name}: WebGPU rejected the model's bind groups: ${error.message}`);
      return executor;
    } catch (e) {
      for (const b of Object.values(buffers)) b.destroy();
      throw e;
    }
  }

  start(images: Float32Array, n: number, control: Uint32Array<ArrayBuffer>): void {
    const data = stored(this.plan, images);
    const at = this.plan.input.base * data.BYTES_PER_ELEMENT;
    this.device.queue.writeBuffer(this.buffers.arena, at, data.buffer, data.byteOffset, data.byteLength);
    this.device.queue.writeBuffer(this.buffers.control, 0, control);
    this.regime =
      this.regimes[
        regimeFor(
          this.regimes.map((r) => r.batch),
          n,
        )
      ];
    const first = this.regime.stages[0];
    const args = new Uint32Array(first.argsX.length * 3);
    first.argsX.forEach((x, i) => args.set([x, 1, n], i * 3));
    this.device.queue.writeBuffer(this.buffers.args, first.argsBase * 12, args);
    const counters = this.plan.counters;
    if (counters !== undefined)
      this.device.queue.writeBuffer(
        this.buffers.results,
        counters.at * 4,
        new Uint32Array(2 * counters.dispatches.length),
      );
  }

  async run(stages: readonly number[], reads: readonly OutputRange[]): Promise<Uint32Array> {
    const encoder = this.device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    for (const s of stages) this.regime.stages[s].dispatches.forEach((_, i) => this.encode(pass, s, i));
    pass.end();
    return this.submit(encoder, reads);
  }

  /**
   * `run` with one compute pass per dispatch, each timed by timestamp queries at its start and
   * end (the device needs `timestamp-query`; Dawn quantizes timestamps unless its
   * `timestamp_quantization` toggle is off).
   */
  async profile(
    stages: readonly number[],
    reads: readonly OutputRange[],
  ): Promise<{ words: Uint32Array; timings: DispatchTiming[] }> {
    if (!this.device.features.has('timestamp-query'))
      throw new Error(
        `${this.plan.name}: timing dispatches needs a device with the 'timestamp-query' feature (request it in requestDevice)`,
      );
    const list = stages.flatMap((s) =>
      this.regime.stages[s].dispatches.map((d, i) => ({ s, i, label: d.label, pipeline: d.pipeline })),
    );
    const querySet = this.device.createQuerySet({ type: 'timestamp', count: 2 * list.length });
    const bytes = 16 * list.length;
    const resolved = this.device.createBuffer({ size: bytes, usage: BUFFER.QUERY_RESOLVE | BUFFER.COPY_SRC });
    const readback = this.device.createBuffer({ size: bytes, usage: BUFFER.MAP_READ | BUFFER.COPY_DST });
    const encoder = this.device.createCommandEncoder();
    list.forEach(({ s, i }, k) => {
      const pass = encoder.beginComputePass({
        timestampWrites: { querySet, beginningOfPassWriteIndex: 2 * k, endOfPassWriteIndex: 2 * k + 1 },
      });
      this.encode(pass, s, i);
      pass.end();
    });
    encoder.resolveQuerySet(querySet, 0, 2 * list.length, resolved, 0);
    encoder.copyBufferToBuffer(resolved, 0, readback, 0, bytes);
    const words = await this.submit(encoder, reads);
    await readback.mapAsync(MAP_READ);
    const ns = new BigUint64Array(readback.getMappedRange().slice(0));
    readback.unmap();
    for (const b of [resolved, readback]) b.destroy();
    querySet.destroy();
    const ms = (k: number): number => Number(ns[k] - ns[0]) / 1e6;
    const timings = list.map(({ s, i, label, pipeline }, k) => ({
      stage: s,
      index: i,
      label,
      pipeline,
      startMs: ms(2 * k),
      ms: ms(2 * k + 1) - ms(2 * k),
    }));
    return { words, timings };
  }

  /** Copies `reads` of the results, submits, and resolves to the output words. */
  private async submit(encoder: GPUCommandEncoder, reads: readonly OutputRange[]): Promise<Uint32Array> {
    for (const { first, words } of reads)
      encoder.copyBufferToBuffer(
        this.buffers.results,
        first * 4,
        this.buffers.readback,
        first * 4,
        words * 4,
      );
    this.device.queue.submit([encoder.finish()]);
    const words = this.plan.output.words;
    await this.buffers.readback.mapAsync(MAP_READ, 0, words * 4);
    const copy = new Uint32Array(this.buffers.readback.getMappedRange(0, words * 4).slice(0));
    this.buffers.readback.unmap();
    return copy;
  }

  destroy(): void {
    for (const b of Object.values(this.buffers)) b.destroy();
  }

  private encode(pass: GPUComputePassEncoder, s: number, i: number): void {
    const d = this.regime.stages[s].dispatches[i];
    pass.setPipeline(this.pipelines[d.pipeline]);
    pass.setBindGroup(0, this.regime.bindGroups[s][i]);
    if (d.grid.kind === 'single') pass.dispatchWorkgroups(1);
    else pass.dispatchWorkgroupsIndirect(this.buffers.args, d.grid.argsSlot * 12);
  }

  private weightsWindow(d: Dispatch): GPUBufferBinding {
    if (d.weights === undefined) return { buffer: this.buffers.weights };
    const element = elementBytes(this.plan);
    return {
      buffer: this.buffers.weights,
      offset: d.weights.first * element,
      size: d.weights.elements * element,
    };
  }

  private bindGroup(d: Dispatch, block: ParamsBlock): GPUBindGroup {
    const b = this.buffers;
    const entries: GPUBindGroupEntry[] = [
      { binding: 0, resource: { buffer: b.arena } },
      { binding: 1, resource: this.weightsWindow(d) },
      {
        binding: 2,
        resource: { buffer: b.params, ...block },
      },
    ];
    const bindings = this.plan.pipelines[d.pipeline].bindings;
    if (bindings !== 'basic') entries.push({ binding: 3, resource: { buffer: b.control } });
    if (bindings === 'exit' || this.plan.counters !== undefined)
      entries.push({ binding: 4, resource: { buffer: b.results } });
    if (bindings === 'exit') entries.push({ binding: 5, resource: { buffer: b.args } });
    return this.device.createBindGroup({ layout: this.layouts[bindings], entries, label: d.label });
  }
}
