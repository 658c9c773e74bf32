/** Threshold that no confidence reaches, and one that every confidence reaches. */
const NEVER = 1e8;
const ALWAYS = -1e8;
export class CompiledModel {
    plan;
    executor;
    calibration = [];
    /** Settles when the device is free (see `acquire`). */
    busy = Promise.resolve();
    constructor(plan, executor) {
        this.plan = plan;
        this.executor = executor;
    }
    /** CPU threads computing the kernels: the wasm backend's pool size, 1 elsewhere. */
    get threads() {
        return this.executor.threads ?? 1;
    }
    /**
     * Sets the calibrated operating points that `classify({ budgetMFlops })` chooses from: a
     * thresholds file's own point (for `calibrate --budget-mflops`, refined between grid points)
     * and every point of its curve, or the given points.
     */
    useCalibration(calibration) {
        const points = 'length' in calibration ? calibration : [calibration, ...(calibration.curve ?? [])];
        for (const p of points)
            this.checkThresholds(p.thresholds);
        this.calibration = [...points].sort((a, b) => a.expectedMFlops - b.expectedMFlops);
    }
    /** The thresholds `classify` uses for an average budget per input (MFLOPs). */
    thresholdsForBudget(budgetMFlops) {
        if (this.calibration.length === 0) {
            throw new Error(`${this.plan.name}: budgetMFlops needs calibrated thresholds; call useCalibration() with a ranetc calibrate file first`);
        }
        const fitting = this.calibration.filter((p) => p.expectedMFlops <= budgetMFlops);
        if (fitting.length === 0) {
            const cheapest = this.calibration[0].expectedMFlops;
            throw new Error(`${this.plan.name}: no calibrated thresholds fit ${budgetMFlops} MFLOPs per input; the cheapest need ${cheapest.toFixed(3)}`);
        }
        return fitting[fitting.length - 1].thresholds;
    }
    async classify(images, options = {}) {
        const { predictions, work } = await this.classifyChunks(images, options, undefined);
        return work === undefined ? predictions : { predictions, work };
    }
    /**
     * `classify` with every dispatch timed on the device (WebGPU timestamp queries, where the
     * device has `timestamp-query`; CUDA: per launch), for finding where the time goes. With a
     * counting build it counts too.
     */
    async profile(images, options = {}) {
        if (this.executor.profile === undefined)
            throw new Error(`${this.plan.name}: this executor cannot time dispatches`);
        const chunks = [];
        const t0 = performance.now();
        const { predictions, work } = await this.classifyChunks(images, { ...options, count: this.plan.counters !== undefined }, chunks);
        return { predictions, ...(work === undefined ? {} : { work }), chunks, wallMs: performance.now() - t0 };
    }
    /** Runs `classify`'s chunks; with `timings`, through the executor's `profile`, one entry per chunk. */
    async classifyChunks(images, options, timings) {
        if (options.thresholds !== undefined && options.budgetMFlops !== undefined)
            throw new Error(`${this.plan.name}: pass thresholds or budgetMFlops, not both`);
        const thresholds = options.budgetMFlops !== undefined
            ? this.thresholdsForBudget(options.budgetMFlops)
            : (options.thresholds ?? this.lastExitOnly());
        this.checkThresholds(thresholds);
        const { final, logits } = this.plan.output;
        const classes = this.plan.classes;
        const everyStage = this.plan.exitFlops.map((_, s) => s);
        const counters = options.count ? this.countersLayout() : undefined;
        const counted = new Uint32Array(2 * (counters?.dispatches.length ?? 0));
        const out = [];
        for (const [start, chunk] of this.chunks(images)) {
            const release = await this.acquire();
            let n;
            let words;
            try {
                n = this.start(chunk, thresholds);
                const reads = [{ first: final, words: 3 * n }];
                if (options.logits)
                    reads.push({ first: logits, words: this.plan.exits * this.plan.maxBatch * classes });
                if (counters !== undefined)
                    reads.push({ first: counters.at, words: counted.length });
                if (timings === undefined)
                    words = await this.executor.run(everyStage, reads);
                else {
                    const timed = await this.executor.profile(everyStage, reads);
                    timings.push(timed.timings);
                    words = timed.words;
                }
            }
            finally {
                release();
            }
            const f32 = new Float32Array(words.buffer, words.byteOffset, words.length);
            for (let i = 0; i < n; i++) {
                const exit = words[final + 3 * i + 1];
                out.push({
                    index: start + i,
                    class: words[final + 3 * i],
                    exit,
                    confidence: f32[final + 3 * i + 2],
                    ...(options.logits ? { logits: this.logitsOf(f32, exit, i) } : {}),
                });
            }
            if (counters !== undefined)
                counted.forEach((_, w) => (counted[w] += words[counters.at + w]));
        }
        return counters === undefined
            ? { predictions: out }
            : { predictions: out, work: this.executedWork(out, counted) };
    }
    /**
     * Anytime prediction: yields each exit's predictions for the whole batch as soon as that
     * exit has run; stops computing when the consumer stops iterating. The model is this
     * iteration's until it ends: finish it, `break` out of `for await`, or call `return()`.
     */
    async *anytime(images, options = {}) {
        const [[, chunk], ...rest] = this.chunks(images);
        if (rest.length > 0)
            throw new Error(`anytime takes at most maxBatch = ${this.plan.maxBatch} inputs`);
        const release = await this.acquire();
        try {
            yield* this.stages(chunk, options);
        }
        finally {
            release();
        }
    }
    async *stages(chunk, options) {
        const n = this.start(chunk, this.lastExitOnly());
        const { perExit } = this.plan.output;
        const classes = this.plan.classes;
        for (let s = 0; s < this.plan.exits; s++) {
            const first = perExit + 2 * this.plan.maxBatch * s;
            const reads = [{ first, words: 2 * n }];
            if (options.logits)
                reads.push({ first: this.logitsAt(s, 0), words: n * classes });
            const words = await this.executor.run([s], reads);
            const f32 = new Float32Array(words.buffer, words.byteOffset, words.length);
            const predictions = Array.from({ length: n }, (_, i) => ({
                index: i,
                class: words[first + 2 * i],
                confidence: f32[first + 2 * i + 1],
                ...(options.logits ? { logits: this.logitsOf(f32, s, i) } : {}),
            }));
            yield { exit: s, flops: this.plan.exitFlops[s], predictions };
        }
    }
    /** Every exit's logits for every input (`n x classes` each), as the PyTorch model returns them. */
    async allExits(images) {
        const outs = [];
        for await (const step of this.anytime(images, { logits: true })) {
            const merged = new Float32Array(step.predictions.length * this.plan.classes);
            step.predictions.forEach((p, i) => merged.set(p.logits, i * this.plan.classes));
            outs.push(merged);
        }
        return outs;
    }
    destroy() {
        this.executor.destroy();
    }
    /**
     * Calls share the device's buffers, so they take turns: a `classify` chunk, or a whole
     * `anytime` iteration, at a time. Resolves to the function that ends the turn.
     */
    async acquire() {
        let release;
        const turn = new Promise((resolve) => (release = resolve));
        const previous = this.busy;
        this.busy = previous.then(() => turn);
        await previous;
        return release;
    }
    countersLayout() {
        if (this.plan.counters === undefined) {
            throw new Error(`${this.plan.name} was built without executed-work counters; build it with counters: true (ranetc build --counters) to count`);
        }
        return this.plan.counters;
    }
    /** The work behind `predictions`, from the counter words (ran, returned early) summed over chunks. */
    executedWork(predictions, counted) {
        const inputs = predictions.length;
        const left = this.plan.exitFlops.map(() => 0);
        for (const p of predictions)
            left[p.exit]++;
        const reached = left.map((_, s) => inputs - left.slice(0, s).reduce((a, b) => a + b, 0));
        const dispatches = this.countersLayout().dispatches.map((d, i) => {
            const [ran, skipped] = [counted[2 * i], counted[2 * i + 1]];
            return { ...d, ran, skipped, samples: d.blocksPerSample === 0 ? 0 : ran / d.blocksPerSample };
        });
        const executed = dispatches.reduce((sum, d) => sum + d.flops * d.samples, 0);
        const accounted = left.reduce((sum, k, e) => sum + k * this.plan.exitFlops[e], 0);
        return {
            inputs,
            reached,
            dispatches,
            executedMFlops: executed / inputs / 1e6,
            accountedMFlops: accounted / inputs / 1e6,
        };
    }
    /** Thresholds under which every input runs to the last exit. */
    lastExitOnly() {
        return this.plan.exitFlops.map((_, e) => (e === this.plan.exits - 1 ? ALWAYS : NEVER));
    }
    checkThresholds(thresholds) {
        if (thresholds.length !== this.plan.exits)
            throw new Error(`${this.plan.name} has ${this.plan.exits} exits, got ${thresholds.length} thresholds`);
    }
    chunks(images) {
        const { channels, height, width } = this.plan.input;
        const per = channels * height * width;
        if (images.length % per !== 0 || images.length === 0) {
            throw new Error(`${this.plan.name}: images must be n x ${per} floats (n x C x H x W), got ${images.length}`);
        }
        const out = [];
        const step = this.plan.maxBatch * per;
        for (let at = 0; at < images.length; at += step)
            out.push([at / per, images.subarray(at, at + step)]);
        return out;
    }
    /** Starts a chunk: every input active, in order, with these thresholds. */
    start(chunk, thresholds) {
        const { input, control } = this.plan;
        const n = chunk.length / (input.channels * input.height * input.width);
        const words = new Uint32Array(control.words);
        words[control.counts] = n;
        for (let i = 0; i < n; i++)
            words[control.ids[0] + i] = i;
        new Float32Array(words.buffer).set(thresholds.map(Math.fround), control.thresholds);
        this.executor.start(chunk, n, words);
        return n;
    }
    logitsAt(exit, i) {
        const c = this.plan.classes;
        return this.plan.output.logits + this.plan.maxBatch * c * exit + i * c;
    }
    logitsOf(f32, exit, i) {
        const at = this.logitsAt(exit, i);
        return f32.slice(at, at + this.plan.classes);
    }
}
//# sourceMappingURL=scheduler.js.map