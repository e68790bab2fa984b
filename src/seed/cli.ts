import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { applyMigrations } from '../db/migrations.js';
import { createLogger } from '../logger.js';
import { SeedValidationError } from './read.js';
import { seedDatabase } from './seed.js';

/** `npm run seed`: loads the seed files into the configured database and prints the counts. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const { db, embedded } = await connect(config, log, { reuseRunning: true });
  try {
    await applyMigrations(db, log);
    const counts = await seedDatabase(db, log);
    console.log('\nNodes per label:');
    console.table(counts.nodes);
    console.log('Relationships per type:');
    console.table(counts.relationships);
  } finally {
    await db.close();
    await embedded?.stop();
  }
}

main().catch((err: Error) => {
  console.error(err instanceof SeedValidationError ? err.message : `seed failed: ${err.message}`);
  process.exit(1);
});
