import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { SeedGraph } from './build.js';
import {
  UPSERT_NODES,
  UPSERT_RELS,
  UPSERT_NAME_KEYS,
  DELETE_UNUSED_NAME_KEYS,
  DELETE_STALE_NODES,
  DELETE_STALE_RELS,
  REATTACH_ACTUALS,
  COUNT_LABELS,
  COUNT_TYPES,
} from './load.cypher.js';

export type SeedCounts = { nodes: Record<string, number>; relationships: Record<string, number> };

/**
 * Makes the database hold exactly the seed graph, in one write transaction of batched
 * statements: everything lands or nothing does. Seeded nodes and relationships are
 * MERGEd on their stable ids and stamped with this run; those of earlier runs that the
 * files no longer contain are removed. Data users recorded (actual figures) has no
 * stamp, so it is kept, and re-attached to its target when the target comes back; what
 * imports stated (their provenance entries, aliases, credit codes) is kept too.
 */
export async function loadSeed(db: Database, graph: SeedGraph, log: Logger, batchSize = 500): Promise<SeedCounts> {
  const run = randomUUID();
  await db.writeTx(async (tx) => {
    for (let i = 0; i < graph.nodes.length; i += batchSize) {
      await tx.run(UPSERT_NODES, { run, rows: graph.nodes.slice(i, i + batchSize) });
      log.info(`seed: nodes ${Math.min(i + batchSize, graph.nodes.length)}/${graph.nodes.length}`);
    }
    for (let i = 0; i < graph.rels.length; i += batchSize) {
      await tx.run(UPSERT_RELS, { run, rows: graph.rels.slice(i, i + batchSize) });
      log.info(`seed: relationships ${Math.min(i + batchSize, graph.rels.length)}/${graph.rels.length}`);
    }
    await tx.run(UPSERT_NAME_KEYS, { run });
    await tx.run(DELETE_STALE_RELS, { run });
    await tx.run(DELETE_STALE_NODES, { run });
    await tx.run(DELETE_UNUSED_NAME_KEYS);
    await tx.run(REATTACH_ACTUALS);
  });
  const counts = await countGraph(db);
  log.info(counts, 'seed: loaded');
  return counts;
}

/** Nodes per label and relationships per type, as the database holds them now. */
export async function countGraph(db: Database): Promise<SeedCounts> {
  const [labels, types] = await Promise.all([
    db.read<{ label: string; count: number }>(COUNT_LABELS),
    db.read<{ type: string; count: number }>(COUNT_TYPES),
  ]);
  return {
    nodes: Object.fromEntries(labels.map((r) => [r.label, r.count])),
    relationships: Object.fromEntries(types.map((r) => [r.type, r.count])),
  };
}
