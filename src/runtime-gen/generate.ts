import type { Compiled } from '../compile.ts';
import { exitCosts } from '../ir/cost.ts';
import type { Spec } from '../spec/types.ts';
import { planFile } from '@ranetc/runtime';
import { formatJson } from './json.ts';
import { packageName } from './package.ts';

/** The plan file of a generated package, beside its entry. */
export const PLAN_FILE = 'plan.json';

export interface GenerateOptions {
  /** Also write the kernels as text for reading: one `.wgsl` file per pipeline, `model.wat`. */
  readonly debug?: boolean;
}

interface Parameter {
  readonly name: string;
  readonly type: string;
  readonly initializer?: string;
}

/** What differs between the generated models of the targets: the rest is one code path. */
interface TargetEntry {
  /** The runtime's entry the model's entry imports. */
  readonly module: '@ranetc/runtime' | '@ranetc/runtime/node';
  readonly factory: string;
  readonly planType: string;
  readonly optionsType?: string;
  readonly create: {
    readonly parameters: readonly Parameter[];
    readonly doc: string;
    readonly statements: readonly string[];
  };
  /** Kernel files the runtime reads (CUDA source for NVRTC), by relative path. */
  readonly kernels: ReadonlyMap<string, string>;
  /** Kernel files for reading only, written with `--debug`. */
  readonly debugKernels: ReadonlyMap<string, string>;
  readonly counts: { readonly kernels: number; readonly perExit: readonly number[] };
}

const WEIGHTS_DOC =
  '`weights`: the bytes of `weights.bin` (written by `ranetc build --weights`, packed for this very build, ' +
  'refused when it was packed for another weights layout), or of a safetensors file, or tensors by their public ' +
  '`state_dict` names; from the last two, BatchNorm is folded into the convolutions at load time.';

function targetEntry(spec: Spec, compiled: Compiled): TargetEntry {
  if (compiled.plan.target === 'cuda') {
    const { plan, source } = compiled as Compiled<'cuda'>;
    return {
      // Needs Node and koffi, loaded when a model is created.
      module: '@ranetc/runtime/node',
      factory: 'createCudaModel',
      planType: 'CudaPlan',
      optionsType: 'CudaOptions',
      create: {
        parameters: [
          { name: 'weights', type: 'Weights' },
          { name: 'options', type: 'Partial<CudaOptions>', initializer: '{}' },
        ],
        doc:
          `Creates the compiled ${spec.name} on an NVIDIA GPU through the CUDA Driver API. ${WEIGHTS_DOC} ` +
          'The kernels are compiled here for the GPU with NVRTC when libnvrtc is found (`kernels/model.cu`), otherwise the PTX in `ptx/` ' +
          '(written by `ranetc build --target cuda` where nvcc is installed) is loaded; `options` may replace either.',
        statements: [
          "return createCudaModel(plan, weights, { source: new URL('./kernels/model.cu', import.meta.url), ptx: new URL('./ptx/', import.meta.url), ...options });",
        ],
      },
      kernels: new Map([['kernels/model.cu', source]]),
      debugKernels: new Map(),
      counts: { kernels: plan.kernels.length, perExit: plan.stages.map((s) => s.launches.length) },
    };
  }
  if (compiled.plan.target === 'wasm') {
    const { plan, source } = compiled as Compiled<'wasm'>;
    return {
      // Needs only WebAssembly (SIMD128); model.wasm is assembled by `ranetc build`.
      module: '@ranetc/runtime',
      factory: 'createWasmModel',
      planType: 'WasmPlan',
      optionsType: 'WasmOptions',
      create: {
        parameters: [
          { name: 'weights', type: 'Weights' },
          { name: 'options', type: 'Partial<WasmOptions>', initializer: '{}' },
        ],
        doc:
          `Creates the compiled ${spec.name} on the CPU with WebAssembly SIMD. ${WEIGHTS_DOC} ` +
          'The module is `model.wasm` beside this file (read in Node, fetched in a browser), or `model-relaxed.wasm` (fused multiply-adds) where the engine has relaxed SIMD; `options.module` and `options.relaxedModule` may replace them. ' +
          "`options.threads` (a count or `'auto'`) runs the kernels on a pool of workers over a shared memory where the environment allows it " +
          '(Node; a cross-origin isolated page), bit for bit as on one thread.',
        statements: [
          "return createWasmModel(plan, weights, { module: new URL('./model.wasm', import.meta.url), relaxedModule: new URL('./model-relaxed.wasm', import.meta.url), ...options });",
        ],
      },
      kernels: new Map(),
      debugKernels: new Map([['kernels/model.wat', source]]),
      counts: {
        kernels: new Set(
          plan.stages.flatMap((s) => s.launches.flatMap((l) => (l.step.kind === 'call' ? [l.step.fn] : []))),
        ).size,
        perExit: plan.stages.map((s) => s.launches.length),
      },
    };
  }
  const { plan } = compiled as Compiled<'wgsl'>;
  return {
    // Needs only the WebGPU API; the WGSL code is in the plan.
    module: '@ranetc/runtime',
    factory: 'createWebGpuModel',
    planType: 'WgslPlan',
    create: {
      parameters: [
        { name: 'device', type: 'GPUDevice' },
        { name: 'weights', type: 'Weights' },
      ],
      doc: `Creates the compiled ${spec.name} on a WebGPU device. ${WEIGHTS_DOC}`,
      statements: ['return createWebGpuModel(device, plan, weights);'],
    },
    kernels: new Map(),
    debugKernels: new Map(
      plan.pipelines.map((p, i) => [`kernels/${String(i).padStart(3, '0')}-${p.label}.wgsl`, p.code]),
    ),
    counts: { kernels: plan.pipelines.length, perExit: plan.stages.map((s) => s.dispatches.length) },
  };
}

const pascal = (name: string): string =>
  name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')
    .replace(/^(\d)/, 'M$1');

/** The generated entry's factory: `createDigitsModel` for the spec `digits`. */
export const factoryName = (spec: Spec): string => `create${pascal(spec.name)}Model`;

/**
 * The files of a generated model directory, by relative path: the execution plan as data
 * (`plan.json`), a thin typed entry (`index.js`, `index.d.ts`) that runs it on `@ranetc/runtime`,
 * the kernel files the runtime reads (and, with `debug`, the kernels as text for reading), and a
 * manifest. Deterministic: the same spec gives byte-identical files.
 */
export function generateRuntime(
  spec: Spec,
  compiled: Compiled,
  options: GenerateOptions = {},
): Map<string, string> {
  return modelFiles(spec, compiled, targetEntry(spec, compiled), options);
}

/**
 * A WebGPU build with the wasm build as its fallback (`ranetc build --target wgsl,wasm`): the
 * WebGPU package, whose `plan.json` also holds the wasm plan (the fields it shares with the
 * WebGPU plan once), and an entry whose factory takes a device or nothing: with nothing, the
 * model runs on the CPU from `model.wasm` (which the caller adds). Both plans come from one
 * schedule, so the weights (packed for the WebGPU plan) serve both.
 */
export function generateFallbackRuntime(
  spec: Spec,
  wgsl: Compiled<'wgsl'>,
  wasm: Compiled<'wasm'>,
  options: GenerateOptions = {},
): Map<string, string> {
  const gpu = targetEntry(spec, wgsl);
  const cpu = targetEntry(spec, wasm);
  const fallback: TargetEntry = {
    ...gpu,
    debugKernels: new Map([...gpu.debugKernels, ...cpu.debugKernels]),
    create: {
      parameters: [
        { name: 'device', type: 'GPUDevice | undefined' },
        { name: 'weights', type: 'Weights' },
        { name: 'cpu', type: "Pick<WasmOptions, 'threads'>", initializer: '{}' },
      ],
      doc:
        `Creates the compiled ${spec.name} on a WebGPU device or, given none (a browser without \`navigator.gpu\`), ` +
        `on the CPU with WebAssembly SIMD (\`model.wasm\` beside this file); \`model.plan.target\` says which. ${WEIGHTS_DOC} ` +
        "On the CPU, `cpu.threads` (a count or `'auto'`) runs the kernels on a pool of workers where the environment allows it " +
        '(Node; a cross-origin isolated page), bit for bit as on one thread.',
      statements: [
        'if (device !== undefined) return createWebGpuModel(device, plan, weights);',
        "return createWasmModel(wasmPlan, weights, { module: new URL('./model.wasm', import.meta.url), relaxedModule: new URL('./model-relaxed.wasm', import.meta.url), ...cpu });",
      ],
    },
  };
  return modelFiles(spec, wgsl, fallback, options, wasm);
}

function modelFiles(
  spec: Spec,
  compiled: Compiled,
  target: TargetEntry,
  options: GenerateOptions,
  fallback?: Compiled<'wasm'>,
): Map<string, string> {
  const header = `// Generated by ranetc from the spec '${spec.name}'. Do not edit: run \`ranetc build\` instead.\n`;
  const files = new Map<string, string>();
  files.set(PLAN_FILE, formatJson(planFile(compiled.plan, fallback?.plan)));
  const entry = entryModule(spec, compiled, target, fallback !== undefined);
  files.set('index.js', header + entry.js);
  files.set('index.d.ts', header + entry.dts);
  for (const [file, code] of target.kernels) files.set(file, code);
  if (options.debug === true) for (const [file, code] of target.debugKernels) files.set(file, code);
  files.set('manifest.json', `${JSON.stringify(manifest(spec, compiled, target), null, 2)}\n`);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A doc comment of the text: one line when it fits, else wrapped at about 100 columns. */
function docComment(text: string): string {
  if (text.length <= 92) return `/** ${text} */\n`;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length > 96) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return `/**\n${lines.map((l) => ` * ${l}`).join('\n')}\n */\n`;
}

/** The entry's JavaScript and its declarations, written from one list of exports. */
function entryModule(
  spec: Spec,
  compiled: Compiled,
  target: TargetEntry,
  withFallback: boolean,
): { js: string; dts: string } {
  const costs = exitCosts(compiled.graph);
  const factory = factoryName(spec);
  const constants: [string, unknown, string][] = [
    ['name', spec.name, 'The spec this model was compiled from.'],
    ['classes', spec.classes, 'Number of classes of every exit.'],
    [
      'inputShape',
      [spec.input.channels, spec.input.height, spec.input.width],
      'Per-input shape (C, H, W) of `images`.',
    ],
    [
      'exitMFlops',
      costs.map((c) => c.flops / 1e6),
      'Cumulative MFLOPs per input at each exit (public accounting).',
    ],
    ['maxBatch', compiled.plan.maxBatch, 'Inputs per device submission; larger batches run in chunks.'],
  ];
  const factories = withFallback ? ['createWasmModel', 'createWebGpuModel'] : [target.factory];
  const types = [
    'Calibration',
    'CalibrationPoint',
    'ClassifyOptions',
    'ExitPredictions',
    'Prediction',
    'Weights',
    target.planType,
    ...(target.optionsType === undefined ? [] : [target.optionsType]),
    ...(withFallback ? ['WasmOptions', 'WasmPlan'] : []),
  ].sort();
  const planDoc = docComment(
    `The execution plan (\`${PLAN_FILE}\`, its format checked by the runtime)${withFallback ? "; `wasmPlan`, the WebAssembly fallback's" : ''}.`,
  );
  const js = [
    `import { ${[...factories, 'readPlanFile'].join(', ')} } from '${target.module}';`,
    `import file from './${PLAN_FILE}' with { type: 'json' };`,
    '',
    `export { CompiledModel, readSafetensors } from '${target.module}';`,
    '',
    planDoc +
      `export const { plan${withFallback ? ', fallback: wasmPlan' : ''} } = readPlanFile(file, '${packageName(spec)}/${PLAN_FILE}');`,
    ...constants.map(([n, v, doc]) => `${docComment(doc)}export const ${n} = ${JSON.stringify(v)};`),
    docComment(target.create.doc) +
      `export async function ${factory}(${target.create.parameters.map((p) => p.name + (p.initializer === undefined ? '' : ` = ${p.initializer}`)).join(', ')}) {\n` +
      target.create.statements.map((st) => `  ${st}\n`).join('') +
      '}',
    '',
  ].join('\n');
  const literal = (v: unknown): string =>
    Array.isArray(v) ? `readonly [${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v);
  const dts = [
    `import type { ${[...new Set(['CompiledModel', ...types])].sort().join(', ')} } from '${target.module}';`,
    '',
    `export { CompiledModel, readSafetensors } from '${target.module}';`,
    `export type { ${types.join(', ')} } from '${target.module}';`,
    '',
    `${planDoc}export declare const plan: ${target.planType};`,
    ...(withFallback ? ['export declare const wasmPlan: WasmPlan;'] : []),
    ...constants.map(([n, v, doc]) => `${docComment(doc)}export declare const ${n}: ${literal(v)};`),
    docComment(target.create.doc) +
      `export declare function ${factory}(${target.create.parameters.map((p) => `${p.name}${p.initializer === undefined ? '' : '?'}: ${p.type}`).join(', ')}): Promise<CompiledModel>;`,
    '',
  ].join('\n');
  return { js, dts };
}

function manifest(spec: Spec, compiled: Compiled, target: TargetEntry): object {
  const { plan, memory, program } = compiled;
  const costs = exitCosts(compiled.graph);
  return {
    name: spec.name,
    target: plan.target,
    maxBatch: plan.maxBatch,
    exits: costs.map((c, e) => ({
      exit: e,
      mflops: c.flops / 1e6,
      params: c.params,
      dispatches: target.counts.perExit[e],
    })),
    pipelines: target.counts.kernels,
    dispatches: target.counts.perExit.reduce((a, b) => a + b, 0),
    weights: { elements: plan.weights.elements, tensors: plan.weights.tensors.length },
    memory: {
      arenaBytes: plan.arenaElements * 4,
      peakPerSample: memory.peak,
      unsharedPerSample: memory.unshared,
      buffers: program.buffers.length,
    },
  };
}
