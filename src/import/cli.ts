import { readFileSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { createLogger } from '../logger.js';
import { importEnterprises, ImportRowsError } from './import.js';
import { ImportFileError } from './parse.js';

/** `npm run import -- file.csv`: imports an enterprise list into the configured database. */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run import -- enterprises.csv (columns: name, place, links, sectors, aliases, note)');
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const bytes = readFileSync(file);
  const { db, embedded } = await connect(config, log, { reuseRunning: true });
  try {
    const report = await importEnterprises(db, bytes, file, log);
    console.log(`Imported ${file}:`);
    console.table(report);
  } finally {
    await db.close();
    await embedded?.stop();
  }
}

main().catch((err: Error) => {
  const known = err instanceof ImportRowsError || err instanceof ImportFileError;
  console.error(known ? `${process.argv[2]}: ${err.message}` : `import failed: ${err.message}`);
  process.exit(1);
});
