import type { DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { idOf, operationText, useTestApi, type OperationName, type TestApi } from './api.js';

/**
 * Root fields fetch their whole selection in one compiled query (src/graph/fetch.ts);
 * relations reached any other way go through the loaders. Both must give the same
 * answer to every request, which these tests check on the seeded graph, field by field.
 */
async function bothWays<T = unknown>(
  api: TestApi,
  query: string | DocumentNode,
  variables: Record<string, unknown> = {},
) {
  api.compileSelections = true;
  const compiled = await api.run<T>(query, variables);
  api.compileSelections = false;
  const loaded = await api.run<T>(query, variables);
  api.compileSelections = true;
  expect(compiled.errors).toBeUndefined();
  expect(loaded.errors).toBeUndefined();
  return { compiled: compiled.data, loaded: loaded.data };
}

/** Every field of the types root fields return, nested through their relations: one request per root field. */
const SRC = 'kind quote section note';
const PLACE = `id name fullName aliases nameEn level inHenan sources { ${SRC} } parent { id name parent { id name } } children { id name }`;
const TARGET = `id metric label value valueMax unit text year growthPct impliedBaseline attainment
  subject { id ... on Place { name } ... on Sector { name category } } actuals { value asOf note } sources { ${SRC} }`;
const LINK = `id name aliases group nameEn stage sources { ${SRC} } chain { id name } feeds { id name } fedBy { id name }
  stances { role verb enterprise { id name } sources { ${SRC} } }`;
const CLUSTER = `id name kind tier tierYi level sources { ${SRC} } sector { id name keyProjectCount } place { ${PLACE} } targets { ${TARGET} }
  places { id name } enterprises { id name kind carriers { id name } } links { id name chain { id name } } projects { id name cluster { id name } }`;
const EVERYTHING = [
  `{ categories { id key name nameEn sources { ${SRC} } targets { ${TARGET} } sectors { id name keyProjectCount } } }`,
  `{ sectors { id name nameEn category keyProjectCount sources { ${SRC} } targets { ${TARGET} } clusters { ${CLUSTER} } carriers { id name kind } } }`,
  `{ sectors { id chains { id name aliases nameEn sources { ${SRC} } sector { id name } links { ${LINK} } } } }`,
  `{ clusters { ${CLUSTER} } }`,
  `{ places { ${PLACE} } }`,
  `{ targets { ${TARGET} } }`,
  '{ chains { id name links { id name stage enterprises { id name aliases places { id name } } } } }',
];

describe('root fields fetch their whole selection in one query', () => {
  const api = useTestApi();

  it('every contract read gives the same answer compiled and through the loaders', async () => {
    const reads: [OperationName, Record<string, unknown>][] = [
      ['sectors', {}],
      ['sectors', { category: 'STRATEGIC_EMERGING' }],
      ['clusters', {}],
      ['clusters', { where: { tier: '千亿级' } }],
      ['enterprise', { id: idOf('Enterprise', '富士康集团') }],
      ['targets', { where: { subject: idOf('Place', '河南') } }],
      ['targets', {}],
    ];
    for (const [name, variables] of reads) {
      const { compiled, loaded } = await bothWays(api, operationText(name), variables);
      expect(compiled, `${name} ${JSON.stringify(variables)}`).toEqual(loaded);
    }
  });

  it('every field of sectors, categories, clusters, places, targets and chains, nested, is the same both ways', async () => {
    type Answers = {
      sectors?: { chains?: { links: unknown[] }[] }[];
      places?: unknown[];
      targets?: { impliedBaseline: number | null }[];
    };
    const answers: Answers[] = [];
    for (const query of EVERYTHING) {
      const { compiled, loaded } = await bothWays<Answers>(api, query);
      expect(compiled, query).toEqual(loaded);
      answers.push(compiled!);
    }
    // and the answers are not trivially empty
    expect(answers[1]!.sectors).toHaveLength(19);
    expect(answers[2]!.sectors!.flatMap((s) => s.chains!.flatMap((c) => c.links)).length).toBeGreaterThan(200);
    expect(answers[4]!.places!.length).toBeGreaterThan(90);
    expect(answers[5]!.targets!.some((t) => (t.impliedBaseline ?? 0) > 0)).toBe(true);
  });

  it('aliases and fragments on the same field are merged, and each alias gets its own answer', async () => {
    const query = `query($id: ID!) { node(id: $id) { id ... on Enterprise { a: places { name } b: places { id level } stances { role } ...more } } }
      fragment more on Enterprise { stances { link { name } sector { name } } projects { name } }`;
    type Node = { node: { a: unknown[]; b: unknown[]; stances: { link: { name: string } | null }[] } };
    const { compiled, loaded } = await bothWays<Node>(api, query, { id: idOf('Enterprise', '富士康集团') });
    expect(compiled).toEqual(loaded);
    expect(compiled!.node.a[0]).toEqual({ name: expect.any(String) });
    expect(compiled!.node.b[0]).toEqual({ id: expect.any(String), level: expect.any(String) });
    expect(compiled!.node.stances.some((s) => s.link?.name === '整机')).toBe(true);
  });

  it('keyProjectCount is the same on a nested sector as on a root one (it was null before)', async () => {
    type Sector = { name: string; keyProjectCount: number | null };
    const { compiled } = await bothWays<{ clusters: { sector: Sector }[]; sectors: Sector[] }>(
      api,
      '{ clusters(where: { minTierYi: 2000 }) { sector { name keyProjectCount } } sectors { name keyProjectCount } }',
    );
    const root = new Map(compiled!.sectors.map((s) => [s.name, s.keyProjectCount]));
    for (const c of compiled!.clusters) expect(c.sector.keyProjectCount).toBe(root.get(c.sector.name));
    expect(compiled!.clusters.some((c) => (c.sector.keyProjectCount ?? 0) > 0)).toBe(true);
  });
});
