import { describe, expect, it } from 'vitest';
import { useTestApi } from '../test/api.js';
import { useWrites } from '../test/writes.js';
import { createLogger } from '../src/logger.js';
import { DELETE_GENERATED, DELETE_ORPHAN_NAME_KEYS } from './generate.cypher.js';
import { generateScale } from './generate.js';
import { measure, percentile } from './load.js';
import { OPERATIONS } from './operations.js';

/** A fast smoke test of the scale tools; the measurements themselves are never tests. */
describe('the scale generator and the bench', () => {
  const api = useTestApi();
  const owned = useWrites();
  const quiet = createLogger('silent');

  it('generates the same graph for the same seed, with the enterprises asked for', async () => {
    owned.undo(async () => {
      await api.db.schema(DELETE_GENERATED);
      await api.db.schema(DELETE_ORPHAN_NAME_KEYS);
    });
    const first = await generateScale(api.db, { enterprises: 300, chains: 5, seed: 7 }, quiet);
    const second = await generateScale(api.db, { enterprises: 300, chains: 5, seed: 7 }, quiet);
    expect({ nodes: second.nodes, relationships: second.relationships }).toEqual({
      nodes: first.nodes,
      relationships: first.relationships,
    });
    const [row] = await api.db.read<{ n: number; provinces: number }>(
      "CALL () { MATCH (e:Enterprise {generated: true}) RETURN count(e) AS n } CALL () { MATCH (p:Place {level: 'PROVINCE'}) WHERE p.name IN ['河北', '新疆', '北京'] RETURN count(p) AS provinces } RETURN n, provinces",
    );
    expect(row).toEqual({ n: 300, provinces: 3 });
  });

  it('the floor answers what chain-atlas answers', async () => {
    const byName = Object.fromEntries(OPERATIONS.map((o) => [o.name, o]));
    const gaps = byName['ChainGaps (郑州)']!;
    const [floorRow] = await api.db.read<{ links: { link: { name: string }; local: unknown[]; targets: unknown[] }[] }>(
      gaps.floor.cypher,
      gaps.floor.params,
    );
    type Gaps = {
      chainGaps: { links: { link: { name: string }; localEnterprises: unknown[]; targetEnterprises: unknown[] }[] };
    };
    const { data } = await api.run<Gaps>(gaps.graphql.query, gaps.graphql.variables);
    expect(
      data!.chainGaps.links.map((l) => [l.link.name, l.localEnterprises.length, l.targetEnterprises.length]),
    ).toEqual(floorRow!.links.map((l) => [l.link.name, l.local.length, l.targets.length]));
    const sectors = byName['Sectors']!;
    const floorSectors = await api.db.read<{ sector: { id: string; chains: unknown[] } }>(
      sectors.floor.cypher,
      sectors.floor.params,
    );
    const answer = await api.run<{ sectors: { id: string; chains: unknown[] }[] }>(
      sectors.graphql.query,
      sectors.graphql.variables,
    );
    expect(answer.data!.sectors.map((s) => [s.id, s.chains.length])).toEqual(
      floorSectors.map((r) => [r.sector.id, r.sector.chains.length]),
    );
  });

  it('measures percentiles and throughput', async () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.99)).toBe(10);
    let calls = 0;
    const m = await measure(async () => ++calls % 10 !== 0, 4, 40);
    expect(m).toMatchObject({ requests: 40, errors: 4 });
    expect(m.p50).toBeLessThanOrEqual(m.p95);
    expect(m.p95).toBeLessThanOrEqual(m.p99);
    expect(m.rps).toBeGreaterThan(0);
  });
});
