import { LRUCache } from 'lru-cache';
import type { Database, Params } from './database.js';

/** Runs a read query, possibly answering from the cache. */
export type CachedRead = <T>(cypher: string, params?: Params) => Promise<T[]>;

/**
 * Answers of expensive read queries (the analytics), kept while the database has not
 * changed. Each answer is tagged with the database version it was computed at (the
 * bookmark of the latest committed transaction); a request reads the current version
 * once, in one small round trip, and reuses an answer only when the versions are equal.
 * Any write, by this service, a CLI, another replica or a person in Neo4j Browser,
 * changes the version, so a cached answer is never stale.
 */
export class ResultCache {
  private readonly answers: LRUCache<string, { version: string; rows: unknown[] }>;
  /** Answers served from the cache, and answers computed (for tests and logs). */
  readonly stats = { hits: 0, misses: 0 };

  constructor(
    private readonly db: Database,
    maxEntries: number,
  ) {
    this.answers = new LRUCache({ max: Math.max(1, maxEntries) });
  }

  /** A reader for one request: it reads the database version at most once. */
  forRequest(): CachedRead {
    let version: Promise<string> | undefined;
    return async <T>(cypher: string, params: Params = {}): Promise<T[]> => {
      const key = `${cypher}\u0000${JSON.stringify(params)}`;
      const kept = this.answers.get(key);
      if (kept && kept.version === (await (version ??= this.db.version()))) {
        this.stats.hits++;
        return kept.rows as T[];
      }
      this.stats.misses++;
      const fresh = await this.db.readVersioned<T>(cypher, params);
      this.answers.set(key, fresh);
      return fresh.rows;
    };
  }
}
