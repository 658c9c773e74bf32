/**
 * The ranetc runtime for WebGPU: runs a compiled RANet with real early exit. Depends only on
 * the WebGPU API (browser or Dawn in Node) and is copied unchanged into every generated model.
 *
 * One call of `classify` submits every stage at once: each exit kernel decides on the GPU,
 * compacts the continuing samples and writes the next stage's dispatch sizes, which the
 * later kernels read through `dispatchWorkgroupsIndirect`; the CPU reads results back once.
 * `anytime` instead submits stage by stage and reads each exit's predictions as it finishes.
 */
import type { Dispatch, PipelineSource, RuntimePlan } from './plan.ts';
import type { TensorMap } from './weights.ts';
import { packWeights, readSafetensors } from './weights.ts';

export interface Prediction {
  /** Index of the input in the batch. */
  readonly index: number;
  readonly class: number;
  /** Exit the input left at (0-based, execution order). */
  readonly exit: number;
  /** Max softmax probability at that exit. */
  readonly confidence: number;
  readonly logits?: Float32Array;
}

export interface ExitPredictions {
  readonly exit: number;
  /** Cumulative FLOPs per input of everything run up to this exit. */
  readonly flops: number;
  readonly predictions: readonly Omit<Prediction, 'exit'>[];
}

export interface ClassifyOptions {
  /** One threshold per exit: an input leaves at the first exit whose confidence reaches it. */
  readonly thresholds?: readonly number[];
  /** Also return the logits of the exit each input took. */
  readonly logits?: boolean;
}

/** Weights: a safetensors file's bytes, or tensors by their public `state_dict` names. */
export type Weights = ArrayBuffer | Uint8Array | TensorMap;

const BUFFER = {
  STORAGE: 0x80,
  COPY_SRC: 0x04,
  COPY_DST: 0x08,
  MAP_READ: 0x01,
  UNIFORM: 0x40,
  INDIRECT: 0x100,
} as const;
const MAP_READ = 0x1;
const COMPUTE = 0x4;

/** The three bind group layouts of `PipelineSource.bindings`. */
function bindGroupLayouts(device: GPUDevice): Record<PipelineSource['bindings'], GPUBindGroupLayout> {
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
  return {
    basic: make(basic),
    control: make([...basic, storage(3)]),
    exit: make([...basic, storage(3), storage(4), storage(5)]),
  };
}

export class CompiledModel {
  private readonly bindGroups: GPUBindGroup[][];

  private constructor(
    readonly device: GPUDevice,
    readonly plan: RuntimePlan,
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
    this.bindGroups = plan.stages.map((stage, s) =>
      stage.dispatches.map((d, i) => this.bindGroup(d, this.paramsSlot(s, i))),
    );
  }

  /** Uploads weights (folding BatchNorm as the plan says) and compiles every pipeline. */
  static async create(device: GPUDevice, plan: RuntimePlan, weights: Weights): Promise<CompiledModel> {
    const tensors =
      weights instanceof ArrayBuffer || weights instanceof Uint8Array ? readSafetensors(weights) : weights;
    const packed = packWeights(plan, tensors);
    const limit = device.limits.maxStorageBufferBindingSize;
    for (const [what, bytes] of [
      ['activation arena', plan.arenaElements * 4],
      ['weights', packed.byteLength],
    ] as const) {
      if (bytes > limit) {
        throw new Error(
          `${plan.name}: the ${what} needs ${bytes} bytes, over this device's maxStorageBufferBindingSize (${limit}); ` +
            'compile with a smaller target.maxBatch or request a higher limit when creating the device',
        );
      }
    }
    const make = (size: number, usage: number, label: string): GPUBuffer =>
      device.createBuffer({ size: Math.max(16, Math.ceil(size / 16) * 16), usage, label });
    const dispatchCount = plan.stages.reduce((n, s) => n + s.dispatches.length, 0);
    const argsSlots = plan.stages.reduce((n, s) => n + s.argsX.length, 0);
    const buffers = {
      arena: make(plan.arenaElements * 4, BUFFER.STORAGE | BUFFER.COPY_DST, 'arena'),
      weights: make(packed.byteLength, BUFFER.STORAGE | BUFFER.COPY_DST, 'weights'),
      params: make(dispatchCount * plan.paramsStride, BUFFER.UNIFORM | BUFFER.COPY_DST, 'params'),
      control: make(plan.control.words * 4, BUFFER.STORAGE | BUFFER.COPY_DST, 'control'),
      results: make(plan.output.words * 4, BUFFER.STORAGE | BUFFER.COPY_SRC, 'results'),
      args: make(argsSlots * 12, BUFFER.STORAGE | BUFFER.INDIRECT | BUFFER.COPY_DST, 'dispatch args'),
      readback: make(plan.output.words * 4, BUFFER.MAP_READ | BUFFER.COPY_DST, 'readback'),
    };
    // Written as (buffer, byte offset, byte length): with the DOM lib's types writeBuffer only
    // takes views over a plain ArrayBuffer, while a view's buffer may be any ArrayBufferLike.
    device.queue.writeBuffer(buffers.weights, 0, packed.buffer, packed.byteOffset, packed.byteLength);
    const params = new Uint32Array((dispatchCount * plan.paramsStride) / 4);
    let slot = 0;
    for (const stage of plan.stages) {
      for (const d of stage.dispatches) params.set(d.params, (slot++ * plan.paramsStride) / 4);
    }
    device.queue.writeBuffer(buffers.params, 0, params);
    device.pushErrorScope('validation');
    const layouts = bindGroupLayouts(device);
    const pipelines = await Promise.all(
      plan.pipelines.map((p) =>
        device.createComputePipelineAsync({
          label: p.label,
          layout: device.createPipelineLayout({ bindGroupLayouts: [layouts[p.bindings]] }),
          compute: {
            module: device.createShaderModule({ code: p.code, label: p.label }),
            entryPoint: 'main',
          },
        }),
      ),
    );
    const model = new CompiledModel(device, plan, pipelines, layouts, buffers);
    const error = await device.popErrorScope();
    if (error) throw new Error(`${plan.name}: WebGPU rejected the model: ${error.message}`);
    return model;
  }

  /** Budgeted batch classification: each input stops costing compute at the exit it takes. */
  async classify(images: Float32Array, options: ClassifyOptions = {}): Promise<Prediction[]> {
    const thresholds =
      options.thresholds ?? this.plan.stages.map((_, e) => (e === this.plan.exits - 1 ? -1e8 : 1e8));
    if (thresholds.length !== this.plan.exits) {
      throw new Error(`${this.plan.name} has ${this.plan.exits} exits, got ${thresholds.length} thresholds`);
    }
    const out: Prediction[] = [];
    for (const [start, chunk] of this.chunks(images)) {
      const n = this.start(chunk, thresholds);
      const encoder = this.device.createCommandEncoder();
      const pass = encoder.beginComputePass();
      this.plan.stages.forEach((_, s) => this.encodeStage(pass, s));
      pass.end();
      const words = this.plan.output.words;
      encoder.copyBufferToBuffer(this.buffers.results, 0, this.buffers.readback, 0, words * 4);
      this.device.queue.submit([encoder.finish()]);
      const results = await this.read(0, words);
      const f32 = new Float32Array(results.buffer, results.byteOffset, results.length);
      const { final, logits } = this.plan.output;
      for (let i = 0; i < n; i++) {
        const exit = results[final + 3 * i + 1];
        const prediction: Prediction = {
          index: start + i,
          class: results[final + 3 * i],
          exit,
          confidence: f32[final + 3 * i + 2],
          ...(options.logits ? { logits: this.logitsOf(f32, logits, exit, i) } : {}),
        };
        out.push(prediction);
      }
    }
    return out;
  }

  /**
   * Anytime prediction: yields each exit's predictions for the whole batch as soon as that
   * exit has run; stops computing when the consumer stops iterating.
   */
  async *anytime(images: Float32Array, options: { logits?: boolean } = {}): AsyncGenerator<ExitPredictions> {
    const [[, chunk], ...rest] = this.chunks(images);
    if (rest.length > 0) throw new Error(`anytime takes at most maxBatch = ${this.plan.maxBatch} inputs`);
    const stay = this.plan.stages.map((_, e) => (e === this.plan.exits - 1 ? -1e8 : Infinity));
    const n = this.start(chunk, stay);
    const { perExit, logits } = this.plan.output;
    const classes = this.plan.classes;
    for (let s = 0; s < this.plan.exits; s++) {
      const encoder = this.device.createCommandEncoder();
      const pass = encoder.beginComputePass();
      this.encodeStage(pass, s);
      pass.end();
      const first = perExit + 2 * this.plan.maxBatch * s;
      encoder.copyBufferToBuffer(this.buffers.results, first * 4, this.buffers.readback, first * 4, n * 8);
      const logitsAt = logits + this.plan.maxBatch * classes * s;
      if (options.logits) {
        encoder.copyBufferToBuffer(
          this.buffers.results,
          logitsAt * 4,
          this.buffers.readback,
          logitsAt * 4,
          n * classes * 4,
        );
      }
      this.device.queue.submit([encoder.finish()]);
      const words = await this.read(0, this.plan.output.words);
      const f32 = new Float32Array(words.buffer, words.byteOffset, words.length);
      const predictions = Array.from({ length: n }, (_, i) => ({
        index: i,
        class: words[first + 2 * i],
        confidence: f32[first + 2 * i + 1],
        ...(options.logits
          ? { logits: f32.slice(logitsAt + i * classes, logitsAt + (i + 1) * classes) }
          : {}),
      }));
      yield { exit: s, flops: this.plan.exitFlops[s], predictions };
    }
  }

  /** Every exit's logits for every input (`n x classes` each), as the PyTorch model returns them. */
  async allExits(images: Float32Array): Promise<Float32Array[]> {
    const outs: Float32Array[] = [];
    for await (const step of this.anytime(images, { logits: true })) {
      const merged = new Float32Array(step.predictions.length * this.plan.classes);
      step.predictions.forEach((p, i) => merged.set(p.logits!, i * this.plan.classes));
      outs.push(merged);
    }
    return outs;
  }

  destroy(): void {
    for (const b of Object.values(this.buffers)) b.destroy();
  }

  private chunks(images: Float32Array): [number, Float32Array][] {
    const per = this.plan.input.channels * this.plan.input.height * this.plan.input.width;
    if (images.length % per !== 0 || images.length === 0) {
      throw new Error(
        `${this.plan.name}: images must be n x ${per} floats (n x C x H x W), got ${images.length}`,
      );
    }
    const out: [number, Float32Array][] = [];
    const step = this.plan.maxBatch * per;
    for (let at = 0; at < images.length; at += step) out.push([at / per, images.subarray(at, at + step)]);
    return out;
  }

  /** Uploads a chunk of inputs and resets the control state: every input active, in order. */
  private start(chunk: Float32Array, thresholds: readonly number[]): number {
    const { input, control, maxBatch } = this.plan;
    const n = chunk.length / (input.channels * input.height * input.width);
    this.device.queue.writeBuffer(
      this.buffers.arena,
      input.base * 4,
      chunk.buffer,
      chunk.byteOffset,
      chunk.byteLength,
    );
    const ctl = new Uint32Array(control.words);
    ctl[control.counts] = n;
    for (let i = 0; i < n; i++) ctl[control.ids[0] + i] = i;
    new Float32Array(ctl.buffer).set(thresholds.map(Math.fround), control.thresholds);
    this.device.queue.writeBuffer(this.buffers.control, 0, ctl);
    const first = this.plan.stages[0];
    const args = new Uint32Array(first.argsX.length * 3);
    first.argsX.forEach((x, i) => args.set([x, 1, n], i * 3));
    this.device.queue.writeBuffer(this.buffers.args, first.argsBase * 12, args);
    if (n > maxBatch) throw new Error('internal: chunk larger than maxBatch');
    return n;
  }

  private encodeStage(pass: GPUComputePassEncoder, s: number): void {
    this.plan.stages[s].dispatches.forEach((d, i) => {
      pass.setPipeline(this.pipelines[d.pipeline]);
      pass.setBindGroup(0, this.bindGroups[s][i]);
      if (d.grid.kind === 'single') pass.dispatchWorkgroups(1);
      else pass.dispatchWorkgroupsIndirect(this.buffers.args, d.grid.argsSlot * 12);
    });
  }

  private paramsSlot(stage: number, index: number): number {
    let slot = index;
    for (let s = 0; s < stage; s++) slot += this.plan.stages[s].dispatches.length;
    return slot;
  }

  private bindGroup(d: Dispatch, slot: number): GPUBindGroup {
    const b = this.buffers;
    const entries: GPUBindGroupEntry[] = [
      { binding: 0, resource: { buffer: b.arena } },
      { binding: 1, resource: { buffer: b.weights } },
      {
        binding: 2,
        resource: { buffer: b.params, offset: slot * this.plan.paramsStride, size: this.plan.paramsStride },
      },
    ];
    const bindings = this.plan.pipelines[d.pipeline].bindings;
    if (bindings !== 'basic') entries.push({ binding: 3, resource: { buffer: b.control } });
    if (bindings === 'exit') {
      entries.push(
        { binding: 4, resource: { buffer: b.results } },
        { binding: 5, resource: { buffer: b.args } },
      );
    }
    return this.device.createBindGroup({ layout: this.layouts[bindings], entries, label: d.label });
  }

  private async read(first: number, words: number): Promise<Uint32Array> {
    await this.buffers.readback.mapAsync(MAP_READ, first * 4, words * 4);
    const copy = new Uint32Array(this.buffers.readback.getMappedRange(first * 4, words * 4).slice(0));
    this.buffers.readback.unmap();
    return copy;
  }

  private logitsOf(f32: Float32Array, base: number, exit: number, i: number): Float32Array {
    const c = this.plan.classes;
    const at = base + this.plan.maxBatch * c * exit + i * c;
    return f32.slice(at, at + c);
  }
}
