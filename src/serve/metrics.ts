/**
 * Prometheus metrics (`GET /metrics`): Triton's inference metrics under the `ranetc_` prefix,
 * with Triton's names, types and meanings, each labelled by `model`, and the early-exit ones
 * that are ours.
 */
import { Counter, Gauge, Registry } from 'prom-client';

export class ServerMetrics {
  readonly registry = new Registry();
  readonly requestSuccess: Counter<'model'>;
  readonly requestFailure: Counter<'model'>;
  /** Inputs inferred (a request of N images counts N). */
  readonly inferenceCount: Counter<'model'>;
  /** Batches executed. */
  readonly execCount: Counter<'model'>;
  readonly requestDuration: Counter<'model'>;
  readonly queueDuration: Counter<'model'>;
  readonly computeDuration: Counter<'model'>;
  readonly pending: Gauge<'model'>;
  readonly exitCount: Counter<'model' | 'exit'>;
  readonly mflopsPerInput: Gauge<'model'>;
  readonly budget: Gauge<'model'>;
  readonly operatingPoint: Gauge<'model'>;

  constructor() {
    const registers = [this.registry];
    const counter = (name: string, help: string): Counter<'model'> =>
      new Counter({ name, help, labelNames: ['model'], registers });
    const gauge = (name: string, help: string): Gauge<'model'> =>
      new Gauge({ name, help, labelNames: ['model'], registers });
    this.requestSuccess = counter(
      'ranetc_inference_request_success',
      'Number of successful inference requests',
    );
    this.requestFailure = counter('ranetc_inference_request_failure', 'Number of failed inference requests');
    this.inferenceCount = counter(
      'ranetc_inference_count',
      'Number of inferences performed (a request of N inputs counts N)',
    );
    this.execCount = counter('ranetc_inference_exec_count', 'Number of batches executed');
    this.requestDuration = counter(
      'ranetc_inference_request_duration_us',
      'Cumulative inference request duration, from arrival to answer, in microseconds',
    );
    this.queueDuration = counter(
      'ranetc_inference_queue_duration_us',
      'Cumulative time requests spent queued before their first batch ran, in microseconds',
    );
    this.computeDuration = counter(
      'ranetc_inference_compute_infer_duration_us',
      'Cumulative compute time of the batches that ran the requests, in microseconds',
    );
    this.pending = gauge('ranetc_inference_pending_request_count', 'Requests accepted and not yet answered');
    this.exitCount = new Counter({
      name: 'ranetc_exit_count',
      help: 'Inputs that left at each exit',
      labelNames: ['model', 'exit'],
      registers,
    });
    this.mflopsPerInput = gauge(
      'ranetc_mflops_per_input',
      "Realized MFLOPs per input (accounting of the exits taken) over the controller's window",
    );
    this.budget = gauge('ranetc_budget_mflops', 'The compute budget setpoint, MFLOPs per input');
    this.operatingPoint = gauge(
      'ranetc_operating_point_mflops',
      "The controller's operating point, as the expected MFLOPs per input on the calibration set",
    );
  }

  /** Zero series for a model, so that every metric is present from the start. */
  addModel(model: string, exits: number): void {
    for (const c of [
      this.requestSuccess,
      this.requestFailure,
      this.inferenceCount,
      this.execCount,
      this.requestDuration,
      this.queueDuration,
      this.computeDuration,
    ])
      c.inc({ model }, 0);
    this.pending.set({ model }, 0);
    for (let exit = 0; exit < exits; exit++) this.exitCount.inc({ model, exit: String(exit) }, 0);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
