import type { Database } from '../db/database.js';
import { parseHeader, type BackupHeader, type EndLine } from './format.js';
import { backupLines } from './lines.js';
import { confirmZones, LineValidator, uniqueConstraints, uniqueValues } from './validate.js';

/** A whole backup, checked; `dangling` relationships (version 1 only) will be left out. */
export type CheckedBackup = { header: BackupHeader; end: EndLine; dangling: number };

/**
 * Reads a backup file through once and changes nothing: it must decompress whole,
 * start with a header this version reads, and every line after it must pass the
 * validator that the load uses too (validate.ts), up to an end line whose counts match.
 * A node key, or a value the target database holds unique, seen again (by its
 * fingerprint) is confirmed by reading the file again up to it. The time zones are
 * asked of the target Neo4j. Restore checks a file so before it changes the database.
 */
export async function checkBackupFile(file: string, db: Database): Promise<CheckedBackup> {
  const unique = await uniqueConstraints(db);
  let validator: LineValidator | undefined;
  let number = 0;
  for await (const text of backupLines(file)) {
    number++;
    if (!validator) {
      validator = new LineValidator(parseHeader(text), unique);
      continue;
    }
    const line = validator.check(text, number);
    if (line?.kind !== 'node') continue;
    if (line.repeatedKey) {
      const earlier = await earlierNodeLine(file, number, (node) => node.n === line.key);
      if (earlier !== undefined) throw validator.repeatedKeyError(line, earlier);
    }
    for (const repeated of line.repeatedUnique) {
      const earlier = await earlierNodeLine(
        file,
        number,
        (node) => uniqueValues(repeated.unique, node.labels, node.props) === repeated.values,
      );
      if (earlier !== undefined) throw validator.repeatedUniqueError(line, repeated, earlier);
    }
  }
  if (!validator) return parseHeader(undefined) as never;
  const end = validator.finish(number);
  await confirmZones(db, validator);
  return { header: validator.header, end, dangling: validator.dangling };
}

type NodeLine = { n: string; labels: string[]; props: Record<string, unknown> };

/**
 * The first node line before line `before` that is the same, or undefined when only a
 * fingerprint was the same (once in 10^16 pairs). Lines before it have passed the check.
 */
async function earlierNodeLine(
  file: string,
  before: number,
  same: (node: NodeLine) => boolean,
): Promise<number | undefined> {
  let number = 0;
  for await (const text of backupLines(file)) {
    if (++number >= before) return undefined;
    if (number === 1 || text === '') continue;
    const line = JSON.parse(text) as Partial<NodeLine>;
    if (line.n !== undefined && same(line as NodeLine)) return number;
  }
  return undefined;
}
