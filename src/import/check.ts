import type { Database } from '../db/database.js';
import { ahead, validBatches } from './batches.js';
import { FingerprintSet } from '../fingerprints.js';
import { decide } from './match.js';
import type { Problem } from './problems.js';
import type { Progress } from './progress.js';
import { LISTED_IGNORED_COLUMNS } from './read/limits.js';
import type { FileKind } from './read/headers.js';
import type { OpenedFile } from './read/rows.js';
import type { Reference } from './validate.js';

/** Problems listed in full; past this many, the report says how many more there are. */
export const LISTED_PROBLEMS = 500;
/** Examples of what would be created and merged, in a dry run's report. */
const EXAMPLES = 10;

/** What a file would do, found without writing anything: the dry run, and the check before every import. */
export type CheckReport = {
  /** An enterprise list, or a lead ledger (src/pipeline/import/). */
  kind: FileKind;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  sheet: string | null;
  /** The first of the headers no column reads (LISTED_IGNORED_COLUMNS of them at most). */
  ignoredColumns: string[];
  /** How many headers no column reads, all of them. */
  ignoredColumnCount: number;
  rows: number;
  /** New enterprises the file would add. */
  enterprisesToCreate: number;
  /** Enterprises already in the graph that rows would be merged into. */
  enterprisesToMerge: number;
  /** Rows naming an enterprise an earlier row of the file names already. */
  duplicateRows: number;
  /** Leads (招商项目) a lead ledger would start; 0 for an enterprise list. */
  leadsToCreate: number;
  createdExamples: { line: number; name: string }[];
  mergedExamples: { line: number; name: string; into: string; by: 'code' | 'name' }[];
  /** The first problems, each with its line, in English and Chinese. */
  problems: Problem[];
  problemCount: number;
};

/**
 * A check's report; the lines of the rows it matched to enterprises of the graph (the
 * write looks up only those again) and of rows naming an enterprise an earlier row names.
 * The write creates every other row outright.
 */
export type Checked = { report: CheckReport; matchedLines: Set<number>; repeatedLines: Set<number> };

/**
 * Reads the whole file once and writes nothing: checks every row, matches it against the
 * enterprises in the graph (indexed lookups of the batch's codes and names), and counts
 * what an import would create and merge. A file with any problem is not imported.
 */
export async function checkFile(db: Database, file: OpenedFile, ref: Reference, progress?: Progress): Promise<Checked> {
  const report: CheckReport = {
    kind: 'ENTERPRISES',
    format: file.format,
    encoding: file.encoding,
    sheet: file.sheet,
    ignoredColumns: file.headers.ignored.slice(0, LISTED_IGNORED_COLUMNS),
    ignoredColumnCount: file.headers.ignored.length,
    rows: 0,
    enterprisesToCreate: 0,
    enterprisesToMerge: 0,
    duplicateRows: 0,
    leadsToCreate: 0,
    createdExamples: [],
    mergedExamples: [],
    problems: [],
    problemCount: 0,
  };
  const problem = (list: Problem[]) => {
    report.problemCount += list.length;
    for (const p of list) if (report.problems.length < LISTED_PROBLEMS) report.problems.push(p);
  };
  // Which enterprise each row lands in, to count each once: its id (existing) or its code or name (new).
  const landed = new FingerprintSet();
  const matchedLines = new Set<number>();
  const repeatedLines = new Set<number>();
  for await (const { valid, seen } of ahead(validBatches(file.rows(), ref, problem))) {
    report.rows = seen;
    if (!valid.length) continue;
    const decisions = await decide((cypher, params) => db.read(cypher, params), valid, null);
    decisions.forEach((d, i) => {
      if ('problem' in d) return problem([d.problem]);
      const row = valid[i]!;
      if (d.existing) matchedLines.add(row.line);
      const key = d.existing ? `e:${d.id}` : `n:${row.code ?? row.name}`;
      if (!landed.add(key)) {
        repeatedLines.add(row.line);
        return void report.duplicateRows++;
      }
      if (d.existing) {
        report.enterprisesToMerge++;
        if (report.mergedExamples.length < EXAMPLES)
          report.mergedExamples.push({ line: row.line, name: row.name, into: d.name, by: d.by });
      } else {
        report.enterprisesToCreate++;
        if (report.createdExamples.length < EXAMPLES) report.createdExamples.push({ line: row.line, name: row.name });
      }
    });
    progress?.({ phase: 'check', done: seen });
  }
  if (!report.rows) problem([{ EN: 'the file has a header but no rows', ZH: '文件只有表头，没有数据行' }]);
  return { report, matchedLines, repeatedLines };
}
