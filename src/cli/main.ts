import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { OPTIMIZE } from '../passes/pipeline.ts';
import { DatasetError } from '../adaptive/datasets.ts';
import { ThresholdsFileError } from '../adaptive/thresholds-file.ts';
import { PackageError } from '../serve/package.ts';
import { SpecError } from '../spec/errors.ts';
import { atSpec, loadSpec } from '../spec/parse.ts';
import { KernelRejectedError } from '@ranetc/runtime';
import { WeightsError } from '../weights/errors.ts';
import { TuningFileError } from '../tune/file.ts';
import { UsageError } from './errors.ts';
import { formatInspect, inspectSpec } from './inspect.ts';
import type { BuildOptions } from './build.ts';
import type { Backend } from './run.ts';
import type { ServeCliOptions } from './serve.ts';

// Commands import their heavy dependencies (Dawn, ts-morph, Handlebars) when they run, so
// that `inspect` starts fast.

const PASS_NAMES = OPTIMIZE.map((p) => p.name);

export function program(out: (s: string) => void): Command {
  const cli = new Command('ranetc')
    .description('Compile RANet architecture specs to WebGPU kernels and an early-exit TypeScript runtime')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out(s.trimEnd()), writeErr: (s) => process.stderr.write(s) });

  cli
    .command('inspect')
    .description('flows, blocks, exits, resolutions, channels, per-exit MFLOPs and params')
    .argument('<spec>', 'spec YAML file')
    .option('--json', 'complete report as JSON')
    .action((file: string, opts: { json?: boolean }) => {
      const report = inspectSpec(loadSpec(file).spec);
      out(opts.json ? JSON.stringify(report, null, 2) : formatInspect(report));
    });

  cli
    .command('run')
    .description("feed an input tensor to the network and write every exit's logits")
    .argument('<spec>', 'spec YAML file')
    .requiredOption('--weights <file>', 'PyTorch checkpoint (.pth/.pth.tar) or safetensors')
    .requiredOption('--input <file>', "safetensors with 'input' (N x C x H x W float32)")
    .option('--output <file>', 'write exit0..exitK logits (float32) to this safetensors file')
    .addOption(
      new Option('--backend <name>', 'executor')
        .choices(['reference', 'wgsl', 'cuda', 'cuda-cpu', 'wasm'])
        .default('reference'),
    )
    .action(
      async (file: string, opts: { weights: string; input: string; output?: string; backend: Backend }) => {
        const parsed = loadSpec(file);
        const { spec } = parsed;
        const { formatPredictions, runNetwork, writeExits } = await import('./run.ts');
        const result = await atSpec(parsed, () => runNetwork(spec, opts.weights, opts.input, opts.backend));
        if (opts.output !== undefined) writeExits(opts.output, result, spec.classes);
        out(formatPredictions(result, spec.classes));
      },
    );

  cli
    .command('build')
    .description('compile a spec to WGSL, CUDA or wasm kernels and a model package for @ranetc/runtime')
    .argument('<spec>', 'spec YAML file')
    .option('-o, --out <dir>', 'output directory (default: generated/<name>)')
    .addOption(
      new Option('--target <target>', "backend (default: the spec's target.backend)").choices([
        'wgsl',
        'cuda',
        'wasm',
        'wgsl,wasm',
      ]),
    )
    .option(
      '--weights <file>',
      'PyTorch checkpoint (.pth/.pth.tar) or safetensors: also write weights.bin, packed for this build',
    )
    .option('--check', 'only compare with the existing output; exit 1 when it differs')
    .addOption(new Option('--dump-after <pass>', 'print the graph IR after this pass').choices(PASS_NAMES))
    .option('--verify', 'verify the graph after every pass')
    .option('--counters', "kernels that count the work they execute (classify's count option)")
    .option('--tuning <file>', 'tuning file (ranetc tune): also carry the kernels tuned for its adapters')
    .option('--debug', 'also write the kernels as text for reading (kernels/*.wgsl, kernels/model.wat)')
    .option('--bundle', 'a self-contained package: the runtime inlined into index.js, nothing to install')
    .addOption(
      new Option(
        '--kernels <set>',
        "WebGPU kernels: auto (today's on CPU adapters; on GPUs stage kernels for small chunks, implicit GEMM at maxBatch), direct (today's everywhere), gemm (auto without stage kernels), stage (one dispatch per stage everywhere)",
      )
        .choices(['auto', 'direct', 'gemm', 'stage'])
        .default('auto'),
    )
    .action(async (file: string, opts: BuildOptions) => {
      const parsed = loadSpec(file);
      const { spec } = parsed;
      const { build } = await import('./build.ts');
      const diff = await atSpec(parsed, () => build(file, spec, opts, out));
      if (diff.length > 0) {
        const dir = opts.out ?? path.join('generated', spec.name);
        throw new CheckFailed(
          `${dir} is out of date with ${file} (run \`ranetc build ${file}\`):\n  ${diff.join('\n  ')}`,
        );
      }
    });

  cli
    .command('convert')
    .description("a checkpoint's state dict as a plain safetensors file (public names, no optimizer state)")
    .argument('<weights>', 'PyTorch checkpoint (.pth/.pth.tar) or safetensors')
    .requiredOption('-o, --output <file>', 'the safetensors file to write')
    .action(async (file: string, opts: { output: string }) => {
      const { convert } = await import('./convert.ts');
      out(convert(file, opts.output));
    });

  cli
    .command('calibrate')
    .description('exit thresholds from a validation set, exactly as the public RANet code computes them')
    .argument('<spec>', 'spec YAML file')
    .requiredOption('--weights <file>', 'PyTorch checkpoint (.pth/.pth.tar) or safetensors')
    .requiredOption(
      '--data <path>',
      'validation set: CIFAR binary file (CIFAR-100 when classes = 100) or image folder',
    )
    .option('--labels <file>', 'labels file for an image folder (lines "<path> <class index>")')
    .option('-o, --output <file>', 'write the thresholds JSON here (accepted by classify)')
    .option('--budget-mflops <n>', 'search the share ratio q for this average budget per input', parseFloat)
    .option('--p <n>', 'share ratio q = p/20, p in 1..39 (default 20)', (v) => parseInt(v, 10))
    .action(
      async (
        file: string,
        opts: {
          weights: string;
          data: string;
          labels?: string;
          output?: string;
          budgetMflops?: number;
          p?: number;
        },
      ) => {
        const { spec } = loadSpec(file);
        const { calibrate } = await import('./calibrate.ts');
        out(await calibrate(spec, opts));
      },
    );

  cli
    .command('eval')
    .description(
      'anytime accuracy per exit and the accuracy-vs-MFLOPs curve on a test set, through the compiled model',
    )
    .argument('<spec>', 'spec YAML file')
    .requiredOption('--weights <file>', 'PyTorch checkpoint (.pth/.pth.tar) or safetensors')
    .requiredOption('--data <path>', 'test set: CIFAR binary file or image folder')
    .option('--labels <file>', 'labels file for an image folder test set')
    .option('--val <path>', 'validation set: calibrate the budgeted curve on it')
    .option('--val-labels <file>', 'labels file for an image folder validation set')
    .option('--thresholds <file>', 'thresholds JSON: run budgeted classification with it (and its curve)')
    .option('--json', 'print the complete report as JSON')
    .option('--report <dir>', 'write report.json, accuracy.svg and summary.md to this directory')
    .addOption(
      new Option('--backend <name>', 'executor')
        .choices(['wgsl', 'cuda', 'cuda-cpu', 'wasm'])
        .default('wgsl'),
    )
    .action(async (file: string, opts: EvalCliOptions) => {
      const { spec } = loadSpec(file);
      const { evaluate, formatEval, writeReport } = await import('./eval.ts');
      const report = await evaluate(spec, opts);
      if (opts.report !== undefined) writeReport(opts.report, report);
      out(opts.json ? JSON.stringify(report, null, 2) : formatEval(report));
    });

  cli
    .command('profile')
    .description(
      'device time per kernel of one classify call (timestamp queries), with FLOPs, bytes and rates',
    )
    .argument('<spec>', 'spec YAML file')
    .requiredOption('--weights <file>', 'PyTorch checkpoint (.pth/.pth.tar) or safetensors')
    .option('--batch <n>', "inputs (default: the spec's target.maxBatch)", (v) => Number(v))
    .option('--thresholds <file>', 'thresholds JSON: profile budgeted classification')
    .option('--data <path>', 'inputs from a CIFAR binary file or image folder (default: seeded normal noise)')
    .addOption(
      new Option('--backend <name>', 'executor').choices(['wgsl', 'cuda-cpu', 'wasm']).default('wgsl'),
    )
    .option(
      '--simd128',
      'wasm: run the SIMD128 module (separate multiplies and adds) even where relaxed SIMD is available',
    )
    .option(
      '--gpu-default',
      "wgsl: profile the GPU default kernels (implicit GEMM at the spec's maxBatch, split K where its grid is small)",
    )
    .option('--json', 'print the report as JSON')
    .option('--trace <file>', 'write a Chrome trace (chrome://tracing, Perfetto) of the run')
    .action(
      async (
        file: string,
        opts: {
          weights: string;
          batch?: number;
          thresholds?: string;
          data?: string;
          backend: 'wgsl' | 'cuda-cpu' | 'wasm';
          simd128?: boolean;
          gpuDefault?: boolean;
          json?: boolean;
          trace?: string;
        },
      ) => {
        const { spec } = loadSpec(file);
        const { profile, formatProfile } = await import('./profile.ts');
        const report = await profile(spec, opts);
        out(opts.json ? JSON.stringify(report, null, 2) : formatProfile(report));
      },
    );

  cli
    .command('tune')
    .description(
      'time the kernel variants (convolutions, conv-resizes, exit heads) of every shape on this device (timestamp queries) and write a tuning file',
    )
    .argument('<spec>', 'spec YAML file')
    .option('--weights <file>', 'PyTorch checkpoint or safetensors (default: seeded synthetic weights)')
    .option(
      '-o, --output <file>',
      'tuning file to write (an existing one keeps its other adapters)',
      'tuning.json',
    )
    .option('--budget <n>', 'candidate variants per layer shape, the default included', (v) => Number(v), 8)
    .option('--reps <n>', 'timed calls per candidate and batch (the median counts)', (v) => Number(v), 3)
    .option(
      '--confirm-calls <n>',
      "whole-network calls per build in each batch regime's confirmation, tuned against default, before a 95% interval of their ratio may end it (at most 64; the tuned kernels are kept only when it lies below 1)",
      (v) => Number(v),
      8,
    )
    .option(
      '--f16-math',
      "also try f16 arithmetic in convolutions where the device has 'shader-f16' (rounds more than f32: relative error up to about 2e-3)",
    )
    .option(
      '--no-stage-kernels',
      "do not race each batch regime's kernels against stage kernels (one dispatch per stage)",
    )
    .action(
      async (
        file: string,
        opts: {
          weights?: string;
          output: string;
          budget: number;
          reps: number;
          confirmCalls: number;
          f16Math?: boolean;
          stageKernels: boolean;
        },
      ) => {
        const { spec } = loadSpec(file);
        const { tuneCommand } = await import('./tune.ts');
        out(await tuneCommand(spec, opts));
      },
    );

  cli
    .command('serve')
    .description(
      'serve built model packages on the Open Inference Protocol (KServe v2, REST and gRPC), with dynamic batching and the compute budget held online',
    )
    .argument(
      '<dir...>',
      'model packages: `ranetc build --weights` output with thresholds.json from `ranetc calibrate`',
    )
    .option('--host <address>', 'address to listen on', '0.0.0.0')
    .option('--http-port <n>', 'REST port (0: any free port)', (v) => Number(v), 8000)
    .option('--grpc-port <n>', 'gRPC port (0: any free port)', (v) => Number(v), 8001)
    .addOption(
      new Option(
        '--backend <name>',
        'executor (default: what the package holds; WGSL on a hardware adapter, else its wasm fallback)',
      ).choices(['wgsl', 'wasm', 'cuda', 'cuda-cpu']),
    )
    .option('--threads <n>', 'wasm: threads computing the kernels (default: every core, at most 8)', (v) =>
      Number(v),
    )
    .option('--max-batch <n>', "inputs per batch (default: the spec's target.maxBatch)", (v) => Number(v))
    .option(
      '--max-queue-delay-ms <ms>',
      'longest wait of a request for its batch to fill',
      (v) => Number(v),
      2,
    )
    .option(
      '--max-queue <n>',
      'queue bound, in batches: past it requests are refused with 503',
      (v) => Number(v),
      16,
    )
    .option('--max-body <bytes>', 'largest request body (default 64 MiB)', (v) => Number(v))
    .option(
      '--drain-timeout-s <s>',
      'on SIGTERM/SIGINT, longest wait for accepted requests (exit 1 past it)',
      (v) => Number(v),
      30,
    )
    .option(
      '--budget-mflops <B|NAME=B>',
      'hold the realized MFLOPs per input at B (for every model, or model NAME) with the online controller; repeatable',
      (v: string, acc: string[] = []) => [...acc, v],
    )
    .action(async (dirs: string[], opts: ServeCliOptions) => {
      const { serve } = await import('./serve.ts');
      if (!(await serve(dirs, opts, out)))
        throw new CheckFailed(`ranetc serve: stopped after --drain-timeout-s with requests unanswered`);
    });

  cli
    .command('bench')
    .description(
      'benchmark a spec through Dawn; without one, the trained digits model: builds, budgeted mode, and the peers (onnxruntime-web)',
    )
    .argument('[spec]', 'spec YAML file (default: the digits comparison and the peer table)')
    .option('--weights <file>', 'PyTorch checkpoint (.pth/.pth.tar) or safetensors (default: random weights)')
    .option('--data <path>', 'inputs from a CIFAR binary file or image folder (default: seeded normal noise)')
    .option('--batch <list>', "batch sizes, e.g. 1,64 (default: 1 and the spec's target.maxBatch)")
    .option('--thresholds <file>', 'thresholds JSON: also time budgeted classification')
    .option(
      '--only <sections>',
      'without a spec: run only these of digits,peers,wasm,tuning,serve (comma-separated)',
    )
    .option('--fixtures <dir>', 'the shared fixtures directory', '../shared/fixtures')
    .action(async (file: string | undefined, opts: BenchCliOptions) => {
      const { bench } = await import('./bench/index.ts');
      if (file === undefined) return bench(opts, out);
      const parsed = loadSpec(file);
      const { benchSpec } = await import('./bench/spec.ts');
      await atSpec(parsed, () => benchSpec(file, parsed.spec, opts, out));
    });

  return cli;
}

class CheckFailed extends Error {}

interface BenchCliOptions {
  weights?: string;
  data?: string;
  batch?: string;
  thresholds?: string;
  only?: string;
  fixtures: string;
}

interface EvalCliOptions {
  weights: string;
  data: string;
  labels?: string;
  val?: string;
  valLabels?: string;
  thresholds?: string;
  json?: boolean;
  report?: string;
  backend: Exclude<Backend, 'reference'>;
}

/** Runs the CLI; returns the exit code. User errors print one clear message, never a stack trace. */
export async function main(
  argv: readonly string[],
  out: (s: string) => void = (s) => console.log(s),
): Promise<number> {
  try {
    await program(out).parseAsync([...argv]);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (
      e instanceof SpecError ||
      e instanceof WeightsError ||
      e instanceof UsageError ||
      e instanceof TuningFileError ||
      e instanceof DatasetError ||
      e instanceof ThresholdsFileError ||
      e instanceof PackageError
    ) {
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof KernelRejectedError) {
      // A kernel the compiler emitted and the device refused: a compiler bug or a device limit,
      // reported with the kernel's name and WebGPU's own message.
      process.stderr.write(`error: ${e.message}\n`);
      return 1;
    }
    if (e instanceof CheckFailed) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    const detail = e instanceof Error ? e.message : String(e);
    process.stderr.write(`ranetc: internal error: ${detail}\n`);
    if (process.env.RANETC_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 1;
  }
}
