import type { Spec } from '../spec/types.ts';
import { createRequire } from 'node:module';

export interface PackageOptions {
  readonly target: 'wgsl' | 'cuda' | 'wasm' | 'wgsl,wasm';
  /** The entry's factory (`createDigitsModel`). */
  readonly factory: string;
  /** The packed weights file in the directory, when the build was given weights. */
  readonly weightsFile?: string;
  /** The runtime inlined into `index.js` (`ranetc build --bundle`): no dependency. */
  readonly bundle?: boolean;
}

/** The version of `@ranetc/runtime` this compiler generates for; packages depend on `^` it. */
export function runtimeVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('@ranetc/runtime/package.json') as { version: string }).version;
}

const TARGET_NAMES = {
  wgsl: 'WebGPU',
  cuda: 'CUDA',
  wasm: 'WebAssembly SIMD',
  'wgsl,wasm': 'WebGPU, with a WebAssembly SIMD fallback',
} as const;

/** The module of a wasm build, beside its entry. */
export const WASM_FILE = 'model.wasm';
/** The relaxed-SIMD build of the same module (fused multiply-adds), taken where the engine has relaxed SIMD. */
export const WASM_RELAXED_FILE = 'model-relaxed.wasm';

/** An npm package name from a spec name: lower case, characters npm accepts, no leading dot or underscore. */
export function packageName(spec: Spec): string {
  const name = spec.name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+/, '');
  return name || 'ranet-model';
}

/** What makes a generated model directory an ESM package: `package.json` and a README on loading it. */
export function packageFiles(spec: Spec, options: PackageOptions): Map<string, string> {
  return new Map([
    ['package.json', `${JSON.stringify(packageJson(spec, options), null, 2)}\n`],
    ['README.md', readme(spec, options)],
  ]);
}

function packageJson(spec: Spec, options: PackageOptions): object {
  const weights =
    options.weightsFile === undefined ? {} : { [`./${options.weightsFile}`]: `./${options.weightsFile}` };
  return {
    name: packageName(spec),
    version: '0.0.0',
    description: `The RANet '${spec.name}' compiled by ranetc for ${TARGET_NAMES[options.target]}`,
    type: 'module',
    main: './index.js',
    types: './index.d.ts',
    exports: {
      '.': { types: './index.d.ts', default: './index.js' },
      ...weights,
      ...(options.target.includes('wasm')
        ? { [`./${WASM_FILE}`]: `./${WASM_FILE}`, [`./${WASM_RELAXED_FILE}`]: `./${WASM_RELAXED_FILE}` }
        : {}),
      './package.json': './package.json',
    },
    sideEffects: false,
    // JSON modules (`with { type: 'json' }`) need Node 20.10.
    engines: { node: '>=20.10' },
    dependencies: {
      ...(options.bundle === true ? {} : { '@ranetc/runtime': `^${runtimeVersion()}` }),
      ...(options.target === 'cuda' ? { koffi: '^3.3.4' } : {}),
    },
  };
}

function readme(spec: Spec, options: PackageOptions): string {
  const name = packageName(spec);
  const { factory } = options;
  const shape = `${spec.input.channels} x ${spec.input.height} x ${spec.input.width}`;
  const weights = options.weightsFile ?? 'weights.bin';
  const given =
    options.weightsFile === undefined
      ? `This build has no weights: build with \`ranetc build <spec> --weights <checkpoint>\` to add \`${weights}\` ` +
        '(packed for this build), or pass the bytes of a safetensors file (`ranetc convert` makes one from a checkpoint).'
      : `\`${weights}\` holds the weights packed for this very build (BatchNorm folded, f${spec.target.precision === 'f16' ? '16' : '32'}); ` +
        'the runtime checks its header and refuses weights packed for another build.';
  const usage =
    options.target === 'wasm'
      ? [
          '## Browser or Node (WebAssembly SIMD, on the CPU)',
          '',
          `Needs WebAssembly SIMD128 (every current browser, Node 16.4+). The module is \`${WASM_FILE}\`, beside`,
          'the entry; in a browser it is fetched from there (a bundler must serve it, e.g. Vite with `?url`).',
          '',
          '```js',
          "import { readFile } from 'node:fs/promises';",
          `import { ${factory} } from '${name}';`,
          '',
          `const model = await ${factory}(await readFile(new URL(import.meta.resolve('${name}/${weights}'))));`,
          'const results = await model.classify(images, { thresholds });',
          '```',
        ]
      : options.target === 'cuda'
        ? [
            '## Node (CUDA)',
            '',
            'Needs an NVIDIA GPU with its driver, and `koffi` (a dependency). The PTX is read from `ptx/`',
            '(written by `ranetc build --target cuda` where nvcc is installed).',
            '',
            '```js',
            "import { readFile } from 'node:fs/promises';",
            `import { ${factory} } from '${name}';`,
            '',
            `const weights = await readFile(new URL(import.meta.resolve('${name}/${weights}')));`,
            `const model = await ${factory}(weights);`,
            'const results = await model.classify(images, { thresholds });',
            '```',
          ]
        : [
            '## Browser',
            '',
            ...(options.target === 'wgsl,wasm'
              ? [
                  `Uses WebGPU where the browser has it; otherwise pass \`undefined\` as the device and the model runs`,
                  `on the CPU from \`${WASM_FILE}\` (WebAssembly SIMD; \`model.plan.target\` says which).`,
                  '',
                ]
              : []),
            'Needs WebGPU (Chrome or Edge 113+, Safari 26, Firefox 141+). With a bundler (Vite, ...):',
            '',
            '```js',
            `import { ${factory} } from '${name}';`,
            `import weightsUrl from '${name}/${weights}?url'; // Vite; or any URL the page serves the file at`,
            '',
            'const adapter = await navigator.gpu.requestAdapter();',
            'const device = await adapter.requestDevice();',
            `const model = await ${factory}(device, await (await fetch(weightsUrl)).arrayBuffer());`,
            'const results = await model.classify(images, { thresholds });',
            '```',
            '',
            '## Node (Dawn, the `webgpu` package)',
            '',
            "ranetc's `createNodeDevice` gives a Dawn device with the buffer limits raised to the adapter's",
            '(without a GPU, Dawn runs on a CPU Vulkan driver such as Mesa lavapipe):',
            '',
            '```js',
            "import { readFile } from 'node:fs/promises';",
            "import { createNodeDevice } from 'ranetc';",
            `import { ${factory} } from '${name}';`,
            '',
            'const gpu = await createNodeDevice();',
            `const model = await ${factory}(gpu.device, await readFile(new URL(import.meta.resolve('${name}/${weights}'))));`,
            'const results = await model.classify(images, { thresholds });',
            '```',
          ];
  return [
    `# ${name}`,
    '',
    `The RANet \`${spec.name}\` compiled by ranetc. An ESM package: plain Node (20.10+), bundlers and`,
    `TypeScript (\`moduleResolution\` \`bundler\`, \`node16\`/\`nodenext\`) import it as \`${name}\`. TypeScript`,
    'users of the WebGPU build need the WebGPU types (`@webgpu/types`, which the `webgpu` package brings).',
    '',
    options.bundle === true
      ? 'The early-exit runtime is inlined into `index.js` (`ranetc build --bundle`): the package needs no install. ' +
        'Its declarations name the types of `@ranetc/runtime`: TypeScript users add it as a dev dependency.'
      : 'It runs on the early-exit runtime `@ranetc/runtime` (a dependency), which every model shares.',
    '',
    given,
    '',
    ...usage,
    '',
    `\`images\` is \`n x ${shape}\` float32, normalized as at training. \`thresholds\` has one value per exit`,
    '(the last one takes everything); `model.useCalibration(file)` takes a `ranetc calibrate` file, then',
    '`classify(images, { budgetMFlops })` picks the most expensive calibrated point within the budget.',
    '`model.anytime(images)` yields every exit in turn.',
    '',
    `Files: \`index.js\` and \`index.d.ts\` (the entry), ${
      options.bundle === true ? '' : '`plan.json` (the execution plan, WGSL code included), '
    }${
      {
        cuda: '`kernels/model.cu` (the CUDA source), ',
        wgsl: '',
        wasm: `\`${WASM_FILE}\`, `,
        'wgsl,wasm': `\`${WASM_FILE}\` (the fallback), `,
      }[options.target]
    }\`manifest.json\` (costs and sizes); \`ranetc build --debug\` adds the kernels as text under \`kernels/\`.`,
    '',
  ].join('\n');
}
