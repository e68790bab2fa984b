import type { Server } from 'node:http';
import type { Config } from './config.js';
import type { Connection } from './db/connect.js';
import { applyMigrations } from './db/migrations.js';
import { recoverInterrupted } from './import/journal.js';
import { sealStoredPrivateValues } from './privacy/seal-stored.js';
import { readLimits, UPLOAD_LARGER } from './import/read/limits.js';
import { Uploads } from './import/uploads.js';
import { ResultCache } from './db/result-cache.js';
import { AnalystQueries } from './cypher/analysts.js';
import { createAccounts } from './account/accounts.js';
import { createHttpApp, listen } from './http.js';
import type { Logger } from './logger.js';
import { Readiness } from './readiness.js';
import { isUnseeded, seedDatabase } from './seed/seed.js';
import { createApolloServer } from './server.js';

export type Service = { url: string; readiness: Readiness; stop(): Promise<void> };

/** How often a running service looks for imports whose process died. */
const RECOVERY_EVERY_MS = 60_000;

/** Prepares the database in the background and serves HTTP until stopped. */
export async function startService(config: Config, { db, embedded }: Connection, log: Logger): Promise<Service> {
  const readiness = new Readiness(db, log, async () => {
    await applyMigrations(db, log);
    // An import or undo a killed process left half done is finished before serving: rolled back, or completed.
    await recoverInterrupted(db, log);
    await sealStoredPrivateValues(db, log);
    if (config.seedOnStart && (await isUnseeded(db))) {
      log.info('the database holds no plan yet; loading the seed');
      await seedDatabase(db, log);
    }
  });
  await readiness.start();

  const { apollo, shapes } = createApolloServer({ ...config.http, log });
  await apollo.start();
  const cache = config.resultCacheEntries > 0 ? new ResultCache(db, config.resultCacheEntries) : undefined;
  const analysts = new AnalystQueries(db, log, config.cypher);
  // Uploads waiting from before a restart are counted again (or removed, when expired).
  const uploads = await Uploads.open(config.imports.uploadDir, config.imports.uploads);
  const imports = {
    uploads,
    readLimits: readLimits(config.imports.xlsxUnpackedBytes, config.imports.xlsxTimeoutMs, UPLOAD_LARGER),
  };
  const app = createHttpApp({
    apollo,
    shapes,
    db,
    readiness,
    log,
    jwtSecret: config.jwtSecret,
    limits: config.http,
    cache,
    analysts,
    imports,
    accounts: createAccounts(db, config.accounts),
  });
  const { server, url } = await listen(app, config.host, config.port);
  // And while serving: a command-line import killed meanwhile is rolled back within a few minutes.
  const recovery = setInterval(() => void recoverInterrupted(db, log).catch(() => undefined), RECOVERY_EVERY_MS);
  recovery.unref();
  log.info({ url: `${url}/graphql`, neo4j: db.uri, embedded: Boolean(embedded) }, 'chain-atlas is serving');

  return {
    url,
    readiness,
    async stop() {
      clearInterval(recovery);
      uploads.close();
      readiness.stop();
      await closeServer(server);
      await apollo.stop();
      await analysts.close();
      await db.close();
      await embedded?.stop();
    },
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeIdleConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
