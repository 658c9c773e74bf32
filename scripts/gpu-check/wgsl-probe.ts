// WGSL on the GPU machine (bundled into .tmp/gpu-check/wgsl-probe.mjs): asks Dawn for an
// adapter through one backend it may use (the first argument: a label below; gpu-check.sh runs
// each in a process of its own, under a time limit, so that a driver that hangs costs one
// attempt) and prints what it found or why not. With an NVIDIA adapter, unless `--no-bench`,
// it times the digits model's classify at batch 1, 64 and 256 (wall time with the copies,
// median after warm-up): the WGSL build on the same GPU as the CUDA rows, with today's kernels
// and with the plan's GPU default (implicit GEMM at large batches), calls interleaved, after
// checking that the two agree; at batch 1 also with stage kernels (one dispatch per stage, the
// default on GPUs for small chunks), after checking that they agree with today's kernels; and
// what a dispatch costs beyond its work, direct and indirect.
// `--rehearse`: without an NVIDIA adapter, the same on the adapter found (lavapipe) at batch 1
// and 8.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createNodeDevice } from '../../src/backends/wgsl/node-device.ts';
import { measureDispatchCost } from '../../src/backends/wgsl/peak.ts';
import { createWebGpuModel, withKernels } from '@ranetc/runtime';
import type { CompiledModel, WgslPlan } from '@ranetc/runtime';
import { interleavedMedians } from '../../src/timing/timing.ts';
import { fromPlanes } from './planes.ts';

const root = path.dirname(process.argv[1]);
const attempts: Record<string, string[]> = {
  vulkan: ['backend=vulkan'],
  'vulkan-no-robustness': ['backend=vulkan', 'disable-dawn-features=disable_robustness'],
  opengles: ['backend=opengles'],
  default: [],
};
const [label, ...flags] = process.argv.slice(2);
const rehearse = flags.includes('--rehearse');
const options = attempts[label];
if (options === undefined) {
  console.error(
    `wgsl-probe: the first argument is one of ${Object.keys(attempts).join(', ')} (got ${label})`,
  );
  process.exit(2);
}
let chosen: Awaited<ReturnType<typeof createNodeDevice>> | undefined;
let isNvidia = false;
{
  try {
    const gpu = await createNodeDevice({ dawnOptions: options, powerPreference: 'high-performance' });
    console.log(
      `wgsl: Dawn ${label}: ${gpu.adapter.vendor} ${gpu.adapter.description} (fallback ${gpu.adapter.isFallbackAdapter})`,
    );
    const loader = /\s(\/\S*libvulkan\.so[.\d]*)$/m.exec(readFileSync('/proc/self/maps', 'utf8'));
    console.log(`wgsl: Dawn ${label}: Vulkan loader ${loader?.[1] ?? 'not loaded'}`);
    isNvidia = /nvidia/i.test(`${gpu.adapter.vendor} ${gpu.adapter.description}`);
    if ((isNvidia && !flags.includes('--no-bench')) || rehearse) chosen = gpu;
    else gpu.destroy();
  } catch (e) {
    console.log(`wgsl: Dawn ${label}: no adapter: ${(e as Error).message.split('\n')[0]}`);
  }
}
if (chosen !== undefined) {
  if (!isNvidia) console.log(`wgsl: rehearsal on ${chosen.adapter.description}`);
  const models = path.join(root, 'models');
  const plan = JSON.parse(readFileSync(path.join(models, 'digits-wgsl', 'plan.json'), 'utf8')) as WgslPlan;
  const weights = fromPlanes(readFileSync(path.join(models, 'digits', 'model.safetensors.planes')));
  // Today's kernels (the plan without its GPU default) and the GPU default, whatever the adapter.
  const { gpu: gpuKernels, ...cpuPlan } = plan;
  const timed: [string, CompiledModel][] = [
    ['direct', await createWebGpuModel(chosen.device, cpuPlan, weights)],
  ];
  if (gpuKernels === undefined) console.log('wgsl: the plan has no GPU default kernels');
  else timed.push(['gemm', await createWebGpuModel(chosen.device, withKernels(plan, gpuKernels), weights)]);
  // Stage kernels for every chunk, timed at batch 1 only (where launches are what they save).
  const stagePlan = JSON.parse(
    readFileSync(path.join(models, 'digits-wgsl', 'plan-stage.json'), 'utf8'),
  ) as WgslPlan;
  const staged: [string, CompiledModel] = [
    'stage',
    await createWebGpuModel(chosen.device, stagePlan, weights),
  ];
  const direct = timed[0][1];
  const dispatches = (m: CompiledModel): number =>
    (m.plan as WgslPlan).stages.reduce((n, st) => n + st.dispatches.length, 0);
  console.log(
    `wgsl digits dispatches per chunk: direct ${dispatches(direct)}, stage ${dispatches(staged[1])}`,
  );
  // What a launch costs beyond its work, which stage kernels save at batch 1.
  const cost = await measureDispatchCost(chosen.device);
  console.log(
    `wgsl launches: a dispatch costs ${cost.direct.toFixed(1)} us direct, ${cost.indirect.toFixed(1)} us indirect`,
  );
  const per = plan.input.channels * plan.input.height * plan.input.width;
  const batches = !isNvidia ? [1, 8] : [1, 64, 256];
  for (const batch of batches) {
    const x = new Float32Array(batch * per).map((_, i) => Math.sin(i));
    const builds = batch === 1 ? [...timed, staged] : timed;
    const outs = await Promise.all(builds.map(([, m]) => m.allExits(x)));
    for (let b = 1; b < builds.length; b++) {
      const worst = Math.max(
        ...outs[0].map((o, e) => {
          const scale = Math.max(1, ...o.map(Math.abs));
          return Math.max(...o.map((v, i) => Math.abs(v - outs[b][e][i]))) / scale;
        }),
      );
      console.log(
        `wgsl digits batch ${batch}: ${builds[b][0]} against direct, largest difference ${worst.toExponential(1)} of max(1, |direct|)`,
      );
    }
    const ms = await interleavedMedians(
      builds.map(
        ([, m]) =>
          () =>
            m.allExits(x),
      ),
      !isNvidia ? 3 : 20,
    );
    console.log(
      `wgsl digits batch ${batch} plain forward (wall, median of interleaved calls): ` +
        builds.map(([name], i) => `${name} ${ms[i].toFixed(3)} ms`).join(', ') +
        (builds.length > 1
          ? ` (${builds
              .slice(1)
              .map(([name], i) => `${name} ${(ms[0] / ms[i + 1]).toFixed(2)}x direct`)
              .join(', ')})`
          : ''),
    );
  }
  for (const [, m] of [...timed, staged]) m.destroy();
  chosen.destroy();
}
