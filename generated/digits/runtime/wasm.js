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
import { hardwareThreads, MAX_THREADS, MIN_FLOPS_PER_THREAD, poolEnvironment, sharedMemoryModule, SYNC_BYTES, threadsFor, WasmThreadPool, } from "./wasm-threads.js";
const WebAssembly = globalThis.WebAssembly;
/** Creates a compiled model on the CPU: instantiates the module and writes the weights into its memory. */
export async function createWasmModel(plan, weights, options) {
    return new CompiledModel(plan, await createWasmExecutor(plan, weights, options));
}
/** The executor alone, for a `CompiledModel` over a wrapper of it (tests record what it runs). */
export async function createWasmExecutor(plan, weights, options) {
    if (WebAssembly === undefined || !WebAssembly.validate(SIMD_PROBE))
        throw new Error(`${plan.name}: this JavaScript engine has no WebAssembly SIMD128, which the wasm build needs`);
    const threads = await poolThreads(plan, options);
    if (threads === 1) {
        const module = await compileModule(WebAssembly, options.module);
        const memory = new WebAssembly.Memory({ initial: Math.ceil(plan.memory.bytes / 65536) });
        const instance = await WebAssembly.instantiate(module, { env: { memory } });
        writeWeights(plan, weights, options, memory);
        return new WasmExecutor(plan, memory, instance.exports);
    }
    // The memory: the plan's layout, the pool's sync words, then a scratch copy per worker.
    const sync = Math.ceil(plan.memory.bytes / 64) * 64;
    const scratchBytes = plan.memory.bytes - plan.memory.scratch;
    const bytes = sync + SYNC_BYTES + (threads - 1) * scratchBytes;
    const pages = Math.ceil(bytes / 65536);
    if (pages > 65536)
        throw new Error(`${plan.name}: ${threads} threads need ${bytes} bytes of wasm memory, more than 4 GiB; use fewer`);
    const source = await moduleBytes(options.module);
    const module = await WebAssembly.compile(sharedMemoryModule(source, pages));
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
    const instance = await WebAssembly.instantiate(module, { env: { memory } });
    writeWeights(plan, weights, options, memory);
    const segments = planSegments(plan);
    const pool = await WasmThreadPool.create({
        threads,
        module,
        memory,
        sync,
        scratchOffsets: Array.from({ length: threads }, (_, t) => t === 0 ? 0 : sync + SYNC_BYTES + (t - 1) * scratchBytes - plan.memory.scratch),
        segments: segments.calls,
        exports: instance.exports,
        name: plan.name,
    });
    const minFlops = options.minFlopsPerThread ?? MIN_FLOPS_PER_THREAD;
    return new WasmExecutor(plan, memory, instance.exports, { pool, segments, minFlops });
}
/** The threads a model gets: 1 unless asked for more and a pool can run here. */
async function poolThreads(plan, options) {
    const asked = options.threads ?? 1;
    if (asked !== 'auto' && !(Number.isInteger(asked) && asked >= 1 && asked <= MAX_THREADS))
        throw new Error(`${plan.name}: options.threads: expected 'auto' or an integer from 1 to ${MAX_THREADS}, found ${String(asked)}`);
    const minFlops = options.minFlopsPerThread;
    if (minFlops !== undefined && !(Number.isFinite(minFlops) && minFlops >= 0))
        throw new Error(`${plan.name}: options.minFlopsPerThread: expected a number >= 0, found ${String(minFlops)}`);
    if (asked === 1 || poolEnvironment() === undefined || WebAssembly === undefined)
        return 1;
    // A compiled module cannot be given a shared memory: the pool needs the bytes.
    if (options.module instanceof WebAssembly.Module) {
        if (asked === 'auto')
            return 1;
        throw new Error(`${plan.name}: options.threads: ${asked} threads need the module's bytes, file or URL (a compiled WebAssembly.Module imports an unshared memory)`);
    }
    // The pool's claim word holds a sample index in 16 bits.
    if (plan.maxBatch > 16384)
        return 1;
    const threads = asked === 'auto' ? await hardwareThreads() : asked;
    // More threads than inputs per run would never be used.
    return Math.min(threads, plan.maxBatch);
}
function writeWeights(plan, weights, options, memory) {
    const packedFor = options.packedFor ?? plan;
    if (packedFor.precision !== 'f32' || JSON.stringify(packedFor.weights) !== JSON.stringify(plan.weights))
        throw new Error(`${plan.name}: weights packed for the ${packedFor.target} build have another layout than the wasm build's`);
    const packed = storedWeights(packedFor, weights);
    if (!(packed instanceof Float32Array))
        throw new Error(`${plan.name}: the wasm build stores f32 weights`);
    new Float32Array(memory.buffer, plan.memory.weights, packed.length).set(packed);
}
/** The smallest module with a SIMD128 instruction (`v128.const` in a function body). */
const SIMD_PROBE = new Uint8Array([
    0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 22, 1, 20, 0, 253, 12, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11,
]);
async function compileModule(WebAssembly, source) {
    if (source instanceof WebAssembly.Module)
        return source;
    return WebAssembly.compile(await moduleBytes(source));
}
/** The module's bytes: given, read (a file: URL, Node) or fetched. */
async function moduleBytes(source) {
    if (source instanceof URL) {
        if (source.protocol === 'file:') {
            // Node only. The specifier is not a literal, so that a page's bundler leaves it out and the
            // runtime type-checks without Node's types (a browser never has a file: URL here).
            const fsPromises = 'node:fs/promises';
            const { readFile } = (await import(__rewriteRelativeImportExtension(/* @vite-ignore */ fsPromises)));
            return new Uint8Array(await readFile(source));
        }
        const response = await fetch(source);
        if (!response.ok)
            throw new Error(`${source.href}: ${response.status} ${response.statusText}`);
        return new Uint8Array(await response.arrayBuffer());
    }
    return source instanceof Uint8Array ? new Uint8Array(source) : new Uint8Array(source);
}
export function planSegments(plan) {
    const segments = { calls: [], countAt: [], flops: [], at: [], alone: [], parts: [] };
    const add = (steps) => {
        const id = segments.calls.length;
        segments.calls.push(steps.map(({ fn, args }) => ({ fn, args })));
        segments.countAt.push(steps[0].countAt);
        segments.flops.push(steps.reduce((sum, step) => sum + step.flops, 0));
        segments.parts.push(steps.length === 1 ? [{ segment: id, units: steps[0].units, flops: steps[0].flops }] : []);
        return id;
    };
    for (const stage of plan.stages) {
        const at = new Map();
        const alone = new Map();
        const { launches } = stage;
        for (let i = 0; i < launches.length;) {
            const first = launches[i].step;
            if (first.kind !== 'call') {
                i++;
                continue;
            }
            const run = [];
            let j = i;
            for (; j < launches.length; j++) {
                const step = launches[j].step;
                if (step.kind !== 'call' || step.countAt !== first.countAt)
                    break;
                if (run.some((earlier) => crossSample(plan.maxBatch, earlier, step)))
                    break;
                run.push(step);
            }
            const segment = add(run);
            at.set(i, segment);
            for (let k = i; k < j; k++)
                alone.set(k, add([launches[k].step]));
            if (run.length > 1)
                for (let k = i; k < j; k++)
                    segments.parts[segment].push(segments.parts[alone.get(k)][0]);
            i = j;
        }
        segments.at.push(at);
        segments.alone.push(alone);
    }
    return segments;
}
/**
 * Whether `later` may touch memory that `earlier` touched for another sample (one of them
 * writing it): the arena reuses the memory of dead buffers, under other per-sample strides, so
 * a thread may run `later` on its samples only once every thread has run `earlier` on theirs.
 * Conservative: any overlap of the two calls' whole-batch ranges counts, but the same buffer
 * access (same address and stride), whose sample n is sample n's alone.
 */
function crossSample(maxBatch, earlier, later) {
    const [eIn, eInS, eOut, eOutS] = earlier.args;
    const [lIn, lInS, lOut, lOutS] = later.args;
    const clash = (a, as, b, bs) => !(a === b && as === bs) && a < b + maxBatch * bs && b < a + maxBatch * as;
    return clash(eOut, eOutS, lIn, lInS) || clash(eOut, eOutS, lOut, lOutS) || clash(eIn, eInS, lOut, lOutS);
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
    /** With a thread pool: per stage, the ops of `run` (one per segment) and of `profile` (one per launch). */
    threaded;
    pool;
    /** Threads that compute the kernels (1: this one alone). */
    threads;
    /** Runs of kernels split over more than one thread so far (0 on one thread). */
    get splitRuns() {
        return this.pool?.splits ?? 0;
    }
    /** Of the samples of those runs, the share the workers computed (the rest: the calling thread). */
    get workerShare() {
        const pool = this.pool;
        return pool === undefined || pool.splitSamples === 0 ? 0 : 1 - pool.callerSamples / pool.splitSamples;
    }
    /** Calls whose units (blocks of output channels, channels) were split over more than one thread so far. */
    get unitSplitRuns() {
        return this.pool?.unitSplits ?? 0;
    }
    /** Of the units of those calls, the share the workers computed. */
    get workerUnitShare() {
        const pool = this.pool;
        return pool === undefined || pool.splitUnits === 0 ? 0 : 1 - pool.callerUnits / pool.splitUnits;
    }
    constructor(plan, memory, exports, threads) {
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
        this.threads = threads?.pool.threads ?? 1;
        if (threads !== undefined) {
            this.pool = threads.pool;
            this.threaded = {
                run: this.threadedOps(threads, threads.segments.at),
                profile: this.threadedOps(threads, threads.segments.alone),
            };
        }
    }
    /**
     * Per stage, the ops of a threaded run: each segment of calls (`starts`: launch -> segment)
     * split over as many threads as its work pays for, the exits and gathers as on one thread.
     * The counters add, per call, the samples it ran on, as on one thread.
     */
    threadedOps({ pool, segments, minFlops }, starts) {
        return this.plan.stages.map((stage, s) => {
            const ops = [];
            const { launches } = stage;
            for (let i = 0; i < launches.length;) {
                const segment = starts[s].get(i);
                if (segment === undefined) {
                    const step = this.steps[s][i];
                    ops.push(() => {
                        step();
                        return undefined;
                    });
                    i++;
                    continue;
                }
                const size = segments.calls[segment].length;
                const counters = launches
                    .slice(i, i + size)
                    .flatMap((l) => (l.counter === undefined ? [] : [this.out + l.counter]));
                const countAt = segments.countAt[segment];
                const flops = segments.flops[segment];
                const parts = segments.parts[segment];
                // Fewer samples than threads: each call on its own, its units split (a barrier after
                // each, since the next call reads all of its output); else the samples are split.
                const byUnits = (count, k) => {
                    for (; k < parts.length; k++) {
                        const { units, flops: perSample } = parts[k];
                        const used = threadsFor(pool.threads, units, (count * perSample) / units, minFlops);
                        const pending = pool.runUnits(parts[k].segment, count, units, used);
                        if (pending !== undefined) {
                            const next = k + 1;
                            return pending.then(() => byUnits(count, next));
                        }
                    }
                    return undefined;
                };
                ops.push(() => {
                    const count = this.u32[countAt];
                    for (const c of counters)
                        this.u32[c] += count;
                    if (count === 0)
                        return undefined;
                    if (count < pool.threads)
                        return byUnits(count, 0);
                    return pool.run(segment, count, threadsFor(pool.threads, count, flops, minFlops));
                });
                i += size;
            }
            return ops;
        });
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
        if (this.threaded !== undefined)
            return this.runThreaded(this.threaded.run, stages, reads);
        for (const s of stages)
            for (const step of this.steps[s])
                step();
        return Promise.resolve(this.read(reads));
    }
    async runThreaded(ops, stages, reads) {
        for (const s of stages)
            for (const op of ops[s]) {
                const pending = op();
                if (pending !== undefined)
                    await pending;
            }
        return this.read(reads);
    }
    /** `run` with each launch timed on the host (`performance.now()` around the call). */
    async profile(stages, reads) {
        const timings = [];
        const t0 = performance.now();
        // Threaded: one op per launch, each call its own segment, split over the pool and timed with its wait.
        const ops = this.threaded?.profile ?? this.steps;
        for (const s of stages)
            for (const [index, op] of ops[s].entries()) {
                const start = performance.now();
                // A single-threaded step returns nothing or its sample count, never a promise.
                const pending = op();
                if (pending instanceof Promise)
                    await pending;
                const end = performance.now();
                timings.push({
                    stage: s,
                    index,
                    label: this.plan.stages[s].launches[index].label,
                    startMs: start - t0,
                    ms: end - start,
                });
            }
        return { words: this.read(reads), timings };
    }
    /** Ends the thread pool's workers (nothing to do on one thread). */
    destroy() {
        this.pool?.destroy();
    }
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