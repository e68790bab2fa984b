import { parentPort, workerData } from 'node:worker_threads';
import { GraphQLError } from 'graphql';
import { Database, type DatabaseOptions } from '../db/database.js';
import { runReadOnly, type CypherLimits } from './run.js';

/** A query for the worker: what to run and within which limits. */
export type AnalystJob = { runId: string; query: string; params: Record<string, unknown>; limits: CypherLimits };

/** What the worker says back: the answer, or the error as plain data (errors do not cross threads whole). */
export type AnalystReply =
  | { runId: string; answer: { columns: string[]; rows: unknown[][]; truncated: boolean } }
  | {
      runId: string;
      error: {
        message: string;
        code?: string | undefined;
        extensions?: Record<string, unknown> | undefined;
        neo4jCode?: string | undefined;
      };
    };

/**
 * One analyst query at a time, on a connection of its own, in this worker thread: an
 * answer that is huge, or that the driver never finishes decoding, costs this thread's
 * memory and time, never the service's; the pool ends the thread at the deadline.
 */
const db = new Database({ ...(workerData.database as DatabaseOptions), poolSize: 1 });

parentPort!.on('message', (job: AnalystJob) => {
  runReadOnly(db, job.query, job.params, job.limits, job.runId).then(
    (answer) => parentPort!.postMessage({ runId: job.runId, answer } satisfies AnalystReply),
    (err: unknown) => parentPort!.postMessage({ runId: job.runId, error: plainError(err) } satisfies AnalystReply),
  );
});

function plainError(err: unknown): {
  message: string;
  code?: string;
  extensions?: Record<string, unknown>;
  neo4jCode?: string;
} {
  // The guard's extensions (`argument: 'query'`) are plain data, so they cross the thread whole.
  if (err instanceof GraphQLError)
    return {
      message: err.message,
      code: String(err.extensions.code ?? 'BAD_USER_INPUT'),
      extensions: { ...err.extensions },
    };
  const e = err as { message?: string; code?: string };
  return { message: e.message ?? String(err), neo4jCode: e.code };
}
