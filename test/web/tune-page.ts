// The page side of test/web/tune.test.ts: bundled for the browser on its own, it runs the
// tuning search (src/tune/tune.ts) on the page's WebGPU adapter, on candidate plans and
// weights it fetches, asks the server for each regime's chosen network (POST plan.json: the
// variants and features) to confirm it, and leaves the result on `window`.

import type { AdapterIdentity } from '@ranetc/runtime';
import type { WgslPlan } from '@ranetc/runtime';
import type { TuneCandidates, TuneResult } from '../../src/tune/tune.ts';
import { tune } from '../../src/tune/tune.ts';

export interface PageTuning {
  readonly adapter: AdapterIdentity;
  readonly result: TuneResult;
  readonly steps: number[];
  /** How many chosen networks the page asked the server for. */
  readonly plans: number;
}

async function run(): Promise<PageTuning> {
  const gpu = (globalThis as { navigator?: { gpu?: GPU } }).navigator?.gpu;
  if (gpu === undefined) throw new Error('no navigator.gpu in this page');
  const adapter = await gpu.requestAdapter();
  if (adapter === null) throw new Error('no WebGPU adapter');
  if (!adapter.features.has('timestamp-query'))
    throw new Error(`the adapter (${adapter.info.description}) lacks timestamp-query`);
  const device = await adapter.requestDevice({ requiredFeatures: ['timestamp-query'] });
  const [candidates, weights] = await Promise.all([
    fetch('candidates.json').then((r) => r.json() as Promise<TuneCandidates>),
    fetch('model.safetensors').then((r) => r.arrayBuffer()),
  ]);
  const { vendor, architecture, description } = adapter.info;
  const identity = { vendor, architecture, description };
  const steps: number[] = [];
  let plans = 0;
  try {
    const result = await tune(candidates, new Uint8Array(weights), device, identity, {
      reps: 1,
      confirmCalls: 1,
      planWith: async (variants, features) => {
        plans++;
        const r = await fetch('plan.json', { method: 'POST', body: JSON.stringify({ variants, features }) });
        return (await r.json()) as WgslPlan;
      },
      progress: (done) => steps.push(done),
    });
    return { adapter: identity, result, steps, plans };
  } finally {
    device.destroy();
  }
}

(globalThis as { tuning?: Promise<PageTuning> }).tuning = run();
