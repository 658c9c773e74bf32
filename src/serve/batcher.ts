/**
 * Dynamic batching across requests, one queue per model. A batch is formed from the queue
 * when it holds `maxBatch` inputs of one operating point, or when its oldest request has
 * waited `delayMs`; requests larger than a batch are split, and every input's answer is
 * routed back to its request. One batch runs at a time (the device's buffers are the model's).
 *
 * `classify` takes one set of thresholds per call, so inputs are batched by operating point:
 * requests that name a `budget_mflops` share a batch only with requests naming a budget of
 * the same calibrated point, and the others (the controller's) only with each other. The
 * queue is bounded: past `capacity` queued inputs a request is refused at once.
 */
import type { Prediction } from '../runtime/scheduler.ts';
import type { BudgetController, OperatingPoint } from './controller.ts';
import { InferError, type Answer, type InferResult } from './protocol.ts';

/** What the batcher needs of a compiled model (`CompiledModel` has it). */
export interface BatchModel {
  readonly plan: {
    readonly name: string;
    readonly maxBatch: number;
    readonly exitFlops: readonly number[];
    readonly input: { readonly channels: number; readonly height: number; readonly width: number };
  };
  classify(
    images: Float32Array,
    options: { thresholds: readonly number[]; logits?: boolean },
  ): Promise<Prediction[]>;
}

/** A fixed operating point (a request's `budget_mflops`), or the controller's choice per batch. */
export type PointChoice = { readonly fixed: OperatingPoint } | 'controlled';

export interface BatchedResult extends InferResult {
  /** From arrival to the first batch holding the request, and the compute of its batches (µs). */
  readonly queueUs: number;
  readonly computeUs: number;
}

export interface BatcherOptions {
  readonly maxBatch: number;
  readonly delayMs: number;
  /** Most inputs queued (not yet running). */
  readonly capacity: number;
  /** Operating point of uncontrolled requests without a budget (no controller). */
  readonly staticPoint: OperatingPoint;
  readonly controller?: BudgetController;
  /** After every batch: its inputs' exits and the point it ran at. */
  readonly onBatch?: (exits: readonly number[], point: OperatingPoint, controlled: boolean) => void;
  /** A batch failed on the device: the model is no longer served. */
  readonly onDeviceError?: (error: unknown) => void;
}

interface Job {
  readonly images: Float32Array;
  readonly n: number;
  readonly point: PointChoice;
  readonly logits: boolean;
  readonly arrived: number;
  readonly answers: (Answer | undefined)[];
  done: number;
  /** Inputs x expected MFLOPs of the points they ran at. */
  pointSum: number;
  controlled: boolean;
  firstRun?: number;
  computeMs: number;
  timer?: ReturnType<typeof setTimeout>;
  resolve(r: BatchedResult): void;
  reject(e: Error): void;
}

interface Item {
  readonly job: Job;
  from: number;
  count: number;
}

export class Batcher {
  private queue: Item[] = [];
  private queued = 0;
  private running = false;
  private timer?: ReturnType<typeof setTimeout>;
  private flushing = false;
  private failure?: string;
  private idleWaiters: (() => void)[] = [];
  private readonly per: number;

  constructor(
    private readonly model: BatchModel,
    private readonly options: BatcherOptions,
  ) {
    const { channels, height, width } = model.plan.input;
    this.per = channels * height * width;
  }

  /** Inputs queued, not yet running. */
  get queuedInputs(): number {
    return this.queued;
  }

  /** Why the model stopped serving (a device error), if it did. */
  get failed(): string | undefined {
    return this.failure;
  }

  submit(
    images: Float32Array,
    n: number,
    point: PointChoice,
    options: { logits: boolean; timeoutUs?: number },
  ): Promise<BatchedResult> {
    if (this.failure !== undefined)
      return Promise.reject(
        new InferError('unavailable', `model ${this.model.plan.name} is not ready: ${this.failure}`),
      );
    if (this.queued + n > this.options.capacity)
      return Promise.reject(
        new InferError(
          'exhausted',
          `model ${this.model.plan.name}: the queue is full (${this.queued} of ${this.options.capacity} inputs queued, this request has ${n})`,
        ),
      );
    return new Promise<BatchedResult>((resolve, reject) => {
      const job: Job = {
        images,
        n,
        point,
        logits: options.logits,
        arrived: performance.now(),
        answers: new Array<Answer | undefined>(n),
        done: 0,
        pointSum: 0,
        controlled: false,
        computeMs: 0,
        resolve,
        reject,
      };
      // Timeouts past what a timer can hold (about 24.8 days) never expire.
      if (options.timeoutUs !== undefined && options.timeoutUs / 1000 <= MAX_TIMER_MS) {
        job.timer = setTimeout(() => this.expire(job, options.timeoutUs!), options.timeoutUs / 1000);
        job.timer.unref();
      }
      this.queue.push({ job, from: 0, count: n });
      this.queued += n;
      this.schedule();
    });
  }

  /** Runs what is queued without waiting for batches to fill; resolves when nothing is queued or running. */
  flush(): Promise<void> {
    this.flushing = true;
    this.schedule();
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** A request still queued (no input of it run) when its timeout passes is answered DEADLINE_EXCEEDED. */
  private expire(job: Job, timeoutUs: number): void {
    if (job.firstRun !== undefined) return;
    const before = this.queue.length;
    this.queue = this.queue.filter((it) => it.job !== job);
    if (this.queue.length === before) return;
    this.queued -= job.n;
    job.reject(
      new InferError('deadline', `the request was still queued after its timeout of ${timeoutUs} µs`),
    );
    this.notifyIdle();
  }

  private schedule(): void {
    if (this.running || this.queue.length === 0) return;
    const oldest = this.queue[0];
    const key = pointKey(oldest.job.point);
    let ready = this.flushing;
    if (!ready) {
      let inputs = 0;
      for (const it of this.queue) if (pointKey(it.job.point) === key) inputs += it.count;
      ready = inputs >= this.options.maxBatch;
    }
    const waited = performance.now() - oldest.job.arrived;
    if (!ready && waited < this.options.delayMs) {
      if (this.timer === undefined)
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.schedule();
        }, this.options.delayMs - waited);
      return;
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    void this.runBatch(this.take(key));
  }

  /** Takes up to maxBatch inputs of one point from the queue, oldest first, splitting the last request. */
  private take(key: string): Item[] {
    const batch: Item[] = [];
    let room = this.options.maxBatch;
    const rest: Item[] = [];
    for (const it of this.queue) {
      if (room === 0 || pointKey(it.job.point) !== key) {
        rest.push(it);
        continue;
      }
      const count = Math.min(room, it.count);
      batch.push({ job: it.job, from: it.from, count });
      room -= count;
      if (count < it.count) rest.push({ job: it.job, from: it.from + count, count: it.count - count });
    }
    this.queue = rest;
    return batch;
  }

  private async runBatch(batch: Item[]): Promise<void> {
    this.running = true;
    const n = batch.reduce((s, it) => s + it.count, 0);
    this.queued -= n;
    const images = new Float32Array(n * this.per);
    let at = 0;
    const started = performance.now();
    for (const it of batch) {
      images.set(it.job.images.subarray(it.from * this.per, (it.from + it.count) * this.per), at * this.per);
      at += it.count;
      it.job.firstRun ??= started;
      clearTimeout(it.job.timer);
    }
    const first = batch[0].job.point;
    const controlled = first === 'controlled' && this.options.controller !== undefined;
    const point =
      first !== 'controlled'
        ? first.fixed
        : controlled
          ? this.options.controller!.choose(n)
          : this.options.staticPoint;
    const logits = batch.some((it) => it.job.logits);
    let predictions: Prediction[];
    try {
      predictions = await this.model.classify(images, { thresholds: point.thresholds, logits });
    } catch (e) {
      this.fail(e, batch);
      return;
    }
    const ms = performance.now() - started;
    const flops = this.model.plan.exitFlops;
    if (controlled)
      this.options.controller!.observe(
        n,
        predictions.reduce((s, p) => s + flops[p.exit] / 1e6, 0),
      );
    this.options.onBatch?.(
      predictions.map((p) => p.exit),
      point,
      controlled,
    );
    at = 0;
    for (const it of batch) {
      const job = it.job;
      for (let i = 0; i < it.count; i++) {
        const p = predictions[at + i];
        job.answers[it.from + i] = {
          class: p.class,
          exit: p.exit,
          confidence: p.confidence,
          ...(job.logits ? { logits: p.logits! } : {}),
        };
      }
      at += it.count;
      job.done += it.count;
      job.pointSum += it.count * point.expectedMFlops;
      job.controlled ||= controlled;
      job.computeMs += ms;
      if (job.done === job.n)
        job.resolve({
          answers: job.answers as Answer[],
          pointMFlops: job.pointSum / job.n,
          controlled: job.controlled,
          queueUs: Math.round(1000 * (job.firstRun! - job.arrived)),
          computeUs: Math.round(1000 * job.computeMs),
        });
    }
    this.running = false;
    this.notifyIdle();
    // The next batch starts after the event loop has polled for I/O: the wasm backend computes
    // on this thread, and a chain of batches in microtasks would keep every other request
    // (health checks, metrics, new arrivals) waiting until the queue is empty.
    setImmediate(() => this.schedule());
  }

  /** A device error: the batch's requests and every queued one are answered UNAVAILABLE. */
  private fail(error: unknown, batch: readonly Item[]): void {
    const detail = error instanceof Error ? error.message : String(error);
    this.failure = `device error: ${detail}`;
    this.options.onDeviceError?.(error);
    const jobs = new Set([...batch, ...this.queue].map((it) => it.job));
    this.queue = [];
    this.queued = 0;
    for (const job of jobs) {
      clearTimeout(job.timer);
      job.reject(
        new InferError('unavailable', `model ${this.model.plan.name} is not ready: ${this.failure}`),
      );
    }
    this.running = false;
    this.notifyIdle();
  }

  private notifyIdle(): void {
    if (this.running || this.queue.length > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}

const MAX_TIMER_MS = 2 ** 31 - 1;

function pointKey(p: PointChoice): string {
  return p === 'controlled' ? 'controlled' : `fixed:${p.fixed.index}:${p.fixed.expectedMFlops}`;
}
