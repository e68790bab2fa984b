import { beforeAll, describe, expect, it } from 'vitest';
import { operation, useTestApi, type Answer } from '../../test/api.js';
import { useWrites } from '../../test/writes.js';
import type { CypherQuery } from '../generated/operations.generated.js';

const LEAD = 'island-test-lead-3c9e';
const EVENT = 'island-test-event-3c9e';
const USER = 'user:island-test-3c9e';
const SESSION = 'island-test-session-3c9e';
/** Everything of the island's nodes that an answer must not show. */
const SECRETS = [LEAD, EVENT, USER, SESSION, 'island-test-3c9e', 'CLUE', '岛屿线索-3c9e', 'island-secret-3c9e'];

/**
 * With a Lead, its event, a User and a Session in the graph (the island of
 * src/pipeline/labels.ts: joined to each other only, naming their enterprise by id), the
 * queries analysts may run return none of them, and the ones that would are refused
 * without showing any. src/cypher/island.test.ts tries every path on the seeded graph.
 */
describe("the island's nodes stay out of an analyst's answers", () => {
  const owned = useWrites();
  const api = useTestApi();
  const ask = (query: string, params?: Record<string, unknown>): Promise<Answer<CypherQuery>> =>
    api.run(operation('cypher'), { query, params: params ?? null, limit: 1000 }, ['analyst']);
  const rows = async (query: string, params?: Record<string, unknown>) => {
    const answer = await ask(query, params);
    expect(answer.errors).toBeUndefined();
    const text = JSON.stringify(answer.data!.cypher.rows);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    return answer.data!.cypher.rows;
  };
  let enterprise: { id: string; name: string };
  let totalBefore: number;

  beforeAll(async () => {
    enterprise = (
      await owned.db.read<{ id: string; name: string }>(
        'MATCH (e:Enterprise)-[:LOCATED_IN]->(:Place) RETURN e.id AS id, e.name AS name ORDER BY e.id LIMIT 1',
      )
    )[0]!;
    [[totalBefore]] = (await rows('MATCH (n) RETURN count(n)')) as [[number]];
    owned.node(LEAD, EVENT, USER, SESSION);
    await owned.db.write(
      `CREATE (l:Lead {id: $lead, stage: 'CLUE', name: '岛屿线索-3c9e', enterpriseId: $enterprise, note: 'island-secret-3c9e'})
       CREATE (l)-[:HAS_EVENT]->(:LeadEvent {id: $event, stage: 'CLUE', enterpriseId: $enterprise})
       CREATE (:User {id: $user, username: 'island-test-3c9e', name: 'island-secret-3c9e', roles: ['officer'], active: true})
       CREATE (:Session {id: $session, username: 'island-test-3c9e', createdAt: 0, lastSeenAt: 0})`,
      { lead: LEAD, event: EVENT, user: USER, session: SESSION, enterprise: enterprise.id },
    );
    // They are there: the refusals below are what keeps them from the analyst.
    expect(await owned.db.read('MATCH (l:Lead {id: $id}) RETURN l.stage AS stage', { id: LEAD })).toEqual([
      { stage: 'CLUE' },
    ]);
  });

  it('the common queries return none of them', async () => {
    expect(await rows('MATCH (e:Enterprise {id: $id})-[r]-(x) RETURN x', { id: enterprise.id })).not.toEqual([]);
    expect(
      await rows('MATCH (e:Enterprise)-[*1..2]-(x) WHERE x.id IN $ids OR x.enterpriseId IS NOT NULL RETURN x', {
        ids: [LEAD, EVENT, USER, SESSION],
      }),
    ).toEqual([]);
    expect(await rows('MATCH (e:Enterprise)-[r]-(x) WHERE x.stage = $stage RETURN x', { stage: 'CLUE' })).toEqual([]);
    expect(
      await rows('MATCH (p:Place)<-[:LOCATED_IN]-(e) WHERE e.id IN $ids RETURN p.name, count(e)', {
        ids: [LEAD, EVENT, USER, SESSION],
      }),
    ).toEqual([]);
    expect((await rows('MATCH (p:Place)<-[:LOCATED_IN]-(e) RETURN p.name, count(e)')).length).toBeGreaterThan(0);
    expect(
      await rows("CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node", { q: '岛屿线索' }),
    ).toEqual([]);
    expect(
      (
        await rows("CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node.id", {
          q: `"${enterprise.name}"`,
        })
      ).flat(),
    ).toContain(enterprise.id);
    expect(await rows('MATCH (n:Enterprise) WHERE n.name CONTAINS $part RETURN n', { part: '岛屿' })).toEqual([]);
  });

  it('the queries that would return them are refused, and the refusal shows none of them', async () => {
    for (const [query, params] of [
      ['MATCH (n:Lead) RETURN n', {}],
      ['MATCH (u:User) RETURN u.username', {}],
      ['MATCH (n) WHERE n.stage = $stage RETURN n', { stage: 'CLUE' }],
      ['MATCH (n) WHERE n.enterpriseId = $id RETURN n', { id: enterprise.id }],
      ['MATCH ()-[r]->() RETURN r', {}],
      ['MATCH ()-[r:HAS_EVENT]->(e) RETURN e', {}],
      ['MATCH (n:!Enterprise) RETURN n', {}],
      ['MATCH (n:$($l)) RETURN n', { l: 'Lead' }],
      ['MATCH (a:Enterprise), (b) WHERE b.enterpriseId = a.id RETURN b', {}],
    ] as [string, Record<string, unknown>][]) {
      const answer = await ask(query, params);
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      const text = JSON.stringify(answer);
      for (const secret of SECRETS) expect(text).not.toContain(secret);
    }
  });

  it('a total count of all nodes is allowed: it tells only how many there are', async () => {
    const [[total]] = (await rows('MATCH (n) RETURN count(n)')) as [[number]];
    expect(Number(total)).toBe(Number(totalBefore) + 4);
  });
});
