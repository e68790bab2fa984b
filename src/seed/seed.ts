import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { buildGraph } from './build.js';
import { loadSeed, type SeedCounts } from './load.js';
import { readSeedFiles } from './read.js';

/** Reads, validates and loads every seed file; the database then matches the files. */
export async function seedDatabase(db: Database, log: Logger, dataDir?: string): Promise<SeedCounts> {
  const graph = buildGraph(readSeedFiles(dataDir));
  log.info({ nodes: graph.nodes.length, relationships: graph.rels.length }, 'seed: files read and validated');
  return loadSeed(db, graph, log);
}

/** True when the plan has never been loaded into this database. */
export async function isUnseeded(db: Database): Promise<boolean> {
  const [row] = await db.read<{ plans: number }>('MATCH (p:Plan) RETURN count(p) AS plans');
  return (row?.plans ?? 0) === 0;
}
