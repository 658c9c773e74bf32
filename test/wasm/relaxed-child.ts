// The child process of relaxed.test.ts, run by Node with relaxed SIMD on
// (`--experimental-wasm-relaxed-simd` on Node 20): for each fixture (argv), the wasm build on
// its relaxed module and on its plain one, every exit against the fixtures, the relaxed module
// on 2 threads against 1, and the executed work counted on both modules. Prints JSON.
import { readFileSync } from 'node:fs';
import { assembleWasm } from '../../src/backends/wasm/assemble.ts';
import { compile } from '../../src/compile.ts';
import { createWasmExecutor, createWasmModel } from '@ranetc/runtime';
import { CompiledModel } from '@ranetc/runtime';
import { loadWeights } from '../../src/weights/load.ts';
import { compare } from '../helpers/compare.ts';
import { fixture, readMeta, specFromPublic } from '../helpers/fixtures.ts';

interface SetResult {
  readonly set: string;
  readonly simd: string;
  readonly plainSimd: string;
  /** Per exit: relaxed and plain against the fixtures, and how many outputs differ between them. */
  readonly relaxedRel: number[];
  readonly plainRel: number[];
  readonly differing: number;
  readonly threadsIdentical: boolean;
  readonly workRelaxed: number;
  readonly workPlain: number;
}

const results: SetResult[] = [];
for (const set of process.argv.slice(2)) {
  const spec = specFromPublic(set, readMeta(set).spec);
  const compiled = compile(spec, { target: 'wasm', maxBatch: 8, counters: true });
  const module = await assembleWasm(compiled.source, set);
  const relaxedModule = await assembleWasm(compiled.relaxedSource, `${set}-relaxed`);
  const weights = readFileSync(fixture(set, 'model.safetensors'));
  const io = loadWeights(fixture(set, 'io.safetensors'));
  const tensor = (name: string): Float32Array => io.get(name)!.data as Float32Array;
  const open = async (options: Parameters<typeof createWasmExecutor>[2]) => {
    const executor = await createWasmExecutor(compiled.plan, weights, options);
    return { executor, model: new CompiledModel(compiled.plan, executor) };
  };
  const relaxed = await open({ module, relaxedModule });
  const plain = await open({ module });
  const pool = await createWasmModel(compiled.plan, weights, { module, relaxedModule, threads: 2 });
  const input = tensor('input');
  const outRelaxed = await relaxed.model.allExits(input);
  const outPlain = await plain.model.allExits(input);
  const outPool = await pool.allExits(input);
  let differing = 0;
  outRelaxed.forEach((o, e) => o.forEach((v, i) => (differing += v === outPlain[e][i] ? 0 : 1)));
  const thresholds = outRelaxed.map((_, e) => (e === outRelaxed.length - 1 ? 0 : 0.6));
  const counted = async (m: CompiledModel): Promise<number> =>
    (await m.classify(input, { thresholds, count: true })).work.executedMFlops;
  results.push({
    set,
    simd: relaxed.executor.simd,
    plainSimd: plain.executor.simd,
    relaxedRel: outRelaxed.map((o, e) => compare(tensor(`exit${e}`), o).rel),
    plainRel: outPlain.map((o, e) => compare(tensor(`exit${e}`), o).rel),
    differing,
    threadsIdentical: outPool.every((o, e) => o.every((v, i) => Object.is(v, outRelaxed[e][i]))),
    workRelaxed: await counted(relaxed.model),
    workPlain: await counted(plain.model),
  });
  relaxed.model.destroy();
  plain.model.destroy();
  pool.destroy();
}
process.stdout.write(JSON.stringify(results));
