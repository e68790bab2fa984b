import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnterprisesQuery } from '../src/generated/operations.generated.js';
import { codes, having, idOf, operation, TestApi, type Answer } from './api.js';
import { testDatabase } from './database.js';

describe('the contract operations on the seeded graph', () => {
  const api = new TestApi(testDatabase());
  beforeAll(() => api.start());
  afterAll(async () => {
    await api.stop();
    await api.db.close();
  });

  it('ChainGaps: 摄像模组 in 郑州 is TARGETED, with 舜宇光电公司 and 信利光电公司 to attract', async () => {
    const { data, errors } = await api.run(operation('chain-gaps'), {
      chain: idOf('Chain', 'smartphone'),
      place: idOf('Place', '郑州'),
    });
    expect(errors).toBeUndefined();
    const gaps = data!.chainGaps;
    expect(gaps.chain).toMatchObject({ name: '智能手机产业链', sector: { name: '电子信息' } });
    expect(gaps.place).toEqual({ id: idOf('Place', '郑州'), name: '郑州', level: 'CITY' });
    const camera = gaps.links.find((l) => l.link.name === '摄像模组')!;
    expect(camera).toMatchObject({ status: 'TARGETED', link: { stage: 'MIDSTREAM' }, localEnterprises: [] });
    expect(camera.targetEnterprises.map((e) => e.name).sort()).toEqual(['信利光电公司', '舜宇光电公司']);
    expect(camera.sources).toContainEqual({
      quote: '引进舜宇光电公司、信利光电公司等知名企业',
      section: '二（一）1 电子信息',
    });
    const assembly = gaps.links.find((l) => l.link.name === '整机');
    expect(assembly).toMatchObject({ status: 'COVERED', localEnterprises: [{ name: '富士康集团' }] });
    const covered = gaps.links.filter((l) => l.status === 'COVERED').length;
    expect(gaps.coverage).toBeCloseTo(covered / gaps.links.length);
    expect(gaps.links.map((l) => l.link.name)).toEqual(
      expect.arrayContaining(['芯片', '主板', '屏组件', '摄像模组', '电池', '机壳']),
    );
  });

  it('ChainGaps without a place is the province', async () => {
    const { data } = await api.run(operation('chain-gaps'), { chain: idOf('Chain', 'smartphone') });
    expect(data!.chainGaps.place).toEqual({ id: idOf('Place', '河南'), name: '河南', level: 'PROVINCE' });
  });

  it('ChainGaps for an unknown place is a BAD_USER_INPUT that names the argument', async () => {
    const answer = await api.run(operation('chain-gaps'), {
      chain: idOf('Chain', 'smartphone'),
      place: idOf('Place', '火星'),
    });
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors![0]!.message).toMatch(/^place: no Place has the id/);
  });

  it('Sectors with STRATEGIC_EMERGING returns 生物医药 with its 1900亿元 target at +24%', async () => {
    const { data, errors } = await api.run(operation('sectors'), { category: 'STRATEGIC_EMERGING' });
    expect(errors).toBeUndefined();
    expect(data!.sectors.map((s) => s.name)).toEqual(['生物医药', '节能环保', '新材料', '新能源']);
    const bio = data!.sectors[0]!;
    expect(bio).toMatchObject({ nameEn: 'Biomedicine', category: 'STRATEGIC_EMERGING', keyProjectCount: 80 });
    const revenue = bio.targets.find((t) => t.metric === 'REVENUE')!;
    expect(revenue).toMatchObject({ value: 1900, unit: '亿元', year: 2015, growthPct: 24 });
    expect(revenue.impliedBaseline).toBeCloseTo(1900 / 1.24);
    expect(revenue.sources[0]).toEqual({
      quote: '2015年力争规模以上生物医药产业主营业务收入达到1900亿元，同比增长24%',
      section: '二（二）1 生物医药',
    });
    expect(bio.clusters.map((c) => c.place?.name)).toEqual(['新乡', '梁园']);
    expect(bio.chains.length).toBeGreaterThan(0);
  });

  it("Sectors without a category returns all 19 in the plan's order", async () => {
    const { data } = await api.run(operation('sectors'));
    expect(data!.sectors).toHaveLength(19);
    expect(data!.sectors[0]).toMatchObject({ name: '电子信息', keyProjectCount: 148 });
    expect(data!.sectors.at(-1)).toMatchObject({ name: '服务外包', category: 'PRODUCER_SERVICE' });
  });

  it('Clusters: 郑州航空港区 is a 2000亿级 electronics cluster in 郑州', async () => {
    const { data } = await api.run(operation('clusters'), { where: { minTierYi: 2000 } });
    const airport = data!.clusters.find((c) => c.place?.name === '郑州航空港区');
    expect(airport).toMatchObject({
      tier: '2000亿级',
      tierYi: 2000,
      sector: { name: '电子信息' },
      place: { level: 'ZONE', parent: { name: '郑州' } },
    });
    expect(data!.clusters.map((c) => c.tierYi)).toEqual([10000, 10000, 2000]);
  });

  it('Enterprise: 富士康集团 with its alias, places, stances and projects', async () => {
    const { data } = await api.run(operation('enterprise'), { id: idOf('Enterprise', '富士康集团') });
    const e = having(data!.node, 'places');
    expect(e).toMatchObject({ name: '富士康集团', aliases: ['富士康'] });
    expect(e.places.map((p) => p.name)).toEqual(expect.arrayContaining(['郑州航空港区', '鹤壁']));
    expect(e.stances).toContainEqual(
      expect.objectContaining({
        role: 'LOCAL',
        link: expect.objectContaining({ name: '整机' }),
        sector: expect.objectContaining({ name: '电子信息' }),
      }),
    );
    expect(e.projects.length).toBeGreaterThan(0);
  });

  it('Enterprises: pages of 50 cover all, each once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page++) {
      const answer: Answer<EnterprisesQuery> = await api.run(operation('enterprises'), { first: 50, after });
      const c = answer.data!.enterprises;
      total = c.totalCount;
      seen.push(...c.edges.map((e) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(100);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('Enterprises: the targets for 摄像模组', async () => {
    const { data } = await api.run(operation('enterprises'), {
      where: { link: idOf('ChainLink', 'smartphone/camera-module'), role: 'TARGET' },
    });
    expect(data!.enterprises.totalCount).toBe(2);
    expect(data!.enterprises.edges.map((e) => e.node.name).sort()).toEqual(['信利光电公司', '舜宇光电公司']);
  });

  it('Search: 富士康 finds 富士康集团 first, with score 1', async () => {
    const { data } = await api.run(operation('search'), { text: '富士康' });
    expect(data!.search[0]).toEqual({
      score: 1,
      kind: 'ENTERPRISE',
      node: { id: idOf('Enterprise', '富士康集团'), name: '富士康集团' },
    });
  });

  it.each(['fushikang', 'fsk', 'Foxconn'])('Search: %s finds 富士康集团 first', async (text) => {
    const { data } = await api.run(operation('search'), { text, kinds: ['ENTERPRISE'], first: 3 });
    expect(having(data!.search[0]?.node, 'name').name).toBe('富士康集团');
    for (const hit of data!.search) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.score).toBeLessThanOrEqual(1);
    }
  });

  it('Targets: the province-wide targets, including 1501 key projects', async () => {
    const { data } = await api.run(operation('targets'), {
      where: { subject: idOf('Place', '河南'), metric: 'KEY_PROJECTS' },
    });
    expect(data!.targets).toEqual([
      expect.objectContaining({
        value: 1501,
        valueMax: null,
        year: 2015,
        subject: { id: idOf('Place', '河南') },
        actuals: [],
        attainment: null,
      }),
    ]);
  });

  it("RecommendTargets: for the smartphone chain in 郑州, the plan's targets with reasons", async () => {
    const { data, errors } = await api.run(operation('recommend-targets'), {
      place: idOf('Place', '郑州'),
      chain: idOf('Chain', 'smartphone'),
      first: 20,
    });
    expect(errors).toBeUndefined();
    const sunny = data!.recommendTargets.find((r) => r.enterprise.name === '舜宇光电公司')!;
    expect(sunny.fillsLinks).toEqual([{ id: idOf('ChainLink', 'smartphone/camera-module'), name: '摄像模组' }]);
    expect(sunny.reasons).toContain(
      'The plan names it to attract (引进) for 摄像模组（智能手机产业链）: 「引进舜宇光电公司、信利光电公司等知名企业」 (二（一）1 电子信息).',
    );
    expect(data!.recommendTargets.map((r) => r.enterprise.name)).not.toContain('富士康集团');
    const scores = data!.recommendTargets.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('RecordActual without a token is UNAUTHENTICATED, with the wrong role FORBIDDEN, and writes nothing', async () => {
    const input = { target: idOf('Target', 'food-revenue'), value: 1, asOf: '2015-01-01', note: 'contract test' };
    expect(codes(await api.run(operation('record-actual'), { input }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.run(operation('record-actual'), { input }, ['reader', 'analyst']))).toEqual(['FORBIDDEN']);
    expect(await api.db.read('MATCH (a:Actual {targetId: $t}) RETURN a', { t: input.target })).toEqual([]);
  });

  it('Cypher: an analyst reads; a write is refused', async () => {
    const ok = await api.run(
      operation('cypher'),
      {
        query: 'MATCH (s:Sector {key: $key}) RETURN s.name AS name, s.category AS category',
        params: { key: 'biomedicine' },
      },
      ['analyst'],
    );
    expect(ok.data!.cypher).toEqual({
      columns: ['name', 'category'],
      rows: [['生物医药', 'STRATEGIC_EMERGING']],
      truncated: false,
    });
    const limited = await api.run(operation('cypher'), { query: 'MATCH (s:Sector) RETURN s.key', limit: 5 }, [
      'analyst',
    ]);
    expect(limited.data!.cypher).toMatchObject({ truncated: true });
    expect(limited.data!.cypher.rows).toHaveLength(5);
    const write = await api.run(operation('cypher'), { query: "CREATE (:Sector {key: 'evil'})" }, ['analyst']);
    expect(codes(write)).toEqual(['BAD_USER_INPUT']);
    expect(codes(await api.run(operation('cypher'), { query: 'RETURN 1' }, ['officer']))).toEqual(['FORBIDDEN']);
  });
});
