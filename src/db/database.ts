import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { toPlain } from './values.js';

export type Params = Record<string, unknown>;

/** What a write statement changed. */
export type WriteCounts = {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
};

/** One statement of an open transaction: its rows as plain objects, and what it changed. */
export type Statement = <T = Record<string, unknown>>(
  cypher: string,
  params?: Params,
) => Promise<{ rows: T[]; counts: WriteCounts }>;

/** What the server says about itself. */
export type ServerInfo = { version: string; edition: string };

export type DatabaseOptions = {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** true when we started the server ourselves (its password is in the data folder). */
  embedded: boolean;
  /** Most connections at once (100 unless given: a worker's own connection needs one). */
  poolSize?: number;
};

/** What an explicit read transaction is given: a server-side timeout and metadata that tags it (SHOW TRANSACTIONS shows it). */
export type ReadOnceOptions = { timeoutMs: number; metadata: Record<string, string> };

/**
 * The one place that owns the driver, sessions and transactions.
 * Reads go through `executeRead`, so a cluster can route them to followers;
 * writes through `executeWrite`. Every call is one Cypher round trip, counted in
 * `roundTrips` so tests can show that a request's round trips stay bounded.
 */
export class Database {
  readonly driver: Driver;
  readonly name: string;
  readonly uri: string;
  readonly embedded: boolean;
  roundTrips = 0;

  /** How to open another connection to the same database (a worker's). */
  readonly options: DatabaseOptions;

  constructor(options: DatabaseOptions) {
    this.options = options;
    this.uri = options.uri;
    this.name = options.database;
    this.embedded = options.embedded;
    const auth = neo4j.auth.basic(options.user, options.password);
    this.driver = neo4j.driver(options.uri, auth, {
      userAgent: 'chain-atlas',
      maxConnectionPoolSize: options.poolSize ?? 100,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
    });
  }

  /** Runs one read query and returns its rows as plain objects. */
  async read<T = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.readTx((tx) => tx.run(cypher, params)).then(rows<T>);
  }

  /** Runs one write query in its own transaction and returns its rows as plain objects. */
  async write<T = Record<string, unknown>>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.writeTx((tx) => tx.run(cypher, params)).then(rows<T>);
  }

  /**
   * The database's version: the bookmark of its latest committed transaction, which
   * changes with every write, whoever makes it. Read answers tagged with it stay valid
   * while it is the same (result-cache.ts).
   */
  async version(): Promise<string> {
    return (await this.readVersioned('RETURN 1')).version;
  }

  /** One read query, with the version of the database it was answered from. */
  async readVersioned<T = Record<string, unknown>>(
    cypher: string,
    params: Params = {},
  ): Promise<{ rows: T[]; version: string }> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => this.counted(tx, (t) => t.run(cypher, params)));
      return { rows: rows<T>(result), version: session.lastBookmarks().join(' ') };
    } finally {
      await session.close();
    }
  }

  /** A read transaction of several statements (one round trip each). */
  async readTx<R>(work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => this.counted(tx, work), txConfig(timeoutMs));
    } finally {
      await session.close();
    }
  }

  /**
   * One attempt at a read transaction, never retried: for an analyst's query, which a
   * retry would run again after it ran out of memory or time. (executeRead retries
   * transient errors; an explicit transaction in a READ session is still routed to a
   * reader in a cluster.)
   */
  async readOnce<R>(
    work: (tx: ManagedTransaction) => Promise<R>,
    { timeoutMs, metadata }: ReadOnceOptions,
  ): Promise<R> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
    const tx = session.beginTransaction({ timeout: timeoutMs, metadata });
    try {
      const result = await this.counted(tx as unknown as ManagedTransaction, work);
      await tx.rollback();
      return result;
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      await session.close();
    }
  }

  /** A write transaction of several statements: all of them land, or none. */
  async writeTx<R>(work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => this.counted(tx, work), txConfig(timeoutMs));
    } finally {
      await session.close();
    }
  }

  /**
   * A write transaction of several statements, for code outside db/ that needs each
   * statement's rows and counts (the import): all of them land, or none.
   */
  async writeStatements<R>(work: (run: Statement) => Promise<R>, timeoutMs?: number): Promise<R> {
    return this.writeTx((tx) => work(statementsOf(tx)), timeoutMs);
  }

  /**
   * Reads the rows of several queries, one after another in one read transaction, as they
   * arrive: the driver pulls the next records only when these are consumed, so a graph of
   * any size passes through bounded memory. Values stay driver values (Integers, temporal
   * types; see typed-values.ts), which `read` would turn into plain ones.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- driver values, typed by the caller
  async *streamRead(queries: string[], fetchSize = 2_000): AsyncGenerator<{ query: number; row: Record<string, any> }> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ, fetchSize });
    const tx = await session.beginTransaction();
    try {
      for (const [query, cypher] of queries.entries()) {
        this.roundTrips++;
        for await (const record of tx.run(cypher)) yield { query, row: record.toObject() };
      }
      await tx.commit();
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      await session.close();
    }
  }

  /**
   * One statement in an auto-commit transaction: the only way to run `CALL { … } IN
   * TRANSACTIONS`, which commits in batches (bulk maintenance of generated data).
   */
  async autoCommit(cypher: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.name });
    try {
      this.roundTrips++;
      await session.run(cypher, params);
    } finally {
      await session.close();
    }
  }

  /** Schema commands (constraints, indexes) cannot share a transaction with data. */
  async schema(cypher: string): Promise<void> {
    const session = this.driver.session({ database: this.name });
    try {
      this.roundTrips++;
      await session.run(cypher);
    } finally {
      await session.close();
    }
  }

  /** The server's version and edition; throws when it cannot be reached. */
  async serverInfo(timeoutMs = 5_000): Promise<ServerInfo> {
    const [row] = await this.readTx(
      (tx) =>
        tx.run(
          `CALL dbms.components() YIELD name, versions, edition
           WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition`,
        ),
      timeoutMs,
    ).then(rows<ServerInfo>);
    if (!row) throw new Error('Neo4j did not report its version');
    return row;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private counted<R>(tx: ManagedTransaction, work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    const run = tx.run.bind(tx);
    const counting = Object.create(tx) as ManagedTransaction;
    counting.run = ((...args: Parameters<ManagedTransaction['run']>) => {
      this.roundTrips++;
      return run(...args);
    }) as ManagedTransaction['run'];
    return work(counting);
  }
}

function statementsOf(tx: ManagedTransaction): Statement {
  return async <T>(cypher: string, params: Params = {}) => {
    const result = await tx.run(cypher, params);
    const u = result.summary.counters.updates();
    return {
      rows: rows<T>(result),
      counts: {
        nodesCreated: u.nodesCreated,
        nodesDeleted: u.nodesDeleted,
        relationshipsCreated: u.relationshipsCreated,
        relationshipsDeleted: u.relationshipsDeleted,
      },
    };
  };
}

function txConfig(timeoutMs: number | undefined) {
  return timeoutMs ? { timeout: timeoutMs } : undefined;
}

function rows<T>(result: QueryResult<RecordShape>): T[] {
  return result.records.map((r) => toPlain(r.toObject()) as T);
}
