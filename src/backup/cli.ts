import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { destination, pino } from 'pino';
import { helpRequested } from '../cli.js';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { backupGraph } from './backup.js';
import { BackupFileError } from './format.js';
import { DatabaseNotEmptyError, restoreGraph } from './restore.js';

const USAGE =
  'usage: npm run backup -- FILE.jsonl.gz | npm run restore -- FILE.jsonl.gz [--force]   (FILE "-" is stdout / stdin)';

/**
 * `npm run backup -- FILE` and `npm run restore -- FILE [--force]`: the whole graph to
 * one file and back, on the configured database (a running `npm start`'s embedded
 * Neo4j, else one started here, else `NEO4J_URI`). Logs and progress go to stderr.
 */
async function main(): Promise<void> {
  helpRequested(USAGE);
  const [command, ...args] = process.argv.slice(2);
  const { values, positionals } = parseArgs({
    args,
    options: { force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if ((command !== 'backup' && command !== 'restore') || !file || positionals.length > 1) throw new UsageError(USAGE);
  if (command === 'backup' && values.force) throw new UsageError(`--force is for restore; ${USAGE}`);
  if (file !== '-' && command === 'restore' && !existsSync(file)) throw new UsageError(`${file}: no such file`);
  if (file !== '-' && command === 'backup' && !existsSync(path.dirname(path.resolve(file))))
    throw new UsageError(`${file}: the folder ${path.dirname(file)} does not exist`);

  const config = loadConfig();
  // stdout may be the backup itself; everything else goes to stderr.
  const log = pino({ level: config.logLevel, base: { service: 'chain-atlas' } }, destination(2));
  const say = file === '-' ? console.error : console.log;
  const { db, embedded } = await connect(config, log, { reuseRunning: true });
  try {
    if (command === 'backup') {
      const r = await backupGraph(db, file === '-' ? process.stdout : file, log);
      say(
        `Backed up ${r.nodes} nodes and ${r.relationships} relationships from ${db.uri} to ${file}: ${megabytes(r.bytes)} in ${r.seconds} s.`,
      );
      if (r.leftOutRelationships)
        say(
          `Left out ${r.leftOutRelationships} relationships written while the backup ran, to nodes created after it read the nodes (see the warning above); the next backup will hold them.`,
        );
    } else {
      const r = await restoreGraph(db, file === '-' ? process.stdin : file, { force: values.force }, log);
      const size = file === '-' ? '' : ` (${megabytes(statSync(file).size)})`;
      say(
        `Restored ${r.nodes} nodes and ${r.relationships} relationships from ${file}${size}, backed up ${r.from.createdAt} from Neo4j ${r.from.neo4j.version} ${r.from.neo4j.edition}, into ${db.uri} in ${r.seconds} s.`,
      );
      if (r.skippedRelationships)
        say(
          `Left out ${r.skippedRelationships} relationships of this version 1 backup to nodes it does not hold, created while it ran (see the warning above).`,
        );
    }
  } finally {
    await db.close();
    await embedded?.stop();
  }
}

class UsageError extends Error {}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 2 : 0)} MB`;
}

main().catch((err: Error) => {
  const known = err instanceof UsageError || err instanceof BackupFileError || err instanceof DatabaseNotEmptyError;
  const file = process.argv.slice(2).find((a, i) => i > 0 && !a.startsWith('--'));
  console.error(
    err instanceof BackupFileError
      ? `${file}: ${err.message}`
      : known
        ? err.message
        : `${process.argv[2]} failed: ${err.message}`,
  );
  process.exit(1);
});
