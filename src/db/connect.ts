import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { Database, type DatabaseOptions } from './database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded/launch.js';
import { embeddedPassword } from './embedded/password.js';

export type Connection = { db: Database; embedded: EmbeddedNeo4j | undefined };

/**
 * Opens the database the configuration names: the server at `NEO4J_URI` when set
 * (standalone, `neo4j://` cluster routing, or Aura), else the embedded Neo4j,
 * which this starts and waits for.
 */
export async function connect(
  config: Config,
  log: Logger,
  options: { reuseRunning?: boolean } = {},
): Promise<Connection> {
  if (config.neo4j.uri) {
    const db = new Database({ ...config.neo4j, uri: config.neo4j.uri, embedded: false });
    return { db, embedded: undefined };
  }
  if (options.reuseRunning) {
    // A command-line tool beside a running `npm start` uses that embedded Neo4j:
    // a second one could not open the same data folder.
    const password = await embeddedPassword(config.embedded.dataDir).catch(() => '');
    const running = new Database({
      ...config.neo4j,
      user: 'neo4j',
      password,
      uri: `bolt://127.0.0.1:${config.embedded.port}`,
      embedded: true,
    });
    try {
      await running.serverInfo(2_000);
      log.info({ uri: running.uri }, 'using the embedded Neo4j that is already running');
      return { db: running, embedded: undefined };
    } catch {
      await running.close();
    }
  }
  const embedded = await startEmbeddedNeo4j(config.embedded, log);
  return { db: new Database(connectionOptions(config.neo4j, embedded)), embedded };
}

/** How to reach the configured database: NEO4J_URI with its credentials, or a started embedded Neo4j with its own password. */
export function connectionOptions(neo4j: Config['neo4j'], embedded?: EmbeddedNeo4j): DatabaseOptions {
  if (embedded) return { ...neo4j, user: 'neo4j', password: embedded.password, uri: embedded.uri, embedded: true };
  if (!neo4j.uri) throw new Error('no NEO4J_URI and no embedded Neo4j started');
  return { ...neo4j, uri: neo4j.uri, embedded: false };
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
