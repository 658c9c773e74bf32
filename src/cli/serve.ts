import { openPackage, type OpenedModel, type ServeBackend } from '../serve/package.ts';
import { DEFAULT_MAX_BODY, startServer } from '../serve/server.ts';
import { UsageError } from './errors.ts';

export interface ServeCliOptions {
  readonly host: string;
  readonly httpPort: number;
  readonly grpcPort: number;
  readonly backend?: ServeBackend;
  readonly threads?: number;
  readonly maxBatch?: number;
  readonly maxQueueDelayMs: number;
  readonly maxQueue: number;
  readonly maxBody?: number;
  readonly drainTimeoutS: number;
  /** `B` for every model, or `NAME=B`, repeatable. */
  readonly budgetMflops?: readonly string[];
}

/**
 * `ranetc serve`: serves the model packages until SIGTERM or SIGINT, then drains. Resolves
 * true when every accepted request was answered, false when `--drain-timeout-s` ran out.
 */
export async function serve(
  dirs: readonly string[],
  opts: ServeCliOptions,
  out: (s: string) => void,
): Promise<boolean> {
  checkCount('--max-queue', opts.maxQueue, 1);
  checkCount('--http-port', opts.httpPort, 0);
  checkCount('--grpc-port', opts.grpcPort, 0);
  if (opts.maxBatch !== undefined) checkCount('--max-batch', opts.maxBatch, 1);
  if (opts.threads !== undefined) checkCount('--threads', opts.threads, 1);
  if (!(opts.maxQueueDelayMs >= 0))
    throw new UsageError(`--max-queue-delay-ms: expected a number >= 0, found ${opts.maxQueueDelayMs}`);
  if (!(opts.drainTimeoutS >= 0))
    throw new UsageError(`--drain-timeout-s: expected a number >= 0, found ${opts.drainTimeoutS}`);
  const maxBody = opts.maxBody ?? DEFAULT_MAX_BODY;
  checkCount('--max-body', maxBody, 1);
  const opened: OpenedModel[] = [];
  try {
    for (const dir of dirs)
      opened.push(
        await openPackage(dir, {
          ...(opts.backend === undefined ? {} : { backend: opts.backend }),
          ...(opts.threads === undefined ? {} : { threads: opts.threads }),
        }),
      );
    const budgets = budgetsFor(
      opts.budgetMflops ?? [],
      opened.map((o) => o.model.plan.name),
    );
    const served = opened.map((o) => {
      const budget = budgets.get(o.model.plan.name) ?? budgets.get('');
      return {
        model: o.model,
        thresholds: o.thresholds,
        device: o.device,
        ...(budget === undefined ? {} : { budgetMFlops: budget }),
      };
    });
    const server = await startServer(served, {
      host: opts.host,
      httpPort: opts.httpPort,
      grpcPort: opts.grpcPort,
      maxBody,
      maxQueue: opts.maxQueue,
      maxQueueDelayMs: opts.maxQueueDelayMs,
      ...(opts.maxBatch === undefined ? {} : { maxBatch: opts.maxBatch }),
    });
    const models = served
      .map(
        (s) =>
          `${s.model.plan.name} on ${s.device}, ${s.budgetMFlops === undefined ? `thresholds for ${s.thresholds.expectedMFlops.toFixed(2)} MFLOPs/input` : `budget ${s.budgetMFlops} MFLOPs/input held by the controller`}`,
      )
      .join('; ');
    out(
      `ranetc serve: ready at ${server.httpUrl} (REST, /metrics) and ${server.grpcAddress} (gRPC): ${models}`,
    );
    const signal = await new Promise<string>((resolve) => {
      process.once('SIGTERM', () => resolve('SIGTERM'));
      process.once('SIGINT', () => resolve('SIGINT'));
    });
    out(`ranetc serve: ${signal}: draining ${server.service.pending} request(s) in flight`);
    const ok = await server.shutdown(opts.drainTimeoutS * 1000);
    out(
      ok
        ? 'ranetc serve: every accepted request answered; stopped'
        : `ranetc serve: requests still unanswered after --drain-timeout-s ${opts.drainTimeoutS}; stopped`,
    );
    return ok;
  } finally {
    for (const o of opened) o.close();
  }
}

/** `--budget-mflops` values by model name ('' for every model). */
function budgetsFor(values: readonly string[], names: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of values) {
    const eq = v.lastIndexOf('=');
    const name = eq < 0 ? '' : v.slice(0, eq);
    const b = Number(eq < 0 ? v : v.slice(eq + 1));
    if (!(b > 0) || !Number.isFinite(b))
      throw new UsageError(
        `--budget-mflops ${v}: expected a positive number of MFLOPs per input, as B or NAME=B`,
      );
    if (name !== '' && !names.includes(name))
      throw new UsageError(`--budget-mflops ${v}: no model named ${name} is served (${names.join(', ')})`);
    out.set(name, b);
  }
  return out;
}

function checkCount(option: string, v: number, min: number): void {
  if (!Number.isInteger(v) || v < min)
    throw new UsageError(`${option}: expected a whole number >= ${min}, found ${v}`);
}
