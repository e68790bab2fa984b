import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { applyMigrations } from '../src/db/migrations.js';
import { seedDatabase } from '../src/seed/seed.js';
import { connectionOptions } from '../src/db/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embedded/launch.js';
import { freePort } from '../src/free-port.js';
import { createLogger } from '../src/logger.js';

type ProvidedNeo4j = { uri: string; user: string; password: string; database: string; embedded: boolean };

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ProvidedNeo4j;
  }
}

/** The run's one Neo4j: every project that needs it (graph, writes, browser) shares it. */
type Shared = { started: Promise<ProvidedNeo4j>; users: number; stop(): Promise<void> };
const KEY = Symbol.for('chain-atlas.test-neo4j');
const holder = globalThis as { [KEY]?: Shared };

/**
 * Starts one real Neo4j for the run, seeded: the embedded one in a fresh temporary folder
 * on a free port, or the server at NEO4J_URI when that is set. Vitest calls this once for
 * each project that has files to run; global setups all run in its main process, so the
 * first call starts the database and the others share it. The last teardown stops it.
 */
export async function setup(project: TestProject): Promise<void> {
  holder[KEY] ??= startShared();
  const shared = holder[KEY];
  shared.users++;
  project.provide('neo4j', await shared.started);
}

export async function teardown(): Promise<void> {
  const shared = holder[KEY];
  if (!shared || --shared.users > 0) return;
  delete holder[KEY];
  await shared.stop();
}

function startShared(): Shared {
  let embedded: EmbeddedNeo4j | undefined;
  let dataDir: string | undefined;
  const started = (async () => {
    const config = loadConfig();
    const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
    let neo4j: ProvidedNeo4j;
    if (config.neo4j.uri) {
      neo4j = { ...config.neo4j, uri: config.neo4j.uri, embedded: false };
    } else {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'chain-atlas-test-'));
      embedded = await startEmbeddedNeo4j(
        { ...config.embedded, dataDir, port: await freePort(), heap: '1g', pageCache: '256m' },
        log,
      );
      neo4j = connectionOptions(config.neo4j, embedded);
    }
    // Every test file starts from the same seeded graph; files that change it remove what they made (test/writes.ts).
    const db = new Database(neo4j);
    try {
      await applyMigrations(db, log);
      await seedDatabase(db, log);
    } finally {
      await db.close();
    }
    return neo4j;
  })();
  return {
    started,
    users: 0,
    async stop() {
      await started.catch(() => undefined);
      await embedded?.stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
