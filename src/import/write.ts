import type { Database, WriteCounts } from '../db/database.js';
import { searchFields } from '../search/fields.js';
import { ahead, validBatches } from './batches.js';
import { decide, inTransaction } from './match.js';
import type { Progress } from './progress.js';
import { HEARTBEAT, WRITE_ALIASES, WRITE_ENTERPRISES, WRITE_FACTS, WRITE_NEW } from './queries.js';
import type { OpenedFile } from './read/rows.js';
import type { Reference, ValidRow } from './validate.js';

/** What an import wrote. */
export type WriteReport = {
  rowsWritten: number;
  enterprisesCreated: number;
  rowsIntoExisting: number;
  relationshipsCreated: number;
  aliasesAdded: number;
};

/** A row that the check passed but that cannot be written (the graph changed in between): the import is rolled back. */
export class RowsChangedError extends Error {
  override name = 'RowsChangedError';
}

/** The provenance entry of one import in a fact: id, file, line, day, note (tabs and line breaks made spaces). */
export function sourceEntry(importId: string, file: string, line: number, date: string, note: string): string {
  return [importId, file.replace(/[\t\n\r]/g, ' '), String(line), date, note.replace(/[\t\n\r]+/g, ' ')].join('\t');
}

/**
 * Writes the file's rows in batches, each batch one write transaction: the lookups of the
 * rows the check matched to enterprises of the graph, then their enterprises (with this import's STATES record and provenance entry), places,
 * links and sectors, and aliases, as batched UNWIND statements. Every batch also beats
 * the import's heartbeat, so that an import whose process died is known and rolled back.
 */
export async function writeFile(
  db: Database,
  file: OpenedFile,
  ref: Reference,
  job: {
    id: string;
    fileName: string;
    date: string;
    rows: number;
    matchedLines: Set<number>;
    repeatedLines: Set<number>;
  },
  progress?: Progress,
): Promise<WriteReport> {
  const report: WriteReport = {
    rowsWritten: 0,
    enterprisesCreated: 0,
    rowsIntoExisting: 0,
    relationshipsCreated: 0,
    aliasesAdded: 0,
  };
  const prefix = `${job.id}\t`;
  for await (const { valid, seen } of ahead(
    validBatches(file.rows(), ref, (problems) => {
      throw new RowsChangedError(problems[0]!.EN);
    }),
  )) {
    if (!valid.length) continue;
    const counts = await db.writeStatements(async (run) => {
      // Rows the check matched are looked up again (the graph may have changed since); the others are new.
      const decisions = await decide(inTransaction(run), valid, job.id, (row) => job.matchedLines.has(row.line));
      const bad = decisions.find((d) => 'problem' in d);
      if (bad && 'problem' in bad) throw new RowsChangedError(bad.problem.EN);
      const rows = valid.map((row, i) => ({
        ...toWritten(row, decisions[i] as { id: string; existing: boolean }, job),
        fresh: !(decisions[i] as { existing: boolean }).existing && !job.repeatedLines.has(row.line),
      }));
      const fresh = rows.filter((r) => r.fresh);
      const others = rows.filter((r) => !r.fresh);
      const base = { import: job.id, prefix, written: report.rowsWritten + valid.length };
      await run(HEARTBEAT, base);
      const created = fresh.length ? (await run(WRITE_NEW, { ...base, rows: fresh })).counts : NO_CHANGES;
      const merged = others.length ? (await run(WRITE_ENTERPRISES, { ...base, rows: others })).counts : NO_CHANGES;
      const facts = others.length ? (await run(WRITE_FACTS, { ...base, rows: others })).counts : NO_CHANGES;
      // Most registry exports give no aliases: no statement for them then.
      const withAliases = rows.filter((r) => r.aliases.length);
      const aliases = withAliases.length
        ? (await run(WRITE_ALIASES, { ...base, rows: withAliases })).counts
        : NO_CHANGES;
      return {
        enterprisesCreated: created.nodesCreated + merged.nodesCreated,
        // WRITE_NEW creates one STATES record a row besides the facts.
        factsCreated: created.relationshipsCreated - fresh.length + facts.relationshipsCreated,
        aliases,
        existing: decisions.filter((d) => 'existing' in d && d.existing).length,
      };
    });
    report.rowsWritten += valid.length;
    report.enterprisesCreated += counts.enterprisesCreated;
    report.rowsIntoExisting += counts.existing;
    report.relationshipsCreated += counts.factsCreated;
    report.aliasesAdded += counts.aliases.relationshipsCreated;
    progress?.({ phase: 'write', done: seen, total: job.rows });
  }
  return report;
}

const NO_CHANGES: WriteCounts = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };

/** A row as the write statements take it. */
function toWritten(
  row: ValidRow,
  decision: { id: string; existing: boolean },
  job: { id: string; fileName: string; date: string },
) {
  return {
    id: decision.id,
    code: row.code,
    placeId: row.placeId,
    targets: row.targets,
    aliases: row.aliases,
    source: sourceEntry(job.id, job.fileName, row.line, job.date, row.note),
    // Only used when the enterprise is new (ON CREATE).
    props: decision.existing ? {} : newEnterpriseProps(decision.id, row),
  };
}

/** The properties of an enterprise an import creates (a lead ledger's new enterprises too). */
export function newEnterpriseProps(id: string, row: { name: string; code: string | null; aliases: string[] }) {
  return {
    id,
    kind: 'Enterprise',
    key: row.code ? `统一社会信用代码:${row.code}` : row.name,
    name: row.name,
    aliases: [],
    imported: true,
    ...searchFields(row.name, row.aliases),
    sourceSections: [],
    sourceQuotes: [],
    sourceNotes: [],
  };
}
