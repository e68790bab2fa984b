import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { FORMAT, VERSION, type BackupHeader, type EndLine, type NodeLine, type RelationshipLine } from './format.js';
import { Progress } from './progress.js';
import { ALL_NODES, ALL_RELATIONSHIPS, COUNT_NODES, COUNT_RELATIONSHIPS } from './queries.js';
import { encodeProps } from '../db/typed-values.js';
import { FingerprintSet } from '../fingerprints.js';

/**
 * What was written. `leftOutRelationships` were written by others while the backup ran,
 * to nodes created after it read the nodes: the file does not hold them (nor those nodes).
 */
export type BackupReport = {
  nodes: number;
  relationships: number;
  leftOutRelationships: number;
  bytes: number;
  seconds: number;
};

/** Lines are handed to gzip in chunks of about this many characters. */
const CHUNK = 256 * 1024;

/**
 * Writes the whole graph, every node and relationship with all their properties, to
 * one gzip-compressed JSON Lines file (see format.ts), streaming: the graph is never
 * held in memory. A file path is written as `<file>.partial` and renamed when whole,
 * so a failed backup never leaves a file under the name asked for.
 *
 * The nodes are read, then the relationships, in one read transaction; Neo4j's reads
 * are read-committed, so the relationship pass sees relationships committed after the
 * node pass, some to nodes created since (an import running). The file is kept
 * self-consistent: the keys of the nodes written are remembered (as fingerprints,
 * 16–32 MB a million nodes) and a relationship to a node not written is left out,
 * counted and logged.
 */
export async function backupGraph(db: Database, out: Writable | string, log: Logger): Promise<BackupReport> {
  const server = await db.serverInfo();
  const [{ nodes }] = (await db.read<{ nodes: number }>(COUNT_NODES)) as [{ nodes: number }];
  const [{ relationships }] = (await db.read<{ relationships: number }>(COUNT_RELATIONSHIPS)) as [
    { relationships: number },
  ];
  const header: BackupHeader = {
    format: FORMAT,
    version: VERSION,
    createdAt: new Date().toISOString(),
    neo4j: server,
    counts: { nodes, relationships },
  };
  const progress = new Progress(log, 'backing up', header.counts);

  const partial = typeof out === 'string' ? `${out}.partial` : undefined;
  const gzip = createGzip({ level: 6 });
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const written = pipeline(gzip, counter, partial ? createWriteStream(partial) : (out as Writable));
  written.catch(() => undefined); // awaited below; a write error also ends the loop through `drain`
  const lines = new LineWriter(gzip, written);
  const keys = new FingerprintSet();
  let leftOut = 0;
  try {
    await lines.add(JSON.stringify(header));
    for await (const { query, row } of db.streamRead([ALL_NODES, ALL_RELATIONSHIPS])) {
      if (query === 0) {
        const line: NodeLine = { n: row.key, labels: row.labels, props: encodeProps(row.props) };
        keys.add(line.n);
        progress.nodes++;
        await lines.add(JSON.stringify(line));
      } else if (keys.has(row.from) && keys.has(row.to)) {
        const line: RelationshipLine = { r: row.type, from: row.from, to: row.to, props: encodeProps(row.props) };
        progress.relationships++;
        await lines.add(JSON.stringify(line));
      } else {
        leftOut++;
      }
      progress.tick();
    }
    const end: EndLine = { end: true, nodes: progress.nodes, relationships: progress.relationships };
    await lines.add(JSON.stringify(end));
    await lines.end();
    await written;
    if (partial) await rename(partial, out as string);
  } catch (err) {
    gzip.destroy(err as Error);
    await written.catch(() => undefined);
    if (partial) await rm(partial, { force: true });
    throw err;
  }
  if (leftOut) {
    log.warn(
      { leftOutRelationships: leftOut },
      `left out ${leftOut} relationships written while the backup ran to nodes created after it read the nodes (the next backup will hold them)`,
    );
  }
  const report = {
    nodes: progress.nodes,
    relationships: progress.relationships,
    leftOutRelationships: leftOut,
    bytes,
    seconds: progress.seconds(),
  };
  log.info(report, 'backup written');
  return report;
}

/** Buffers lines and writes them in chunks, waiting when gzip asks it to (backpressure). */
class LineWriter {
  private buffer: string[] = [];
  private size = 0;
  constructor(
    private readonly stream: Writable,
    private readonly written: Promise<void>,
  ) {}

  async add(line: string): Promise<void> {
    this.buffer.push(line);
    this.size += line.length + 1;
    if (this.size >= CHUNK) await this.flush();
  }

  async end(): Promise<void> {
    await this.flush();
    this.stream.end();
  }

  private async flush(): Promise<void> {
    const text = this.buffer.join('\n') + '\n';
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(text)) await Promise.race([once(this.stream, 'drain'), this.written]);
  }
}
