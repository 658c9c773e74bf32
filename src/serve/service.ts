/**
 * The inference service behind both protocols: the served models, their batchers and
 * controllers, health and readiness, metadata, and inference with its metrics. REST and gRPC
 * only translate their wire formats to these calls.
 */
import { readFileSync } from 'node:fs';
import type { ThresholdsFile } from '../adaptive/thresholds-file.ts';
import type { CalibrationPoint, CompiledModel } from '@ranetc/runtime';
import { Batcher, type BatchModel, type PointChoice } from './batcher.ts';
import { BudgetController, operatingPoints, type OperatingPoint } from './controller.ts';
import type { ServerMetrics } from './metrics.ts';
import {
  InferError,
  tensorMetadata,
  type InferRequest,
  type InferResult,
  type ModelShape,
} from './protocol.ts';

export const SERVER_NAME = 'ranetc';
/** The protocol's optional extensions this server implements. */
export const EXTENSIONS = ['binary_tensor_data'];

/** A model to serve: the compiled model, its calibration, and where it runs. */
export interface ServedModel {
  readonly model: BatchModel & Pick<CompiledModel, 'plan'>;
  readonly thresholds: ThresholdsFile;
  readonly device: string;
  /** Setpoint of the budget controller (MFLOPs per input); none: the thresholds file's point, fixed. */
  readonly budgetMFlops?: number;
}

export interface ServiceOptions {
  /** Inputs per batch (default: the model's maxBatch). */
  readonly maxBatch?: number;
  readonly maxQueueDelayMs: number;
  /** Queue bound, in batches. */
  readonly maxQueue: number;
  /** Controller gain and window (defaults in controller.ts). */
  readonly controller?: { readonly gain?: number; readonly window?: number };
  readonly log: (line: string) => void;
}

interface Entry {
  readonly served: ServedModel;
  readonly shape: ModelShape;
  readonly batcher: Batcher;
  /** The calibrated points, sorted by expected cost, as `classify({ budgetMFlops })` picks from. */
  readonly calibrated: readonly OperatingPoint[];
  readonly controller?: BudgetController;
}

export class InferenceService {
  private readonly models = new Map<string, Entry>();
  private draining = false;
  private pendingRequests = 0;

  constructor(
    served: readonly ServedModel[],
    readonly metrics: ServerMetrics,
    private readonly options: ServiceOptions,
  ) {
    for (const s of served) this.add(s);
  }

  private add(served: ServedModel): void {
    const { plan } = served.model;
    const name = plan.name;
    if (this.models.has(name)) throw new Error(`two models are named ${name}`);
    const t = served.thresholds;
    const calibrated = [t, ...(t.curve ?? [])]
      .map((p): CalibrationPoint => ({ thresholds: p.thresholds, expectedMFlops: p.expectedMFlops }))
      .sort((a, b) => a.expectedMFlops - b.expectedMFlops)
      .map((p, index) => ({ ...p, index }));
    const points = operatingPoints(calibrated, plan.exitFlops);
    const controller =
      served.budgetMFlops === undefined
        ? undefined
        : new BudgetController(points, { target: served.budgetMFlops, ...this.options.controller });
    const staticPoint = { thresholds: t.thresholds, expectedMFlops: t.expectedMFlops, index: -1 };
    const m = this.metrics;
    const maxBatch = Math.min(this.options.maxBatch ?? plan.maxBatch, plan.maxBatch);
    const batcher = new Batcher(served.model, {
      maxBatch,
      delayMs: this.options.maxQueueDelayMs,
      capacity: this.options.maxQueue * maxBatch,
      staticPoint,
      ...(controller === undefined ? {} : { controller }),
      onBatch: (exits, point) => {
        m.execCount.inc({ model: name });
        for (const e of exits) m.exitCount.inc({ model: name, exit: String(e) });
        if (controller !== undefined) {
          m.mflopsPerInput.set({ model: name }, controller.windowMFlops);
          m.operatingPoint.set({ model: name }, controller.position);
        } else m.operatingPoint.set({ model: name }, point.expectedMFlops);
      },
      onDeviceError: (e) =>
        this.options.log(
          `model ${name}: device error, the model is no longer ready: ${e instanceof Error ? e.message : String(e)}`,
        ),
    });
    m.addModel(name, plan.exitFlops.length);
    m.budget.set({ model: name }, served.budgetMFlops ?? t.expectedMFlops);
    m.operatingPoint.set({ model: name }, controller?.position ?? t.expectedMFlops);
    const shape: ModelShape = {
      name,
      classes: plan.classes,
      input: plan.input,
      ...(plan.normalize === undefined ? {} : { normalize: plan.normalize }),
      exitFlops: plan.exitFlops,
    };
    this.models.set(name, {
      served,
      shape,
      batcher,
      calibrated,
      ...(controller === undefined ? {} : { controller }),
    });
  }

  get modelNames(): string[] {
    return [...this.models.keys()];
  }

  /** Requests accepted and not yet answered. */
  get pending(): number {
    return this.pendingRequests;
  }

  live(): boolean {
    return true;
  }

  /** Ready: not draining and every model ready. */
  ready(): boolean {
    return !this.draining && [...this.models.values()].every((e) => e.batcher.failed === undefined);
  }

  modelReady(name: string): boolean {
    const e = this.entry(name);
    return !this.draining && e.batcher.failed === undefined;
  }

  serverMetadata(): { name: string; version: string; extensions: string[] } {
    return { name: SERVER_NAME, version: SERVER_VERSION, extensions: EXTENSIONS };
  }

  modelMetadata(name: string): ReturnType<typeof tensorMetadata> & {
    name: string;
    versions: string[];
    platform: string;
  } {
    const e = this.entry(name);
    return {
      name,
      versions: ['1'],
      platform: `ranetc_${e.served.model.plan.target}`,
      ...tensorMetadata(e.shape),
    };
  }

  /** The model's shape, for decoding its requests; NOT_FOUND for an unknown name. */
  shape(name: string): ModelShape {
    return this.entry(name).shape;
  }

  /** Runs a decoded request through its model's batcher; counts it in the metrics. */
  async infer(request: InferRequest): Promise<InferResult> {
    const arrived = performance.now();
    const e = this.entry(request.model);
    const model = request.model;
    const m = this.metrics;
    this.pendingRequests++;
    m.pending.inc({ model });
    try {
      if (this.draining) throw new InferError('unavailable', 'the server is shutting down');
      const point: PointChoice =
        request.budgetMFlops === undefined ? 'controlled' : { fixed: this.pointFor(e, request.budgetMFlops) };
      const r = await e.batcher.submit(request.images, request.n, point, {
        logits: request.outputs.some((o) => o.name === 'logits'),
        ...(request.timeoutUs === undefined ? {} : { timeoutUs: request.timeoutUs }),
      });
      m.requestSuccess.inc({ model });
      m.inferenceCount.inc({ model }, request.n);
      m.queueDuration.inc({ model }, r.queueUs);
      m.computeDuration.inc({ model }, r.computeUs);
      m.requestDuration.inc({ model }, Math.round(1000 * (performance.now() - arrived)));
      return r;
    } catch (err) {
      m.requestFailure.inc({ model });
      throw err;
    } finally {
      this.pendingRequests--;
      m.pending.dec({ model });
    }
  }

  /** A request that fails before it reaches a model (a body it cannot read) counts as that model's failure. */
  countFailure(model: string): void {
    if (this.models.has(model)) this.metrics.requestFailure.inc({ model });
  }

  /** Readiness turns false and new requests are refused; resolves when every accepted request is answered. */
  async drain(): Promise<void> {
    this.draining = true;
    await Promise.all([...this.models.values()].map((e) => e.batcher.flush()));
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** The calibrated point `classify({ budgetMFlops })` uses: the most expensive whose expected cost fits. */
  private pointFor(e: Entry, budget: number): OperatingPoint {
    const fitting = e.calibrated.filter((p) => p.expectedMFlops <= budget);
    if (fitting.length === 0)
      throw new InferError(
        'invalid',
        `parameter budget_mflops: no calibrated point of model ${e.shape.name} fits ${budget} MFLOPs per input; the cheapest needs ${e.calibrated[0].expectedMFlops.toFixed(3)}`,
      );
    return fitting[fitting.length - 1];
  }

  private entry(name: string): Entry {
    const e = this.models.get(name);
    if (e === undefined)
      throw new InferError(
        'not-found',
        `unknown model '${name}'; this server serves ${this.modelNames.join(', ')}`,
      );
    return e;
  }
}

/** ranetc's version, from its package.json (two levels up from src/serve and from dist/serve). */
export const SERVER_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
