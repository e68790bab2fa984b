import { describe, expect, it } from 'vitest';
import { idOf, useTestApi } from './api.js';

type Named = { name: string };
type Chain = { name: string; links: { name: string; group: string | null; feeds: Named[] }[] };

describe('the segments the plan lists, as chain links', () => {
  const api = useTestApi();
  const chain = async (key: string) => {
    const { data, errors } = await api.run<{ node: Chain }>(
      `query($id: ID!) { node(id: $id) { ... on Chain { name aliases links { name aliases group stage feeds { name } } } } }`,
      { id: idOf('Chain', key) },
    );
    expect(errors).toBeUndefined();
    return data!.node;
  };

  it('the cotton chain runs fibre -> spinning -> 精梳纱/色织纱 -> 机织/针织 -> 面料 -> 印染', async () => {
    const cotton = await chain('cotton-textile');
    expect(cotton.links.map((l) => [l.name, l.feeds.map((f) => f.name)])).toEqual([
      ['纤维', ['纺纱']],
      ['纺纱', ['精梳纱', '色织纱']],
      ['精梳纱', ['机织', '针织']],
      ['色织纱', ['机织', '针织']],
      ['机织', ['面料']],
      ['针织', ['面料']],
      ['面料', ['印染']],
      ['印染', []],
    ]);
  });

  it('paper: 原纸 -> 纸制品 and 箱板纸 -> 纸包装; the new-energy vehicle types are links fed by the 小三电', async () => {
    const paper = await chain('paper');
    expect(paper.links.find((l) => l.name === '箱板纸')?.feeds).toEqual([{ name: '纸包装' }]);
    expect(paper.links.find((l) => l.name === '原纸')?.feeds).toEqual([{ name: '纸制品' }]);
    const nev = await chain('nev');
    const fedByBattery = nev.links.find((l) => l.name === '电池（动力电池）')?.feeds.map((f) => f.name);
    expect(fedByBattery).toEqual(
      expect.arrayContaining(['纯电动汽车', '插电式（含增程式）混合动力汽车', '燃料电池汽车']),
    );
  });

  it('the 三基 group the links of the major-equipment chain; 中高端铝制品 the aluminium products', async () => {
    const major = await chain('major-equipment');
    const groups = Object.fromEntries(
      ['机械基础件', '基础材料', '基础制造工艺'].map((g) => [
        g,
        major.links.filter((l) => l.group === g).map((l) => l.name),
      ]),
    );
    expect(groups).toEqual({
      机械基础件: ['盾构主轴承', '减速机', '液压件'],
      基础材料: ['超硬刀具材料', '高性能轴承钢'],
      基础制造工艺: ['绿色精密铸造', '冷压精密成形'],
    });
    const { data } = await api.run<{ search: { node: Named }[] }>(
      '{ search(text: "机械基础件", kinds: [CHAIN_LINK]) { node { ... on ChainLink { name group } } } }',
    );
    expect(
      data!.search
        .slice(0, 3)
        .map((h) => h.node.name)
        .sort(),
    ).toEqual(['减速机', '液压件', '盾构主轴承']);
    expect((await chain('aluminium')).links.filter((l) => l.group === '中高端铝制品')).toHaveLength(3);
  });

  it("search finds a segment by the plan's other word for it: 冷柜 the 冰柜 link, 家电 the appliance chain", async () => {
    const { data } = await api.run(
      '{ a: search(text: "冷柜", first: 1) { score kind node { ... on ChainLink { name } } } b: search(text: "家电", kinds: [CHAIN], first: 1) { score node { ... on Chain { name } } } }',
    );
    expect(data).toEqual({
      a: [{ score: 1, kind: 'CHAIN_LINK', node: { name: '冰柜' } }],
      b: [{ score: 1, node: { name: '家电产业链' } }],
    });
  });

  it('fine chemicals is a chain, and 多氟多 covers its fluorine link in 焦作', async () => {
    const fine = await chain('fine-chemicals');
    expect(fine).toMatchObject({ name: '精细化工产业链', aliases: ['精细化工'] });
    expect(fine.links.map((l) => l.name)).toEqual(
      expect.arrayContaining(['水性涂料', '全钢子午胎', '飞机轮胎', '含氟精细化学品']),
    );
    const { data } = await api.run<{ chainGaps: { links: { link: Named }[] } }>(
      `query($c: ID!, $p: ID!) { chainGaps(chain: $c, place: $p) { links { status link { name } localEnterprises { name } } } }`,
      { c: idOf('Chain', 'fine-chemicals'), p: idOf('Place', '焦作') },
    );
    expect(data!.chainGaps.links.find((l) => l.link.name === '含氟精细化学品')).toEqual({
      status: 'COVERED',
      link: { name: '含氟精细化学品' },
      localEnterprises: [{ name: '多氟多化工股份有限公司' }],
    });
  });

  it('a segment named in several sectors is one link per chain: 空调 of cars and of homes', async () => {
    const { data } = await api.run<{ search: { score: number; node: { chain: Named } }[] }>(
      '{ search(text: "空调", kinds: [CHAIN_LINK]) { score node { ... on ChainLink { name chain { name } } } } }',
    );
    const exact = data!.search
      .filter((h) => h.score === 1)
      .map((h) => h.node.chain.name)
      .sort();
    expect(exact).toEqual(['家电产业链', '汽车零部件产业链']);
  });
});
