import { describe, expect, it } from 'vitest';
import { useWrites } from '../../test/writes.js';
import { toGlobalId } from '../ids.js';
import { createLogger } from '../logger.js';
import { buildGraph, type SeedGraph } from './build.js';
import { countGraph, loadSeed } from './load.js';
import { readSeedFiles } from './read.js';

const quiet = createLogger('silent');
const full = buildGraph(readSeedFiles());
const camera = toGlobalId('ChainLink', 'smartphone/camera-module');
const revenue = toGlobalId('Target', 'electronics-revenue');

/** The seed graph without one chain link and whatever touches it, as if edited out of the files. */
function withoutLink(graph: SeedGraph, id: string): SeedGraph {
  return {
    nodes: graph.nodes.filter((n) => n.id !== id),
    rels: graph.rels.filter((r) => r.from !== id && r.to !== id),
  };
}

describe('loading the seed into Neo4j', () => {
  const owned = useWrites();
  const { db } = owned;
  /** Loads the seed without the camera module's link, as if edited out of the files; the fixture loads it whole again. */
  const withoutCamera = async () => {
    owned.undo(() => loadSeed(db, full, quiet));
    await loadSeed(db, withoutLink(full, camera), quiet);
  };

  it('is idempotent: loading twice gives identical counts and ids', async () => {
    const first = await loadSeed(db, full, quiet);
    const ids = await db.read<{ id: string }>('MATCH (n:Entity) RETURN n.id AS id ORDER BY id');
    const second = await loadSeed(db, full, quiet);
    expect(second).toEqual(first);
    expect(await db.read('MATCH (n:Entity) RETURN n.id AS id ORDER BY id')).toEqual(ids);
    expect(first.nodes.Enterprise).toBe(full.nodes.filter((n) => n.label === 'Enterprise').length);
  });

  it('removes facts that were removed from the files, and keeps what users recorded', async () => {
    owned.node('load-test-actual');
    await db.write(
      `MATCH (t:Target {id: $revenue})
       CREATE (t)-[:HAS_ACTUAL]->(:Actual {id: 'load-test-actual', targetId: $revenue, value: 1234.5, asOf: date('2015-06-30'), note: 'load test'})`,
      { revenue },
    );
    await withoutCamera();
    expect(await db.read('MATCH (l:ChainLink {id: $camera}) RETURN l', { camera })).toEqual([]);
    const kept = await db.read('MATCH (:Target {id: $revenue})-[:HAS_ACTUAL]->(a:Actual) RETURN a.value AS value', {
      revenue,
    });
    expect(kept).toEqual([{ value: 1234.5 }]);
  });

  it('brings removed facts back when the files have them again', async () => {
    await withoutCamera();
    expect(await db.read('MATCH (l:ChainLink {id: $camera}) RETURN l', { camera })).toEqual([]);
    await loadSeed(db, full, quiet);
    const [row] = await db.read<{ name: string; targets: string[] }>(
      `MATCH (l:ChainLink {id: $camera})<-[:CONCERNS]-(s:Stance {role: 'TARGET'})-[:ABOUT]->(e)
       RETURN l.name AS name, collect(e.name) AS targets`,
      { camera },
    );
    expect(row?.name).toBe('摄像模组');
    expect(row?.targets.sort()).toEqual(['信利光电公司', '舜宇光电公司']);
  });

  it('ends with the counts per label and relationship type that the graph holds', async () => {
    const counts = await countGraph(db);
    expect(counts.nodes).toMatchObject({ Sector: 19, Category: 4, Plan: 1 });
    expect(Object.keys(counts.relationships)).toEqual(
      expect.arrayContaining(['IN_CHAIN', 'FEEDS', 'LOCATED_IN', 'FOR']),
    );
  });
});
