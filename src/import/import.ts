import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../db/database.js';
import { toGlobalId } from '../ids.js';
import type { Logger } from '../logger.js';
import { checkFile, type CheckReport } from './check.js';
import {
  finishImport,
  importRecord,
  recoverInterrupted,
  removeImported,
  startImport,
  type ImportRecord,
} from './journal.js';
import { WordedError } from './problems.js';
import type { Progress } from './progress.js';
import type { Encoding } from './read/encoding.js';
import type { ReadLimits } from './read/limits.js';
import { checkLedger, takeBackLeads, writeLedger, type LedgerOfficer } from '../pipeline/import/ledger.js';
import type { FileKind } from './read/headers.js';
import { openAnyImportFile, type Source } from './read/rows.js';
import { loadReference } from './reference.js';
import { writeFile } from './write.js';

/** A file with problems, each with its line; nothing was written. */
export class ImportRowsError extends Error {
  override name = 'ImportRowsError';
  constructor(readonly report: CheckReport) {
    super(
      `${report.problemCount} problem(s); nothing was imported:\n- ${report.problems.map((p) => p.EN).join('\n- ')}${report.problemCount > report.problems.length ? `\n- … and ${report.problemCount - report.problems.length} more` : ''}`,
    );
  }
  /** The problems in English, as the CLI and the API's error extensions give them. */
  get problems(): string[] {
    return this.report.problems.map((p) => p.EN);
  }
}

export type ImportOptions = {
  /** The file's name as provenance (a path's base name). */
  fileName: string;
  /** Who imports: the token's subject, or `cli:<user>`. */
  by: string;
  encoding?: Encoding;
  sheet?: string;
  /** Check and report only; write nothing. */
  dryRun?: boolean;
  /** What reading a workbook may cost (the service's defaults when not given; the CLI's are larger). */
  limits?: ReadLimits;
  /** An enterprise list or a lead ledger; omitted: the header row tells (a 阶段 column: a lead ledger). */
  kind?: FileKind;
  /** Who imports, as the pipeline knows them: a lead ledger is refused without an officer with a home place. */
  officer?: LedgerOfficer;
};

export type ImportOutcome = { check: CheckReport; record?: ImportRecord };

/** The SHA-256 of the source's bytes, streamed. */
async function sha256(source: Source): Promise<string> {
  const hash = createHash('sha256');
  if (source.bytes) return hash.update(source.bytes).digest('hex');
  for await (const chunk of createReadStream(source.path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A checked file: its report, and, unless it was a dry run, the recorded import and the writing still to do. */
export type PreparedImport = { check: CheckReport; id?: string; write?: () => Promise<ImportRecord> };

/**
 * Imports an officer's enterprise list, the one code path of the CLI, the API and the web
 * app: finish any import a dead process left (rolled back), read the file (CSV in UTF-8
 * or GB18030/GBK, or XLSX), check every row and match it against the graph without writing
 * (the dry run stops here), then, only if no row has a problem, record the import as
 * RUNNING; `write` then writes it in batches. If the writing fails, what it wrote is
 * removed at once; if the process is killed, the next start removes it. Either way the
 * graph is as it was before.
 */
export async function prepareImport(
  db: Database,
  source: Source,
  options: ImportOptions,
  log: Logger,
  progress?: Progress,
): Promise<PreparedImport> {
  await recoverInterrupted(db, log);
  const file = await openAnyImportFile(source, {
    encoding: options.encoding,
    sheet: options.sheet,
    limits: options.limits,
    kind: options.kind,
  });
  const ref = await loadReference(db);
  // What the file would do, and how it is written once recorded: an enterprise list in
  // batches, a lead ledger (src/pipeline/import/) in one transaction that also marks it DONE.
  let check: CheckReport;
  let writeRows: (job: { id: string; fileName: string; date: string }) => Promise<Partial<ImportRecord>>;
  if (file.kind === 'LEADS') {
    const ledger = await checkLedger(db, file, ref, options.officer);
    check = ledger.report;
    writeRows = (job) => writeLedger(db, ledger, job, options.officer!.actor);
  } else {
    const checked = await checkFile(db, file, ref, progress);
    check = checked.report;
    const { matchedLines, repeatedLines } = checked;
    writeRows = (job) => writeFile(db, file, ref, { ...job, rows: check.rows, matchedLines, repeatedLines }, progress);
  }
  if (check.problemCount) throw new ImportRowsError(check);
  if (options.dryRun) return { check };

  const id = toGlobalId('Import', randomUUID());
  const fileName = path.basename(options.fileName);
  await startImport(db, {
    id,
    fileKind: file.kind,
    file: fileName,
    sha256: await sha256(source),
    format: file.format,
    encoding: file.encoding,
    sheet: file.sheet,
    rows: check.rows,
    by: options.by,
    host: os.hostname(),
    pid: process.pid,
    ignoredColumns: check.ignoredColumns,
    ignoredColumnCount: check.ignoredColumnCount,
  });
  const write = async () => {
    const date = new Date().toISOString().slice(0, 10);
    try {
      const written = await writeRows({ id, fileName, date });
      await finishImport(db, id, { ...written, status: 'DONE' });
    } catch (err) {
      // The record is read by officers: a worded reason, never a raw exception (the log has that).
      const reference = randomUUID().slice(0, 8);
      log.error({ err, import: id, reference }, 'the import failed; removing what it wrote');
      await removeImported(db, id, 'FAILED', {
        error:
          err instanceof WordedError
            ? err.message
            : `writing failed (reference ${reference} in the service log); everything it had written was removed`,
      });
      throw err;
    }
    const record = (await importRecord(db, id))!;
    log.info(
      {
        import: id,
        kind: file.kind,
        file: fileName,
        rows: record.rows,
        created: record.enterprisesCreated,
        relationships: record.relationshipsCreated,
        leads: record.leadsCreated,
      },
      file.kind === 'LEADS' ? 'leads imported' : 'enterprises imported',
    );
    return record;
  };
  return { check, id, write };
}

/** Checks and writes a file in one call (`prepareImport`, then its writing); a dry run only checks. */
export async function runImport(
  db: Database,
  source: Source,
  options: ImportOptions,
  log: Logger,
  progress?: Progress,
): Promise<ImportOutcome> {
  const prepared = await prepareImport(db, source, options, log, progress);
  return { check: prepared.check, record: prepared.write ? await prepared.write() : undefined };
}

/** Undoes an import: removes what it added and nothing else, keeps its record as UNDONE. */
export async function undoImport(
  db: Database,
  id: string,
  by: string,
  log: Logger,
  progress?: Progress,
): Promise<ImportRecord> {
  await recoverInterrupted(db, log);
  const record = await importRecord(db, id);
  if (!record) throw new ImportNotFoundError({ EN: `no import has the id "${id}"`, ZH: `没有编号为“${id}”的导入记录` });
  if (record.status !== 'DONE')
    throw new ImportNotFoundError({
      EN: `import ${id} is ${record.status}: only a finished import can be undone`,
      ZH: `该导入的状态是 ${record.status}：只有已完成的导入可以撤销`,
    });
  // A lead ledger's leads go first, in one transaction, unless one changed since (the undo is refused).
  const leadsRemoved =
    record.fileKind === 'LEADS'
      ? await takeBackLeads(db, id, { status: 'UNDOING', rollback: false, heartbeatAt: Date.now() })
      : 0;
  const { enterprisesDeleted } = await removeImported(
    db,
    id,
    'UNDONE',
    { undoneAt: Date.now(), undoneBy: by },
    progress,
  );
  log.info({ import: id, enterprisesDeleted, leadsRemoved, by }, 'import undone');
  return (await importRecord(db, id))!;
}

/** An import id that names no import that can be undone. */
export class ImportNotFoundError extends WordedError {
  override name = 'ImportNotFoundError';
}

/** The report of the earlier one-call API (`importEnterprises`), kept for its callers. */
export type ImportReport = {
  rows: number;
  matchedExisting: number;
  enterprisesCreated: number;
  relationshipsCreated: number;
};

/** Imports CSV or XLSX bytes in one call (the earlier API, kept): `runImport` with the report it used to give. */
export async function importEnterprises(
  db: Database,
  bytes: Uint8Array,
  fileName: string,
  log: Logger,
  by = 'api',
): Promise<ImportReport> {
  const { check, record } = await runImport(db, { bytes }, { fileName, by, kind: 'ENTERPRISES' }, log);
  return {
    rows: check.rows,
    matchedExisting: record?.rowsIntoExisting ?? 0,
    enterprisesCreated: record?.enterprisesCreated ?? 0,
    relationshipsCreated: record?.relationshipsCreated ?? 0,
  };
}
