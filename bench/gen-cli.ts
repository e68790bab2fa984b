import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { connect } from '../src/db/connect.js';
import { applyMigrations } from '../src/db/migrations.js';
import { createLogger } from '../src/logger.js';
import { isUnseeded, seedDatabase } from '../src/seed/seed.js';
import { generateScale } from './generate.js';
import { BENCH_ENV } from './env.js';
import { helpRequested } from '../src/cli.js';

/** `npm run gen:scale -- --enterprises N [--seed S]`: the national graph, in the bench database. */
async function main(): Promise<void> {
  helpRequested(
    'usage: npm run gen:scale -- [--enterprises N] [--seed S]\nGenerates the national bench graph (N enterprises, default 1000) in the bench database, for npm run bench.',
  );
  const { values } = parseArgs({
    options: { enterprises: { type: 'string', default: '1000' }, seed: { type: 'string', default: '2015' } },
  });
  const config = loadConfig({ ...BENCH_ENV, ...process.env });
  const log = createLogger(config.logLevel);
  const { db, embedded } = await connect(config, log);
  try {
    await applyMigrations(db, log);
    if (await isUnseeded(db)) await seedDatabase(db, log);
    const report = await generateScale(db, { enterprises: Number(values.enterprises), seed: Number(values.seed) }, log);
    await db.schema('CALL db.awaitIndexes(3600)');
    const size = embedded
      ? execFileSync('du', ['-sh', config.embedded.dataDir]).toString().split('\t')[0]
      : 'n/a (external server)';
    console.log(
      `Generated ${report.nodes} nodes and ${report.relationships} relationships in ${(report.ms / 1000).toFixed(1)} s; database size ${size}.`,
    );
  } finally {
    await db.close();
    await embedded?.stop();
  }
}

main().catch((err: Error) => {
  console.error(`gen:scale failed: ${err.message}`);
  process.exit(1);
});
