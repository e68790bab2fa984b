import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starts a worker thread running a TypeScript module (a `new URL('./x.ts', import.meta.url)`),
 * with its own heap limits: work that may blow up (an analyst's query answer, an
 * officer's workbook) runs there, so the service's own memory and event loop are safe,
 * and all of the worker's memory is returned when it ends.
 */
export function startTsWorker(module: URL, resourceLimits: ResourceLimits, data: Record<string, unknown> = {}): Worker {
  // The worker registers tsx itself (boot.mjs); the parent's flags (tsx's, vitest's) are not its business.
  return new Worker(new URL('./boot.mjs', import.meta.url), {
    workerData: { ...data, module: module.href },
    resourceLimits,
    execArgv: [],
  });
}
