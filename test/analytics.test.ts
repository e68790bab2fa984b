import { describe, expect, it } from 'vitest';
import { codes, idOf, operation, useTestApi } from './api.js';

type Named = { name: string };

describe('chain-building analytics on the seeded graph', () => {
  const api = useTestApi();

  it('chainGaps for a chain with no local enterprise at all: coverage 0, every link TARGETED or GAP', async () => {
    const { data } = await api.run(operation('chain-gaps'), { chain: idOf('Chain', 'wind-power') });
    const gaps = data!.chainGaps;
    expect(gaps.coverage).toBe(0);
    expect(gaps.links.length).toBeGreaterThan(3);
    for (const l of gaps.links) {
      expect(l.localEnterprises).toEqual([]);
      expect(l.status).toBe(l.targetEnterprises.length ? 'TARGETED' : 'GAP');
    }
  });

  it('chainGaps counts enterprises located anywhere below the place: 富士康 in 郑州航空港区 covers 整机 for 郑州 and 河南', async () => {
    for (const place of [idOf('Place', '郑州'), idOf('Place', '郑州航空港区'), undefined]) {
      const { data } = await api.run(operation('chain-gaps'), { chain: idOf('Chain', 'smartphone'), place });
      const assembly = data!.chainGaps.links.find((l) => l.link.name === '整机');
      expect(assembly?.localEnterprises.map((e) => e.name)).toContain('富士康集团');
    }
    const { data } = await api.run(operation('chain-gaps'), {
      chain: idOf('Chain', 'smartphone'),
      place: idOf('Place', '洛阳'),
    });
    expect(data!.chainGaps.links.find((l) => l.link.name === '整机')?.status).toBe('TARGETED');
  });

  it('criticalLinks: missing links ranked by what depends on them, each reason checkable', async () => {
    type Critical = {
      score: number;
      link: Named;
      chain: Named;
      blockedLinks: Named[];
      blockedClusters: Named[];
      sameLinkMissingIn: Named[];
    };
    const { data, errors } = await api.run<{ criticalLinks: Critical[] }>(
      `query($place: ID) { criticalLinks(place: $place, first: 50) {
         score status link { name } chain { name } blockedLinks { name } blockedClusters { name } sameLinkMissingIn { name } reasons } }`,
      { place: idOf('Place', '郑州') },
    );
    expect(errors).toBeUndefined();
    const rows = data!.criticalLinks;
    expect(rows.length).toBe(50);
    for (const r of rows)
      expect(r.score).toBe(r.blockedLinks.length + r.blockedClusters.length + r.sameLinkMissingIn.length);
    expect(rows.map((r) => r.score)).toEqual(rows.map((r) => r.score).sort((a, b) => b - a));
    expect(rows[0]!.blockedClusters.map((c) => c.name)).toContain('郑州食品产业集群');
    expect(rows.find((r) => r.link.name === '整机' && r.chain.name === '智能手机产业链')).toBeUndefined();
  });

  it('compareChain: the smartphone chain in 郑州, 鹤壁 and 洛阳 side by side', async () => {
    type Compare = {
      places: { place: Named; covered: number; targeted: number; gaps: number }[];
      links: { link: Named; statuses: string[] }[];
    };
    const { data, errors } = await api.run<{ compareChain: Compare }>(
      `query($chain: ID!, $places: [ID!]!) { compareChain(chain: $chain, places: $places) {
         places { place { name } coverage covered targeted gaps } links { link { name } statuses } } }`,
      { chain: idOf('Chain', 'smartphone'), places: ['郑州', '鹤壁', '洛阳'].map((p) => idOf('Place', p)) },
    );
    expect(errors).toBeUndefined();
    const cmp = data!.compareChain;
    expect(cmp.places.map((p) => p.place.name)).toEqual(['郑州', '鹤壁', '洛阳']);
    expect(cmp.links.find((l) => l.link.name === '整机')?.statuses).toEqual(['COVERED', 'COVERED', 'TARGETED']);
    for (const p of cmp.places) expect(p.covered + p.targeted + p.gaps).toBe(cmp.links.length);
  });

  it('compareChain needs 2 to 10 places', async () => {
    const one = await api.run('query($c: ID!, $p: [ID!]!) { compareChain(chain: $c, places: $p) { chain { id } } }', {
      c: idOf('Chain', 'smartphone'),
      p: [idOf('Place', '郑州')],
    });
    expect(codes(one)).toEqual(['BAD_USER_INPUT']);
  });

  it('whatIf: attracting 舜宇光电公司 to 郑州 closes 摄像模组 and raises the smartphone coverage by one link; nothing is written', async () => {
    const before = await api.db.read('MATCH (:Enterprise)-[r]->() RETURN count(r) AS n');
    type WhatIf = { chains: { chain: Named; coverageBefore: number; coverageAfter: number; closedLinks: Named[] }[] };
    const { data, errors } = await api.run<{ whatIf: WhatIf }>(
      `query($e: ID!, $p: ID!) { whatIf(enterprise: $e, place: $p) { chains { chain { name } coverageBefore coverageAfter closedLinks { name } } } }`,
      { e: idOf('Enterprise', '舜宇光电公司'), p: idOf('Place', '郑州') },
    );
    expect(errors).toBeUndefined();
    const [phone] = data!.whatIf.chains;
    expect(phone!.chain.name).toBe('智能手机产业链');
    expect(phone!.closedLinks).toEqual([{ name: '摄像模组' }]);
    expect(phone!.coverageAfter - phone!.coverageBefore).toBeCloseTo(1 / 12);
    expect(await api.db.read('MATCH (:Enterprise)-[r]->() RETURN count(r) AS n')).toEqual(before);
  });

  it('clusterProgress: tiers largest first; 郑州航空港区 is the 2000亿级 one; 百亿级 with the province target of 80', async () => {
    const { data } = await api.run<{ clusterProgress: { tier: string; clusters: Named[]; targets: unknown[] }[] }>(
      '{ clusterProgress { tier tierYi clusters { name } targets { label value attainment } } }',
    );
    const tiers = data!.clusterProgress;
    expect(tiers.map((t) => t.tier)).toEqual(['万亿级', '2000亿级', '千亿级', '百亿级']);
    expect(tiers[1]?.clusters).toEqual([{ name: '郑州航空港区电子信息产业集群' }]);
    expect(tiers[3]?.targets).toContainEqual({ label: '县域百亿级产业集群', value: 80, attainment: null });
  });

  it('planConsistency: the plan against itself, disagreements reported with both quotes', async () => {
    type Finding = { check: string; statedSources: { quote: string | null }[]; partSources: unknown[] };
    const { data } = await api.run<{ planConsistency: Finding[] }>(
      '{ planConsistency { check stated computed difference consistent statedSources { quote } partSources { quote } explanation } }',
    );
    const byCheck = Object.fromEntries(data!.planConsistency.map((f) => [f.check, f]));
    const highGrowth = byCheck["高成长性制造业 revenue = sum of its sectors' revenue"];
    expect(highGrowth).toMatchObject({ stated: 33030, computed: 33430, difference: 400, consistent: false });
    expect(highGrowth?.statedSources[0]?.quote).toContain('高成长性制造业主营业务收入33030亿元');
    expect(highGrowth?.partSources).toHaveLength(6);
    expect(byCheck["传统支柱产业 revenue = sum of its sectors' revenue"]).toMatchObject({
      stated: 35780,
      computed: 30000,
      consistent: false,
    });
    expect(byCheck["province key projects = sum of the sectors' key projects"]).toMatchObject({
      stated: 1501,
      computed: 1501,
      consistent: true,
    });
    expect(byCheck["province 千亿级 clusters = sum of the sectors' 千亿级 cluster targets"]).toMatchObject({
      stated: 15,
      consistent: false,
    });
  });
});
