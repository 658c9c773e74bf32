// WGSL on the GPU machine (bundled into .tmp/gpu-check/wgsl-probe.mjs): asks Dawn for an
// adapter through one backend it may use (the first argument: a label below; gpu-check.sh runs
// each in a process of its own, under a time limit, so that a driver that hangs costs one
// attempt) and prints what it found or why not. With an NVIDIA adapter, unless `--no-bench`,
// it times the digits model's classify at batch 1, 64 and 256 (wall time with the copies,
// median after warm-up): the WGSL build on the same GPU as the CUDA rows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createNodeDevice } from '../../src/backends/wgsl/node-device.ts';
import { createWebGpuModel } from '@ranetc/runtime';
import type { WgslPlan } from '@ranetc/runtime';
import { fromPlanes } from './planes.ts';

const root = path.dirname(process.argv[1]);
const attempts: Record<string, string[]> = {
  vulkan: ['backend=vulkan'],
  'vulkan-no-robustness': ['backend=vulkan', 'disable-dawn-features=disable_robustness'],
  opengles: ['backend=opengles'],
  default: [],
};
const [label, flag] = process.argv.slice(2);
const options = attempts[label];
if (options === undefined) {
  console.error(
    `wgsl-probe: the first argument is one of ${Object.keys(attempts).join(', ')} (got ${label})`,
  );
  process.exit(2);
}
let nvidia: Awaited<ReturnType<typeof createNodeDevice>> | undefined;
{
  try {
    const gpu = await createNodeDevice({ dawnOptions: options, powerPreference: 'high-performance' });
    console.log(
      `wgsl: Dawn ${label}: ${gpu.adapter.vendor} ${gpu.adapter.description} (fallback ${gpu.adapter.isFallbackAdapter})`,
    );
    if (flag !== '--no-bench' && /nvidia/i.test(`${gpu.adapter.vendor} ${gpu.adapter.description}`))
      nvidia = gpu;
    else gpu.destroy();
  } catch (e) {
    console.log(`wgsl: Dawn ${label}: no adapter: ${(e as Error).message.split('\n')[0]}`);
  }
}
if (nvidia !== undefined) {
  const models = path.join(root, 'models');
  const plan = JSON.parse(readFileSync(path.join(models, 'digits-wgsl', 'plan.json'), 'utf8')) as WgslPlan;
  const model = await createWebGpuModel(
    nvidia.device,
    plan,
    fromPlanes(readFileSync(path.join(models, 'digits', 'model.safetensors.planes'))),
  );
  const per = plan.input.channels * plan.input.height * plan.input.width;
  for (const batch of [1, 64, 256]) {
    const x = new Float32Array(batch * per).map((_, i) => Math.sin(i));
    await model.allExits(x);
    const times: number[] = [];
    for (let r = 0; r < 20; r++) {
      const t = performance.now();
      await model.allExits(x);
      times.push(performance.now() - t);
    }
    console.log(
      `wgsl digits batch ${batch} plain forward: ${times.sort((a, b) => a - b)[10].toFixed(3)} ms (wall)`,
    );
  }
  model.destroy();
  nvidia.destroy();
}
