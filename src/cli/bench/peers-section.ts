// `npm run bench`'s peer table: ranetc against onnxruntime-web on the same Dawn device, on the
// fixtures' ONNX exports of the public model, outputs checked before anything is timed, every
// system interleaved call by call in one run, reported as ratios.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { cifarImages } from '../../adaptive/datasets.ts';
import { createNodeDevice } from '../../backends/wgsl/node-device.ts';
import { compile } from '../../compile.ts';
import { expandRanet } from '../../frontend/ranet.ts';
import { paramsFrom, runGraph } from '../../reference/interpreter.ts';
import { createWebGpuModel, withKernels } from '@ranetc/runtime';
import { loadSpec } from '../../spec/parse.ts';
import type { Spec } from '../../spec/types.ts';
import { loadWeights } from '../../weights/load.ts';
import { floatTensors } from '../../weights/tensor.ts';
import { UsageError } from '../errors.ts';
import { normals } from '../../weights/synthetic.ts';
import { interleavedMedians } from '../../timing/timing.ts';
import { stageKernelsUnfit } from '../../backends/wgsl/stage.ts';
import { dispatchCounts, formatDispatchCounts } from '../dispatches.ts';
import { exitConfidences, rate, thresholdsForShare } from './common.ts';
import type { OrtPeer } from './peers.ts';
import { openOrtPeer, ortVersion, relativeDiffs } from './peers.ts';

/**
 * A peer's outputs must agree with the fixtures as the compiled models do (2e-5 of
 * max(1, max |expected|) per exit, the tests' bound for f32 builds); a peer that does not is
 * reported and not timed.
 */
const PEER_REL = 2e-5;

/** The share of the full network's compute that the budgeted rows aim at. */
const BUDGET_SHARE = 0.4;

interface PeerModel {
  readonly name: string;
  readonly spec: string;
  readonly dir: string;
  /** Test and validation inputs (normalized), `n` each. */
  inputs(spec: Spec, n: number, dir: string): { test: Float32Array; val: Float32Array; source: string };
}

const MODELS: readonly PeerModel[] = [
  {
    name: 'digits',
    spec: 'specs/digits.yaml',
    dir: 'digits',
    inputs(spec, n, dir) {
      const load = (file: string): Float32Array =>
        cifarImages(path.join(dir, file), spec.classes, spec.input).batch(0, n);
      return { test: load('test.bin'), val: load('val.bin'), source: 'test.bin (thresholds from val.bin)' };
    },
  },
  {
    name: 'ranet-cifar10',
    spec: 'specs/ranet-cifar10.yaml',
    dir: 'ranet-cifar10',
    inputs(spec, n) {
      const per = spec.input.channels * spec.input.height * spec.input.width;
      return {
        test: normals(n * per, 11),
        val: normals(n * per, 12),
        source: 'seeded normal inputs (randomized weights: no data set; thresholds from other normal inputs)',
      };
    },
  },
];

export interface PeersOptions {
  /** Models by name (default digits and ranet-cifar10). */
  readonly models?: readonly string[];
  readonly batches?: readonly number[];
  /** Timed calls per system and batch size (after one warm-up each). */
  readonly reps?: (batch: number) => number;
}

export async function benchPeers(
  fixtures: string,
  out: (s: string) => void,
  options: PeersOptions = {},
): Promise<void> {
  const batches = options.batches ?? [1, 64];
  const reps = options.reps ?? ((b: number) => (b === 1 ? 7 : 3));
  const threads = 1;
  const cores = availableParallelism();
  const gpu = await createNodeDevice();
  try {
    out(
      `peers: onnxruntime-web ${await ortVersion()} (WebGPU provider on the same Dawn device; wasm provider, ` +
        `the CPU alternative a browser without WebGPU gets: ${threads} thread, as more do not start in Node; ` +
        `lavapipe runs the WebGPU kernels of both on this machine's ${cores} cores)`,
    );
    out(`device: ${gpu.adapter.description} (${gpu.adapter.vendor}); inputs of every system identical`);
    const names = options.models ?? MODELS.map((m) => m.name);
    for (const name of names)
      if (!MODELS.some((m) => m.name === name))
        throw new UsageError(
          `peers: expected models among ${MODELS.map((m) => m.name).join(', ')}, found '${name}'`,
        );
    for (const m of MODELS.filter((x) => names.includes(x.name))) {
      const dir = path.join(fixtures, m.dir);
      const onnx = path.join(dir, 'model.onnx');
      if (!existsSync(onnx))
        throw new UsageError(`${onnx}: not found (the fixtures' ONNX export of ${m.name})`);
      const { spec } = loadSpec(m.spec);
      const { plan, schedule } = compile(spec, { target: 'wgsl', maxBatch: 64 });
      const weights = loadWeights(path.join(dir, 'model.safetensors'));
      const model = await createWebGpuModel(gpu.device, plan, floatTensors(weights));
      // The GPU default kernels (stage kernels for small chunks, implicit GEMM at large batches),
      // run here whatever the adapter.
      const gemm =
        plan.gpu === undefined
          ? undefined
          : await createWebGpuModel(gpu.device, withKernels(plan, plan.gpu), floatTensors(weights));
      // Stage kernels (one dispatch per stage) for every chunk, where the schedule can run them.
      const staged =
        stageKernelsUnfit(schedule) === undefined
          ? await createWebGpuModel(
              gpu.device,
              compile(spec, { target: 'wgsl', maxBatch: 64, kernels: { stageKernels: 'always' } }).plan,
              floatTensors(weights),
            )
          : undefined;
      const per = spec.input.channels * spec.input.height * spec.input.width;
      const shape = (n: number): number[] => [n, spec.input.channels, spec.input.height, spec.input.width];
      const peers: OrtPeer[] = [
        await openOrtPeer(onnx, 'webgpu', { device: gpu.device, threads }),
        await openOrtPeer(onnx, 'wasm', { threads }),
      ];
      try {
        // Outputs first: the peers against the reference interpreter (itself held to the fixtures).
        const checkN = 4;
        const count = Math.max(checkN, ...batches);
        const { test, val, source } = m.inputs(spec, count, dir);
        const graph = expandRanet(spec);
        const expected = runGraph(graph, paramsFrom(weights), {
          n: checkN,
          shape: graph.nodes[graph.input].type.shape,
          data: test.subarray(0, checkN * per),
        }).map((o) => o.data);
        const usable: OrtPeer[] = [];
        out(
          `\n${m.name}: ${plan.exits} exits, ${(plan.exitFlops.at(-1)! / 1e6).toFixed(2)} MFLOPs full network; inputs: ${source}`,
        );
        for (const peer of peers) {
          const diffs = relativeDiffs(await peer.run(test.slice(0, checkN * per), shape(checkN)), expected);
          const worst = Math.max(...diffs);
          const ok = worst <= PEER_REL;
          out(
            `  ${peer.label}: outputs on ${checkN} inputs against the reference interpreter: largest difference ` +
              `${worst.toExponential(1)} of max(1, max |expected|) (bound ${PEER_REL.toExponential(0)})${ok ? '' : ': MISMATCH, not timed'}`,
          );
          if (ok) usable.push(peer);
        }

        const conf = await exitConfidences(model, val, count);
        const budget = thresholdsForShare(conf, plan.exitFlops, BUDGET_SHARE);
        const realized = await model.classify(test, { thresholds: budget.thresholds });
        const realizedShare =
          realized.reduce((s, p) => s + plan.exitFlops[p.exit], 0) / realized.length / plan.exitFlops.at(-1)!;
        out(
          `  ranetc budgeted: public calibration p = ${budget.p} (q = ${(budget.p / 20).toFixed(2)}), ` +
            `${(100 * budget.expectedShare).toFixed(0)}% of the full compute expected on the validation inputs, ` +
            `${(100 * realizedShare).toFixed(0)}% realized on the ${count} timed inputs`,
        );

        const systems: { name: string; call: (n: number) => Promise<unknown> }[] = [
          { name: 'ranetc full', call: (n) => model.classify(test.subarray(0, n * per)) },
          ...(staged === undefined
            ? []
            : [
                {
                  name: 'ranetc stage full',
                  call: (n: number) => staged.classify(test.subarray(0, n * per)),
                },
              ]),
          ...(gemm === undefined
            ? []
            : [
                {
                  name: 'ranetc gpu-default full',
                  call: (n: number) => gemm.classify(test.subarray(0, n * per)),
                },
              ]),
          ...usable.map((p) => ({
            name: `${p.provider === 'webgpu' ? 'ort WebGPU' : 'ort wasm'} full`,
            call: (n: number) => p.run(test.slice(0, n * per), shape(n)),
          })),
          {
            name: 'ranetc budgeted',
            call: (n) => model.classify(test.subarray(0, n * per), { thresholds: budget.thresholds }),
          },
        ];
        out(`  dispatches per chunk, per batch regime:`);
        for (const line of formatDispatchCounts(dispatchCounts(spec, 64))) out(`  ${line}`);
        out(`  img/s, median of timed calls, systems interleaved call by call:`);
        out(`  batch  ${systems.map((s) => s.name.padStart(25)).join('')}   ratios to ort WebGPU full`);
        for (const batch of batches) {
          const ms = await interleavedMedians(
            systems.map((s) => () => s.call(batch)),
            reps(batch),
          );
          const ortGpu = systems.findIndex((s) => s.name === 'ort WebGPU full');
          const ratios =
            ortGpu < 0
              ? 'ort WebGPU not timed'
              : systems
                  .map((s, i) => (i === ortGpu ? '' : `${s.name} ${(ms[ortGpu] / ms[i]).toFixed(2)}x`))
                  .filter((x) => x !== '')
                  .join(', ');
          const stageAt = systems.findIndex((s) => s.name === 'ranetc stage full');
          out(
            `  ${String(batch).padStart(5)}  ${ms.map((t) => rate(t, batch).padStart(25)).join('')}   ${ratios}` +
              (stageAt < 0
                ? ''
                : `; stage kernels against today's build ${(ms[0] / ms[stageAt]).toFixed(2)}x`),
          );
        }
      } finally {
        for (const p of peers) await p.release();
        model.destroy();
        gemm?.destroy();
        staged?.destroy();
      }
    }
  } finally {
    gpu.destroy();
  }
}
