import { describe, expect, it } from 'vitest';
import { idOf, operation, useTestApi, type TestApi } from './api.js';

/** Cypher round trips one operation causes, counted by the Database. */
async function roundTrips(api: TestApi, query: string, variables: Record<string, unknown>) {
  const before = api.db.roundTrips;
  const answer = await api.run(query, variables);
  expect(answer.errors).toBeUndefined();
  return api.db.roundTrips - before;
}

describe('Cypher round trips per request', () => {
  const api = useTestApi();

  it('Sectors costs the same whether it returns 4, 6 or 19 sectors with all their chains and links', async () => {
    const four = await roundTrips(api, operation('sectors'), { category: 'STRATEGIC_EMERGING' });
    const six = await roundTrips(api, operation('sectors'), { category: 'HIGH_GROWTH' });
    const all = await roundTrips(api, operation('sectors'), {});
    // sectors, targets, clusters, cluster places, chains, chain links: one query each
    expect([four, six, all]).toEqual([6, 6, 6]);
    // with no clusters or chains to follow (producer services), fewer
    expect(await roundTrips(api, operation('sectors'), { category: 'PRODUCER_SERVICE' })).toBeLessThan(6);
  });

  it('ChainGaps is one query after checking its arguments, plus the chain\'s sector', async () => {
    const trips = await roundTrips(api, operation('chain-gaps'), { chain: idOf('Chain', 'smartphone'), place: idOf('Place', '郑州') });
    // one batched lookup of the chain and place ids, one query for the answer, one for chain { sector }
    expect(trips).toBe(3);
  });

  it('an enterprise page costs the same for 5 or 100 enterprises', async () => {
    const query = '{ enterprises(first: $n) { edges { node { name places { name } stances { role link { name } } } } } }'.replace('$n', '%');
    const small = await roundTrips(api, query.replace('%', '5'), {});
    const large = await roundTrips(api, query.replace('%', '100'), {});
    expect(small).toBe(large);
  });
});
