import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { GraphQLError } from 'graphql';
import type { Database } from '../db/database.js';
import { withoutJava } from '../errors.js';
import type { Logger } from '../logger.js';
import { startTsWorker } from '../worker/start.js';
import type { AnalystJob, AnalystReply } from './analyst-worker.js';
import { SHOW_ANALYST_TRANSACTIONS, TERMINATE_TRANSACTIONS } from './queries.js';
import type { CypherAnswer, CypherLimits } from './run.js';

export type AnalystOptions = {
  /** Analyst queries at once, those still finishing on the database included. */
  concurrency: number;
  /** Time a query may take on the database. */
  timeoutMs: number;
  /** After the timeout, how long the answer may still take to arrive before the worker is ended. */
  graceMs?: number;
  /** How long a query the database would not stop may keep its slot. */
  drainCeilingMs?: number;
  /** Heap of a worker thread, in MB: an answer must fit in it. */
  heapMb?: number;
};

/**
 * Analysts' Cypher, kept from starving or crashing everyone else. Each query runs in a
 * worker thread with its own connection and heap, at most `concurrency` at a time:
 * - a query that is still running at its deadline is answered with an error, its
 *   worker ended (closing its connection) and its transaction terminated;
 * - its slot stays taken until the database has really finished it (expression
 *   loops such as `reduce` do not heed termination), so analysts cannot pile up work
 *   on the database's cores;
 * - an answer too large for a worker's heap ends that worker, not the service.
 * Readers' requests never wait for analysts: a query beyond the budget is refused.
 */
export class AnalystQueries {
  private readonly idle: Worker[] = [];
  private taken = 0;
  private closed = false;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    private readonly options: AnalystOptions,
  ) {}

  async run(
    query: string,
    params: Record<string, unknown>,
    limits: Omit<CypherLimits, 'timeoutMs'>,
  ): Promise<CypherAnswer> {
    if (this.closed)
      throw new GraphQLError('The service is stopping.', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
    if (this.taken >= this.options.concurrency) {
      throw new GraphQLError(
        `${this.taken} analyst queries are running or still finishing on the database, the most this server runs at once; try again in a few seconds.`,
        { extensions: { code: 'SERVER_BUSY' } },
      );
    }
    this.taken++;
    const job: AnalystJob = {
      runId: randomUUID(),
      query,
      params,
      limits: { ...limits, timeoutMs: this.options.timeoutMs },
    };
    const worker = this.idle.pop() ?? this.spawn();
    const outcome = await this.send(worker, job);
    if (outcome.kind === 'reply') {
      this.idle.push(worker);
      this.taken--;
      if ('answer' in outcome.reply) return outcome.reply.answer;
      throw this.analystError(outcome.reply.error);
    }
    // Deadline passed or the worker died: end it, stop the query, and keep the slot until the database is done.
    void worker.terminate();
    void this.drain(job.runId).finally(() => this.taken--);
    if (outcome.kind === 'deadline') {
      throw new GraphQLError(`The query took too long (over ${this.options.timeoutMs / 1000} s) and was stopped.`, {
        extensions: { code: 'BAD_USER_INPUT', reason: 'TIMEOUT' },
      });
    }
    if (outcome.outOfMemory) {
      throw new GraphQLError(
        `The answer is too large to return (over ${this.heapMb()} MB while it was read); return fewer or smaller values.`,
        { extensions: { code: 'BAD_USER_INPUT', reason: 'ANSWER_TOO_LARGE' } },
      );
    }
    const reference = randomUUID().slice(0, 8);
    this.log.error({ err: outcome.error, reference }, 'an analyst query worker failed');
    throw new GraphQLError(`The query could not be run (reference ${reference}).`, {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }

  /** Ends the idle workers; queries still running end at their deadline. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }

  private heapMb(): number {
    return this.options.heapMb ?? 192;
  }

  private spawn(): Worker {
    const worker = startTsWorker(
      new URL('./analyst-worker.ts', import.meta.url),
      { maxOldGenerationSizeMb: this.heapMb(), maxYoungGenerationSizeMb: 32 },
      { database: this.db.options },
    );
    worker.unref();
    return worker;
  }

  private send(
    worker: Worker,
    job: AnalystJob,
  ): Promise<
    | { kind: 'reply'; reply: AnalystReply }
    | { kind: 'deadline' }
    | { kind: 'died'; outOfMemory: boolean; error: unknown }
  > {
    return new Promise((resolve) => {
      const finish = (outcome: Parameters<typeof resolve>[0]) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        resolve(outcome);
      };
      const onMessage = (reply: AnalystReply) => reply.runId === job.runId && finish({ kind: 'reply', reply });
      const onError = (error: Error & { code?: string }) =>
        finish({ kind: 'died', outOfMemory: error.code === 'ERR_WORKER_OUT_OF_MEMORY', error });
      const onExit = (code: number) =>
        finish({ kind: 'died', outOfMemory: false, error: new Error(`the worker exited with code ${code}`) });
      const timer = setTimeout(
        () => finish({ kind: 'deadline' }),
        this.options.timeoutMs + (this.options.graceMs ?? 1_500),
      );
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(job);
    });
  }

  /** Terminates the run's transaction and waits until the database no longer lists it (or the ceiling). */
  private async drain(runId: string): Promise<void> {
    const until = Date.now() + (this.options.drainCeilingMs ?? 120_000);
    let terminated = false;
    try {
      while (Date.now() < until) {
        const ids = (await this.db.read<{ id: string }>(SHOW_ANALYST_TRANSACTIONS, { runId })).map((r) => r.id);
        if (!ids.length) return;
        if (!terminated) {
          terminated = true;
          await this.db.read(TERMINATE_TRANSACTIONS, { ids });
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      this.log.warn(
        { runId },
        'an analyst query was still running on the database at the drain ceiling; its slot is freed',
      );
    } catch (err) {
      // A server that does not let this user list transactions: the slot is freed now.
      this.log.warn({ err: (err as Error).message }, 'could not watch an analyst query finish on the database');
    }
  }

  /** The worker's error as the analyst should read it: the database's own words for their mistakes, none of its internals. */
  private analystError(error: {
    message: string;
    code?: string | undefined;
    extensions?: Record<string, unknown> | undefined;
    neo4jCode?: string | undefined;
  }): GraphQLError {
    const { neo4jCode } = error;
    if (error.code) return new GraphQLError(error.message, { extensions: { ...error.extensions, code: error.code } });
    if (neo4jCode?.startsWith('Neo.ClientError.Statement') || neo4jCode?.startsWith('Neo.ClientError.Procedure')) {
      return new GraphQLError(`The query was refused: ${withoutJava(error.message.split('\n')[0] ?? '')}`, {
        extensions: { code: 'BAD_USER_INPUT', neo4jCode },
      });
    }
    if (
      neo4jCode?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
      neo4jCode === 'Neo.ClientError.Transaction.Terminated'
    ) {
      return new GraphQLError(`The query took too long (over ${this.options.timeoutMs / 1000} s) and was stopped.`, {
        extensions: { code: 'BAD_USER_INPUT', reason: 'TIMEOUT' },
      });
    }
    if (neo4jCode && /OutOfMemory|MemoryLimit|MemoryPool/.test(neo4jCode)) {
      return new GraphQLError(
        'The query needs more memory than one query may use on this database; narrow it (fewer rows, smaller lists).',
        {
          extensions: { code: 'BAD_USER_INPUT', reason: 'MEMORY_LIMIT', neo4jCode },
        },
      );
    }
    if (neo4jCode === 'ServiceUnavailable' || neo4jCode === 'SessionExpired') {
      return new GraphQLError('The database is not available right now; try again in a few seconds.', {
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
    const reference = randomUUID().slice(0, 8);
    this.log.error({ neo4jCode, message: error.message, reference }, 'an analyst query failed in the database');
    return new GraphQLError(
      `The database could not run this query (reference ${reference}; the detail is in the service log).`,
      {
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    );
  }
}
