import { alignedTable, helpRequested } from '../cli.js';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { applyMigrations } from '../db/migrations.js';
import { createLogger } from '../logger.js';
import { SeedValidationError } from './read.js';
import { seedDatabase } from './seed.js';

const USAGE = `usage: npm run seed
Loads the curated plan (seed/data) into the configured database (a running npm start's
embedded Neo4j, else one started here, else NEO4J_URI) and prints the counts. What users
recorded and imported stays.`;

/** `npm run seed`: loads the seed files into the configured database and prints the counts. */
async function main(): Promise<void> {
  helpRequested(USAGE);
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const { db, embedded } = await connect(config, log, { reuseRunning: true });
  try {
    await applyMigrations(db, log);
    const counts = await seedDatabase(db, log);
    const table = (counts: Record<string, number>, what: string) =>
      alignedTable(
        [what, 'count'],
        Object.entries(counts).map(([k, n]) => [k, String(n)]),
      );
    console.log(['', ...table(counts.nodes, 'label'), '', ...table(counts.relationships, 'relationship')].join('\n'));
  } finally {
    await db.close();
    await embedded?.stop();
  }
}

main().catch((err: Error) => {
  console.error(err instanceof SeedValidationError ? err.message : `seed failed: ${err.message}`);
  process.exit(1);
});
