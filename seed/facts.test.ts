import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../test/database.js';
import type { Database } from '../src/db/database.js';

/** Facts of the plan, checked on the loaded graph against what the text says. */
describe('the loaded graph says what the plan says', () => {
  let db: Database;
  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(() => db.close());

  const targetOf = (subjectLabel: string, subject: string, metric: string) =>
    db.read<{ value: number; valueMax: number | null; growthPct: number | null; unit: string; quotes: string[] }>(
      `MATCH (t:Target {metric: $metric})-[:FOR]->(s:${subjectLabel} {name: $subject})
       RETURN t.value AS value, t.valueMax AS valueMax, t.growthPct AS growthPct, t.unit AS unit, t.sourceQuotes AS quotes
       ORDER BY t.key`,
      { subject, metric },
    );

  it('province: 主营业务收入 7.37万亿元 (+10.4%) and 1501 key projects', async () => {
    expect(await targetOf('Place', '河南', 'REVENUE')).toEqual([
      expect.objectContaining({ value: 73700, unit: '亿元', growthPct: 10.4 }),
    ]);
    expect(await targetOf('Place', '河南', 'KEY_PROJECTS')).toEqual([expect.objectContaining({ value: 1501 })]);
  });

  it('HIGH_GROWTH: 电子信息 3450亿元 +20%, 148 projects, 2亿部 smartphones, 郑州航空港区 a 2000亿级 cluster', async () => {
    expect(await targetOf('Sector', '电子信息', 'REVENUE')).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 3450, growthPct: 20, unit: '亿元' })]),
    );
    expect(await targetOf('Sector', '电子信息', 'KEY_PROJECTS')).toEqual([expect.objectContaining({ value: 148 })]);
    expect(await targetOf('Sector', '电子信息', 'OUTPUT')).toEqual([
      expect.objectContaining({ value: 200_000_000, unit: '部' }),
    ]);
    const clusters = await db.read(
      `MATCH (c:Cluster)-[:LOCATED_IN]->(:Place {name: '郑州航空港区'}), (c)-[:IN_SECTOR]->(s:Sector) WHERE c.tier IS NOT NULL
       RETURN s.name AS sector, c.tier AS tier, c.tierYi AS tierYi`,
    );
    expect(clusters).toEqual([{ sector: '电子信息', tier: '2000亿级', tierYi: 2000 }]);
  });

  it('HIGH_GROWTH: 舜宇光电 and 信利光电 are targets for 摄像模组, 中光学 a local enterprise to build on', async () => {
    const stances = await db.read(
      `MATCH (s:Stance)-[:CONCERNS]->(:ChainLink {name: '摄像模组'}), (s)-[:ABOUT]->(e)
       RETURN e.name AS enterprise, s.role AS role, s.verb AS verb ORDER BY enterprise`,
    );
    expect(stances).toEqual([
      { enterprise: '中光学集团有限公司', role: 'LOCAL', verb: '支持' },
      { enterprise: '信利光电公司', role: 'TARGET', verb: '引进' },
      { enterprise: '南阳华祥光电科技有限公司', role: 'LOCAL', verb: '支持' },
      { enterprise: '舜宇光电公司', role: 'TARGET', verb: '引进' },
    ]);
  });

  it('HIGH_GROWTH: the smartphone chain has 芯片, 主板, 屏组件, 摄像模组, 电池, 机壳', async () => {
    const [row] = await db.read<{ links: string[] }>(
      `MATCH (l:ChainLink)-[:IN_CHAIN]->(:Chain {key: 'smartphone'}) RETURN collect(l.name) AS links`,
    );
    expect(row?.links).toEqual(expect.arrayContaining(['芯片', '主板', '屏组件', '摄像模组', '电池', '机壳']));
  });

  it('STRATEGIC_EMERGING: 生物医药 1900亿元 +24%, 80 projects, with its quote', async () => {
    const [revenue] = await targetOf('Sector', '生物医药', 'REVENUE');
    expect(revenue).toMatchObject({ value: 1900, growthPct: 24 });
    expect(revenue?.quotes).toContain('2015年力争规模以上生物医药产业主营业务收入达到1900亿元，同比增长24%');
    expect(await targetOf('Sector', '生物医药', 'KEY_PROJECTS')).toEqual([expect.objectContaining({ value: 80 })]);
  });

  it('TRADITIONAL_PILLAR: 冶金 9200亿元 +9.4%, and 3 千亿级 clusters planned', async () => {
    expect(await targetOf('Sector', '冶金', 'REVENUE')).toEqual([
      expect.objectContaining({ value: 9200, growthPct: 9.4 }),
    ]);
    const clusters = await targetOf('Sector', '冶金', 'CLUSTERS');
    expect(clusters.map((c) => c.value)).toContain(3);
  });

  it('PRODUCER_SERVICE: software spin-offs are a range, 3-4家', async () => {
    const rows = await db.read(
      `MATCH (t:Target)-[:FOR]->(:Sector {key: 'software'}) WHERE t.valueMax IS NOT NULL
       RETURN t.value AS value, t.valueMax AS valueMax, t.unit AS unit`,
    );
    expect(rows).toContainEqual({ value: 3, valueMax: 4, unit: '家' });
  });

  it('measures: 新培育200家高新技术企业, a province-wide count', async () => {
    const rows = await db.read(
      `MATCH (t:Target)-[:FOR]->(:Place {name: '河南'}) WHERE t.label CONTAINS '高新技术企业'
       RETURN t.value AS value, t.unit AS unit`,
    );
    expect(rows).toEqual([{ value: 200, unit: '家' }]);
  });

  it('places: 郑州航空港区 lies in 郑州, in 河南; 深圳 lies outside Henan', async () => {
    const [zone] = await db.read(
      `MATCH path = (:Place {name: '郑州航空港区'})-[:PART_OF*]->(top:Place) WHERE NOT (top)-[:PART_OF]->()
       RETURN [p IN nodes(path) | p.name] AS chain`,
    );
    expect(zone).toEqual({ chain: ['郑州航空港区', '郑州', '河南'] });
    expect(await db.read(`MATCH (p:Place {name: '深圳'}) RETURN p.inHenan AS inHenan`)).toEqual([{ inHenan: false }]);
  });

  it('categories: 19 sectors, 6 + 4 + 4 + 5', async () => {
    const rows = await db.read(
      `MATCH (s:Sector)-[:IN_CATEGORY]->(c:Category) RETURN c.id AS id, c.name AS category, count(s) AS sectors ORDER BY sectors DESC, category`,
    );
    expect(rows.map((r) => [r.category, r.sectors])).toEqual([
      ['高成长性制造业', 6],
      ['生产性服务业', 5],
      ['传统支柱产业', 4],
      ['战略性新兴产业', 4],
    ]);
  });
});
