import path from 'node:path';
import { findNvcc, nvccCompile } from '../backends/cuda/nvcc.ts';
import type { Compiled } from '../compile.ts';
import type { ModelPlan, WgslPlan } from '@ranetc/runtime';
import type { Spec, Target } from '../spec/types.ts';
import { UsageError } from './errors.ts';
import type { FileContent } from './output-dir.ts';
import { diffDirectory, writeDirectoryAtomically } from './output-dir.ts';

export interface BuildOptions {
  readonly out?: string;
  readonly target?: Target['backend'] | 'wgsl,wasm';
  readonly check?: boolean;
  readonly dumpAfter?: string;
  readonly verify?: boolean;
  /** Kernels that count the work they execute (`classify(images, { count: true })`). */
  readonly counters?: boolean;
  /** A checkpoint or safetensors file: also write it packed for this build (`weights.bin`). */
  readonly weights?: string;
  /** A tuning file (`ranetc tune`): the model also carries the kernels tuned for its adapters. */
  readonly tuning?: string;
  /** Also write the kernels as text for reading (`kernels/*.wgsl`, `kernels/model.wat`). */
  readonly debug?: boolean;
  /** A self-contained package: the runtime inlined into `index.js` by esbuild, no dependency on it. */
  readonly bundle?: boolean;
  /** Which kernels the WebGPU build carries (`KERNEL_SETS`; default `auto`). */
  readonly kernels?: keyof typeof KERNEL_SETS;
}

/**
 * `ranetc build --kernels`: `auto` today's kernels on CPU adapters and, on GPUs, stage kernels
 * for small chunks and implicit GEMM at maxBatch (docs/tuning.md); `direct` today's kernels on
 * every adapter; `gemm` the GPU default without stage kernels; `stage` one dispatch per stage on
 * every adapter.
 */
export const KERNEL_SETS = {
  auto: {},
  direct: { gpuKernels: 'never', stageKernels: 'never' },
  gemm: { stageKernels: 'never' },
  stage: { stageKernels: 'always' },
} as const;

/** The packed weights file in a generated model directory, when the build was given weights. */
export const WEIGHTS_FILE = 'weights.bin';

/** Toolchain output written beside the sources: not compared by `--check` (it depends on the installed nvcc). */
const TOOLCHAIN_OUTPUT = ['ptx/'];

/**
 * `ranetc build`: compiles the spec for its target (or `--target`) and writes the generated
 * model directory. For CUDA, PTX for every architecture of the plan is built with nvcc when it
 * is installed. Returns the differences when `--check` finds the directory out of date.
 */
export async function build(
  file: string,
  spec: Spec,
  opts: BuildOptions,
  out: (s: string) => void,
): Promise<string[]> {
  const { factoryName, generateRuntime } = await import('../runtime-gen/generate.ts');
  const generateOptions = { debug: opts.debug ?? false };
  const { printGraph } = await import('../ir/print.ts');
  const { compile } = await import('../compile.ts');
  const passOptions = {
    verify: opts.verify ?? false,
    counters: opts.counters ?? false,
    after: (pass: string, graph: Parameters<typeof printGraph>[0]) => {
      if (pass === opts.dumpAfter) out(printGraph(graph));
    },
  };
  const target = opts.target ?? (spec.target.fallback === 'wasm' ? 'wgsl,wasm' : spec.target.backend);
  const dir = opts.out ?? path.join('generated', spec.name);
  let files: Map<string, FileContent>;
  let summary: string;
  let plan: ModelPlan;
  /** The precisions a target takes: f32 everywhere, f16 on WebGPU and CUDA, tf32 on CUDA only. */
  const requirePrecision = (what: string, takes: readonly Spec['target']['precision'][]): void => {
    const { precision } = spec.target;
    if (!takes.includes(precision))
      throw new UsageError(
        `${file}: target.precision: ${precision} is not for ${what}, which takes ${takes.join(' or ')}`,
      );
  };
  if ((opts.kernels ?? 'auto') !== 'auto' && (target === 'cuda' || target === 'wasm'))
    throw new UsageError(`--kernels ${opts.kernels}: chooses WGSL kernels; ${file} builds for ${target}`);
  if (opts.tuning !== undefined && (target === 'cuda' || target === 'wasm'))
    throw new UsageError(`--tuning: tunings choose WGSL kernels; ${file} builds for ${target}`);
  /** The WGSL build, carrying the kernels of `--tuning` when given. */
  const compileWgsl = async (): Promise<Compiled<'wgsl'>> => {
    requirePrecision('the wgsl target', ['f32', 'f16']);
    const compiled = compile(spec, {
      ...passOptions,
      target: 'wgsl',
      kernels: KERNEL_SETS[opts.kernels ?? 'auto'],
    });
    if (opts.tuning === undefined) return compiled;
    const { readTuningFile } = await import('./tuning-file.ts');
    const { withTunings } = await import('../tune/apply.ts');
    const tunings = readTuningFile(opts.tuning);
    const notice = (m: string): void => void process.stderr.write(`${m}\n`);
    return { ...compiled, plan: withTunings(spec, compiled.plan, passOptions, tunings, opts.tuning, notice) };
  };
  const wgslSummary = (m: WgslPlan): string =>
    `${m.pipelines.length} pipelines, ${m.stages.reduce((n, s) => n + s.dispatches.length, 0)} dispatches` +
    (m.tunings === undefined
      ? ''
      : `, kernels tuned for ${m.tunings.map((t) => `${t.adapter.description} (batch ${t.regimes.map((r) => r.batch).join(', ')})`).join('; ')}`);
  /** Assembles the wasm build's module into the model directory; says what it wrote. */
  const addWasmModule = async (compiled: { source: string; relaxedSource: string }): Promise<string> => {
    const { assembleWasm } = await import('../backends/wasm/assemble.ts');
    const { WASM_FILE, WASM_RELAXED_FILE } = await import('../runtime-gen/package.ts');
    const module = await assembleWasm(compiled.source, spec.name);
    const relaxed = await assembleWasm(compiled.relaxedSource, `${spec.name}-relaxed`);
    files.set(WASM_FILE, module);
    files.set(WASM_RELAXED_FILE, relaxed);
    const kib = (m: Uint8Array): string => `${(m.byteLength / 2 ** 10).toFixed(0)} KiB`;
    return `${WASM_FILE} (${kib(module)}) and ${WASM_RELAXED_FILE} (${kib(relaxed)}, relaxed SIMD)`;
  };
  if (target === 'cuda') {
    const compiled = compile(spec, { ...passOptions, target: 'cuda' });
    files = generateRuntime(spec, compiled, generateOptions);
    const m = (plan = compiled.plan);
    summary = `${m.kernels.length} CUDA kernels, ${m.stages.reduce((n, s) => n + s.launches.length, 0)} launches`;
    if (!opts.check) summary += `, ${addPtx(files, compiled.source, m.archs)}`;
  } else if (target === 'wgsl,wasm') {
    requirePrecision('a wasm fallback', ['f32']);
    const { generateFallbackRuntime } = await import('../runtime-gen/generate.ts');
    const gpu = await compileWgsl();
    const cpu = compile(spec, { ...passOptions, target: 'wasm' });
    files = generateFallbackRuntime(spec, gpu, cpu, generateOptions);
    plan = gpu.plan;
    summary = `${wgslSummary(gpu.plan)}; wasm fallback ${await addWasmModule(cpu)}`;
  } else if (target === 'wasm') {
    requirePrecision('the wasm target', ['f32']);
    const compiled = compile(spec, { ...passOptions, target: 'wasm' });
    files = generateRuntime(spec, compiled, generateOptions);
    const m = (plan = compiled.plan);
    const calls = m.stages.flatMap((s) =>
      s.launches.flatMap((l) => (l.step.kind === 'call' ? [l.step.fn] : [])),
    );
    summary = `${new Set(calls).size} wasm functions, ${calls.length} calls, ${await addWasmModule(compiled)}`;
  } else {
    const compiled = await compileWgsl();
    files = generateRuntime(spec, compiled, generateOptions);
    plan = compiled.plan;
    summary = wgslSummary(compiled.plan);
  }
  const { packageFiles } = await import('../runtime-gen/package.ts');
  const weightsFile = opts.weights === undefined ? undefined : WEIGHTS_FILE;
  const bundle = opts.bundle ?? false;
  for (const [rel, text] of packageFiles(spec, { target, factory: factoryName(spec), weightsFile, bundle }))
    files.set(rel, text);
  if (bundle) {
    const { bundleEntry } = await import('../runtime-gen/bundle.ts');
    await bundleEntry(files);
    summary += ', the runtime inlined';
  }
  if (opts.weights !== undefined) {
    const packed = await packedWeights(spec, plan, opts.weights);
    files.set(WEIGHTS_FILE, packed);
    summary += `, ${WEIGHTS_FILE} (${plan.precision}, ${(packed.byteLength / 2 ** 20).toFixed(2)} MiB)`;
  }
  if (opts.check) {
    const diff = diffDirectory(dir, files, TOOLCHAIN_OUTPUT);
    if (diff.length === 0) out(`${dir} is up to date`);
    return diff;
  }
  writeDirectoryAtomically(dir, files);
  out(
    `${dir}: ${summary}, ${plan.exits} exits, arena ${((plan.arenaElements * 4) / 2 ** 20).toFixed(1)} MiB at batch ${plan.maxBatch}`,
  );
  return [];
}

/** The weights file checked against the spec's parameters, packed as the runtime uploads them for `plan`. */
async function packedWeights(spec: Spec, plan: ModelPlan, file: string): Promise<Uint8Array> {
  const { expandRanet } = await import('../frontend/ranet.ts');
  const { loadCheckedWeights } = await import('../weights/load.ts');
  const { floatTensors } = await import('../weights/tensor.ts');
  const { storedWeights, writePackedWeights } = await import('@ranetc/runtime');
  const tensors = floatTensors(loadCheckedWeights(expandRanet(spec), file));
  return writePackedWeights(plan, storedWeights(plan, tensors));
}

/** Adds `ptx/sm_XX.ptx` built by nvcc (warnings are errors); says what it did. */
function addPtx(files: Map<string, FileContent>, source: string, archs: readonly number[]): string {
  const nvcc = findNvcc();
  if (nvcc === undefined) {
    return (
      'no PTX: nvcc was not found (install the CUDA toolkit and build again; the runtime needs ' +
      `ptx/sm_XX.ptx for ${archs.map((a) => `sm_${a}`).join(', ')})`
    );
  }
  for (const arch of archs) files.set(`ptx/sm_${arch}.ptx`, nvccCompile(nvcc, source, arch, 'ptx').output);
  return `PTX for ${archs.map((a) => `sm_${a}`).join(', ')} (${nvcc})`;
}
