import type { Readable } from 'node:stream';
import type { Database } from '../db/database.js';
import { applyMigrations } from '../db/migrations.js';
import type { Logger } from '../logger.js';
import { checkBackupFile } from './check.js';
import { BackupFileError, countsError, parseHeader, parseLine, truncatedError, type BackupHeader, type EndLine } from './format.js';
import { backupLines } from './lines.js';
import { Progress } from './progress.js';
import { COUNT_NODES, CREATE_KEY_INDEX, CREATE_NODES, CREATE_RELATIONSHIPS, DELETE_NODES, DELETE_RELATIONSHIPS, DROP_KEY_INDEX, MISSING_KEYS, REMOVE_KEYS } from './queries.js';
import { decodeProps as decodeStored, TypedValueError } from '../db/typed-values.js';

/** What was restored; `skippedRelationships` were written while the backup ran, to nodes it does not hold. */
export type RestoreReport = { nodes: number; relationships: number; skippedRelationships: number; seconds: number; from: BackupHeader };

/** A restore into a database that holds data, without `force`; nothing was changed. */
export class DatabaseNotEmptyError extends Error {
  override name = 'DatabaseNotEmptyError';
  constructor(readonly nodes: number) {
    super(`the database holds ${nodes} nodes; restore needs an empty one, or --force to replace them`);
  }
}

/** Rows per write transaction. */
const BATCH = 5_000;

/**
 * Loads a backup into an empty database (with `force`, empties it first, in batches),
 * then applies the migrations, so the database is ready to serve. A file path is read
 * through once first (check.ts), so a file that is not a whole backup changes nothing;
 * from a stream, a file found bad part-way is undone, leaving the database empty.
 */
export async function restoreGraph(db: Database, input: string | Readable, options: { force?: boolean }, log: Logger): Promise<RestoreReport> {
  const started = performance.now();
  const lines = backupLines(input);
  try {
    const header = parseHeader((await lines.next()).value as string | undefined);
    const [{ nodes: existing }] = (await db.read<{ nodes: number }>(COUNT_NODES)) as [{ nodes: number }];
    if (existing > 0 && !options.force) throw new DatabaseNotEmptyError(existing);
    if (typeof input === 'string') {
      log.info({ file: input }, 'checking the whole file before changing the database');
      await checkBackupFile(input);
    }
    if (existing > 0) {
      log.info({ nodes: existing }, `deleting the ${existing} nodes the database holds (--force)`);
      await emptyDatabase(db);
    }
    log.info({ createdAt: header.createdAt, neo4j: header.neo4j, counts: header.counts }, 'restoring a backup');
    const progress = new Progress(log, 'restoring', header.counts);
    const skippedRelationships = await loadIntoEmpty(db, lines, header, progress, log);
    log.info('applying the migrations: constraints, indexes and the full-text index are built now');
    await applyMigrations(db, log);
    const report = { nodes: progress.nodes, relationships: progress.relationships - skippedRelationships, skippedRelationships, seconds: Math.round((performance.now() - started) / 100) / 10, from: header };
    log.info({ nodes: report.nodes, relationships: report.relationships, seconds: report.seconds }, 'backup restored');
    return report;
  } finally {
    await lines.return(undefined);
  }
}

/** Loads with the temporary key index, then takes the keys off; a failure deletes what was loaded. */
async function loadIntoEmpty(db: Database, lines: AsyncGenerator<string>, header: BackupHeader, progress: Progress, log: Logger): Promise<number> {
  await db.schema(CREATE_KEY_INDEX);
  await db.schema('CALL db.awaitIndexes(300)');
  try {
    const { end, skipped } = await load(db, lines, progress);
    if (end.nodes !== header.counts.nodes || end.relationships !== header.counts.relationships) {
      log.warn({ header: header.counts, end }, 'the graph changed while this backup was written; it holds what its end line counts');
    }
    if (skipped.count) {
      log.warn({ skipped: skipped.count, lines: skipped.lines }, `${skipped.count} relationships were left out: their nodes were created while the backup ran, after it read the nodes`);
    }
    log.info('all loaded; taking the temporary restore keys off the nodes');
    await db.autoCommit(REMOVE_KEYS);
    await db.schema(DROP_KEY_INDEX);
    return skipped.count;
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'restore failed; deleting what it loaded');
    try {
      await emptyDatabase(db);
      await db.schema(DROP_KEY_INDEX);
    } catch (cleanup) {
      log.error({ err: (cleanup as Error).message }, 'could not delete what the failed restore loaded');
      throw err;
    }
    if (err instanceof BackupFileError) throw new BackupFileError(`${err.message}; nothing was restored (the database is empty)`);
    throw err;
  }
}

/** Reads the lines after the header and writes them in batches; returns the end line and the relationships left out. */
async function load(db: Database, lines: AsyncGenerator<string>, progress: Progress): Promise<{ end: EndLine; skipped: { count: number; lines: number[] } }> {
  const writer = new OneInFlight();
  const skipped = { count: 0, lines: [] as number[] };
  let nodes: NodeRow[] = [];
  let relationships: RelationshipRow[] = [];
  const flushNodes = async () => {
    if (nodes.length) await writer.next(writeNodes(db, nodes));
    nodes = [];
  };
  const flushRelationships = async () => {
    if (relationships.length) await writer.next(writeRelationships(db, relationships, skipped));
    relationships = [];
  };
  let end: EndLine | undefined;
  let number = 1;
  for await (const text of lines) {
    number++;
    if (text === '') continue;
    if (end) throw new BackupFileError(`the backup is damaged: line ${number} follows its end line`);
    const line = parseLine(text, number);
    if ('n' in line) {
      if (progress.relationships) throw new BackupFileError(`the backup is damaged: line ${number} is a node after the relationships`);
      nodes.push({ key: line.n, labels: line.labels, props: decodeProps(line.props, number) });
      progress.nodes++;
      if (nodes.length === BATCH) await flushNodes();
    } else if ('r' in line) {
      await flushNodes();
      relationships.push({ line: number, type: line.r, from: line.from, to: line.to, props: decodeProps(line.props, number) });
      progress.relationships++;
      if (relationships.length === BATCH) await flushRelationships();
    } else {
      end = line;
    }
    progress.tick();
  }
  await flushNodes();
  await flushRelationships();
  await writer.idle();
  if (!end) throw truncatedError(number);
  if (end.nodes !== progress.nodes || end.relationships !== progress.relationships) throw countsError(end, progress.nodes, progress.relationships);
  return { end, skipped };
}

type NodeRow = { key: string; labels: string[]; props: Record<string, unknown> };
type RelationshipRow = { line: number; type: string; from: string; to: string; props: Record<string, unknown> };

/** A thunk so the write starts only when the one before it has committed (relationships need their nodes). */
function writeNodes(db: Database, rows: NodeRow[]) {
  return async () => {
    const [row] = await db.write<{ created: number }>(CREATE_NODES, { rows });
    if (row?.created !== rows.length) throw new Error(`restore wrote ${row?.created} of a batch of ${rows.length} nodes`);
  };
}

/**
 * A relationship whose node is not in the file was written while the backup ran (after
 * the nodes were read): it is left out and counted, as the writes after it are.
 */
function writeRelationships(db: Database, rows: RelationshipRow[], skipped: { count: number; lines: number[] }) {
  return async () => {
    const [row] = await db.write<{ created: number }>(CREATE_RELATIONSHIPS, { rows: rows.map(({ line: _line, ...r }) => r) });
    if (row?.created === rows.length) return;
    const missing = new Set((await db.read<{ key: string }>(MISSING_KEYS, { keys: rows.flatMap((r) => [r.from, r.to]) })).map((m) => m.key));
    const dangling = rows.filter((r) => missing.has(r.from) || missing.has(r.to));
    if (row?.created !== rows.length - dangling.length) {
      throw new BackupFileError(`the backup is damaged: a batch of ${rows.length} relationships from line ${rows[0]!.line} made ${row?.created} (a node key twice?)`);
    }
    skipped.count += dangling.length;
    skipped.lines.push(...dangling.slice(0, 3 - skipped.lines.length).map((r) => r.line));
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

/** Deletes every relationship, then every node, in batches of their own transactions. */
async function emptyDatabase(db: Database): Promise<void> {
  await db.autoCommit(DELETE_RELATIONSHIPS);
  await db.autoCommit(DELETE_NODES);
}

/** A line's properties as Neo4j values; a value the file cannot hold is the file's fault, named with its line. */
function decodeProps(props: Record<string, unknown>, line: number) {
  try {
    return decodeStored(props);
  } catch (err) {
    if (err instanceof TypedValueError) throw new BackupFileError(`the backup is damaged: line ${line} has ${err.message}`);
    throw err;
  }
}
