/**
 * A few helpers that write WebAssembly text (folded S-expressions): constants, locals, and
 * counted loops. Kernels (`kernels.ts`) are built from these, so that every address is an
 * `i32.const` or a pointer local plus a constant `offset=` immediate.
 */

/** A WAT f32 literal that is exactly `x` rounded to f32. */
export function f32Literal(x: number): string {
  const f = Math.fround(x);
  if (!Number.isFinite(f)) throw new Error(`f32 literal ${x} is not finite`);
  // The shortest decimal of the f32 value, read back to the nearest f32, is that value.
  return String(f);
}

export const i32 = (x: number): string => {
  if (!Number.isInteger(x) || x < -(2 ** 31) || x >= 2 ** 31)
    throw new Error(`i32 constant ${x} out of range`);
  return `(i32.const ${x})`;
};
export const f32 = (x: number): string => `(f32.const ${f32Literal(x)})`;
export const get = (v: string): string => `(local.get $${v})`;
export const set = (v: string, e: string): string => `(local.set $${v} ${e})`;
/** `v += bytes` for an i32 pointer local. */
export const bump = (v: string, bytes: number): string =>
  bytes === 0 ? '' : set(v, `(i32.add ${get(v)} ${i32(bytes)})`);
export const add = (a: string, b: string): string => `(i32.add ${a} ${b})`;
/**
 * `acc + a * b` on f32x4: a multiply and an add (each rounded), or with `fused` relaxed SIMD's
 * `f32x4.relaxed_madd` (an engine may fuse it into one FMA, rounded once).
 */
export const madd = (a: string, b: string, acc: string, fused: boolean): string =>
  fused ? `(f32x4.relaxed_madd ${a} ${b} ${acc})` : `(f32x4.add ${acc} (f32x4.mul ${a} ${b}))`;
export const minU = (a: string, b: string): string => `(select ${a} ${b} (i32.lt_u ${a} ${b}))`;

/** Declared locals and fresh loop labels of one function. */
export class FunctionBuilder {
  private readonly locals = new Map<string, 'i32' | 'f32' | 'v128'>();
  private labels = 0;

  local(name: string, type: 'i32' | 'f32' | 'v128' = 'i32'): string {
    const had = this.locals.get(name);
    if (had !== undefined && had !== type) throw new Error(`local $${name} declared as ${had} and ${type}`);
    this.locals.set(name, type);
    return name;
  }

  /**
   * `body` for `v` = 0 .. n-1 (n a compile-time count): nothing for n = 0, the body once for
   * n = 1, else a do-while loop (the count is known positive, so no test before the first pass).
   */
  repeat(v: string, n: number, body: string): string {
    this.local(v);
    if (n <= 0) return '';
    if (n === 1) return `${set(v, i32(0))}\n${body}`;
    const label = `L${this.labels++}`;
    return [
      set(v, i32(0)),
      `(loop $${label}`,
      body,
      `(br_if $${label} (i32.lt_u (local.tee $${v} (i32.add ${get(v)} ${i32(1)})) ${i32(n)}))`,
      ')',
    ].join('\n');
  }

  /** `body` for `v` = 0 .. get(count)-1, a run-time count that may be 0. */
  repeatRuntime(v: string, count: string, body: string): string {
    this.local(v);
    const label = `L${this.labels++}`;
    return [
      set(v, i32(0)),
      `(block $${label}_end`,
      `(br_if $${label}_end (i32.eqz ${get(count)}))`,
      `(loop $${label}`,
      body,
      `(br_if $${label} (i32.lt_u (local.tee $${v} (i32.add ${get(v)} ${i32(1)})) ${get(count)}))`,
      '))',
    ].join('\n');
  }

  /** The function: `params` are i32 (the first is the active count), then the declared locals and the body. */
  func(name: string, params: readonly string[], body: string): string {
    const declared = [...this.locals]
      .filter(([l]) => !params.includes(l))
      .map(([l, t]) => `(local $${l} ${t})`);
    return [
      `(func $${name} (export "${name}") ${params.map((p) => `(param $${p} i32)`).join(' ')}`,
      ...declared,
      body,
      ')',
    ].join('\n');
  }
}
