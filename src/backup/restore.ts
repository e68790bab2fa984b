import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database } from '../db/database.js';
import { applyMigrations } from '../db/migrations.js';
import type { Logger } from '../logger.js';
import { checkBackupFile } from './check.js';
import { BackupFileError, parseHeader, type BackupHeader, type EndLine } from './format.js';
import { backupLines } from './lines.js';
import { Progress } from './progress.js';
import {
  COUNT_NODES,
  CREATE_KEY_INDEX,
  CREATE_NODES,
  CREATE_RELATIONSHIPS,
  DELETE_NODES,
  DELETE_RELATIONSHIPS,
  DROP_KEY_INDEX,
  KEY_RESTORED,
  REMOVE_KEYS,
  VALUES_RESTORED,
} from './queries.js';
import { confirmZones, LineValidator, uniqueConstraints } from './validate.js';

/**
 * What was restored. `skippedRelationships` are those of a version 1 backup to nodes it
 * does not hold (written while the backup ran), left out; a version 2 backup has none.
 */
export type RestoreReport = {
  nodes: number;
  relationships: number;
  skippedRelationships: number;
  seconds: number;
  from: BackupHeader;
};

/** A restore into a database that holds data, without `force`; nothing was changed. */
export class DatabaseNotEmptyError extends Error {
  override name = 'DatabaseNotEmptyError';
  constructor(readonly nodes: number) {
    super(`the database holds ${nodes} nodes; restore needs an empty one, or --force to replace them`);
  }
}

/** Rows per write transaction. */
const BATCH = 5_000;

/** Where standard input is kept while a restore with --force checks it (see restoreGraph). */
export const SPOOL_PREFIX = 'chain-atlas-stdin-';

/**
 * Loads a backup into an empty database (with `force`, empties it first, in batches),
 * then applies the migrations, so the database is ready to serve.
 *
 * A file is read through and checked completely first (check.ts: every line, with the
 * validator the load uses), so a file with a fault anywhere is refused before anything
 * is deleted or written. A stream cannot be read twice: into a database that holds
 * data (`force`), it is kept in a temporary file first and restored from that; into an
 * empty one, it is checked as it loads, and a fault found part-way deletes what was
 * loaded, leaving the database empty, as it was.
 */
export async function restoreGraph(
  db: Database,
  input: string | Readable,
  options: { force?: boolean },
  log: Logger,
): Promise<RestoreReport> {
  const started = performance.now();
  if (typeof input === 'string') return restoreFile(db, input, options, log, started);
  const existing = await countNodes(db);
  if (existing > 0 && !options.force) throw new DatabaseNotEmptyError(existing);
  if (existing > 0) return spooled(input, log, (file) => restoreFile(db, file, options, log, started));
  const lines = backupLines(input);
  try {
    let header: BackupHeader;
    try {
      header = parseHeader((await lines.next()).value as string | undefined);
    } catch (err) {
      throw unchanged(err, 'the database is empty, as it was');
    }
    return await loadIntoEmpty(
      db,
      lines,
      new LineValidator(header, await uniqueConstraints(db)),
      { wasEmpty: true, started },
      log,
    );
  } finally {
    await lines.return(undefined);
  }
}

/** Checks the whole file, then empties the database (with `force`) and loads the file. */
async function restoreFile(
  db: Database,
  file: string,
  options: { force?: boolean },
  log: Logger,
  started: number,
): Promise<RestoreReport> {
  let existing: number;
  try {
    const header = backupLines(file);
    try {
      parseHeader((await header.next()).value as string | undefined);
    } finally {
      await header.return(undefined);
    }
    existing = await countNodes(db);
    if (existing > 0 && !options.force) throw new DatabaseNotEmptyError(existing);
    log.info({ file }, 'checking the whole file before changing the database');
    const checked = await checkBackupFile(file, db);
    log.info({ nodes: checked.end.nodes, relationships: checked.end.relationships }, 'the file is a whole backup');
  } catch (err) {
    throw unchanged(err, 'the database is as it was');
  }
  if (existing > 0) {
    log.info({ nodes: existing }, `deleting the ${existing} nodes the database holds (--force)`);
    await emptyDatabase(db);
  }
  const lines = backupLines(file);
  try {
    const validator = new LineValidator(
      parseHeader((await lines.next()).value as string | undefined),
      await uniqueConstraints(db),
    );
    return await loadIntoEmpty(db, lines, validator, { wasEmpty: existing === 0, started }, log);
  } finally {
    await lines.return(undefined);
  }
}

/**
 * Keeps a stream in a temporary file (readable only by this user) for the work, and
 * removes it afterwards, whether the work succeeds or not.
 */
async function spooled<T>(input: Readable, log: Logger, work: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), SPOOL_PREFIX));
  try {
    const file = path.join(dir, 'backup.jsonl.gz');
    log.info({ file }, 'keeping standard input in a temporary file, to check it whole before changing the database');
    await pipeline(input, createWriteStream(file, { mode: 0o600 }));
    return await work(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Loads with the temporary key index, takes the keys off and applies the migrations;
 * a failure while loading deletes what was loaded.
 */
async function loadIntoEmpty(
  db: Database,
  lines: AsyncGenerator<string>,
  validator: LineValidator,
  how: { wasEmpty: boolean; started: number },
  log: Logger,
): Promise<RestoreReport> {
  const header = validator.header;
  log.info(
    { createdAt: header.createdAt, neo4j: header.neo4j, version: header.version, counts: header.counts },
    'restoring a backup',
  );
  const progress = new Progress(log, 'restoring', header.counts);
  await db.schema(CREATE_KEY_INDEX);
  await db.schema('CALL db.awaitIndexes(300)');
  try {
    const end = await load(db, lines, validator, progress);
    if (end.nodes !== header.counts.nodes || end.relationships !== header.counts.relationships) {
      log.warn(
        { header: header.counts, end },
        'the graph changed while this backup was written; it holds what its end line counts',
      );
    }
    if (validator.dangling) {
      log.warn(
        { skipped: validator.dangling },
        `${validator.dangling} relationships were left out: they point to nodes this version 1 backup does not hold (created while it ran, after it read the nodes)`,
      );
    }
    log.info('all loaded; taking the temporary restore keys off the nodes');
    await db.autoCommit(REMOVE_KEYS);
    await db.schema(DROP_KEY_INDEX);
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'restore failed; deleting what it loaded');
    try {
      await emptyDatabase(db);
      await db.schema(DROP_KEY_INDEX);
    } catch (cleanup) {
      log.error({ err: (cleanup as Error).message }, 'could not delete what the failed restore loaded');
      throw err;
    }
    if (how.wasEmpty) throw unchanged(err, 'the database is empty, as it was');
    if (!(err instanceof BackupFileError)) throw err;
    throw new BackupFileError(
      `${err.message}; nothing was restored (the database is now empty: --force deleted its data before the load)`,
    );
  }
  log.info('applying the migrations: constraints, indexes and the full-text index are built now');
  await applyMigrations(db, log);
  const report: RestoreReport = {
    nodes: validator.nodes,
    relationships: validator.relationships - validator.dangling,
    skippedRelationships: validator.dangling,
    seconds: Math.round((performance.now() - how.started) / 100) / 10,
    from: header,
  };
  log.info(
    {
      nodes: report.nodes,
      relationships: report.relationships,
      skippedRelationships: report.skippedRelationships,
      seconds: report.seconds,
    },
    'backup restored',
  );
  return report;
}

/** Reads the lines after the header, each through the validator, and writes them in batches; returns the end line. */
async function load(
  db: Database,
  lines: AsyncGenerator<string>,
  validator: LineValidator,
  progress: Progress,
): Promise<EndLine> {
  const writer = new OneInFlight();
  let nodes: NodeRow[] = [];
  let relationships: RelationshipRow[] = [];
  // Before each write, Neo4j is asked about the time zones of its lines (a stream was not checked before).
  const flushNodes = async () => {
    if (!nodes.length) return;
    await confirmZones(db, validator);
    await writer.next(writeNodes(db, nodes));
    nodes = [];
  };
  const flushRelationships = async () => {
    if (!relationships.length) return;
    await confirmZones(db, validator);
    await writer.next(writeRelationships(db, relationships));
    relationships = [];
  };
  let number = 1;
  for await (const text of lines) {
    const line = validator.check(text, ++number);
    if (line?.kind === 'node') {
      if (line.repeatedKey || line.repeatedUnique.length) {
        // A fingerprint was seen: the database, holding every node before this one, tells whether its key or values were.
        await flushNodes();
        await writer.idle();
        const restored = async (cypher: string, params: Record<string, unknown>) =>
          (await db.read<{ restored: boolean }>(cypher, params))[0]?.restored ?? false;
        if (line.repeatedKey && (await restored(KEY_RESTORED, { key: line.key })))
          throw validator.repeatedKeyError(line);
        for (const repeated of line.repeatedUnique) {
          const { label, properties } = repeated.unique;
          if (await restored(VALUES_RESTORED, { label, properties, values: properties.map((p) => line.props[p]) }))
            throw validator.repeatedUniqueError(line, repeated);
        }
      }
      nodes.push({ key: line.key, labels: line.labels, props: line.props });
      if (nodes.length === BATCH) await flushNodes();
    } else if (line?.kind === 'relationship') {
      await flushNodes();
      if (!line.dangling)
        relationships.push({ line: line.number, type: line.type, from: line.from, to: line.to, props: line.props });
      if (relationships.length === BATCH) await flushRelationships();
    }
    progress.nodes = validator.nodes;
    progress.relationships = validator.relationships;
    progress.tick();
  }
  await flushNodes();
  await flushRelationships();
  await writer.idle();
  return validator.finish(number);
}

type NodeRow = { key: string; labels: string[]; props: Record<string, unknown> };
type RelationshipRow = { line: number; type: string; from: string; to: string; props: Record<string, unknown> };

/** A thunk so the write starts only when the one before it has committed (relationships need their nodes). */
function writeNodes(db: Database, rows: NodeRow[]) {
  return async () => {
    const [row] = await db.write<{ created: number }>(CREATE_NODES, { rows });
    if (row?.created !== rows.length)
      throw new Error(`restore wrote ${row?.created} of a batch of ${rows.length} nodes`);
  };
}

/**
 * Every relationship the validator passed has its two nodes in the file, so each is made;
 * one fewer means a key was taken for another's (a fingerprint shared, once in 10^16).
 */
function writeRelationships(db: Database, rows: RelationshipRow[]) {
  return async () => {
    const [row] = await db.write<{ created: number }>(CREATE_RELATIONSHIPS, {
      rows: rows.map(({ line: _line, ...r }) => r),
    });
    if (row?.created === rows.length) return;
    throw new BackupFileError(
      `the backup is damaged: of the ${rows.length} relationships of lines ${rows[0]!.line} to ${rows.at(-1)!.line}, ${row?.created} could be made (one is to a node key the file does not hold)`,
    );
  };
}

/** One write at a time, while the next batch is read and decoded. */
class OneInFlight {
  private current: Promise<void> = Promise.resolve();

  async next(work: () => Promise<void>): Promise<void> {
    await this.current;
    this.current = work();
    this.current.catch(() => undefined); // surfaces at the next call or idle()
  }

  idle(): Promise<void> {
    return this.current;
  }
}

async function countNodes(db: Database): Promise<number> {
  const [{ nodes }] = (await db.read<{ nodes: number }>(COUNT_NODES)) as [{ nodes: number }];
  return nodes;
}

/** Deletes every relationship, then every node, in batches of their own transactions. */
async function emptyDatabase(db: Database): Promise<void> {
  await db.autoCommit(DELETE_RELATIONSHIPS);
  await db.autoCommit(DELETE_NODES);
}

/** A refusal of the file, saying that the database was not changed. */
function unchanged(err: unknown, state: string): unknown {
  return err instanceof BackupFileError ? new BackupFileError(`${err.message}; nothing was changed (${state})`) : err;
}
