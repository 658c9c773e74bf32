/**
 * The server's lifecycle: both protocols listening on their ports over one service, and the
 * drain. Draining turns readiness false and answers new requests 503 / UNAVAILABLE while
 * every request already accepted (queued or running) is answered; then the listeners close.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { grpcServer } from './grpc.ts';
import { ServerMetrics } from './metrics.ts';
import { restHandler } from './rest.ts';
import { InferenceService, type ServedModel, type ServiceOptions } from './service.ts';

export interface ServerOptions extends Omit<ServiceOptions, 'log'> {
  readonly host: string;
  /** 0: any free port. */
  readonly httpPort: number;
  readonly grpcPort: number;
  readonly maxBody: number;
  /** A client that has not sent its whole request by then is disconnected (default 60 s). */
  readonly requestTimeoutMs?: number;
  readonly log?: (line: string) => void;
}

export interface RunningServer {
  readonly service: InferenceService;
  /** `http://host:port` */
  readonly httpUrl: string;
  /** `host:port` */
  readonly grpcAddress: string;
  /**
   * Drains and closes: resolves true when every accepted request was answered within
   * `timeoutMs`, false when the time ran out (the listeners are closed either way). New
   * requests are answered 503 for at least `graceMs` (default `DRAIN_GRACE_MS`), so that
   * clients and load balancers see the refusal rather than a closed port.
   */
  shutdown(timeoutMs: number, graceMs?: number): Promise<boolean>;
}

export const DEFAULT_MAX_BODY = 64 * 2 ** 20;
export const DRAIN_GRACE_MS = 500;

export async function startServer(
  models: readonly ServedModel[],
  options: ServerOptions,
): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const service = new InferenceService(models, new ServerMetrics(), { ...options, log });
  const http = createServer(
    { requestTimeout: 60_000, headersTimeout: 20_000 },
    restHandler(service, { maxBody: options.maxBody, log }),
  );
  // Sockets of clients that stop sending are closed; nothing else waits on them.
  http.on('clientError', (_e, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  await listen(http, options.httpPort, options.host);
  const rpc = grpcServer(service, { maxBody: options.maxBody, log });
  let grpcPort: number;
  try {
    grpcPort = await new Promise<number>((resolve, reject) =>
      rpc.bindAsync(
        `${options.host}:${options.grpcPort}`,
        grpc.ServerCredentials.createInsecure(),
        (e, port) => (e === null ? resolve(port) : reject(e)),
      ),
    );
  } catch (e) {
    http.close();
    throw e;
  }
  const host = options.host === '0.0.0.0' ? 'localhost' : options.host;
  const httpPort = (http.address() as AddressInfo).port;
  let closing: Promise<boolean> | undefined;
  const shutdown = (timeoutMs: number, graceMs = DRAIN_GRACE_MS): Promise<boolean> =>
    (closing ??= (async () => {
      const grace = new Promise((r) => setTimeout(r, Math.min(graceMs, timeoutMs)));
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
      const drained = (async () => {
        await service.drain();
        while (service.pending > 0) await new Promise((r) => setTimeout(r, 5));
        await grace;
        return true as const;
      })();
      const ok = await Promise.race([drained, timedOut]);
      clearTimeout(timer);
      await Promise.all([closeHttp(http, ok), closeGrpc(rpc, ok)]);
      return ok;
    })());
  return { service, httpUrl: `http://${host}:${httpPort}`, grpcAddress: `${host}:${grpcPort}`, shutdown };
}

function listen(server: HttpServer, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeHttp(server: HttpServer, graceful: boolean): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    if (graceful) server.closeIdleConnections();
    else server.closeAllConnections();
    // Keep-alive connections in the middle of nothing are closed as they go idle.
    setTimeout(() => server.closeAllConnections(), 1000).unref();
  });
}

function closeGrpc(server: grpc.Server, graceful: boolean): Promise<void> {
  if (!graceful) {
    server.forceShutdown();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const force = setTimeout(() => server.forceShutdown(), 1000);
    server.tryShutdown(() => {
      clearTimeout(force);
      resolve();
    });
  });
}
