/**
 * The deployment files under deploy/ (no container engine or cluster runs them here): they
 * parse, hold the fields their tools require, and agree with `ranetc serve` as its CLI
 * defines it: the arguments are accepted by the serve command's own parser, the ports and
 * probes are the ones it listens on and answers, the grace period outlasts its drain, and the
 * dashboard plots metrics the server exports.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { program } from '../../src/cli/main.ts';
import type { ServeCliOptions } from '../../src/cli/serve.ts';
import { ServerMetrics } from '../../src/serve/metrics.ts';
import { restHandler } from '../../src/serve/rest.ts';
import type { InferenceService } from '../../src/serve/service.ts';
import { repoRoot } from '../helpers/fixtures.ts';

const read = (file: string): string => readFileSync(path.join(repoRoot, 'deploy', file), 'utf8');

/** `ranetc serve ARGS` through the CLI's own parser: the options with their defaults. */
async function serveOptions(args: readonly string[]): Promise<{ dirs: string[]; opts: ServeCliOptions }> {
  const cli = program(() => {});
  const serve = cli.commands.find((c: Command) => c.name() === 'serve');
  if (serve === undefined) throw new Error('the CLI has no serve command');
  let dirs: string[] = [];
  serve.exitOverride().action((d: string[]) => void (dirs = d));
  cli.exitOverride();
  await cli.parseAsync(['serve', ...args], { from: 'user' });
  return { dirs, opts: serve.opts<ServeCliOptions>() };
}

interface Probe {
  httpGet: { path: string; port: number | string };
}
interface Container {
  name: string;
  image: string;
  args: string[];
  ports: { name: string; containerPort: number; protocol?: string }[];
  readinessProbe: Probe;
  livenessProbe: Probe;
  lifecycle?: { preStop?: { exec?: { command: string[] } } };
}
interface InferenceServiceManifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; annotations: Record<string, string> };
  spec: { predictor: { terminationGracePeriodSeconds: number; containers: Container[] } };
}

/** The status the REST handler answers for GET `url` when the service is (not) ready. */
async function statusOf(url: string, ready: boolean): Promise<number> {
  const service = { live: () => true, ready: () => ready } as unknown as InferenceService;
  const server = createServer(restHandler(service, { maxBody: 1024, log: () => {} }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${url}`);
    await res.arrayBuffer();
    return res.status;
  } finally {
    server.close();
  }
}

/** The Dockerfile's ENTRYPOINT + CMD arguments after `serve`, its EXPOSEd ports and base image. */
function dockerfile(): { args: string[]; expose: number[]; from: string; modelsDir: string } {
  const text = read('Dockerfile');
  const json = (instr: string): string[] => {
    const m = new RegExp(`^${instr} (\\[.*\\])$`, 'm').exec(text);
    if (m === null) throw new Error(`deploy/Dockerfile: no ${instr} in exec form`);
    return JSON.parse(m[1]) as string[];
  };
  const entry = json('ENTRYPOINT');
  expect(entry.slice(-2)).toEqual(['/opt/ranetc/bin/ranetc.js', 'serve']);
  const copy = /^COPY --from=models \. (\S+)$/m.exec(text);
  return {
    args: json('CMD'),
    expose: (/^EXPOSE (.*)$/m.exec(text)?.[1] ?? '').split(/\s+/).map(Number),
    from: /^FROM (\S+)/m.exec(text)?.[1] ?? '',
    modelsDir: copy?.[1] ?? '',
  };
}

describe('deploy/', () => {
  const isvc = parse(read('inferenceservice.yaml')) as InferenceServiceManifest;
  const container = isvc.spec.predictor.containers[0];

  it('the container runs Node 20 and serves the packages it copies on the ports it exposes', async () => {
    const d = dockerfile();
    expect(d.from).toMatch(/^node:20(-|$)/);
    const { dirs, opts } = await serveOptions(d.args);
    expect(dirs.every((dir) => dir.startsWith(`${d.modelsDir}/`))).toBe(true);
    expect(d.expose.sort()).toEqual([opts.httpPort, opts.grpcPort].sort());
    expect(read('Dockerfile.dockerignore')).toMatch(/node_modules/);
  });

  it('the InferenceService is a custom predictor whose port and probes are those of its serve arguments', async () => {
    expect(isvc.apiVersion).toBe('serving.kserve.io/v1beta1');
    expect(isvc.kind).toBe('InferenceService');
    expect(isvc.metadata.name).toMatch(/^[a-z][-a-z0-9]*$/);
    expect(container.name).toBe('kserve-container');
    expect(container.image).not.toBe('');
    const { dirs, opts } = await serveOptions(container.args);
    expect(dirs.length).toBeGreaterThan(0);
    expect(dirs.every((dir) => dir.startsWith(`${dockerfile().modelsDir}/`))).toBe(true);
    // KServe routes one port: REST named http1 on the server's --http-port, or gRPC named h2c.
    expect(container.ports).toHaveLength(1);
    const [port] = container.ports;
    const protocolPort = { http1: opts.httpPort, h2c: opts.grpcPort }[port.name];
    expect(port.containerPort).toBe(protocolPort);
    expect(port.containerPort).toBe(8080);
    for (const [probe, url] of [
      [container.readinessProbe, '/v2/health/ready'],
      [container.livenessProbe, '/v2/health/live'],
    ] as const) {
      expect(probe.httpGet.path).toBe(url);
      expect(Number(probe.httpGet.port)).toBe(opts.httpPort);
    }
    expect(isvc.metadata.annotations['prometheus.kserve.io/port']).toBe(String(opts.httpPort));
    expect(isvc.metadata.annotations['prometheus.kserve.io/path']).toBe('/metrics');
    // The grace period outlasts the preStop pause and the whole drain.
    const pause = Number(container.lifecycle?.preStop?.exec?.command.at(-1) ?? 0);
    expect(isvc.spec.predictor.terminationGracePeriodSeconds).toBeGreaterThan(pause + opts.drainTimeoutS);
  });

  it('the probes are answered by the server: ready 200, and 503 when not ready', async () => {
    expect(await statusOf(container.readinessProbe.httpGet.path, true)).toBe(200);
    expect(await statusOf(container.readinessProbe.httpGet.path, false)).toBe(503);
    expect(await statusOf(container.livenessProbe.httpGet.path, false)).toBe(200);
  });

  it('Prometheus scrapes every pod of the InferenceService and every replica behind haproxy', async () => {
    interface Job {
      job_name: string;
      kubernetes_sd_configs?: { role: string }[];
      relabel_configs?: { source_labels?: string[]; regex?: string; action?: string }[];
      static_configs?: { targets: string[] }[];
    }
    const { scrape_configs: jobs } = parse(read('prometheus.yml')) as { scrape_configs: Job[] };
    const kserve = jobs.find((j) => j.kubernetes_sd_configs !== undefined);
    expect(kserve?.kubernetes_sd_configs).toEqual([{ role: 'pod' }]);
    const keep = (label: string): string | undefined =>
      kserve?.relabel_configs?.find((r) => r.action === 'keep' && r.source_labels?.[0] === label)?.regex;
    expect(keep('__meta_kubernetes_pod_label_serving_kserve_io_inferenceservice')).toBe(isvc.metadata.name);
    const { opts } = await serveOptions(container.args);
    expect(keep('__meta_kubernetes_pod_container_port_number')).toBe(String(opts.httpPort));
    const targets = jobs.flatMap((j) => j.static_configs ?? []).flatMap((s) => s.targets);
    expect(targets).toEqual(haproxyServers().map((s) => s.address));
  });

  it('haproxy checks /v2/health/ready and resends what a draining or dead replica refuses', () => {
    const cfg = read('haproxy.cfg');
    expect(cfg).toMatch(/^\s*option httpchk$/m);
    expect(cfg).toMatch(/^\s*http-check send meth GET uri \/v2\/health\/ready$/m);
    expect(cfg).toMatch(/^\s*http-check expect status 200$/m);
    const retryOn = /^\s*retry-on (.*)$/m.exec(cfg)?.[1].split(/\s+/) ?? [];
    expect(retryOn).toEqual(expect.arrayContaining(['503', 'conn-failure']));
    expect(cfg).toMatch(/^\s*option redispatch\b/m);
    expect(cfg).toMatch(/^\s*option http-buffer-request$/m);
    expect(cfg).toMatch(/^\s*default-server .*\bcheck\b/m);
    expect(haproxyServers()).toHaveLength(3);
    if (spawnSync('haproxy', ['-v']).status === 0) {
      const check = spawnSync('haproxy', ['-c', '-q', '-f', path.join(repoRoot, 'deploy/haproxy.cfg')], {
        timeout: 30_000,
      });
      expect(check.stderr.toString()).toBe('');
      expect(check.status).toBe(0);
    }
  });

  it('the Grafana dashboard plots budget, realized cost, exits, throughput, queue and latency from exported metrics', () => {
    const dash = JSON.parse(read('grafana-dashboard.json')) as {
      title: string;
      uid: string;
      panels: { title: string; targets: { expr: string }[] }[];
    };
    expect(dash.title).not.toBe('');
    const exprs = dash.panels.flatMap((p) => p.targets.map((t) => t.expr));
    const used = new Set(exprs.flatMap((e) => e.match(/\branetc_[a-z_]+/g) ?? []));
    const metrics = new ServerMetrics();
    const exported = new Set(metrics.registry.getMetricsAsArray().map((m) => m.name));
    for (const name of used) expect(exported, `dashboard metric ${name}`).toContain(name);
    for (const name of [
      'ranetc_budget_mflops',
      'ranetc_mflops_per_input',
      'ranetc_exit_count',
      'ranetc_inference_count',
      'ranetc_inference_queue_duration_us',
      'ranetc_inference_request_duration_us',
    ])
      expect(used).toContain(name);
  });
});

/** The `server` lines of deploy/haproxy.cfg with their default addresses. */
function haproxyServers(): { name: string; address: string }[] {
  return [...read('haproxy.cfg').matchAll(/^\s*server (\S+) "\$\{[A-Z0-9_]+-([^}]+)\}"/gm)].map((m) => ({
    name: m[1],
    address: m[2],
  }));
}
