// Runs the reference interpreter on a slice of a data set in a worker thread, so that a test
// can run it beside the compiled model. Posts every exit's logits for the slice.
import { parentPort, workerData } from 'node:worker_threads';
import { expandRanet } from '../../src/frontend/ranet.ts';
import { paramsFrom, runGraph } from '../../src/reference/interpreter.ts';
import type { Spec } from '../../src/spec/types.ts';
import { loadWeights } from '../../src/weights/load.ts';

export interface ReferenceJob {
  readonly spec: Spec;
  readonly weightsFile: string;
  /** n x C x H x W normalized images. */
  readonly images: Float32Array;
  readonly n: number;
  readonly batch: number;
}

const job = workerData as ReferenceJob;
const graph = expandRanet(job.spec);
const param = paramsFrom(loadWeights(job.weightsFile));
const shape = graph.nodes[graph.input].type.shape;
const per = job.images.length / job.n;
const exits = graph.exits.map(() => new Float32Array(job.n * job.spec.classes));
for (let start = 0; start < job.n; start += job.batch) {
  const count = Math.min(job.batch, job.n - start);
  const data = job.images.subarray(start * per, (start + count) * per);
  runGraph(graph, param, { n: count, shape, data }).forEach((out, e) =>
    exits[e].set(out.data, start * job.spec.classes),
  );
}
parentPort!.postMessage(
  exits,
  exits.map((e) => e.buffer as ArrayBuffer),
);
