import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { Role } from '../src/auth/tokens.js';
import { createLogger } from '../src/logger.js';
import { startService, type Service } from '../src/service.js';
import { idOf, TEST_JWT_SECRET } from './api.js';
import { testDatabase } from './database.js';
import { forgedTokens, gql, send, type Reply } from './http-client.js';

/**
 * At least a hundred malformed or hostile requests. Each must get a clear error with the
 * right code; the graph must be exactly as large afterwards; the server must still answer.
 */
const config = loadConfig({
  NODE_ENV: 'test',
  PORT: '0',
  HOST: '127.0.0.1',
  SEED_ON_START: 'false',
  AUTH_JWT_SECRET: TEST_JWT_SECRET,
  RATE_LIMIT_PER_MINUTE: '100000',
});
const db = testDatabase();
let service: Service;
let url: string;
const graphSize = async () =>
  (
    await db.read(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    )
  )[0];
let sizeBefore: unknown;

type Case = [name: string, request: () => Promise<Reply>, status: number, code: string | undefined];
const json = (o: unknown) => JSON.stringify(o);
const deep = (n: number) => `{ places { ${'children { '.repeat(n)}id${' }'.repeat(n)} } }`;
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: plan { id }`).join(' ')} }`;
const cypher =
  'query($q: String!, $p: JSON, $l: Int) { cypher(query: $q, params: $p, limit: $l) { columns rows truncated } }';
const asAnalyst =
  (q: string, p?: unknown): (() => Promise<Reply>) =>
  () =>
    gql(url, cypher, { q, p }, ['analyst']);
const search = (text: string) => () =>
  gql(url, 'query($t: String!) { search(text: $t) { score node { id } } }', { t: text });
const enterprises = (where: unknown, first?: unknown, after?: unknown) => () =>
  gql(
    url,
    'query($w: EnterpriseWhere, $f: Int, $a: String) { enterprises(where: $w, first: $f, after: $a) { totalCount } }',
    { w: where, f: first, a: after },
  );
const node = (id: unknown) => () => gql(url, 'query($id: ID!) { node(id: $id) { id } }', { id });
const record =
  (input: unknown, roles: Role[] = ['officer']) =>
  () =>
    gql(
      url,
      'mutation($i: RecordActualInput!) { recordActual(input: $i) { target { id } } }',
      { i: input },
      roles.length ? roles : undefined,
    );

const transport: Case[] = [
  ['malformed JSON', () => send(url, '{"query": "{ plan { id }'), 400, 'BAD_REQUEST'],
  ['JSON that is not an object', () => send(url, '"{ plan { id } }"'), 400, undefined],
  ['null body', () => send(url, 'null'), 400, undefined],
  ['empty body', () => send(url, ''), 400, undefined],
  ['query is a number', () => send(url, json({ query: 42 })), 400, undefined],
  ['variables is a string', () => send(url, json({ query: '{ plan { id } }', variables: 'x' })), 400, undefined],
  [
    'batched operations',
    () => send(url, json([{ query: '{ plan { id } }' }, { query: '{ plan { id } }' }])),
    400,
    undefined,
  ],
  [
    'text/plain (a CSRF vector)',
    () => send(url, json({ query: '{ plan { id } }' }), { 'content-type': 'text/plain' }),
    400,
    undefined,
  ],
  [
    'form-encoded (a CSRF vector)',
    () => send(url, 'query=%7B+plan+%7B+id+%7D+%7D', { 'content-type': 'application/x-www-form-urlencoded' }),
    400,
    undefined,
  ],
  ['no content type', () => send(url, json({ query: '{ plan { id } }' }), {}), 400, undefined],
  [
    'GET without a preflight header (CSRF)',
    () =>
      fetch(`${url}/graphql?query=%7Bplan%7Bid%7D%7D`).then(async (r): Promise<Reply> => ({
        status: r.status,
        codes: [],
        body: {},
        text: await r.text(),
      })),
    400,
    undefined,
  ],
  [
    'a body over the size limit',
    () => send(url, json({ query: `{ plan { id } } #${'x'.repeat(1_100_000)}` })),
    413,
    'PAYLOAD_TOO_LARGE',
  ],
  ['binary garbage', () => send(url, new Uint8Array([0xff, 0xfe, 0x00, 0x01, 0x02])), 400, 'BAD_REQUEST'],
];

const shapes: Case[] = [
  ['a syntax error', () => gql(url, '{ plan { id '), 400, 'GRAPHQL_PARSE_FAILED'],
  ['an unknown field', () => gql(url, '{ plan { password } }'), 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['a mutation that does not exist', () => gql(url, 'mutation { dropDatabase }'), 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['deep nesting (15 levels)', () => gql(url, deep(15)), 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['very deep nesting (100 levels)', () => gql(url, deep(100)), 400, undefined],
  ['an alias bomb (50 aliases)', () => gql(url, aliases(50)), 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['an alias bomb (2000 aliases)', () => gql(url, aliases(2000)), 400, undefined],
  [
    'a fragment cycle',
    () => gql(url, '{ plan { ...A } } fragment A on Plan { ...B } fragment B on Plan { ...A }'),
    400,
    'GRAPHQL_VALIDATION_FAILED',
  ],
  [
    'a fragment bomb',
    () =>
      gql(
        url,
        `{ plan { ...F0 } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Plan { id ${i < 29 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ')}`,
      ),
    400,
    undefined,
  ],
  ['a directive bomb', () => gql(url, `{ plan { id ${'@include(if: true) '.repeat(50)} } }`), 400, undefined],
  ['too many tokens', () => gql(url, `{ plan { ${'id '.repeat(3000)} } }`), 400, undefined],
  [
    'a costly query within depth',
    () =>
      gql(
        url,
        `{ sectors { chains { links { feeds { fedBy { feeds { fedBy { feeds { chain { links { ${'id name nameEn key stage '.repeat(60)} } } } } } } } } } } }`,
      ),
    400,
    'GRAPHQL_VALIDATION_FAILED',
  ],
  ['two operations and no name', () => gql(url, 'query A { plan { id } } query B { plan { id } }'), 400, undefined],
  [
    'a wrong argument type inline',
    () => gql(url, '{ sectors(category: "X") { id } }'),
    400,
    'GRAPHQL_VALIDATION_FAILED',
  ],
  [
    'a wrong enum in variables',
    () => gql(url, 'query($c: SectorCategory) { sectors(category: $c) { id } }', { c: 'EVIL' }),
    400,
    'BAD_USER_INPUT',
  ],
  [
    'a string for an Int',
    () => gql(url, 'query($f: Int) { enterprises(first: $f) { totalCount } }', { f: 'ten' }),
    400,
    'BAD_USER_INPUT',
  ],
  [
    'an Int over 32 bits',
    () => gql(url, 'query($f: Int) { enterprises(first: $f) { totalCount } }', { f: 1e12 }),
    400,
    'BAD_USER_INPUT',
  ],
  [
    'an object for an ID',
    () => gql(url, 'query($id: ID!) { node(id: $id) { id } }', { id: { $ne: null } }),
    400,
    'BAD_USER_INPUT',
  ],
  ['a missing required variable', () => gql(url, 'query($id: ID!) { node(id: $id) { id } }'), 400, 'BAD_USER_INPUT'],
];

const ids: Case[] = [
  ['a random id', node('dGhpcyBpcyBub3QgYW4gaWQ'), 200, 'BAD_USER_INPUT'],
  ['an empty id', node(''), 200, 'BAD_USER_INPUT'],
  ['an id with Cypher in it', node("x') MATCH (n) DETACH DELETE n //"), 200, 'BAD_USER_INPUT'],
  ['a forged id of an unknown kind', node(Buffer.from('User:admin').toString('base64url')), 200, 'BAD_USER_INPUT'],
  ['a forged id of a known kind naming nothing', node(idOf('Enterprise', '不存在的企业')), 200, 'BAD_USER_INPUT'],
  ['a forged id with Cypher as its key', node(idOf('Enterprise', "'}) DETACH DELETE n //")), 200, 'BAD_USER_INPUT'],
  ['a 10,000-character id', node('A'.repeat(10_000)), 200, 'BAD_USER_INPUT'],
  [
    'an id of the wrong kind for chainGaps',
    () => gql(url, 'query($c: ID!) { chainGaps(chain: $c) { coverage } }', { c: idOf('Sector', 'electronics') }),
    200,
    'BAD_USER_INPUT',
  ],
  [
    'an unknown place for chainGaps',
    () =>
      gql(url, 'query($c: ID!, $p: ID) { chainGaps(chain: $c, place: $p) { coverage } }', {
        c: idOf('Chain', 'smartphone'),
        p: idOf('Place', '亚特兰蒂斯'),
      }),
    200,
    'BAD_USER_INPUT',
  ],
  [
    'recommendTargets for first: 0',
    () => gql(url, 'query($p: ID!) { recommendTargets(place: $p, first: 0) { score } }', { p: idOf('Place', '郑州') }),
    200,
    'BAD_USER_INPUT',
  ],
  [
    'compareChain with 11 places',
    () =>
      gql(url, 'query($c: ID!, $p: [ID!]!) { compareChain(chain: $c, places: $p) { chain { id } } }', {
        c: idOf('Chain', 'smartphone'),
        p: Array(11).fill(idOf('Place', '郑州')),
      }),
    200,
    'BAD_USER_INPUT',
  ],
  [
    'whatIf with a place as the enterprise',
    () =>
      gql(url, 'query($e: ID!, $p: ID!) { whatIf(enterprise: $e, place: $p) { chains { coverageAfter } } }', {
        e: idOf('Place', '郑州'),
        p: idOf('Place', '郑州'),
      }),
    200,
    'BAD_USER_INPUT',
  ],
];

const filters: Case[] = [
  ['first: -1', enterprises(null, -1), 200, 'BAD_USER_INPUT'],
  ['first: 0', enterprises(null, 0), 200, 'BAD_USER_INPUT'],
  ['first: 101', enterprises(null, 101), 200, 'BAD_USER_INPUT'],
  ['first: 2^31-1', enterprises(null, 2 ** 31 - 1), 200, 'BAD_USER_INPUT'],
  ['a forged cursor', enterprises(null, 5, 'WyJhIl0'), 200, 'BAD_USER_INPUT'],
  ['a cursor that is not base64', enterprises(null, 5, '!!!'), 200, 'BAD_USER_INPUT'],
  ['a forged place in where', enterprises({ place: 'Zm9yZ2Vk' }), 200, 'BAD_USER_INPUT'],
  ['a sector id where a place belongs', enterprises({ place: idOf('Sector', 'food') }), 200, 'BAD_USER_INPUT'],
  ['an unknown filter field', enterprises({ password: 'x' }), 400, 'BAD_USER_INPUT'],
  ['a wrong role value', enterprises({ role: 'OWNER' }), 400, 'BAD_USER_INPUT'],
  [
    'targets for a forged subject',
    () => gql(url, 'query($w: TargetWhere) { targets(where: $w) { id } }', { w: { subject: 'eHh4' } }),
    200,
    'BAD_USER_INPUT',
  ],
  [
    'clusters in an unknown sector',
    () =>
      gql(url, 'query($w: ClusterWhere) { clusters(where: $w) { id } }', { w: { sector: idOf('Sector', 'piracy') } }),
    200,
    'BAD_USER_INPUT',
  ],
];

/** Text that must be searched for, never executed: each returns hits or none, without error. */
const injections = [
  "') MATCH (n) DETACH DELETE n //",
  '" OR 1=1 --',
  '*',
  '?',
  'name:*',
  '*:*',
  '(((',
  ')))',
  '[a TO z]',
  '{!}',
  'a~0.1',
  '"unclosed',
  '\\',
  '/regex/',
  '&& || !',
  'AND',
  'NOT 富士康',
  '富士康^1000',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  "'; DROP TABLE enterprises; --",
  '\u0000',
  '𠀀𠀁',
  'CALL dbms.killQueries()',
];

const searches: Case[] = [
  ...injections.map((t): Case => [`search text ${JSON.stringify(t)}`, search(t), 200, undefined]),
  ['search text of 101 characters', search('字'.repeat(101)), 200, 'BAD_USER_INPUT'],
  ['search text of spaces only', search('   '), 200, 'BAD_USER_INPUT'],
  ...["' OR 1=1", '$where', "x') RETURN n //"].map((t): Case => [
    `nameContains ${JSON.stringify(t)}`,
    enterprises({ nameContains: t }),
    200,
    undefined,
  ]),
];

const auth = async (): Promise<Case[]> => {
  const forged = await forgedTokens();
  const input = { target: idOf('Target', 'food-revenue'), value: 1, asOf: '2015-01-01', note: 'hostile' };
  return [
    ['recordActual without a token', record(input, []), 401, 'UNAUTHENTICATED'],
    ['recordActual as a reader', record(input, ['reader']), 403, 'FORBIDDEN'],
    ['recordActual as an analyst', record(input, ['analyst']), 403, 'FORBIDDEN'],
    ...Object.entries(forged).map(([what, header]): Case => [
      `recordActual with a token ${what}`,
      () =>
        gql(
          url,
          'mutation($i: RecordActualInput!) { recordActual(input: $i) { target { id } } }',
          { i: input },
          header,
        ),
      401,
      'UNAUTHENTICATED',
    ]),
    ['a read with a forged token', () => gql(url, '{ plan { id } }', {}, forged['alg none']), 401, 'UNAUTHENTICATED'],
    ['recordActual on a sector id', record({ ...input, target: idOf('Sector', 'food') }), 200, 'BAD_USER_INPUT'],
    ['recordActual on a forged target', record({ ...input, target: idOf('Target', 'fake') }), 200, 'BAD_USER_INPUT'],
    ['recordActual with 2015-13-45', record({ ...input, asOf: '2015-13-45' }), 200, 'BAD_USER_INPUT'],
    ['recordActual with a date and time', record({ ...input, asOf: '2015-01-01T00:00:00Z' }), 200, 'BAD_USER_INPUT'],
    ['recordActual with a text value', record({ ...input, value: 'a lot' }), 400, 'BAD_USER_INPUT'],
    ['recordActual with a 2000-character note', record({ ...input, note: 'x'.repeat(2000) }), 200, 'BAD_USER_INPUT'],
    ['recordActual with an extra field', record({ ...input, recordedBy: 'someone else' }), 400, 'BAD_USER_INPUT'],
    ['cypher without a token', () => gql(url, cypher, { q: 'RETURN 1' }), 401, 'UNAUTHENTICATED'],
    ['cypher as an officer', () => gql(url, cypher, { q: 'RETURN 1' }, ['officer']), 403, 'FORBIDDEN'],
    ['cypher as a reader', () => gql(url, cypher, { q: 'RETURN 1' }, ['reader']), 403, 'FORBIDDEN'],
    [
      'importEnterprises as an analyst',
      () => gql(url, 'mutation { importEnterprises(csv: "name,place,links") { rows } }', {}, ['analyst']),
      403,
      'FORBIDDEN',
    ],
  ];
};

/** Every way to write, administer, or reach files through `cypher` that we could think of. */
const writes = [
  "CREATE (n:Sector {key: 'evil'})",
  "MERGE (n:Sector {key: 'evil'})",
  "MATCH (s:Sector) SET s.name = 'hacked'",
  'MATCH (s:Sector) SET s += {name: 1}',
  'MATCH (s:Sector) SET s:Hacked',
  'MATCH (s:Sector) DETACH DELETE s',
  'MATCH (s:Stance) DELETE s',
  'MATCH ()-[r:FEEDS]->() DELETE r',
  'MATCH (s:Sector) REMOVE s.name',
  'MATCH (s:Sector) REMOVE s:Sector',
  'FOREACH (x IN range(1, 3) | CREATE (:Evil))',
  'CALL () { CREATE (:Evil) } RETURN 1',
  'MATCH (s:Sector) CALL (s) { SET s.x = 1 } RETURN count(*)',
  'MATCH (s:Sector) CALL (s) { DETACH DELETE s } IN TRANSACTIONS RETURN 1',
  'UNWIND [1] AS x CREATE (:Evil {x: x})',
  'MATCH (a:Sector), (b:Sector) CREATE (a)-[:EVIL]->(b)',
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:4000/healthz' AS line RETURN line",
  'CALL db.createLabel("Evil")',
  'CALL db.createProperty("evil")',
  'CALL db.createRelationshipType("EVIL")',
  'CALL db.clearQueryCaches()',
  'CALL dbms.listConfig()',
  'CALL db.info()',
  'CALL tx.setMetaData({evil: true})',
  'CALL apoc.cypher.runWrite("CREATE (:Evil)", {})',
  "CALL db.index.fulltext.drop('entity_search')",
  'CREATE INDEX evil FOR (n:Evil) ON (n.x)',
  'DROP INDEX enterprise_name',
  'CREATE CONSTRAINT evil FOR (n:Evil) REQUIRE n.x IS UNIQUE',
  'DROP CONSTRAINT entity_id',
  'CREATE FULLTEXT INDEX evil FOR (n:Evil) ON EACH [n.x]',
  'CREATE USER evil SET PASSWORD "evil-password"',
  'DROP USER neo4j',
  'ALTER USER neo4j SET PASSWORD "x"',
  'CREATE DATABASE evil',
  'STOP DATABASE neo4j',
  'GRANT ROLE admin TO evil',
  'SHOW USERS',
  'SHOW TRANSACTIONS',
  'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
  'SHOW SETTINGS',
  'RETURN 1; CREATE (:Evil)',
  'USE system SHOW USERS',
];

const analyst: Case[] = [
  ...writes.map((q): Case => [`cypher: ${q}`, asAnalyst(q), 200, 'BAD_USER_INPUT']),
  [
    'cypher: a Cypher injection in params is only a value',
    asAnalyst('MATCH (s:Sector) WHERE s.name = $x RETURN s.key', { x: "' OR 1=1 CREATE (:Evil) //" }),
    200,
    undefined,
  ],
  ['cypher: params that are not an object', asAnalyst('RETURN $x', [1, 2]), 200, 'BAD_USER_INPUT'],
  [
    'cypher: a query that runs too long',
    asAnalyst('UNWIND range(1, 100000000000) AS x WITH x WHERE x < 0 RETURN count(x)'),
    200,
    'BAD_USER_INPUT',
  ],
  ['cypher: an empty query', asAnalyst('   '), 200, 'BAD_USER_INPUT'],
  [
    'cypher: a limit of 100000',
    () => gql(url, cypher, { q: 'RETURN 1', l: 100000 }, ['analyst']),
    200,
    'BAD_USER_INPUT',
  ],
];

describe('hostile input', () => {
  const cases: Case[] = [];
  beforeAll(async () => {
    service = await startService(config, { db, embedded: undefined }, createLogger('silent'));
    url = service.url;
    sizeBefore = await graphSize();
    cases.push(...transport, ...shapes, ...ids, ...filters, ...searches, ...(await auth()), ...analyst);
  });
  afterAll(async () => {
    await service.stop();
  });

  it('is a suite of at least a hundred requests', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it('gets the right status and error code for every request, and clear messages', { timeout: 180_000 }, async () => {
    const wrong: string[] = [];
    for (const [name, request, status, code] of cases) {
      const started = Date.now();
      const reply = await request();
      if (process.env.HOSTILE_DEBUG && Date.now() - started > 150)
        console.log(`slow: ${name} ${Date.now() - started}ms`);
      const gotCode = reply.codes[0];
      const message = reply.body.errors?.[0]?.message ?? '';
      const ok =
        reply.status === status &&
        (code === undefined ? true : gotCode === code) &&
        (reply.codes.length === 0 || message.length > 5);
      const noLeak = !reply.text.includes('stacktrace') && !/at .*\.ts:\d+/.test(reply.text);
      if (!ok || !noLeak)
        wrong.push(
          `${name}: got ${reply.status} ${gotCode ?? '-'} ${String(message).slice(0, 120)}; expected ${status} ${code ?? '(any)'}`,
        );
    }
    expect(wrong).toEqual([]);
  });

  it('leaves the graph exactly as large as it was', async () => {
    expect(await graphSize()).toEqual(sizeBefore);
    expect(await db.read("MATCH (n) WHERE n:Evil OR n:Hacked OR n.key = 'evil' OR n.name = 'hacked' RETURN n")).toEqual(
      [],
    );
  });

  it('still answers afterwards', async () => {
    const reply = await gql(url, '{ plan { title } }');
    expect(reply.body).toMatchObject({ data: { plan: { title: '先进制造业大省建设重点产业发展2015年实施方案' } } });
  });

  it('reports the cost of an accepted request in extensions', async () => {
    const reply = await gql(url, '{ sectors { name chains { name } } }');
    const cost = reply.body.extensions?.cost as { requestedQueryCost: number; maximumAvailable: number } | undefined;
    expect(cost).toEqual({ requestedQueryCost: expect.any(Number), maximumAvailable: 20000 });
    expect(cost?.requestedQueryCost).toBeGreaterThan(0);
  });
});
