// The demo page: loads the compiled digits model on WebGPU, or on the CPU from its WebAssembly
// SIMD build when the browser has no WebGPU (no navigator.gpu, or no adapter), on as many
// threads as the browser allows (a pool of workers where the page is cross-origin isolated, as
// vite.config.ts serves it), says which, and wires the views to it.
//
// The generated runtime keeps one set of device buffers per model, so its calls must not
// overlap: every call goes through `serial`, and the slider only ever queues its latest value.

import {
  classes,
  createDigitsModel,
  exitMFlops,
  inputShape,
  plan,
  type CompiledModel,
  type ExitPredictions,
} from '../../../generated/digits/index.js';
import { parseDemoAssets, type BudgetPoint, type DemoAssets } from './assets-format.ts';
import { NoWebGpuError, openGpu, type Gpu } from './gpu.ts';
import { IMAGE_BYTES, normalize } from './normalize.ts';
import { AnytimeView } from './ui/anytime.ts';
import { BudgetView } from './ui/budget.ts';
import { byId, h, mflops } from './ui/dom.ts';
import { DrawPad } from './ui/drawpad.ts';
import { Grid } from './ui/grid.ts';

/** Where the slider starts: enough for most images to leave early, not enough for all. */
const INITIAL_BUDGET = 9;

class Serial {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

function setState(state: 'loading' | 'ready' | 'no-backend' | 'error', message = ''): void {
  document.body.dataset.state = state;
  const notice = byId('notice');
  notice.hidden = message === '';
  notice.className = `notice notice-${state}`;
  notice.textContent = message;
}

async function fetchBytes(file: string): Promise<Uint8Array> {
  const response = await fetch(file);
  if (!response.ok)
    throw new Error(
      `${file}: ${response.status} ${response.statusText} (run \`npm run demo\` to prepare the assets)`,
    );
  return new Uint8Array(await response.arrayBuffer());
}

/** Where the model runs, as the page says it: WebGPU on an adapter, or wasm with why not WebGPU. */
type Backend =
  | { readonly kind: 'webgpu'; readonly adapter: string }
  | { readonly kind: 'wasm'; readonly whyNotWebGpu: string; readonly threads: number };

/** The model, the page's assets and where the model runs (on wasm, `model.threads` threads). */
interface Loaded {
  readonly demo: DemoAssets;
  readonly model: CompiledModel;
  readonly pixels: Uint8Array;
  readonly backend: Backend;
  /** Weights upload and pipeline compilation (WebGPU), or module compilation and weights copy (wasm), ms. */
  readonly setupMs: number;
}

/** WebGPU when the browser offers it; otherwise the reason, for the page and for the wasm fallback. */
async function openGpuOrReason(): Promise<Gpu | NoWebGpuError> {
  try {
    return await openGpu();
  } catch (e) {
    if (e instanceof NoWebGpuError) return e;
    throw e;
  }
}

async function load(): Promise<Loaded> {
  const gpu = await openGpuOrReason();
  const exits = exitMFlops.length;
  const [demoJson, pixels, weights] = await Promise.all([
    fetch('demo.json').then((r) =>
      r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(`demo.json: ${r.status}`)),
    ),
    fetchBytes('samples.bin'),
    fetchBytes('weights.bin'),
  ]);
  const demo = parseDemoAssets(demoJson, exits);
  if (pixels.length !== demo.samples.labels.length * IMAGE_BYTES) {
    throw new Error(
      `samples.bin: ${pixels.length} bytes for ${demo.samples.labels.length} images of ${IMAGE_BYTES}`,
    );
  }
  const started = performance.now();
  if (gpu instanceof NoWebGpuError) {
    // No WebGPU: the package's wasm build (model.wasm, fetched beside the entry) on the CPU, on
    // the hardware's threads where the page is cross-origin isolated (one thread elsewhere).
    let model: CompiledModel;
    try {
      model = await createDigitsModel(undefined, weights, { threads: 'auto' });
    } catch (e) {
      throw new NoBackendError(
        `${gpu.message} Its WebAssembly fallback did not start either: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    return {
      demo,
      model,
      pixels,
      setupMs: performance.now() - started,
      backend: { kind: 'wasm', whyNotWebGpu: gpu.message, threads: model.threads },
    };
  }
  void gpu.device.lost.then((info) => {
    if (info.reason !== 'destroyed')
      setState('error', `The WebGPU device was lost: ${info.message}. Reload the page.`);
  });
  const model = await createDigitsModel(gpu.device, weights);
  const setupMs = performance.now() - started;
  return {
    demo,
    model,
    pixels,
    setupMs,
    backend: { kind: 'webgpu', adapter: gpu.adapter + (gpu.fallback ? ' (fallback adapter)' : '') },
  };
}

/** Neither WebGPU nor the WebAssembly fallback can run here. */
class NoBackendError extends Error {
  override readonly name = 'NoBackendError';
}

async function main(): Promise<void> {
  const { demo, model, pixels, backend, setupMs } = await load();
  const labels = demo.samples.labels;
  const images = normalize(pixels, demo.normalize.mean, demo.normalize.std);
  const serial = new Serial();
  const full = exitMFlops[exitMFlops.length - 1];

  byId('facts').replaceChildren(
    ...[
      ['Model', `${demo.model} · RANet, ${exitMFlops.length} exits, ${classes} classes`],
      ['Full network', `${mflops(full, 2)} per ${inputShape.join('×')} image`],
      [
        'Compiled to',
        `${backend.kind === 'webgpu' ? `${plan.pipelines.length} WGSL kernels` : 'WebAssembly SIMD (model.wasm)'}, ` +
          `ready in ${setupMs < 1000 ? `${Math.round(setupMs)} ms` : `${(setupMs / 1000).toFixed(1)} s`}`,
      ],
      backend.kind === 'webgpu'
        ? ['Backend', `WebGPU · ${backend.adapter}`]
        : [
            'Backend',
            `WebAssembly SIMD on the CPU, ${backend.threads === 1 ? 'one thread' : `${backend.threads} threads`} ` +
              `(this browser offers no WebGPU${crossOriginIsolated ? '' : '; not cross-origin isolated, so no worker threads'})`,
          ],
    ].flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
  // The backend in use (and on the CPU its threads), for scripts (the end-to-end test) and
  // styles; the reason, for a tooltip.
  document.body.dataset.backend = backend.kind;
  if (backend.kind === 'wasm') document.body.dataset.threads = String(backend.threads);
  if (backend.kind === 'wasm') byId('facts').lastElementChild?.setAttribute('title', backend.whyNotWebGpu);
  byId('grid-hint').textContent =
    `${labels.length} images from ${demo.samples.source}, classified in one batch at the budget above`;
  byId('footer').textContent =
    `Thresholds: the public RANet calibration (share ratio q = p/20, p = 1…39) on ${demo.calibration.images} ` +
    `validation images, run through this compiled model. Generated runtime: generated/${demo.model}/, used unchanged.`;

  const grid = new Grid(byId('grid'), byId('legend'), { pixels, labels, exitMFlops });
  // The runtime picks thresholds for a budget from the calibrated points; the page shows which.
  const points = demo.calibration.points;
  model.useCalibration(points);
  const pointFor = (mflops: number): BudgetPoint => {
    const chosen = model.thresholdsForBudget(mflops);
    const point = points.find((p) => p.thresholds === chosen);
    if (point === undefined)
      throw new Error(`no calibrated point has the thresholds chosen for ${mflops} MFLOPs`);
    return point;
  };
  const budget = new BudgetView(demo.calibration, exitMFlops, pointFor, INITIAL_BUDGET);
  const anytime = new AnytimeView(byId('anytime'), labels, exitMFlops);
  let lastPredictions: Awaited<ReturnType<CompiledModel['classify']>> = [];

  const classifyGrid = async (): Promise<void> => {
    const value = budget.budget;
    const point = pointFor(value);
    const started = performance.now();
    const predictions = await serial.run(() => model.classify(images, { budgetMFlops: value }));
    const ms = performance.now() - started;
    lastPredictions = predictions;
    budget.show(predictions, labels, point, ms);
    grid.show(predictions, value);
    anytime.markTaken(predictions);
  };

  const runAnytime = async (): Promise<void> => {
    anytime.reset();
    const button = byId<HTMLButtonElement>('anytime-run');
    button.disabled = true;
    try {
      await serial.run(async () => {
        for await (const step of model.anytime(images)) {
          anytime.add(step);
          // Let the browser paint this exit's row before the next exit's kernels are submitted.
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      });
      anytime.markTaken(lastPredictions);
    } finally {
      button.disabled = false;
    }
  };

  // Slider: re-run with the latest value only; values passed over while a run was busy are dropped.
  let shown = NaN;
  let running = false;
  const follow = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      while (budget.budget !== shown) {
        shown = budget.budget;
        await classifyGrid();
      }
    } finally {
      running = false;
    }
  };
  const fail = (e: unknown): void =>
    setState('error', `Something went wrong: ${e instanceof Error ? e.message : String(e)}`);
  budget.slider.addEventListener('input', () => follow().catch(fail));
  byId('anytime-run').addEventListener('click', () => runAnytime().catch(fail));

  const pad = new DrawPad(byId<HTMLCanvasElement>('pad'), byId('drawn'), exitMFlops, (drawn) => {
    const input = normalize(drawn, demo.normalize.mean, demo.normalize.std);
    serial
      .run(async () => {
        const [answer] = await model.classify(input, { budgetMFlops: budget.budget });
        const steps: ExitPredictions[] = [];
        for await (const step of model.anytime(input)) steps.push(step);
        return { answer, steps };
      })
      .then(({ answer, steps }) => pad.show(answer, steps))
      .catch(fail);
  });
  byId('clear').addEventListener('click', () => pad.clear());

  byId('app').hidden = false;
  await follow();
  setState('ready');
  await runAnytime();
  document.body.dataset.anytime = 'done';
}

main().catch((e: unknown) => {
  if (e instanceof NoBackendError) setState('no-backend', e.message);
  else setState('error', `The demo could not start: ${e instanceof Error ? e.message : String(e)}`);
  console.error(e);
});
