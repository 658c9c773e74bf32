import { loadCudaDriver } from "./cuda-driver.js";
import { argBytes } from "./cuda-plan.js";
import { CompiledModel } from "./scheduler.js";
import { storedWeights } from "./packed.js";
/** Creates a compiled model on a CUDA device: uploads weights (packed, or folding BatchNorm as the plan says) and loads the module. */
export async function createCudaModel(plan, weights, options) {
    const driver = typeof options.driver === 'object' ? options.driver : await loadCudaDriver(options.driver ?? undefined);
    return new CompiledModel(plan, CudaExecutor.create(driver, plan, weights, options));
}
/** The image for a device of compute capability `cc`: the highest architecture <= cc (PTX JIT-compiles forward). */
export function pickImage(ptx, cc, name) {
    const archs = Object.keys(ptx)
        .map(Number)
        .filter((a) => a <= cc)
        .sort((a, b) => b - a);
    if (archs.length === 0) {
        throw new Error(`${name}: no PTX for this device (compute capability ${cc / 10}); built for sm_${Object.keys(ptx).join(', sm_')}`);
    }
    const image = ptx[archs[0]];
    // cuModuleLoadData reads PTX as a NUL-terminated string.
    const bytes = typeof image === 'string' ? new TextEncoder().encode(`${image}\0`) : image;
    return { arch: archs[0], image: bytes };
}
class CudaExecutor {
    driver;
    plan;
    ordinal;
    module;
    functions;
    memory;
    args;
    stream;
    useGraphs;
    n = 0;
    closed = false;
    /** Executable graphs by stage and chunk size (the grids depend on it). */
    graphs = new Map();
    constructor(driver, plan, ordinal, module, functions, memory, 
    /** Per stage and launch: the packed argument struct. */
    args, stream, useGraphs) {
        this.driver = driver;
        this.plan = plan;
        this.ordinal = ordinal;
        this.module = module;
        this.functions = functions;
        this.memory = memory;
        this.args = args;
        this.stream = stream;
        this.useGraphs = useGraphs;
    }
    static create(driver, plan, weights, options) {
        const packed = storedWeights(plan, weights);
        const ordinal = options.device ?? 0;
        driver.retainContext(ordinal);
        const { image } = pickImage(options.ptx, driver.computeCapability(ordinal), plan.name);
        const module = driver.loadModule(image);
        const functions = plan.kernels.map((k) => driver.getFunction(module, k.name));
        const memory = {
            arena: driver.alloc(plan.arenaElements * 4),
            weights: driver.alloc(Math.max(4, packed.byteLength)),
            control: driver.alloc(plan.control.words * 4),
            results: driver.alloc(plan.output.words * 4),
        };
        driver.copyToDevice(memory.weights, packed);
        const args = plan.stages.map((stage) => stage.launches.map((launch) => {
            const bytes = new Uint8Array(argBytes(launch.params.length));
            const view = new DataView(bytes.buffer);
            [memory.arena, memory.weights, memory.control, memory.results].forEach((p, i) => view.setBigUint64(8 * i, p, true));
            launch.params.forEach((word, i) => view.setUint32(32 + 4 * i, word, true));
            return bytes;
        }));
        const stream = driver.createStream();
        return new CudaExecutor(driver, plan, ordinal, module, functions, memory, args, stream, options.graphs ?? true);
    }
    start(images, n, control) {
        this.driver.copyToDevice(this.memory.arena + BigInt(this.plan.input.base * 4), images);
        this.driver.copyToDevice(this.memory.control, control);
        this.n = n;
    }
    run(stages, reads) {
        for (const s of stages) {
            if (!this.useGraphs) {
                this.launchStage(s);
                continue;
            }
            const key = `${s}:${this.n}`;
            let graph = this.graphs.get(key);
            if (graph === undefined) {
                this.driver.beginCapture(this.stream);
                try {
                    this.launchStage(s);
                }
                finally {
                    graph = this.driver.endCapture(this.stream);
                }
                this.graphs.set(key, graph);
            }
            this.driver.launchGraph(graph, this.stream);
        }
        this.driver.synchronize(this.stream);
        const words = new Uint32Array(this.plan.output.words);
        for (const { first, words: count } of reads) {
            this.driver.copyToHost(words.subarray(first, first + count), this.memory.results + BigInt(first * 4));
        }
        return Promise.resolve(words);
    }
    launchStage(s) {
        this.plan.stages[s].launches.forEach((launch, i) => {
            const kernel = this.plan.kernels[launch.kernel];
            const grid = launch.grid.kind === 'single' ? [1, 1, 1] : [launch.grid.x, 1, this.n];
            this.driver.launch(this.functions[launch.kernel], grid, [kernel.threads, 1, 1], this.args[s][i], this.stream);
        });
    }
    destroy() {
        if (this.closed)
            return;
        this.closed = true;
        for (const graph of this.graphs.values())
            this.driver.destroyGraph(graph);
        this.driver.destroyStream(this.stream);
        for (const p of Object.values(this.memory))
            this.driver.free(p);
        this.driver.unloadModule(this.module);
        this.driver.releaseContext(this.ordinal);
    }
}
/**
 * Reads `sm_XX.ptx` for each architecture the model was built for from a directory (Node);
 * the generated entry module passes its `ptx/` folder.
 */
export async function readPtx(dir, plan) {
    const { readFile } = await import('node:fs/promises');
    const out = {};
    for (const arch of plan.archs) {
        try {
            out[arch] = await readFile(new URL(`sm_${arch}.ptx`, dir), 'utf8');
        }
        catch {
            // Absent: nvcc was not there at build time, or this architecture was not built.
        }
    }
    if (Object.keys(out).length === 0) {
        throw new Error(`${plan.name}: no PTX in ${dir.pathname}; build the model where nvcc is installed ` +
            '(ranetc build --target cuda) or pass options.ptx');
    }
    return out;
}
//# sourceMappingURL=cuda.js.map