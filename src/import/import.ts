import path from 'node:path';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { parseCsv } from './parse.js';
import { IMPORT_COUNTS, REFERENCE_DATA, WRITE_ROW } from './queries.js';
import { resolveRows, type ReferenceData } from './resolve.js';

export type ImportReport = {
  rows: number;
  matchedExisting: number;
  enterprisesCreated: number;
  relationshipsCreated: number;
};

/** Rows that cannot be imported, each with its line; nothing was written. */
export class ImportRowsError extends Error {
  override name = 'ImportRowsError';
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem(s); nothing was imported:\n- ${problems.join('\n- ')}`);
  }
}

/**
 * Imports an officer's enterprise list: checks every row first, then writes all of them
 * in one transaction. Enterprises matching one in the graph by name or alias are merged
 * into it; importing the same file again changes nothing.
 */
export async function importEnterprises(db: Database, bytes: Uint8Array, fileName: string, log: Logger): Promise<ImportReport> {
  const rows = parseCsv(bytes);
  const [ref] = await db.read<ReferenceData>(REFERENCE_DATA);
  const resolved = resolveRows(rows, ref!, path.basename(fileName));
  if (resolved.problems.length) throw new ImportRowsError(resolved.problems);

  const [before] = await db.read<{ enterprises: number; relationships: number }>(IMPORT_COUNTS);
  await db.writeTx(async (tx) => {
    for (const row of resolved.rows) await tx.run(WRITE_ROW, { row });
  });
  const [after] = await db.read<{ enterprises: number; relationships: number }>(IMPORT_COUNTS);
  const report = {
    rows: rows.length,
    matchedExisting: resolved.rows.filter((r) => r.matched).length,
    enterprisesCreated: after!.enterprises - before!.enterprises,
    relationshipsCreated: after!.relationships - before!.relationships,
  };
  log.info({ file: fileName, ...report }, 'enterprises imported');
  return report;
}
