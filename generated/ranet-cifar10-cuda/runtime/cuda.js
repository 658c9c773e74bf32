import { loadCudaDriver } from "./cuda-driver.js";
import { chooseImage } from "./cuda-image.js";
import { argBytes } from "./cuda-plan.js";
import { findNvrtc } from "./nvrtc.js";
import { CompiledModel } from "./scheduler.js";
import { storedWeights } from "./packed.js";
/** Creates a compiled model on a CUDA device: uploads weights (packed, or folding BatchNorm as the plan says) and loads the module. */
export async function createCudaModel(plan, weights, options) {
    return new CompiledModel(plan, await createCudaExecutor(plan, weights, options));
}
/** The executor alone, for a `CompiledModel` over a wrapper of it (tests record what it runs). */
export async function createCudaExecutor(plan, weights, options) {
    const driver = typeof options.driver === 'object' ? options.driver : await loadCudaDriver(options.driver ?? undefined);
    const ordinal = options.device ?? 0;
    const source = options.source instanceof URL ? await readText(options.source) : options.source;
    const found = source !== undefined && options.nvrtc !== false ? await findNvrtc() : { tried: [] };
    const choice = chooseImage({
        name: plan.name,
        cc: driver.computeCapability(ordinal),
        driverVersion: driver.version,
        ptx: options.ptx instanceof URL ? await readPtx(options.ptx, plan) : (options.ptx ?? {}),
        ...(source === undefined ? {} : { source }),
        ...(found.nvrtc === undefined ? {} : { nvrtc: found.nvrtc }),
        nvrtcTried: found.tried,
    });
    options.onImage?.(choice);
    return CudaExecutor.create(driver, plan, weights, choice.image, options);
}
/**
 * What to undo, newest first. Creation pushes each resource as it gets it, so a failure
 * halfway frees what was made; `destroy` undoes everything, going on past failures (after a
 * kernel fault every call may fail) and reporting them at the end.
 */
class Resources {
    undo = [];
    add(what, make, free) {
        const made = make();
        this.undo.push({ what, run: () => free(made) });
        return made;
    }
    /** Undoes everything; the failures, in order. */
    release() {
        const failures = [];
        for (const { what, run } of this.undo.reverse()) {
            try {
                run();
            }
            catch (e) {
                failures.push(`${what}: ${e.message}`);
            }
        }
        this.undo.length = 0;
        return failures;
    }
}
class CudaExecutor {
    driver;
    plan;
    context;
    resources;
    functions;
    memory;
    args;
    stream;
    options;
    n = 0;
    closed = false;
    /** Executable graphs by stage and chunk size (the grids depend on it). */
    graphs = new Map();
    /** Events around a submission, when timed. */
    events;
    constructor(driver, plan, context, resources, functions, memory, 
    /** Per stage and launch: the packed argument struct. */
    args, stream, options) {
        this.driver = driver;
        this.plan = plan;
        this.context = context;
        this.resources = resources;
        this.functions = functions;
        this.memory = memory;
        this.args = args;
        this.stream = stream;
        this.options = options;
        this.events =
            options.onTimed === undefined
                ? undefined
                : [0, 1].map(() => resources.add('event', () => driver.createEvent(), (e) => driver.destroyEvent(e)));
    }
    static create(driver, plan, weights, image, options) {
        const packed = storedWeights(plan, weights);
        const ordinal = options.device ?? 0;
        const resources = new Resources();
        try {
            const context = resources.add('primary context', () => driver.retainContext(ordinal), () => driver.releaseContext(ordinal));
            driver.setCurrent(context);
            const module = resources.add('module', () => driver.loadModule(image), (m) => driver.unloadModule(m));
            const functions = plan.kernels.map((k) => driver.getFunction(module, k.name));
            const alloc = (what, bytes) => resources.add(what, () => driver.alloc(bytes), (p) => driver.free(p));
            const memory = {
                arena: alloc('activation arena', plan.arenaElements * 4),
                weights: alloc('weights', Math.max(4, packed.byteLength)),
                control: alloc('control words', plan.control.words * 4),
                results: alloc('results', plan.output.words * 4),
            };
            const stream = resources.add('stream', () => driver.createStream(), (s) => driver.destroyStream(s));
            driver.copyToDevice(memory.weights, packed, stream);
            driver.synchronize(stream);
            const args = plan.stages.map((stage) => stage.launches.map((launch) => {
                const bytes = new Uint8Array(argBytes(launch.params.length));
                const view = new DataView(bytes.buffer);
                [memory.arena, memory.weights, memory.control, memory.results].forEach((p, i) => view.setBigUint64(8 * i, p, true));
                launch.params.forEach((word, i) => view.setUint32(32 + 4 * i, word, true));
                return bytes;
            }));
            return new CudaExecutor(driver, plan, context, resources, functions, memory, args, stream, options);
        }
        catch (e) {
            const failures = resources.release();
            if (failures.length > 0)
                e.message += `\n(cleaning up also failed: ${failures.join('; ')})`;
            throw e;
        }
    }
    start(images, n, control) {
        this.enter();
        if (this.events !== undefined)
            this.driver.recordEvent(this.events[0], this.stream);
        this.driver.copyToDevice(this.memory.arena + BigInt(this.plan.input.base * 4), images, this.stream);
        this.driver.copyToDevice(this.memory.control, control, this.stream);
        const counters = this.plan.counters;
        if (counters !== undefined)
            this.driver.copyToDevice(this.memory.results + BigInt(counters.at * 4), new Uint32Array(2 * counters.dispatches.length), this.stream);
        this.n = n;
    }
    run(stages, reads) {
        this.enter();
        for (const s of stages) {
            if (this.options.graphs === false)
                this.launchStage(s);
            else
                this.driver.launchGraph(this.graph(s), this.stream);
        }
        return Promise.resolve(this.read(reads));
    }
    /**
     * `run` launch by launch, each timed on the host from its launch to the end of a stream
     * synchronization (on a GPU this includes the launch latency; on cuda-cpu it is the kernel).
     */
    profile(stages, reads) {
        this.enter();
        const timings = [];
        let t0;
        for (const s of stages) {
            this.plan.stages[s].launches.forEach((launch, i) => {
                const start = performance.now();
                this.launch(s, i);
                this.driver.synchronize(this.stream);
                t0 ??= start;
                timings.push({
                    stage: s,
                    index: i,
                    label: launch.label,
                    startMs: start - t0,
                    ms: performance.now() - start,
                });
            });
        }
        return Promise.resolve({ words: this.read(reads), timings });
    }
    /** Copies `reads` of the output words back on the stream, then waits for the stream. */
    read(reads) {
        const words = new Uint32Array(this.plan.output.words);
        for (const { first, words: count } of reads) {
            const at = this.memory.results + BigInt(first * 4);
            this.driver.copyToHost(words.subarray(first, first + count), at, this.stream);
        }
        if (this.events !== undefined)
            this.driver.recordEvent(this.events[1], this.stream);
        this.driver.synchronize(this.stream);
        if (this.events !== undefined)
            this.options.onTimed?.(this.driver.elapsed(...this.events));
        return words;
    }
    /** Every entry point: the model's context may not be the calling thread's current one. */
    enter() {
        if (this.closed)
            throw new Error(`${this.plan.name}: the model was destroyed`);
        this.driver.setCurrent(this.context);
    }
    /** The stage's executable graph for this chunk size, captured on first use. */
    graph(s) {
        const key = `${s}:${this.n}`;
        const known = this.graphs.get(key);
        if (known !== undefined)
            return known;
        this.driver.beginCapture(this.stream);
        try {
            this.launchStage(s);
        }
        catch (e) {
            // The launch's error is the one to report; ending the capture fails too (invalidated).
            try {
                this.driver.destroyGraph(this.driver.endCapture(this.stream));
            }
            catch {
                // expected: the capture was invalidated by the failed launch
            }
            throw e;
        }
        const graph = this.resources.add(`graph of stage ${s}`, () => this.driver.endCapture(this.stream), (g) => this.driver.destroyGraph(g));
        this.graphs.set(key, graph);
        return graph;
    }
    launchStage(s) {
        this.plan.stages[s].launches.forEach((_, i) => this.launch(s, i));
    }
    launch(s, i) {
        const launch = this.plan.stages[s].launches[i];
        const kernel = this.plan.kernels[launch.kernel];
        const grid = launch.grid.kind === 'single' ? [1, 1, 1] : [launch.grid.x, 1, this.n];
        this.driver.launch(this.functions[launch.kernel], grid, [kernel.threads, 1, 1], this.args[s][i], this.stream);
    }
    /** Frees everything it can, even after a kernel fault, then reports what failed. */
    destroy() {
        if (this.closed)
            return;
        this.closed = true;
        const failures = [];
        try {
            this.driver.setCurrent(this.context);
        }
        catch (e) {
            failures.push(`cuCtxSetCurrent: ${e.message}`);
        }
        failures.push(...this.resources.release());
        this.graphs.clear();
        if (failures.length > 0)
            throw new Error(`${this.plan.name}: destroy freed what it could; these failed:\n  ${failures.join('\n  ')}`);
    }
}
async function readText(file) {
    const { readFile } = await import('node:fs/promises');
    try {
        return await readFile(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * Reads `sm_XX.ptx` for each architecture the model was built for from a directory (Node);
 * the generated entry module passes its `ptx/` folder. Absent files are skipped (nvcc was not
 * there at build time): NVRTC may compile the model here instead.
 */
export async function readPtx(dir, plan) {
    const out = {};
    for (const arch of plan.archs) {
        const text = await readText(new URL(`sm_${arch}.ptx`, dir));
        if (text !== undefined)
            out[arch] = text;
    }
    return out;
}
//# sourceMappingURL=cuda.js.map