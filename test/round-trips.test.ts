import { describe, expect, it } from 'vitest';
import type { DocumentNode } from 'graphql';
import { idOf, operation, useTestApi, type TestApi } from './api.js';

/** Cypher round trips one operation causes, counted by the Database. */
async function roundTrips(api: TestApi, query: string | DocumentNode, variables: Record<string, unknown>) {
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
    // sectors with their targets, clusters, cluster places, chains and links: one compiled query
    expect([four, six, all]).toEqual([1, 1, 1]);
  });

  it('through the loaders instead, Sectors costs one query per level of its selection', async () => {
    api.compileSelections = false;
    try {
      const counts = [
        await roundTrips(api, operation('sectors'), { category: 'STRATEGIC_EMERGING' }),
        await roundTrips(api, operation('sectors'), {}),
      ];
      // sectors; key project targets, targets, clusters, chains; cluster places, chain links
      expect(counts).toEqual([7, 7]);
    } finally {
      api.compileSelections = true;
    }
  });

  it('the enterprise profile, clusters and targets are one query each, argument checks included', async () => {
    expect(await roundTrips(api, operation('enterprise'), { id: idOf('Enterprise', '富士康集团') })).toBe(1);
    expect(await roundTrips(api, operation('clusters'), { where: { tier: '千亿级' } })).toBe(1);
    expect(await roundTrips(api, operation('clusters'), { where: { sector: idOf('Sector', 'electronics') } })).toBe(1);
    expect(await roundTrips(api, operation('targets'), { where: { subject: idOf('Place', '河南') } })).toBe(1);
  });

  it('an id filter that matches nothing costs one more query, to say whether the id exists', async () => {
    const answer = await api.run(operation('clusters'), { where: { place: idOf('Place', '火星') } });
    expect(answer.errors?.[0]?.message).toBe('where.place: no Place has the id "UGxhY2U654Gr5pif".');
    expect(
      await roundTrips(api, operation('clusters'), { where: { tier: '万亿级', place: idOf('Place', '洛阳') } }),
    ).toBe(2);
  });

  it("ChainGaps is one query, plus the chain's sector", async () => {
    const trips = await roundTrips(api, operation('chain-gaps'), {
      chain: idOf('Chain', 'smartphone'),
      place: idOf('Place', '郑州'),
    });
    // one query for the answer (its ids are checked only if it finds nothing), one for chain { sector }
    expect(trips).toBe(2);
  });

  it('an enterprise page costs the same for 5 or 100 enterprises', async () => {
    const query =
      '{ enterprises(first: $n) { edges { node { name places { name } stances { role link { name } } } } } }'.replace(
        '$n',
        '%',
      );
    const small = await roundTrips(api, query.replace('%', '5'), {});
    const large = await roundTrips(api, query.replace('%', '100'), {});
    expect(small).toBe(large);
  });
});
