import type { WasmLaunch, WasmMemoryLayout, WasmPlan, WasmStage } from '@ranetc/runtime';
import { planHead } from '../../schedule/schedule.ts';
import type { Launch, Schedule } from '../../schedule/types.ts';
import { CounterSlots } from '../counters.ts';
import type { WasmAddresses } from './kernels.ts';
import { SCRATCH_GLOBAL, scratchBytes, wasmKernel } from './kernels.ts';
import { LIMITS } from './limits.ts';
import { SpecFieldError } from '../../spec/errors.ts';

export interface WasmRendered {
  readonly plan: WasmPlan;
  /** The model's module in WebAssembly text (SIMD128, bulk memory); `assembleWasm` makes the binary. */
  readonly source: string;
  /**
   * The same module (same exports, same plan) with `f32x4.relaxed_madd` for every multiply-add
   * of the convolutions and linears: the executor takes it where the engine has relaxed SIMD.
   */
  readonly relaxedSource: string;
}

const align16 = (bytes: number): number => Math.ceil(bytes / 16) * 16;

/**
 * Renders a schedule as one WebAssembly module and its plan. The module imports its memory
 * (`env.memory`), laid out as the plan's `memory` says: control words, output words, weights,
 * the activation arena, scratch. Scratch addresses add the exported global `scratch` (0 on one
 * thread): a thread pool gives each worker's instance its own copy of the scratch region, and
 * the executor makes the memory import shared for it (`src/runtime/wasm-threads.ts`). Computing kernels become exported functions (deduplicated by
 * text); exits and gathers are steps the executor performs on the same memory.
 */
export function renderWasmModel(
  schedule: Schedule,
  precision: 'f32' | 'f16',
  counters: boolean,
): WasmRendered {
  const { model } = schedule;
  if (precision !== 'f32')
    throw new Error(
      `${model.name}: the wasm backend stores f32 only; set target.precision: f32 (f16 is WebGPU-only so far)`,
    );
  const slots = counters ? new CounterSlots(model.output) : undefined;
  // The counters grow the output words: lay memory out for the final output layout.
  const computing = schedule.stages.flatMap((s) => s.launches).filter((l) => isComputing(l));
  const scratch = computing.reduce<[number, number]>(
    (most, l) => {
      const [pad, aux] = scratchBytes(l.kernel as ComputingDesc, new Map(l.params));
      return [Math.max(most[0], pad), Math.max(most[1], aux)];
    },
    [0, 0],
  );
  const counterWords = counters
    ? schedule.stages.flatMap((s) => s.launches).filter((l) => countedLaunch(l)).length * 2
    : 0;
  const control = 0;
  const output = align16(4 * model.control.words);
  const weights = output + align16(4 * (model.output.words + counterWords));
  const arena = weights + align16(4 * model.weights.elements);
  const pad = arena + align16(4 * model.arenaElements);
  const aux = pad + align16(scratch[0]);
  const bytes = aux + align16(scratch[1]);
  if (bytes > LIMITS.memoryBytes) {
    const perInput = (4 * model.arenaElements) / model.maxBatch;
    throw new SpecFieldError({
      path: ['target', 'maxBatch'],
      expected:
        `at most about ${Math.max(1, Math.floor((LIMITS.memoryBytes - (bytes - 4 * model.arenaElements)) / perInput))} for the wasm backend ` +
        `(its memory of ${LIMITS.memoryBytes} bytes holds the weights and ${perInput} bytes of activations per input)`,
      found: String(model.maxBatch),
    });
  }
  const memory: WasmMemoryLayout = { control, output, weights, arena, scratch: pad, bytes };
  const at: WasmAddresses = { arena, weights, pad, aux };

  const functions: string[] = [];
  const fusedFunctions: string[] = [];
  const byText = new Map<string, string>();
  const launch = (l: Launch): WasmLaunch | undefined => {
    const k = l.kernel;
    const param = new Map(l.params);
    if (k.kind === 'exit') {
      return {
        label: l.label,
        step: {
          kind: 'exit',
          exit: k.exit,
          last: k.last,
          classes: k.classes,
          ...k.words,
          base: param.get('out_base')!,
          stride: param.get('out_stride')!,
        },
      };
    }
    if (l.grid.kind !== 'perSample') throw new Error(`${l.label}: expected a per-sample grid`);
    const countAt = l.grid.countAt;
    const counter = slots?.add({
      label: l.label,
      stage: countAt - model.control.counts,
      blocksPerSample: 1,
      flops: l.flops,
    });
    const counted = counter === undefined ? {} : { counter };
    if (k.kind === 'gather') {
      return {
        label: l.label,
        step: {
          kind: 'gather',
          countAt,
          sourceAt: k.constants.source,
          perSample: k.constants.perSample,
          from: param.get('in_base')!,
          to: param.get('out_base')!,
          stride: param.get('in_stride')!,
        },
        ...counted,
      };
    }
    const kernel = wasmKernel(k, param, at, l.label, model.maxBatch);
    let fn = byText.get(kernel.text);
    if (fn === undefined) {
      fn = `${k.kind}_${functions.length}`;
      functions.push(kernel.text.replace(/\bNAME\b/g, fn));
      const fused = wasmKernel(k, param, at, l.label, model.maxBatch, true);
      fusedFunctions.push(fused.text.replace(/\bNAME\b/g, fn));
      byText.set(kernel.text, fn);
    }
    return {
      label: l.label,
      step: {
        kind: 'call',
        fn,
        countAt,
        args: kernel.args,
        flops: l.flops,
        units: kernel.units,
      },
      ...counted,
    };
  };
  const stages: WasmStage[] = schedule.stages.map((stage) => ({
    exit: stage.exit,
    // A gather of nothing (a live buffer none of whose channels are written yet) moves nothing.
    launches: stage.launches
      .filter((l) => countedLaunch(l) || l.kernel.kind === 'exit')
      .map((l) => launch(l)!),
  }));
  const pages = Math.ceil(bytes / 65536);
  const module = (fns: readonly string[], what: string): string =>
    [
      `;; Generated by ranetc from the spec '${model.name}'. Do not edit: run \`ranetc build --target wasm\` instead.`,
      `;; ${what}`,
      ';; Every function runs its kernel for samples 0 .. count-1 (the active ones, compacted by the',
      ';; exits), with byte addresses into the imported memory (layout: the plan\'s "memory").',
      '(module',
      `(import "env" "memory" (memory ${pages}))`,
      SCRATCH_GLOBAL,
      ...fns,
      ')',
      '',
    ].join('\n');
  const source = module(functions, 'SIMD128: each multiply-add is a multiply and an add, each rounded.');
  const relaxedSource = module(
    fusedFunctions,
    'Relaxed SIMD: multiply-adds are f32x4.relaxed_madd (fused, rounded once, where the engine fuses).',
  );
  const plan: WasmPlan = {
    ...planHead(schedule, 'wasm', 'f32'),
    memory,
    stages,
    ...slots?.layout(),
  };
  return { plan, source, relaxedSource };
}

type ComputingDesc = Parameters<typeof scratchBytes>[0];

const isComputing = (l: Launch): boolean => l.kernel.kind !== 'exit' && l.kernel.kind !== 'gather';

/** Launches with counters: every per-sample launch but a gather of nothing. */
const countedLaunch = (l: Launch): boolean =>
  l.kernel.kind !== 'exit' && (l.kernel.kind !== 'gather' || l.kernel.constants.perSample > 0);
