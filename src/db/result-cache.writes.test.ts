import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { idOf, useTestApi, type Answer } from '../../test/api.js';
import { useWrites } from '../../test/writes.js';
import { ResultCache } from './result-cache.js';

const GAPS =
  'query($chain: ID!, $place: ID) { chainGaps(chain: $chain, place: $place) { coverage links { status link { name } localEnterprises { name } } } }';
const smartphone = idOf('Chain', 'smartphone');
const zhoukou = idOf('Place', '周口');
type Gaps = {
  chainGaps: {
    coverage: number;
    links: { status: string; link: { name: string }; localEnterprises: { name: string }[] }[];
  };
};
const connector = (answer: Answer<Gaps>) => answer.data?.chainGaps.links.find((l) => l.link.name === '连接器');

describe('the result cache keeps analytics answers while the database is unchanged', () => {
  const api = useTestApi();
  const owned = useWrites();
  let cache: ResultCache;
  beforeEach(() => {
    cache = new ResultCache(api.db, 50);
    api.cache = cache;
  });
  afterEach(() => {
    api.cache = undefined;
  });

  it('answers a repeated question from the cache, with one small round trip to check the version', async () => {
    const first = await api.run<Gaps>(GAPS, { chain: smartphone, place: zhoukou });
    const before = api.db.roundTrips;
    const second = await api.run<Gaps>(GAPS, { chain: smartphone, place: zhoukou });
    expect(second).toEqual(first);
    expect(cache.stats).toEqual({ hits: 1, misses: 1 });
    expect(api.db.roundTrips - before).toBe(1);
    // a different question is its own entry
    await api.run<Gaps>(GAPS, { chain: smartphone });
    expect(cache.stats).toEqual({ hits: 1, misses: 2 });
  });

  it('any write to the database, even one that bypasses the API, makes the next answer fresh', async () => {
    const before = await api.run<Gaps>(GAPS, { chain: smartphone, place: zhoukou });
    expect(connector(before)?.status).not.toBe('COVERED');
    // Written straight to Neo4j, as an analyst or another service could.
    owned.node('cache-test');
    await api.db.write(
      `
      MATCH (p:Place {id: $place}), (l:ChainLink)-[:IN_CHAIN]->(:Chain {id: $chain}) WHERE l.name = '连接器'
      CREATE (e:Entity:Enterprise {id: 'cache-test', kind: 'Enterprise', key: 'cache-test', name: '缓存测试连接器公司'})
      CREATE (e)-[:LOCATED_IN]->(p), (e)-[:OPERATES_IN]->(l)`,
      { place: zhoukou, chain: smartphone },
    );
    const after = await api.run<Gaps>(GAPS, { chain: smartphone, place: zhoukou });
    expect(connector(after)).toEqual({
      status: 'COVERED',
      link: { name: '连接器' },
      localEnterprises: [{ name: '缓存测试连接器公司' }],
    });
    expect(after.data!.chainGaps.coverage).toBeGreaterThan(before.data!.chainGaps.coverage);
    expect(cache.stats.hits).toBe(0);

    await api.db.write("MATCH (e:Enterprise {id: 'cache-test'}) DETACH DELETE e");
    expect(await api.run<Gaps>(GAPS, { chain: smartphone, place: zhoukou })).toEqual(before);
  });
});
