// `npm run bench:wasm [-- --fixtures DIR]`: the wasm backend against onnxruntime-web's wasm
// provider (see src/cli/bench-wasm.ts).
import { parseArgs } from 'node:util';
import { benchWasm } from '../src/cli/bench-wasm.ts';

const { values } = parseArgs({ options: { fixtures: { type: 'string', default: '../shared/fixtures' } } });
await benchWasm(values.fixtures, (s) => console.log(s));
