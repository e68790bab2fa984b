import { describe, expect, it } from 'vitest';
import { codes, idOf, operation, useTestApi } from './api.js';

/** One page of a connection of named nodes, as the web app asks for it. */
type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { name: string } }[];
};
type Named = { name: string };

/** Pages through a connection field with `first` items a page; returns every node's name and each page's totalCount. */
async function pageThrough(fetchPage: (after: string | null) => Promise<Page>) {
  const names: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let guard = 0; guard < 500; guard++) {
    const page = await fetchPage(after);
    totals.add(page.totalCount);
    names.push(...page.edges.map((e) => e.node.name));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { names, totals: [...totals] };
}

describe('what the web app asks of the API', () => {
  const api = useTestApi();

  it('viewer says who is asking, and whether they may write', async () => {
    const query = '{ viewer { subject roles canWrite } }';
    expect((await api.run(query)).data).toEqual({ viewer: { subject: null, roles: [], canWrite: false } });
    expect((await api.run(query, {}, ['reader'])).data).toEqual({
      viewer: { subject: 'tester', roles: ['READER'], canWrite: false },
    });
    expect((await api.run(query, {}, ['officer'])).data).toEqual({
      viewer: { subject: 'tester', roles: ['OFFICER'], canWrite: true },
    });
  });

  it("a quote names the plan and its date; a curator's note names neither", async () => {
    type Source = { kind: string; date: string | null };
    const { data } = await api.run<{ node: { sources: Source[] } }>(
      'query($id: ID!) { node(id: $id) { ... on Enterprise { sources { kind section quote note document date file line } } } }',
      {
        id: idOf('Enterprise', '高通公司'),
      },
    );
    const plan = (await api.run<{ plan: { title: string; date: string } }>('{ plan { title date } }')).data!.plan;
    const quote = data!.node.sources.find((s) => s.kind === 'QUOTE');
    expect(quote).toMatchObject({ document: plan.title, date: plan.date, file: null, line: null });
    expect(quote?.date).toBe('2015-05-14');
    for (const s of data!.node.sources.filter((s) => s.kind === 'CURATED'))
      expect(s).toMatchObject({ document: null, date: null, quote: null });
  });

  it('ChainLink.enterprisesPage pages through exactly the operators of `enterprises`, by name, with their total', async () => {
    const link = idOf('ChainLink', 'smartphone/assembly');
    const { data } = await api.run<{ node: { enterprises: Named[] } }>(
      'query($id: ID!) { node(id: $id) { ... on ChainLink { enterprises { name } } } }',
      { id: link },
    );
    const all = data!.node.enterprises.map((e) => e.name);
    expect(all.length).toBeGreaterThan(2);
    const query = `query($id: ID!, $after: String, $place: ID) { node(id: $id) { ... on ChainLink {
      enterprisesPage(first: 2, after: $after, place: $place) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } } }`;
    type Paged = { node: { enterprisesPage: Page } };
    const paged = await pageThrough(
      async (after) => (await api.run<Paged>(query, { id: link, after })).data!.node.enterprisesPage,
    );
    expect(paged.names).toEqual([...all].sort());
    expect(paged.totals).toEqual([all.length]);

    const gaps = (
      await api.run(operation('chain-gaps'), { chain: idOf('Chain', 'smartphone'), place: idOf('Place', '郑州') })
    ).data!.chainGaps;
    const local = gaps.links.find((l) => l.link.name === '整机')!.localEnterprises.map((e) => e.name);
    const inZhengzhou = await pageThrough(
      async (after) =>
        (await api.run<Paged>(query, { id: link, after, place: idOf('Place', '郑州') })).data!.node.enterprisesPage,
    );
    expect(inZhengzhou.names).toEqual([...local].sort());
    expect(inZhengzhou.names.length).toBeLessThan(all.length);
  });

  it('first: 0 gives only the total; an unknown place or a bad page size is refused', async () => {
    const query =
      'query($id: ID!, $place: ID, $first: Int) { node(id: $id) { ... on ChainLink { enterprisesPage(first: $first, place: $place) { totalCount edges { cursor } } } } }';
    const id = idOf('ChainLink', 'smartphone/assembly');
    const { data } = await api.run<{ node: { enterprisesPage: Page } }>(query, { id, first: 0 });
    expect(data!.node.enterprisesPage.edges).toEqual([]);
    expect(data!.node.enterprisesPage.totalCount).toBeGreaterThan(2);
    expect(codes(await api.run(query, { id, place: idOf('Place', '火星'), first: 5 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run(query, { id, first: 101 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('LinkGap.localEnterprisesPage pages the local enterprises of chainGaps without another query', async () => {
    const query = `query($chain: ID!, $after: String) { chainGaps(chain: $chain) { links { link { name } localEnterprises { name }
      localEnterprisesPage(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } } }`;
    const chain = idOf('Chain', 'auto-parts');
    type Gaps = { chainGaps: { links: { link: Named; localEnterprises: Named[]; localEnterprisesPage: Page }[] } };
    const { data } = await api.run<Gaps>(query, { chain });
    const busiest = [...data!.chainGaps.links].sort(
      (a, b) => b.localEnterprises.length - a.localEnterprises.length,
    )[0]!;
    expect(busiest.localEnterprises.length).toBeGreaterThan(1);
    const paged = await pageThrough(async (after) => {
      const res = await api.run<Gaps>(query, { chain, after });
      return res.data!.chainGaps.links.find((l) => l.link.name === busiest.link.name)!.localEnterprisesPage;
    });
    expect(paged.names).toEqual(busiest.localEnterprises.map((e) => e.name).sort());
    expect(paged.totals).toEqual([busiest.localEnterprises.length]);
  });

  it('province is the place analytics mean when given none: 河南, with its 18 cities among its children', async () => {
    const { data } = await api.run<{ province: { childrenPage: { edges: { node: { level: string } }[] } } }>(
      '{ province { id name level childrenPage(first: 100) { edges { node { level } } } } }',
    );
    expect(data!.province).toMatchObject({ id: idOf('Place', '河南'), name: '河南', level: 'PROVINCE' });
    expect(data!.province.childrenPage.edges.filter((e) => e.node.level === 'CITY')).toHaveLength(18);
  });

  it('Place.childrenPage pages the children of a place', async () => {
    const query =
      'query($id: ID!, $after: String) { node(id: $id) { ... on Place { children { name } childrenPage(first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } } }';
    const id = idOf('Place', '河南');
    type Children = { node: { children: Named[]; childrenPage: Page } };
    const children = (await api.run<Children>(query, { id })).data!.node.children.map((c) => c.name);
    expect(children).toContain('郑州');
    const paged = await pageThrough(
      async (after) => (await api.run<Children>(query, { id, after })).data!.node.childrenPage,
    );
    expect(paged.names).toEqual([...children].sort());
    expect(paged.totals).toEqual([children.length]);
  });

  it("chainCoverage: the smartphone chain in each of the province's cities, as compareChain counts it", async () => {
    const chain = idOf('Chain', 'smartphone');
    type Coverage = {
      place: { name: string; level?: string };
      coverage: number;
      covered: number;
      targeted: number;
      gaps: number;
    };
    const { data, errors } = await api.run<{ chainCoverage: Coverage[] }>(
      'query($chain: ID!) { chainCoverage(chain: $chain, levels: [CITY]) { place { name level } coverage covered targeted gaps } }',
      { chain },
    );
    expect(errors).toBeUndefined();
    const rows = data!.chainCoverage;
    expect(rows.length).toBe(18);
    expect(rows.every((r) => r.place.level === 'CITY')).toBe(true);
    const cmp = (
      await api.run<{ compareChain: { places: Coverage[] } }>(
        'query($chain: ID!, $places: [ID!]!) { compareChain(chain: $chain, places: $places) { places { place { name } coverage covered targeted gaps } } }',
        {
          chain,
          places: [idOf('Place', '郑州'), idOf('Place', '鹤壁')],
        },
      )
    ).data!.compareChain.places;
    for (const c of cmp) expect(rows.find((r) => r.place.name === c.place.name)).toMatchObject(c);
    expect(
      codes(
        await api.run('query($c: ID!) { chainCoverage(chain: $c) { coverage } }', {
          c: idOf('Chain', 'no-such-chain'),
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('reasons, checks and explanations come in Chinese when asked, in English by default', async () => {
    const vars = { place: idOf('Place', '郑州'), chain: idOf('Chain', 'smartphone') };
    type Reasons = { en: string[]; zh: string[] };
    const [rec] = (
      await api.run<{ recommendTargets: Reasons[] }>(
        'query($place: ID!, $chain: ID) { recommendTargets(place: $place, chain: $chain, first: 3) { en: reasons zh: reasons(language: ZH) } }',
        vars,
      )
    ).data!.recommendTargets;
    expect(rec!.en.join(' ')).toMatch(/not in 郑州/);
    expect(rec!.zh.join(' ')).toMatch(/不在郑州/);
    expect(rec!.zh).toHaveLength(rec!.en.length);
    const [critical] = (
      await api.run<{ criticalLinks: Reasons[] }>(
        'query($place: ID) { criticalLinks(place: $place, first: 5) { en: reasons zh: reasons(language: ZH) } }',
        vars,
      )
    ).data!.criticalLinks;
    expect(critical!.zh.at(-1)).toMatch(/^规划(已|未)点名拟引进的企业。$/);
    type Finding = { check: string; zh: string; ex: string };
    const findings = (
      await api.run<{ planConsistency: Finding[] }>(
        '{ planConsistency { consistent check zh: check(language: ZH) explanation ex: explanation(language: ZH) } }',
      )
    ).data!.planConsistency;
    const high = findings.find((f) => f.check.startsWith('高成长性制造业'));
    expect(high?.zh).toBe('高成长性制造业主营业务收入 = 所属产业收入之和');
    expect(high?.ex).toBe('规划写明33030亿元，但所属 6 个产业的收入目标合计33430亿元（多400亿元）。');
  });
});
