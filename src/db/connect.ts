import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { Database } from './database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded/launch.js';

export type Connection = { db: Database; embedded: EmbeddedNeo4j | undefined };

/**
 * Opens the database the configuration names: the server at `NEO4J_URI` when set
 * (standalone, `neo4j://` cluster routing, or Aura), else the embedded Neo4j,
 * which this starts and waits for.
 */
export async function connect(config: Config, log: Logger, options: { reuseRunning?: boolean } = {}): Promise<Connection> {
  if (config.neo4j.uri) {
    const db = new Database({ ...config.neo4j, uri: config.neo4j.uri, embedded: false });
    return { db, embedded: undefined };
  }
  if (options.reuseRunning) {
    // A command-line tool beside a running `npm start` uses that embedded Neo4j:
    // a second one could not open the same data folder.
    const running = new Database({ ...config.neo4j, uri: `bolt://127.0.0.1:${config.embedded.port}`, embedded: true });
    try {
      await running.serverInfo(2_000);
      log.info({ uri: running.uri }, 'using the embedded Neo4j that is already running');
      return { db: running, embedded: undefined };
    } catch {
      await running.close();
    }
  }
  const embedded = await startEmbeddedNeo4j(config.embedded, log);
  const db = new Database({ ...config.neo4j, uri: embedded.uri, embedded: true });
  return { db, embedded };
}

/** One line a person can act on, from a driver error. */
export function describeConnectionError(uri: string, err: unknown): string {
  const e = err as { code?: string; message?: string };
  const message = e.message ?? String(err);
  // The driver's message is a paragraph; its last "Caused by" names the real cause.
  const cause = message.split('Caused by:').pop()?.trim() ?? message;
  const reason = cause.split('\n')[0];
  if (e.code === 'Neo.ClientError.Security.Unauthorized') {
    return `Neo4j at ${uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD): ${reason}`;
  }
  return `Cannot reach Neo4j at ${uri}: ${reason}`;
}
