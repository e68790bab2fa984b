/**
 * A backup file: gzip-compressed JSON Lines. A header, every node, every relationship,
 * then an end line with the counts, so a file cut short is told from a whole one.
 *
 * Version 2 is self-consistent: every relationship's two node keys are of node lines
 * of the file (backup leaves out the relationships written, while it ran, to nodes it
 * had not written). Version 1 files, written before, may hold such relationships;
 * restore leaves them out and counts them.
 */
export const FORMAT = 'chain-atlas-backup';
export const VERSION = 2;
/** The versions restore reads. */
export const READS = [1, 2] as const;

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

/** A relationship between two node keys of the file (of node lines before it, in version 2). */
export type RelationshipLine = { r: string; from: string; to: string; props: Record<string, unknown> };

/** The last line: how many node and relationship lines come before it. */
export type EndLine = { end: true; nodes: number; relationships: number };

/** A file that is not a whole backup this version can read; says what is wrong with it. */
export class BackupFileError extends Error {
  override name = 'BackupFileError';
}

/** The header of a backup, or a BackupFileError saying why the line is not one. */
export function parseHeader(line: string | undefined): BackupHeader {
  if (line === undefined || line.trim() === '')
    throw new BackupFileError('the file is empty, not a chain-atlas backup');
  let header: Partial<BackupHeader> | undefined;
  try {
    header = JSON.parse(line) as Partial<BackupHeader>;
  } catch {
    // not JSON: said below
  }
  if (!header || typeof header !== 'object' || header.format !== FORMAT) {
    throw new BackupFileError(`not a chain-atlas backup: its first line is not a "${FORMAT}" header`);
  }
  if (!(READS as readonly unknown[]).includes(header.version)) {
    throw new BackupFileError(
      `a chain-atlas backup of version ${String(header.version)}; this restore reads versions ${READS.join(' and ')}`,
    );
  }
  const count = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;
  const { createdAt, neo4j, counts } = header;
  if (
    typeof createdAt !== 'string' ||
    typeof neo4j?.version !== 'string' ||
    typeof neo4j.edition !== 'string' ||
    !count(counts?.nodes) ||
    !count(counts?.relationships)
  ) {
    throw new BackupFileError('the backup is damaged: its header (line 1) lacks its date, Neo4j version or counts');
  }
  return header as BackupHeader;
}

/** A file that stops before its end line. */
export function truncatedError(lines: number): BackupFileError {
  return new BackupFileError(
    `the backup is truncated: it ends after line ${lines} without its end line (was the backup interrupted, or the copy cut short?)`,
  );
}

/** An end line whose counts are not what the file holds. */
export function countsError(end: EndLine, nodes: number, relationships: number): BackupFileError {
  return new BackupFileError(
    `the backup is damaged: its end line counts ${end.nodes} nodes and ${end.relationships} relationships, but it holds ${nodes} and ${relationships}`,
  );
}
