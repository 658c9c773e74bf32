/**
 * The wasm SIMD multiply-add peak of this process: a loop of independent f32x4 multiply-adds
 * on registers only (no memory access), the ceiling a kernel's inner loop is measured against.
 * One convention on both sides: multiply-adds per second (a lane's `acc + a * b` is one).
 */
import wabt from 'wabt';
import { madd } from './wat.ts';

/**
 * Accumulators of the loop: enough independent chains to hide the latency of a multiply and an
 * add (or a fused one) at two per cycle, few enough to stay in x64's 16 SIMD registers
 * (measured on x64 with 8, 12 and 16: 8 and 12 equal, 16 spills).
 */
const CHAINS = 8;
/** Passes of the loop per call: some 10 ms at the peak of a current x64 core. */
const PASSES = 2_000_000;

/** The loop's WebAssembly text: `peak(passes)` runs CHAINS multiply-adds of 4 lanes a pass. */
export function peakSource(fused: boolean): string {
  const accs = Array.from({ length: CHAINS }, (_, i) => `a${i}`);
  const sum = accs.slice(1).reduce((s, a) => `(f32x4.add ${s} (local.get $${a}))`, '(local.get $a0)');
  return [
    '(module',
    '(func (export "peak") (param $n i32) (result f32)',
    '(local $x v128) (local $y v128)',
    ...accs.map((a) => `(local $${a} v128)`),
    '(local.set $x (v128.const f32x4 1.0001 1.0001 1.0001 1.0001))',
    '(local.set $y (v128.const f32x4 0.9999 0.9999 0.9999 0.9999))',
    '(loop $L',
    ...accs.map(
      (a) => `(local.set $${a} ${madd('(local.get $x)', '(local.get $y)', `(local.get $${a})`, fused)})`,
    ),
    '(br_if $L (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))',
    `(f32x4.extract_lane 0 ${sum}))`,
    ')',
  ].join('\n');
}

/** The part of the WebAssembly JS API used here (Node's types do not declare it). */
interface WasmInstantiate {
  instantiate(bytes: Uint8Array): Promise<{ instance: { exports: Record<string, unknown> } }>;
}

/**
 * Measures the peak in this process: multiply-adds per second, the best of `calls` timed calls
 * after a warm-up (the engine tiers the function up while it runs).
 */
export async function measurePeak(fused: boolean, calls = 5): Promise<number> {
  const assembler = await wabt();
  const module = assembler.parseWat('peak.wat', peakSource(fused), { simd: true, relaxed_simd: fused });
  let bytes: Uint8Array;
  try {
    module.validate();
    bytes = module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
  const wasm = (globalThis as unknown as { WebAssembly: WasmInstantiate }).WebAssembly;
  const { instance } = await wasm.instantiate(bytes);
  const peak = instance.exports.peak as (n: number) => number;
  peak(PASSES);
  let best = Infinity;
  for (let c = 0; c < calls; c++) {
    const start = performance.now();
    peak(PASSES);
    best = Math.min(best, performance.now() - start);
  }
  return (PASSES * CHAINS * 4) / (best / 1000);
}
