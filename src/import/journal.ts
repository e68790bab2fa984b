import os from 'node:os';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { sealer } from '../privacy/data-key.js';
import { PRIVATE_PROPERTIES } from '../privacy/fields.js';
import { WordedError } from './problems.js';
import type { Progress } from './progress.js';
import {
  FINISH_IMPORT,
  IMPORT_BY_ID,
  MARK_IMPORT,
  START_IMPORT,
  STATED_COUNT,
  UNDO_BATCH,
  UNFINISHED_IMPORTS,
} from './queries.js';

/** An import's record, as stored: who, what file, when, what it did. */
export type ImportRecord = {
  id: string;
  /** What the file was: an enterprise list, or a lead ledger (absent on records from before ledgers: a list). */
  fileKind?: 'ENTERPRISES' | 'LEADS' | null;
  file: string;
  sha256: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  sheet: string | null;
  rows: number;
  rowsWritten: number;
  by: string;
  status: 'RUNNING' | 'DONE' | 'FAILED' | 'UNDOING' | 'UNDONE' | 'ROLLED_BACK';
  startedAt: number;
  finishedAt?: number | null;
  heartbeatAt: number;
  host: string;
  pid: number;
  enterprisesCreated?: number | null;
  rowsIntoExisting?: number | null;
  relationshipsCreated?: number | null;
  aliasesAdded?: number | null;
  /** Leads a lead ledger started. */
  leadsCreated?: number | null;
  /** The first headers no column read (at most LISTED_IGNORED_COLUMNS). */
  ignoredColumns?: string[] | null;
  /** How many headers no column read (absent on records from before it was counted). */
  ignoredColumnCount?: number | null;
  error?: string | null;
  undoneAt?: number | null;
  undoneBy?: string | null;
  rollback?: boolean | null;
};

/** Another import is running: one at a time. */
export class ImportBusyError extends WordedError {
  override name = 'ImportBusyError';
}

/** An import's process is taken for gone when its heartbeat is older than this. */
export const STALE_MS = 120_000;
const UNDO_BATCH_SIZE = 2_000;

/** An import's record as stored: who ran it and where are sealed (privacy/fields.ts). */
function sealed<T extends Partial<ImportRecord>>(props: T): T {
  const s = sealer();
  const out: Record<string, unknown> = { ...props };
  for (const key of PRIVATE_PROPERTIES.Import) if (key in out) out[key] = s.seal(out[key] as string | number | null);
  return out as T;
}

/** An import's record as read: who ran it and where, unsealed (a value sealed under another key reads as unknown). */
export function openRecord<T extends Partial<ImportRecord>>(record: T): T {
  const s = sealer();
  const out: Record<string, unknown> = { ...record };
  for (const key of PRIVATE_PROPERTIES.Import) {
    if (out[key] == null) continue;
    const value = s.unseal(out[key]);
    out[key] = value === undefined ? '(sealed under another data key)' : key === 'pid' ? Number(value) : value;
  }
  return out as T;
}

/** Records an import as RUNNING, holding the import lock; refuses when another one runs. */
export async function startImport(
  db: Database,
  props: Omit<ImportRecord, 'status' | 'startedAt' | 'heartbeatAt' | 'rowsWritten'>,
): Promise<void> {
  const [row] = await db.write<{
    created: string | null;
    busy: Pick<ImportRecord, 'id' | 'file' | 'by' | 'status'> | null;
  }>(START_IMPORT, { props: { ...sealed(props), kind: 'Import', key: props.id } });
  if (!row?.created) {
    const b = row?.busy && openRecord(row.busy);
    throw new ImportBusyError({
      EN: `another import is ${b?.status === 'UNDOING' ? 'being undone' : 'running'}: ${b?.file} by ${b?.by} (${b?.id}); try again when it has finished`,
      ZH: `${b?.by} 的另一次导入（${b?.file}）正在${b?.status === 'UNDOING' ? '撤销' : '进行'}：请等它完成后再试`,
    });
  }
}

export async function finishImport(db: Database, id: string, props: Partial<ImportRecord>): Promise<void> {
  await db.write(FINISH_IMPORT, { import: id, props: sealed(props) });
}

export async function importRecord(db: Database, id: string): Promise<ImportRecord | undefined> {
  const record = (await db.read<{ import: ImportRecord }>(IMPORT_BY_ID, { id }))[0]?.import;
  return record && openRecord(record);
}

/**
 * Removes everything an import stated and nothing else, in batches from its STATES
 * records (a fact the seed or another import also states stays). Resumable: a killed
 * undo is taken up again by `recoverInterrupted`. Ends with `status` (UNDONE, or
 * ROLLED_BACK / FAILED for an import that did not finish).
 */
export async function removeImported(
  db: Database,
  id: string,
  status: 'UNDONE' | 'ROLLED_BACK' | 'FAILED',
  extra: Partial<ImportRecord>,
  progress?: Progress,
): Promise<{ enterprisesDeleted: number }> {
  const [{ stated }] = (await db.read<{ stated: number }>(STATED_COUNT, { import: id })) as [{ stated: number }];
  await db.write(MARK_IMPORT, {
    import: id,
    props: sealed({
      status: 'UNDOING',
      rollback: status !== 'UNDONE',
      heartbeatAt: Date.now(),
      host: os.hostname(),
      pid: process.pid,
    }),
  });
  let done = 0;
  let enterprisesDeleted = 0;
  for (;;) {
    const [batch] = await db.write<{ processed: number; deleted: number }>(UNDO_BATCH, {
      import: id,
      prefix: `${id}\t`,
      batch: UNDO_BATCH_SIZE,
    });
    if (!batch?.processed) break;
    done += batch.processed;
    enterprisesDeleted += batch.deleted;
    await db.write(MARK_IMPORT, { import: id, props: { heartbeatAt: Date.now() } });
    progress?.({ phase: 'undo', done, total: stated });
  }
  await db.write(MARK_IMPORT, {
    import: id,
    props: sealed({ ...extra, status, finishedAt: extra.finishedAt ?? Date.now() }),
  });
  return { enterprisesDeleted };
}

/** Whether a process on this machine is alive. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Finds imports left RUNNING or UNDOING by a process that is gone (a dead pid on this
 * machine, or no heartbeat for STALE_MS) and finishes them safely: an interrupted import
 * is rolled back, an interrupted undo is completed. The service runs it at start and every
 * minute; every import command runs it first. Returns the ids it dealt with.
 */
export async function recoverInterrupted(db: Database, log: Logger, now = Date.now()): Promise<string[]> {
  const unfinished = (
    await db.read<{
      import: Pick<ImportRecord, 'id' | 'status' | 'host' | 'pid' | 'heartbeatAt' | 'file' | 'rollback'>;
    }>(UNFINISHED_IMPORTS)
  ).map((r) => openRecord(r.import));
  const recovered: string[] = [];
  for (const imp of unfinished) {
    const gone = (imp.host === os.hostname() && !alive(imp.pid)) || now - imp.heartbeatAt > STALE_MS;
    if (!gone) continue;
    const wasUndo = imp.status === 'UNDOING' && !(imp as { rollback?: boolean }).rollback;
    log.warn(
      { import: imp.id, file: imp.file, status: imp.status },
      wasUndo ? 'an undo was interrupted; completing it' : 'an import was interrupted; rolling it back',
    );
    await removeImported(
      db,
      imp.id,
      wasUndo ? 'UNDONE' : 'ROLLED_BACK',
      wasUndo
        ? {}
        : { error: 'interrupted: the importing process stopped before the end; everything it had written was removed' },
    );
    recovered.push(imp.id);
  }
  return recovered;
}
