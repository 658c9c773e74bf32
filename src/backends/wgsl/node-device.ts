// A WebGPU device in Node, through Dawn (the `webgpu` npm package). On machines without a
// GPU, Dawn's Vulkan backend runs on Mesa's lavapipe (llvmpipe), installed by
// `scripts/setup.sh`; that is what the tests and CI use.
//
// Lifetime, as measured with webgpu 0.6.2 and Mesa 25.0.7 lavapipe (Node 20):
// - The process exits by itself once the work is done, with or without destroying the
//   device, also with the `GPU` object held by a global and inside worker threads. (Older
//   dawn.node kept the event loop alive while anything referenced the object returned by
//   `create()`: crbug.com/387965810.)
// - But the `GPU` object must outlive the process: a script that destroyed its device, let go
//   of the `GPU` object behind it and then ended by itself crashed at exit (SIGSEGV, or
//   SIGABRT on a pthread mutex assertion) or hung there in 30 of 30 runs, with its output a
//   pipe (test/wgsl/device.test.ts); holding it, 30 of 30 ended cleanly. So every `GPU`
//   object created here stays referenced (`instances`), one per `createNodeDevice` call.
// - Still call `destroy()` when done: it frees the device's buffers now rather than at
//   exit, unmaps buffers left mapped (the package patches `GPUDevice.destroy` for that),
//   and resolves `device.lost` with reason 'destroyed', which lets a runtime tell a
//   deliberate teardown from a real device loss. A `mapAsync` still pending then rejects.
// Dawn prints two "maxDynamic...BuffersPerPipelineLayout artificially reduced" warnings
// on stderr when the adapter is requested on lavapipe; they are harmless.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, globals } from 'webgpu';

export type F16Mode = 'auto' | 'off' | 'require';

export interface NodeDeviceOptions {
  /** `shader-f16`: 'auto' (default) requests it when offered, 'require' fails without it. */
  readonly f16?: F16Mode;
  /** `subgroups`: 'auto' (default) requests it when offered, 'off' never (a device without it). */
  readonly subgroups?: 'auto' | 'off';
  /**
   * Limits requested on top of ours. By default only the buffer-size limits are raised to
   * the adapter's, so that a kernel which would exceed a browser's default limits
   * (workgroup storage, storage buffers per stage, invocations) fails here too.
   */
  readonly requiredLimits?: Readonly<Record<string, number>>;
  /** Options for Dawn's `create()`, e.g. `adapter=<name>`, `backend=vulkan`, toggles. */
  readonly dawnOptions?: readonly string[];
  readonly powerPreference?: GPUPowerPreference;
  /**
   * Request `timestamp-query` (to time dispatches; fails when the adapter lacks it) and turn
   * off Dawn's `timestamp_quantization` toggle, which otherwise rounds timestamps to coarse steps.
   */
  readonly timestamps?: boolean;
}

export interface AdapterSummary {
  readonly vendor: string;
  readonly architecture: string;
  readonly description: string;
  readonly isFallbackAdapter: boolean;
}

export interface NodeDevice {
  readonly device: GPUDevice;
  readonly adapter: AdapterSummary;
  /** Whether `shader-f16` was enabled on `device` (so WGSL may use `enable f16;`). */
  readonly f16: boolean;
  /** Whether `subgroups` was enabled on `device` (so WGSL may use `enable subgroups;`). */
  readonly subgroups: boolean;
  /** Destroys the device; see the lifetime notes at the top of this file. Idempotent. */
  destroy(): void;
}

/** Limits raised to the adapter's values: batch-sized activation buffers exceed the defaults. */
const ADAPTER_LIMITS = ['maxBufferSize', 'maxStorageBufferBindingSize'] as const;

const SETUP_HINT =
  'WebGPU in Node runs through Dawn, which needs a Vulkan driver. Without a GPU, install ' +
  "Mesa's lavapipe (CPU Vulkan, Mesa >= 25) with `sudo scripts/setup.sh` (Debian bookworm); " +
  'elsewhere install your GPU vendor’s Vulkan driver. `vulkaninfo --summary` (package ' +
  'vulkan-tools) lists the drivers the Vulkan loader sees.';

let globalsInstalled = false;

/**
 * Every `GPU` object created here, held until the process ends: a process that let go of the
 * one behind a destroyed device and then ended by itself crashed at exit (see the lifetime
 * notes at the top of this file).
 */
const instances: GPU[] = [];

/** Dawn's classes (GPUBufferUsage, GPUMapMode, ...) are used as globals by WebGPU code. */
function installGlobals(): void {
  if (globalsInstalled) return;
  const g = globalThis as Record<string, unknown>;
  for (const [name, value] of Object.entries(globals)) {
    if (g[name] === undefined) g[name] = value;
  }
  globalsInstalled = true;
}

/**
 * Mesa's window-system code warns ("XDG_RUNTIME_DIR is invalid or not set") on some setups
 * when it is unset, as in CI containers; a private empty directory keeps stderr clean.
 */
function ensureXdgRuntimeDir(): void {
  if (process.env.XDG_RUNTIME_DIR) return;
  const dir = mkdtempSync(join(tmpdir(), 'ranetc-xdg-'));
  process.env.XDG_RUNTIME_DIR = dir;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
}

export async function createNodeDevice(options: NodeDeviceOptions = {}): Promise<NodeDevice> {
  ensureXdgRuntimeDir();
  installGlobals();

  const toggles = options.timestamps ? ['disable-dawn-features=timestamp_quantization'] : [];
  const gpu = create([...(options.dawnOptions ?? []), ...toggles]);
  instances.push(gpu);
  let adapter: GPUAdapter | null;
  try {
    adapter = await gpu.requestAdapter(
      options.powerPreference ? { powerPreference: options.powerPreference } : undefined,
    );
  } catch (e) {
    // Dawn rejects when an `adapter=` option names no adapter, listing those it has.
    throw new Error(`Dawn found no usable adapter: ${String(e)}\n${SETUP_HINT}`, { cause: e });
  }
  if (!adapter) {
    throw new Error(`No WebGPU adapter found (Dawn options: [${options.dawnOptions ?? []}]).\n${SETUP_HINT}`);
  }

  const f16Mode = options.f16 ?? 'auto';
  const f16 = f16Mode !== 'off' && adapter.features.has('shader-f16');
  if (f16Mode === 'require' && !f16) {
    throw new Error(
      `The adapter (${adapter.info.description}) does not offer 'shader-f16', which was required; ` +
        "use f16: 'auto' to fall back to f32.",
    );
  }

  const subgroups = options.subgroups !== 'off' && adapter.features.has('subgroups');

  if (options.timestamps && !adapter.features.has('timestamp-query'))
    throw new Error(
      `The adapter (${adapter.info.description}) does not offer 'timestamp-query'; dispatches cannot be timed`,
    );

  const requiredLimits: Record<string, number> = {};
  for (const name of ADAPTER_LIMITS) requiredLimits[name] = adapter.limits[name];
  for (const [name, value] of Object.entries(options.requiredLimits ?? {})) {
    const max = (adapter.limits as unknown as Record<string, number | undefined>)[name];
    if (max === undefined) throw new Error(`Unknown WebGPU limit '${name}' in requiredLimits`);
    if (value > max) {
      throw new Error(`requiredLimits.${name} = ${value} exceeds the adapter's ${max}`);
    }
    requiredLimits[name] = value;
  }

  const device = await adapter.requestDevice({
    requiredFeatures: [
      ...(f16 ? (['shader-f16'] as const) : []),
      ...(subgroups ? (['subgroups'] as GPUFeatureName[]) : []),
      ...(options.timestamps ? (['timestamp-query'] as const) : []),
    ],
    requiredLimits,
  });

  const info = adapter.info;
  let destroyed = false;
  return {
    device,
    adapter: {
      vendor: info.vendor,
      architecture: info.architecture,
      description: info.description,
      isFallbackAdapter: info.isFallbackAdapter,
    },
    f16,
    subgroups,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      device.destroy();
    },
  };
}
