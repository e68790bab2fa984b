import { describe, expect, it } from 'vitest';
import { operation, useTestApi, type Answer } from '../../test/api.js';
import type { CypherQuery } from '../generated/operations.generated.js';

/**
 * Every way into the pipeline's island (src/pipeline/labels.ts) we could think of, asked
 * by an analyst through the GraphQL `cypher` field on the seeded graph: each is refused
 * from its real EXPLAIN plan (Neo4j 5.26), before it runs; the queries analysts commonly
 * write still answer. Read-only: src/cypher/island.writes.test.ts puts a Lead and a User in
 * the graph and shows the allowed queries do not return them.
 */
const PRIVATE = /^cypher: pipeline and account data \(Lead, .*\) cannot be read from Cypher; this query names \w+\.$/;
const ALL_NODES =
  /^cypher: a query must start from a label \(MATCH \(n:Enterprise\) …\): scanning all nodes could reach pipeline data, which analysts may not read\./;
const ALL_RELATIONSHIPS = /^cypher: a relationship pattern must have a type or start from a labelled node/;
const BY_ID = /^cypher: nodes and relationships cannot be looked up by id\(\) or elementId\(\)/;
const DYNAMIC = /^cypher: dynamic labels and relationship types \(\$\(…\)\) are not allowed/;

/** Each query with the refusal it gets, and its parameters where it has any. */
const REFUSED: [string, RegExp, Record<string, unknown>?][] = [
  ['MATCH (n:Lead) RETURN n', PRIVATE],
  ['MATCH (n IS Lead) RETURN n', PRIVATE],
  ['MATCH (n:`Lead`) RETURN n', PRIVATE],
  ['MATCH (n) WHERE n:Lead RETURN n', PRIVATE],
  ['MATCH (u:User) RETURN u.username', PRIVATE],
  ["MATCH (u:User {username: 'admin'}) RETURN u", PRIVATE],
  ['MATCH (n:Enterprise|User) RETURN n', PRIVATE],
  ['MATCH (n:Enterprise) WHERE NOT n:User RETURN n', PRIVATE],
  ['MATCH (n:Enterprise) RETURN n:Lead AS isLead', PRIVATE],
  ['CALL { MATCH (n:Session) RETURN n } RETURN n', PRIVATE],
  ['OPTIONAL MATCH (n:Interaction) RETURN n', PRIVATE],
  ['MATCH (n:Enterprise) RETURN n.name AS x UNION MATCH (n:Lead) RETURN n.name AS x', PRIVATE],
  ['MATCH (n:Enterprise) RETURN n.name AS x UNION ALL MATCH (w:Watch) RETURN w.id AS x', PRIVATE],
  ['MATCH ()-[r:HAS_EVENT]->() RETURN r', PRIVATE],
  ['MATCH (n:Enterprise)-[:HAS_INTERACTION]->(m) RETURN m', PRIVATE],
  ['MATCH (a:Enterprise)-[:FEEDS|WATCHES*1..3]->(b) RETURN b', PRIVATE],
  ['MATCH p = shortestPath((a:Enterprise)-[*]-(b:LeadEvent)) RETURN p', PRIVATE],
  ['RETURN COUNT { (n:IssuedToken) } AS x', PRIVATE],
  ['RETURN EXISTS { MATCH (n:RevokedToken) } AS x', PRIVATE],
  ['RETURN COLLECT { MATCH (n:Lead) RETURN n.stage } AS x', PRIVATE],
  ['MATCH (n) RETURN n', ALL_NODES],
  ["MATCH (n) WHERE n.stage = 'CLUE' RETURN n", ALL_NODES],
  ["MATCH (n WHERE n.stage = 'CLUE') RETURN n", ALL_NODES],
  ['MATCH (n) RETURN n ORDER BY n.stage LIMIT 1', ALL_NODES],
  ['MATCH (n:!Enterprise) RETURN n', ALL_NODES],
  ['MATCH (n:!Enterprise&!Sector) RETURN n', ALL_NODES],
  ['MATCH (n:Enterprise|!Sector) RETURN n', ALL_NODES],
  ['MATCH (n:%) RETURN n', ALL_NODES],
  ["MATCH (n) WHERE any(l IN labels(n) WHERE l = 'Lead') RETURN n", ALL_NODES],
  ["WITH 'Lead' AS l MATCH (n) WHERE l IN labels(n) RETURN n", ALL_NODES],
  ['MATCH (a:Enterprise), (b) RETURN b', ALL_NODES],
  ['MATCH (e:Enterprise) WITH e MATCH (m) WHERE m.enterpriseId = e.id RETURN m', ALL_NODES],
  ['MATCH p = shortestPath((a:Enterprise)-[*]-(b)) RETURN p', ALL_NODES],
  ['MATCH ()-[r]->() RETURN r', ALL_RELATIONSHIPS],
  ['MATCH ()-[r]-() RETURN r', ALL_RELATIONSHIPS],
  ['MATCH ()-[r:!FEEDS]->() RETURN r', ALL_RELATIONSHIPS],
  ['MATCH (n) WHERE id(n) = 0 RETURN n', BY_ID],
  ['MATCH (n) WHERE id(n) IN [0, 1, 2] RETURN n', BY_ID],
  ['UNWIND range(0, 100) AS i MATCH (n) WHERE id(n) = i RETURN n', BY_ID],
  ["MATCH (n) WHERE elementId(n) = '4:x:0' RETURN n", BY_ID],
  ['MATCH ()-[r]->() WHERE id(r) = 0 RETURN r', BY_ID],
  ['MATCH ()-[r]-() WHERE id(r) = 0 RETURN r', BY_ID],
  ["MATCH ()-[r]->() WHERE elementId(r) = '5:x:0' RETURN r", BY_ID],
  ["MATCH ()-[r]-() WHERE elementId(r) = '5:x:0' RETURN r", BY_ID],
  ["MATCH (n:$('Lead')) RETURN n", DYNAMIC],
  ['MATCH (n:$($l)) RETURN n', DYNAMIC, { l: 'Lead' }],
  ['MATCH ()-[r:$($t)]->() RETURN r', DYNAMIC, { t: 'HAS_EVENT' }],
  ['MATCH (e:Enterprise)-[r]-(x:$($l)) RETURN x', DYNAMIC, { l: 'User' }],
];

describe("an analyst's Cypher cannot reach the pipeline's island", () => {
  const api = useTestApi();
  const ask = (query: string, params?: Record<string, unknown>): Promise<Answer<CypherQuery>> =>
    api.run(operation('cypher'), { query, params: params ?? null, limit: 100 }, ['analyst']);
  const rows = async (query: string, params?: Record<string, unknown>) => {
    const answer = await ask(query, params);
    expect(answer.errors).toBeUndefined();
    return answer.data!.cypher.rows;
  };

  it.each(REFUSED)('refuses %s, saying why, and answers nothing else', async (query, message, params) => {
    const answer = await ask(query, params);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors).toHaveLength(1);
    const [error] = answer.errors!;
    expect(error!.message).toMatch(message);
    expect(error!.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'query' });
  });

  it('names the private label or type it found', async () => {
    expect((await ask('MATCH (u:User) RETURN u.username')).errors![0]!.message).toMatch(/this query names User\.$/);
    expect((await ask('MATCH ()-[r:HAS_EVENT]->() RETURN r')).errors![0]!.message).toMatch(
      /this query names HAS_EVENT\.$/,
    );
  });

  it('answers the queries analysts commonly write', async () => {
    const neighbours = await rows('MATCH (e:Enterprise)-[r]-(x) RETURN x LIMIT 5');
    expect(neighbours).toHaveLength(5);
    const places = await rows('MATCH (p:Place)<-[:LOCATED_IN]-(e) RETURN p.name, count(e)');
    expect(places.length).toBeGreaterThan(0);
    expect(places.every(([name, count]) => typeof name === 'string' && Number(count) > 0)).toBe(true);

    const [[name]] = (await rows('MATCH (e:Enterprise) RETURN e.name ORDER BY e.name LIMIT 1')) as [[string]];
    const found = await rows(
      "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score RETURN node.name LIMIT 10",
      { q: `"${name}"` },
    );
    expect(found.flat()).toContain(name);
    const containing = await rows('MATCH (n:Enterprise) WHERE n.name CONTAINS $part RETURN n.name', {
      part: name.slice(0, 2),
    });
    expect(containing.flat()).toContain(name);
    expect(await rows("MATCH (e:Enterprise) WHERE e.name = 'Lead Ltd' OR e.name CONTAINS ':User' RETURN e")).toEqual(
      [],
    );
    expect(await rows("MATCH (s:Sector) RETURN 'Lead' AS word, s.key AS `x:Lead` LIMIT 1")).toHaveLength(1);
  });

  it('answers a total count, schema listings and paths from a labelled node', async () => {
    // Allowed: a count from the count store tells a total, no node.
    const [[total]] = (await rows('MATCH (n) RETURN count(n)')) as [[number]];
    expect(Number(total)).toBeGreaterThan(0);
    const [[relationships]] = (await rows('MATCH ()-[r]->() RETURN count(r)')) as [[number]];
    expect(Number(relationships)).toBeGreaterThan(0);
    expect((await rows('CALL db.labels() YIELD label RETURN label')).flat()).toContain('Enterprise');
    expect((await rows('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType')).flat()).toContain(
      'LOCATED_IN',
    );
    expect(await rows('MATCH p = (a:Enterprise)-[*1..2]-(b) RETURN length(p) LIMIT 3')).toHaveLength(3);
  });
});
