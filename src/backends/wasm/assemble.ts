/**
 * Assembles the model's WebAssembly text into the binary the generated package ships, with
 * wabt's assembler (SIMD128, relaxed SIMD and bulk memory on), at build time: the runtime needs
 * no assembler. Relaxed SIMD is accepted only where the text uses it (the relaxed module).
 */
import wabt from 'wabt';

let loaded: ReturnType<typeof wabt> | undefined;

export async function assembleWasm(source: string, name: string): Promise<Uint8Array<ArrayBuffer>> {
  const assembler = await (loaded ??= wabt());
  const module = assembler.parseWat(`${name}.wat`, source, {
    simd: true,
    relaxed_simd: true,
    bulk_memory: true,
  });
  try {
    module.validate();
    const { buffer } = module.toBinary({ canonicalize_lebs: true });
    return new Uint8Array(buffer);
  } finally {
    module.destroy();
  }
}
