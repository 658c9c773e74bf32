// Worker-thread entry that runs a TypeScript module: registers tsx's loader in this thread
// (Node 20 does not pass the parent's loader hooks to workers), then imports workerData.module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
