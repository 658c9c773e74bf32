import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IndentationText, Project, QuoteKind, VariableDeclarationKind } from 'ts-morph';
import type { Compiled } from '../compile.ts';
import { exitCosts } from '../ir/cost.ts';
import type { Spec } from '../spec/types.ts';

// The runtime's sources, copied into every model: from src/runtime-gen or, in the installed
// package, dist/runtime-gen (which ships src/runtime too).
const RUNTIME_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/runtime');

/** What differs between the generated models of the targets: the rest is one code path. */
interface TargetRuntime {
  /** The hand-written runtime files, copied unchanged. */
  readonly files: readonly string[];
  readonly planType: string;
  readonly planModule: string;
  readonly executor: { readonly module: string; readonly factory: string; readonly weights: string };
  /** More imports of the entry (a fallback build's second executor and plan). */
  readonly extraImports?: readonly {
    readonly moduleSpecifier: string;
    readonly namedImports: string[];
    readonly isTypeOnly?: boolean;
  }[];
  readonly create: {
    readonly parameters: readonly {
      readonly name: string;
      readonly type: string;
      readonly initializer?: string;
    }[];
    readonly doc: string;
    readonly statement: string;
  };
  /** Kernel sources for reading (and, for CUDA, for nvcc), by relative path. */
  readonly kernels: ReadonlyMap<string, string>;
  readonly counts: { readonly kernels: number; readonly perExit: readonly number[] };
}

const WEIGHTS_DOC =
  '`weights`: the bytes of `weights.bin` (written by `ranetc build --weights`, packed for this very build, ' +
  'refused when it was packed for another), or of a safetensors file, or tensors by their public `state_dict` names; ' +
  'from the last two, BatchNorm is folded into the convolutions at load time.';

function targetRuntime(spec: Spec, compiled: Compiled): TargetRuntime {
  if (compiled.plan.target === 'cuda') {
    const { plan, source } = compiled as Compiled<'cuda'>;
    return {
      // Depends on Node and koffi, loaded when a model is created.
      files: [
        'plan.ts',
        'cuda-plan.ts',
        'weights.ts',
        'packed.ts',
        'scheduler.ts',
        'cuda-driver.ts',
        'nvrtc.ts',
        'cuda-image.ts',
        'cuda.ts',
      ],
      planType: 'CudaPlan',
      planModule: './runtime/cuda-plan.ts',
      executor: { module: './runtime/cuda.ts', factory: 'createCudaModel', weights: 'Weights' },
      create: {
        parameters: [
          { name: 'weights', type: 'Weights' },
          { name: 'options', type: 'Partial<CudaOptions>', initializer: '{}' },
        ],
        doc:
          `Creates the compiled ${spec.name} on an NVIDIA GPU through the CUDA Driver API. ${WEIGHTS_DOC} ` +
          'The kernels are compiled here for the GPU with NVRTC when libnvrtc is found (`kernels/model.cu`), otherwise the PTX in `ptx/` ' +
          '(written by `ranetc build --target cuda` where nvcc is installed) is loaded; `options` may replace either.',
        statement:
          "return createCudaModel(plan, weights, { source: new URL('./kernels/model.cu', import.meta.url), ptx: new URL('./ptx/', import.meta.url), ...options });",
      },
      kernels: new Map([['kernels/model.cu', source]]),
      counts: { kernels: plan.kernels.length, perExit: plan.stages.map((s) => s.launches.length) },
    };
  }
  if (compiled.plan.target === 'wasm') {
    const { plan, source } = compiled as Compiled<'wasm'>;
    return {
      // Depends only on WebAssembly (SIMD128); model.wasm is assembled by `ranetc build`.
      files: [
        'plan.ts',
        'wasm-plan.ts',
        'weights.ts',
        'packed.ts',
        'scheduler.ts',
        'wasm-threads.ts',
        'wasm.ts',
      ],
      planType: 'WasmPlan',
      planModule: './runtime/wasm-plan.ts',
      executor: { module: './runtime/wasm.ts', factory: 'createWasmModel', weights: 'Weights' },
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
        statement:
          "return createWasmModel(plan, weights, { module: new URL('./model.wasm', import.meta.url), relaxedModule: new URL('./model-relaxed.wasm', import.meta.url), ...options });",
      },
      kernels: new Map([['kernels/model.wat', source]]),
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
    // Depends only on the WebGPU API.
    files: ['plan.ts', 'weights.ts', 'packed.ts', 'scheduler.ts', 'webgpu.ts'],
    planType: 'WgslPlan',
    planModule: './runtime/plan.ts',
    executor: { module: './runtime/webgpu.ts', factory: 'createWebGpuModel', weights: 'Weights' },
    create: {
      parameters: [
        { name: 'device', type: 'GPUDevice' },
        { name: 'weights', type: 'Weights' },
      ],
      doc: `Creates the compiled ${spec.name} on a WebGPU device. ${WEIGHTS_DOC}`,
      statement: 'return createWebGpuModel(device, plan, weights);',
    },
    kernels: new Map(
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
 * The files of a generated model directory, by relative path: the typed entry module
 * (`index.ts`, written with ts-morph), the execution plan as a module, the runtime, one
 * `.wgsl` file per pipeline for reading, and a manifest. Deterministic: the same spec gives
 * byte-identical files.
 */
export function generateRuntime(spec: Spec, compiled: Compiled): Map<string, string> {
  const files = new Map<string, string>();
  const target = targetRuntime(spec, compiled);
  const header = `// Generated by ranetc from the spec '${spec.name}'. Do not edit: run \`ranetc build\` instead.\n`;
  for (const file of target.files)
    files.set(`runtime/${file}`, readFileSync(path.join(RUNTIME_DIR, file), 'utf8'));
  files.set(
    'plan.ts',
    `${header}import type { ${target.planType} } from '${target.planModule}';\n\nexport const plan: ${target.planType} = ${JSON.stringify(compiled.plan, null, 1)};\n`,
  );
  files.set('index.ts', entryModule(spec, compiled, target, header));
  for (const [file, code] of target.kernels) files.set(file, code);
  files.set('manifest.json', `${JSON.stringify(manifest(spec, compiled, target), null, 2)}\n`);
  return files;
}

/**
 * The fallback's `plan-wasm.ts`: the wasm plan, with every field it shares with the WebGPU plan
 * (the weights layout, outputs, exit costs, ...) taken from `plan.ts`, so that the package holds
 * them once (the weights layout alone is thousands of lines).
 */
function wasmPlanModule(header: string, wasmPlan: object, wgslPlan: object): string {
  const other = new Map(Object.entries(wgslPlan));
  const fields = Object.entries(wasmPlan).map(([key, value]) => {
    if (!/^[A-Za-z_$][\w$]*$/.test(key)) throw new Error(`plan field ${key} is not an identifier`);
    const shared = other.has(key) && JSON.stringify(other.get(key)) === JSON.stringify(value);
    return ` ${key}: ${shared ? `plan.${key}` : JSON.stringify(value, null, 1).replace(/\n/g, '\n ')}`;
  });
  return (
    `${header}import type { WasmPlan } from './runtime/wasm-plan.ts';\nimport { plan } from './plan.ts';\n\n` +
    `export const wasmPlan: WasmPlan = {\n${fields.join(',\n')},\n};\n`
  );
}

/**
 * A WebGPU build with the wasm build as its fallback (`ranetc build --target wgsl,wasm`): the
 * WebGPU package, plus the wasm runtime, its plan (`plan-wasm.ts`) and kernels, and an entry
 * whose factory takes a device or nothing: with nothing, the model runs on the CPU from
 * `model.wasm` (which the caller adds). Both plans come from one schedule, so the weights
 * (packed for the WebGPU plan) serve both.
 */
export function generateFallbackRuntime(
  spec: Spec,
  wgsl: Compiled<'wgsl'>,
  wasm: Compiled<'wasm'>,
): Map<string, string> {
  const files = generateRuntime(spec, wgsl);
  const header = `// Generated by ranetc from the spec '${spec.name}'. Do not edit: run \`ranetc build\` instead.\n`;
  const gpu = targetRuntime(spec, wgsl);
  const cpu = targetRuntime(spec, wasm);
  for (const file of cpu.files)
    files.set(`runtime/${file}`, readFileSync(path.join(RUNTIME_DIR, file), 'utf8'));
  files.set('plan-wasm.ts', wasmPlanModule(header, wasm.plan, wgsl.plan));
  for (const [file, code] of cpu.kernels) files.set(file, code);
  const fallback: TargetRuntime = {
    ...gpu,
    extraImports: [
      { moduleSpecifier: './runtime/wasm.ts', namedImports: ['createWasmModel'] },
      { moduleSpecifier: './plan-wasm.ts', namedImports: ['wasmPlan'] },
      { moduleSpecifier: './runtime/wasm.ts', namedImports: ['WasmOptions'], isTypeOnly: true },
    ],
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
      statement: [
        'if (device !== undefined) return createWebGpuModel(device, plan, weights);',
        "return createWasmModel(wasmPlan, weights, { module: new URL('./model.wasm', import.meta.url), relaxedModule: new URL('./model-relaxed.wasm', import.meta.url), packedFor: plan, ...cpu });",
      ].join('\n'),
    },
  };
  files.set('index.ts', entryModule(spec, wgsl, fallback, header));
  return files;
}

function entryModule(spec: Spec, compiled: Compiled, target: TargetRuntime, header: string): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  const file = project.createSourceFile('index.ts');
  const optionsType = { cuda: ['CudaOptions'], wasm: ['WasmOptions'], wgsl: [] }[
    compiled.plan.target as 'wgsl'
  ];
  const executor = target.executor.module;
  file.addImportDeclarations([
    { moduleSpecifier: './plan.ts', namedImports: ['plan'] },
    { moduleSpecifier: './runtime/scheduler.ts', namedImports: ['CompiledModel'], isTypeOnly: true },
    {
      moduleSpecifier: executor,
      namedImports: [target.executor.factory],
    },
    {
      moduleSpecifier: executor,
      namedImports: [...optionsType, 'Weights'],
      isTypeOnly: true,
    },
    ...(target.extraImports ?? []),
  ]);
  file.addExportDeclarations([
    { moduleSpecifier: './runtime/scheduler.ts', namedExports: ['CompiledModel'] },
    {
      moduleSpecifier: './runtime/scheduler.ts',
      namedExports: ['Calibration', 'CalibrationPoint', 'ClassifyOptions', 'ExitPredictions', 'Prediction'],
      isTypeOnly: true,
    },
    {
      moduleSpecifier: executor,
      namedExports: [...optionsType, 'Weights'],
      isTypeOnly: true,
    },
    { moduleSpecifier: target.planModule, namedExports: [target.planType], isTypeOnly: true },
    { moduleSpecifier: './runtime/weights.ts', namedExports: ['readSafetensors'] },
    { moduleSpecifier: './plan.ts', namedExports: ['plan'] },
  ]);
  const costs = exitCosts(compiled.graph);
  const constants: [string, string, string][] = [
    ['name', JSON.stringify(spec.name), 'The spec this model was compiled from.'],
    ['classes', String(spec.classes), 'Number of classes of every exit.'],
    [
      'inputShape',
      JSON.stringify([spec.input.channels, spec.input.height, spec.input.width]),
      'Per-input shape (C, H, W) of `images`.',
    ],
    [
      'exitMFlops',
      JSON.stringify(costs.map((c) => c.flops / 1e6)),
      'Cumulative MFLOPs per input at each exit (public accounting).',
    ],
    [
      'maxBatch',
      String(compiled.plan.maxBatch),
      'Inputs per device submission; larger batches run in chunks.',
    ],
  ];
  for (const [name, value, doc] of constants) {
    file.addVariableStatement({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name, initializer: `${value} as const` }],
      docs: [doc],
    });
  }
  file.addFunction({
    isExported: true,
    isAsync: true,
    name: factoryName(spec),
    parameters: target.create.parameters.map((p) => ({ ...p })),
    returnType: 'Promise<CompiledModel>',
    docs: [target.create.doc],
    statements: [target.create.statement],
  });
  return header + file.getFullText();
}

function manifest(spec: Spec, compiled: Compiled, target: TargetRuntime): object {
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
