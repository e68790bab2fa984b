import type { Database } from '../db/database.js';
import { REVOKED_TOKEN_IDS } from './queries.js';

/** How long a list of revoked tokens read from the database is trusted. */
const FRESH_MS = 5_000;

/**
 * The ids of revoked tokens that have not yet expired, read from the database and kept
 * for a few seconds: a token revoked from the command line, or by another instance of
 * the service, is refused within FRESH_MS; one revoked through this process at once.
 */
export class Revocations {
  private ids = new Set<string>();
  private readAt = 0;
  private reading: Promise<void> | undefined;

  constructor(private readonly db: Database) {}

  async isRevoked(tokenId: string): Promise<boolean> {
    if (Date.now() - this.readAt > FRESH_MS)
      await (this.reading ??= this.refresh().finally(() => (this.reading = undefined)));
    return this.ids.has(tokenId);
  }

  /** Marks a token revoked in this process at once (after it was written to the database). */
  add(tokenId: string): void {
    this.ids.add(tokenId);
  }

  private async refresh(): Promise<void> {
    const rows = await this.db.read<{ id: string }>(REVOKED_TOKEN_IDS, { now: Date.now() });
    this.ids = new Set(rows.map((r) => r.id));
    this.readAt = Date.now();
  }
}
