// A worker thread's entry: registers tsx so the worker's TypeScript module loads the same
// way under `tsx`, vitest and any other runner, then imports that module (workerData.module).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
