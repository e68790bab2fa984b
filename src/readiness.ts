import type { Database, ServerInfo } from './db/database.js';
import { describeConnectionError } from './db/connect.js';
import type { Logger } from './logger.js';

export type ReadyState =
  { ready: true; database: ServerInfo & { uri: string; embedded: boolean } } | { ready: false; reason: string };

/**
 * Brings the database to a usable state (migrations, first seed) as soon as it
 * answers, retrying in the background while it does not, and reports readiness.
 * The service keeps serving meanwhile: `/readyz` fails and queries get SERVICE_UNAVAILABLE.
 */
export class Readiness {
  private prepared = false;
  private lastProblem: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    private readonly prepare: () => Promise<void>,
    private readonly retryMs = 5_000,
  ) {}

  /** Starts preparing; resolves after the first attempt, whatever its outcome. */
  start(): Promise<void> {
    return this.attempt();
  }

  async check(): Promise<ReadyState> {
    if (!this.prepared) return { ready: false, reason: this.lastProblem ?? 'preparing the database' };
    try {
      const info = await this.db.serverInfo(2_000);
      return { ready: true, database: { ...info, uri: this.db.uri, embedded: this.db.embedded } };
    } catch (err) {
      return { ready: false, reason: describeConnectionError(this.db.uri, err) };
    }
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private attempt(): Promise<void> {
    this.running ??= this.tryPrepare().finally(() => (this.running = undefined));
    return this.running;
  }

  private async tryPrepare(): Promise<void> {
    try {
      await this.db.serverInfo();
      await this.prepare();
      this.prepared = true;
      this.lastProblem = undefined;
    } catch (err) {
      const problem = describeConnectionError(this.db.uri, err);
      // Say it once per distinct problem, not at every retry.
      if (problem !== this.lastProblem) {
        this.log.error(`${problem}. Serving with /readyz failing; retrying every ${this.retryMs / 1000}s.`);
      }
      this.lastProblem = problem;
      this.timer = setTimeout(() => void this.attempt(), this.retryMs);
      this.timer.unref();
    }
  }
}
