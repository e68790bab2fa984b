/**
 * A backup file: gzip-compressed JSON Lines. A header, every node, every relationship,
 * then an end line with the counts, so a file cut short is told from a whole one.
 */
export const FORMAT = 'chain-atlas-backup';
export const VERSION = 1;

/** The first line. `counts` are the database's when the backup began. */
export type BackupHeader = {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  neo4j: { version: string; edition: string };
  counts: { nodes: number; relationships: number };
};

/** A node: its key in this file (its elementId when backed up), labels and encoded properties. */
export type NodeLine = { n: string; labels: string[]; props: Record<string, unknown> };

/** A relationship between two node keys of the file. */
export type RelationshipLine = { r: string; from: string; to: string; props: Record<string, unknown> };

/** The last line: how many node and relationship lines come before it. */
export type EndLine = { end: true; nodes: number; relationships: number };

/** A file that is not a whole backup this version can read; says what is wrong with it. */
export class BackupFileError extends Error {
  override name = 'BackupFileError';
}

/** The header of a backup, or a BackupFileError saying why the line is not one. */
export function parseHeader(line: string | undefined): BackupHeader {
  if (line === undefined || line.trim() === '') throw new BackupFileError('the file is empty, not a chain-atlas backup');
  let header: Partial<BackupHeader> | undefined;
  try {
    header = JSON.parse(line) as Partial<BackupHeader>;
  } catch {
    // not JSON: said below
  }
  if (!header || typeof header !== 'object' || header.format !== FORMAT) {
    throw new BackupFileError(`not a chain-atlas backup: its first line is not a "${FORMAT}" header`);
  }
  if (header.version !== VERSION) {
    throw new BackupFileError(`a chain-atlas backup of version ${String(header.version)}; this restore reads version ${VERSION} only`);
  }
  return header as BackupHeader;
}

/** A file that stops before its end line. */
export function truncatedError(lines: number): BackupFileError {
  return new BackupFileError(`the backup is truncated: it ends after line ${lines} without its end line (was the backup interrupted, or the copy cut short?)`);
}

/** An end line whose counts are not what the file holds. */
export function countsError(end: EndLine, nodes: number, relationships: number): BackupFileError {
  return new BackupFileError(
    `the backup is damaged: its end line counts ${end.nodes} nodes and ${end.relationships} relationships, but it holds ${nodes} and ${relationships}`,
  );
}

/** The end line's counts, or undefined when the line is not an end line. */
export function parseEnd(line: string): EndLine | undefined {
  if (!line.startsWith('{"end"')) return undefined;
  const end = JSON.parse(line) as Partial<EndLine>;
  return end.end === true && Number.isInteger(end.nodes) && Number.isInteger(end.relationships) ? (end as EndLine) : undefined;
}

/** A node, relationship or end line, or a BackupFileError naming the line. */
export function parseLine(text: string, number: number): NodeLine | RelationshipLine | EndLine {
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new BackupFileError(`the backup is damaged: line ${number} is not JSON`);
  }
  const props = typeof v.props === 'object' && v.props !== null && !Array.isArray(v.props);
  if (typeof v.n === 'string' && Array.isArray(v.labels) && v.labels.every((l) => typeof l === 'string') && props) return v as NodeLine;
  if (typeof v.r === 'string' && typeof v.from === 'string' && typeof v.to === 'string' && props) return v as RelationshipLine;
  if (v.end === true && Number.isInteger(v.nodes) && Number.isInteger(v.relationships)) return v as EndLine;
  throw new BackupFileError(`the backup is damaged: line ${number} is neither a node, a relationship nor the end line`);
}
