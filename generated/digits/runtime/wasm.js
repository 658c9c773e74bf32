var __rewriteRelativeImportExtension = (this && this.__rewriteRelativeImportExtension) || function (path, preserveJsx) {
    if (typeof path === "string" && /^\.\.?\//.test(path)) {
        return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function (m, tsx, d, ext, cm) {
            return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : (d + ext + "." + cm.toLowerCase() + "js");
        });
    }
    return path;
};
import { storedWeights } from "./packed.js";
import { CompiledModel } from "./scheduler.js";
const WebAssembly = globalThis.WebAssembly;
/** Creates a compiled model on the CPU: instantiates the module and writes the weights into its memory. */
export async function createWasmModel(plan, weights, options) {
    return new CompiledModel(plan, await createWasmExecutor(plan, weights, options));
}
/** The executor alone, for a `CompiledModel` over a wrapper of it (tests record what it runs). */
export async function createWasmExecutor(plan, weights, options) {
    if (WebAssembly === undefined || !WebAssembly.validate(SIMD_PROBE))
        throw new Error(`${plan.name}: this JavaScript engine has no WebAssembly SIMD128, which the wasm build needs`);
    const module = await compileModule(WebAssembly, options.module);
    const memory = new WebAssembly.Memory({ initial: Math.ceil(plan.memory.bytes / 65536) });
    const instance = await WebAssembly.instantiate(module, { env: { memory } });
    const packedFor = options.packedFor ?? plan;
    if (packedFor.precision !== 'f32' || JSON.stringify(packedFor.weights) !== JSON.stringify(plan.weights))
        throw new Error(`${plan.name}: weights packed for the ${packedFor.target} build have another layout than the wasm build's`);
    const packed = storedWeights(packedFor, weights);
    if (!(packed instanceof Float32Array))
        throw new Error(`${plan.name}: the wasm build stores f32 weights`);
    new Float32Array(memory.buffer, plan.memory.weights, packed.length).set(packed);
    return new WasmExecutor(plan, memory, instance.exports);
}
/** The smallest module with a SIMD128 instruction (`v128.const` in a function body). */
const SIMD_PROBE = new Uint8Array([
    0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 22, 1, 20, 0, 253, 12, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11,
]);
async function compileModule(WebAssembly, source) {
    if (source instanceof WebAssembly.Module)
        return source;
    if (source instanceof URL) {
        if (source.protocol === 'file:') {
            // Node only. The specifier is not a literal, so that a page's bundler leaves it out and the
            // runtime type-checks without Node's types (a browser never has a file: URL here).
            const fsPromises = 'node:fs/promises';
            const { readFile } = (await import(__rewriteRelativeImportExtension(/* @vite-ignore */ fsPromises)));
            return WebAssembly.compile(new Uint8Array(await readFile(source)));
        }
        const response = await fetch(source);
        if (!response.ok)
            throw new Error(`${source.href}: ${response.status} ${response.statusText}`);
        return WebAssembly.compile(await response.arrayBuffer());
    }
    return WebAssembly.compile(source instanceof Uint8Array ? new Uint8Array(source) : source);
}
class WasmExecutor {
    plan;
    f32;
    u32;
    /** Word index of the output words and element index of the arena in memory. */
    out;
    arena;
    /** Per stage, one closure per launch. */
    steps;
    constructor(plan, memory, exports) {
        this.plan = plan;
        this.f32 = new Float32Array(memory.buffer);
        this.u32 = new Uint32Array(memory.buffer);
        this.out = plan.memory.output / 4;
        this.arena = plan.memory.arena / 4;
        // Control word i is u32[i]: the plan puts the control words first.
        if (plan.memory.control !== 0)
            throw new Error(`${plan.name}: the control words must start the memory`);
        this.steps = plan.stages.map((stage) => stage.launches.map((l) => {
            const run = this.step(l.step, exports, l.label);
            if (l.counter === undefined)
                return run;
            const counter = this.out + l.counter;
            // A kernel counts the samples it was run on; the exit (one block) counts the inputs.
            if (l.step.kind === 'exit')
                return () => {
                    this.u32[counter] += this.u32[0];
                    run();
                };
            return () => {
                this.u32[counter] += run();
            };
        }));
    }
    start(images, n, control) {
        const { input, counters } = this.plan;
        this.f32.set(images, this.arena + input.base);
        this.u32.set(control, this.plan.memory.control / 4);
        if (counters !== undefined)
            this.u32.fill(0, this.out + counters.at, this.out + counters.at + 2 * counters.dispatches.length);
        void n;
    }
    run(stages, reads) {
        for (const s of stages)
            for (const step of this.steps[s])
                step();
        return Promise.resolve(this.read(reads));
    }
    /** `run` with each launch timed on the host (`performance.now()` around the call). */
    profile(stages, reads) {
        const timings = [];
        const t0 = performance.now();
        for (const s of stages) {
            this.steps[s].forEach((step, index) => {
                const start = performance.now();
                step();
                const end = performance.now();
                timings.push({
                    stage: s,
                    index,
                    label: this.plan.stages[s].launches[index].label,
                    startMs: start - t0,
                    ms: end - start,
                });
            });
        }
        return Promise.resolve({ words: this.read(reads), timings });
    }
    destroy() { }
    /** The output words, of which those in `reads` are current. */
    read(reads) {
        const words = new Uint32Array(this.plan.output.words);
        for (const r of reads)
            words.set(this.u32.subarray(this.out + r.first, this.out + r.first + r.words), r.first);
        return words;
    }
    /** The step as a call; it returns the samples it computed (the exit: nothing counted). */
    step(step, exports, label) {
        const u32 = this.u32;
        switch (step.kind) {
            case 'call': {
                const fn = exports[step.fn];
                if (typeof fn !== 'function')
                    throw new Error(`${this.plan.name}: ${label}: the module has no function ${step.fn}`);
                const { countAt, args } = step;
                return () => {
                    const count = u32[countAt];
                    if (count > 0)
                        fn(count, ...args);
                    return count;
                };
            }
            case 'gather': {
                const { countAt, sourceAt, perSample, stride } = step;
                const from = this.arena + step.from;
                const to = this.arena + step.to;
                return () => {
                    const count = u32[countAt];
                    for (let j = 0; j < count; j++) {
                        const old = u32[sourceAt + j];
                        this.f32.copyWithin(to + j * stride, from + old * stride, from + old * stride + perSample);
                    }
                    return count;
                };
            }
            case 'exit':
                return () => {
                    this.exit(step);
                    return 0;
                };
        }
    }
    /**
     * Exit `step.exit`: for each active sample, confidence = max softmax probability and class =
     * first argmax of its logits, written at the sample's original index; samples below the
     * threshold continue, compacted in order, and the next stage's count is how many.
     */
    exit(step) {
        const { u32, f32, out } = this;
        const { classes, last } = step;
        const count = u32[step.countAt];
        const threshold = f32[step.thresholdAt];
        let kept = 0;
        for (let slot = 0; slot < count; slot++) {
            const original = u32[step.idsIn + slot];
            const at = this.arena + step.base + slot * step.stride;
            let cls = 0;
            for (let c = 1; c < classes; c++)
                if (f32[at + c] > f32[at + cls])
                    cls = c;
            const best = f32[at + cls];
            let sum = 0;
            for (let c = 0; c < classes; c++)
                sum += Math.exp(f32[at + c] - best);
            f32.copyWithin(out + step.logitsAt + original * classes, at, at + classes);
            const confidence = Math.fround(1 / sum);
            u32[out + step.perExitAt + original * 2] = cls;
            f32[out + step.perExitAt + original * 2 + 1] = confidence;
            if (last || confidence >= threshold) {
                u32[out + step.finalAt + original * 3] = cls;
                u32[out + step.finalAt + original * 3 + 1] = step.exit;
                f32[out + step.finalAt + original * 3 + 2] = confidence;
            }
            else {
                u32[step.idsOut + kept] = original;
                u32[step.sourceAt + kept] = slot;
                kept++;
            }
        }
        if (!last)
            u32[step.nextCountAt] = kept;
    }
}
//# sourceMappingURL=wasm.js.map