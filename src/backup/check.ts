import { countsError, parseEnd, parseHeader, truncatedError, type BackupHeader } from './format.js';
import { backupLines } from './lines.js';

/**
 * Reads a backup file through once without writing anything: it must decompress whole,
 * start with a header this version reads and end with an end line whose counts match
 * its node and relationship lines. Restore checks a file so before it changes the database.
 */
export async function checkBackupFile(file: string): Promise<BackupHeader> {
  let header: BackupHeader | undefined;
  let last = '';
  let lines = 0;
  let nodes = 0;
  let relationships = 0;
  for await (const line of backupLines(file)) {
    if (lines++ === 0) {
      header = parseHeader(line);
      continue;
    }
    if (line.startsWith('{"n":')) nodes++;
    else if (line.startsWith('{"r":')) relationships++;
    if (line !== '') last = line;
  }
  if (!header) return parseHeader(undefined);
  const end = parseEnd(last);
  if (!end) throw truncatedError(lines);
  if (end.nodes !== nodes || end.relationships !== relationships) throw countsError(end, nodes, relationships);
  return header;
}
