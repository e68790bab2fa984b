import { describe, expect, it } from 'vitest';
import { idOf, useTestApi } from './api.js';

const INSTITUTION_KINDS = ['UNIVERSITY', 'RESEARCH_INSTITUTE', 'PUBLIC_BODY'];

describe('institutions (universities, research institutes, public bodies) through the API', () => {
  const api = useTestApi();
  const page = async (where: Record<string, unknown> = {}, first = 100) => {
    const { data, errors } = await api.run<{
      enterprises: { totalCount: number; edges: { node: { name: string; kind: string } }[] };
    }>(
      `query($where: EnterpriseWhere, $first: Int) { enterprises(where: $where, first: $first) { totalCount edges { node { name kind } } } }`,
      { where, first },
    );
    expect(errors).toBeUndefined();
    return data!.enterprises;
  };

  it('search finds them by name, as enterprises whose kind says what they are', async () => {
    const { data } = await api.run(
      `{ search(text: "郑州大学", first: 1) { score kind node { ... on Enterprise { name kind places { name } } } } }`,
    );
    expect(data).toEqual({
      search: [
        { score: 1, kind: 'ENTERPRISE', node: { name: '郑州大学', kind: 'UNIVERSITY', places: [{ name: '郑州' }] } },
      ],
    });
  });

  it('lists and counts of enterprises are of companies unless institutions are asked for', async () => {
    const companies = await page();
    expect(companies.edges.every((e) => e.node.kind === 'COMPANY')).toBe(true);
    const universities = await page({ kinds: ['UNIVERSITY'] });
    expect(universities.edges.map((e) => e.node.name).sort()).toEqual(
      ['中国药科大学', '北京大学', '北京理工大学', '河南中医学院', '河南大学', '郑州大学'].sort(),
    );
    const everyone = await page({ kinds: ['COMPANY', ...INSTITUTION_KINDS] });
    const institutions = await page({ kinds: INSTITUTION_KINDS });
    expect(institutions.totalCount).toBe(12);
    expect(everyone.totalCount).toBe(companies.totalCount + institutions.totalCount);
    // the same with a filter: biomedicine's companies, then its partners and the universities it builds on too
    const bio = { sector: idOf('Sector', 'biomedicine') };
    const bioAll = await page({ ...bio, kinds: ['COMPANY', ...INSTITUTION_KINDS] });
    expect(bioAll.totalCount - (await page(bio)).totalCount).toBe(5);
  });

  it("carry the plan's stances on them: PARTNER for 合作, LOCAL for what it builds on, and their projects", async () => {
    const { data } = await api.run<{ a: { stances: { sources: { quote: string | null }[] }[] }; b: unknown }>(
      `query($a: ID!, $b: ID!) {
         a: node(id: $a) { ... on Enterprise { kind stances { role verb sector { name } sources { quote } } } }
         b: node(id: $b) { ... on Enterprise { kind stances { role verb } projects { name } } } }`,
      { a: idOf('Enterprise', '中国药科大学'), b: idOf('Enterprise', '郑州机械研究所') },
    );
    expect(data!.a).toMatchObject({
      kind: 'UNIVERSITY',
      stances: [{ role: 'PARTNER', verb: '合作', sector: { name: '生物医药' } }],
    });
    expect(data!.a.stances[0]?.sources[0]?.quote).toContain('加强与中国药科大学、上海医药工业研究院等单位的合作');
    expect(data!.b).toEqual({
      kind: 'RESEARCH_INSTITUTE',
      stances: [{ role: 'LOCAL', verb: '推进' }],
      projects: [{ name: '郑州机械研究所齿轮强度与可靠性试验检测技术基础公共服务平台项目' }],
    });
  });

  it('chain coverage and recommendations name companies only', async () => {
    type Kind = { kind: string };
    const { data, errors } = await api.run<{
      chainGaps: { links: { localEnterprises: Kind[]; targetEnterprises: Kind[] }[] };
      recommendTargets: { enterprise: Kind }[];
    }>(
      `query($place: ID!, $chain: ID!) {
         chainGaps(chain: $chain, place: $place) { links { localEnterprises { kind } targetEnterprises { kind } } }
         recommendTargets(place: $place, chain: $chain, first: 50) { enterprise { kind } } }`,
      { place: idOf('Place', '郑州'), chain: idOf('Chain', 'food-industry') },
    );
    expect(errors).toBeUndefined();
    const kinds = [
      ...data!.chainGaps.links.flatMap((l) => [...l.localEnterprises, ...l.targetEnterprises]),
      ...data!.recommendTargets.map((r) => r.enterprise),
    ].map((e) => e.kind);
    expect(new Set(kinds)).toEqual(new Set(['COMPANY']));
  });
});
