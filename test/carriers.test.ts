import { describe, expect, it } from 'vitest';
import { idOf, operation, useTestApi } from './api.js';

const CARRIER =
  'name kind tier level place { name } places { name } enterprises { name } links { name } sources { quote section }';
type Named = { name: string };
/** A carrier as CARRIER asks for it. */
type Carrier = Named & {
  kind: string;
  tier: string | null;
  level: string | null;
  place: Named | null;
  places: Named[];
  enterprises: Named[];
  links: Named[];
  sources: { quote: string | null; section: string | null }[];
};

describe('carriers (载体) through the API, as an officer looks for them', () => {
  const api = useTestApi();
  const clusters = async (where: Record<string, unknown>) => {
    const { data, errors } = await api.run<{ clusters: Carrier[] }>(
      `query($where: ClusterWhere) { clusters(where: $where) { ${CARRIER} } }`,
      { where },
    );
    expect(errors).toBeUndefined();
    return data!.clusters;
  };

  it("the five wind-power bases are bases, each in its city with its speciality and the plan's sentence", async () => {
    const bases = (await clusters({ kind: 'BASE', sector: idOf('Sector', 'new-energy') })).filter((c) =>
      c.name.endsWith('风电产业基地'),
    );
    expect(bases.map((c) => [c.place?.name, c.links.map((l) => l.name)])).toEqual([
      ['许昌', ['整机总装']],
      ['南阳', ['发电机']],
      ['洛阳', ['轴承及主轴']],
      ['郑州', ['大功率风电齿轮箱']],
      ['焦作', ['风电叶片']],
    ]);
    expect(bases[0]?.sources).toContainEqual({
      section: '二（二）4 新能源',
      quote: '加快许昌整机装备、南阳发电机、洛阳轴承、郑州齿轮箱、焦作叶片等五大风电产业基地建设',
    });
  });

  it("a designation the text gives several cities is one carrier with its places in the text's order, the first its place", async () => {
    const [outsourcing] = await clusters({ kind: 'DEMONSTRATION_CITY', level: '国家级' });
    expect(outsourcing).toMatchObject({
      name: '国家级服务外包示范城市',
      level: '国家级',
      place: { name: '郑州' },
      places: [{ name: '郑州' }, { name: '洛阳' }],
    });
    const [logistics] = await clusters({ kind: 'PARK', place: idOf('Place', '原阳') });
    expect(logistics).toMatchObject({ name: '原阳家具配套物流园', places: [{ name: '原阳' }] });
    const [pivots] = (await clusters({ kind: 'HUB' })).filter((c) => c.name.includes('支点'));
    expect(pivots?.places.map((p) => p.name)).toEqual(['商丘', '许昌', '南阳', '焦作']);
  });

  it('a carrier of several places is found from each of them', async () => {
    const inLuoyi = await clusters({ place: idOf('Place', '鹿邑') });
    expect(inLuoyi.map((c) => c.name)).toEqual(['周口、鹿邑国内重要制剂基地']);
    const inKaifeng = await clusters({ kind: 'DEMONSTRATION_CITY', place: idOf('Place', '开封') });
    expect(inKaifeng.map((c) => c.name)).toEqual(['分布式光伏发电规模化应用示范市']);
  });

  it('the 世界级 bus base is built on 宇通 and 少林客车', async () => {
    const [bus] = await clusters({ level: '世界级' });
    expect(bus).toMatchObject({
      name: '世界级客车生产基地',
      kind: 'BASE',
      enterprises: [{ name: '河南少林客车公司' }, { name: '郑州宇通集团' }],
    });
    const { data } = await api.run<{ node: { carriers: unknown[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Enterprise { carriers { name kind } } } }`,
      { id: idOf('Enterprise', '郑州宇通集团') },
    );
    expect(data!.node.carriers).toEqual(
      expect.arrayContaining([
        { name: '世界级客车生产基地', kind: 'BASE' },
        { name: '郑州宇通集团新能源客车基地', kind: 'BASE' },
      ]),
    );
  });

  it('kind and kinds must both hold; an empty kinds list is no filter', async () => {
    expect(await clusters({ kind: 'ZONE', kinds: ['PARK'] })).toEqual([]);
    expect((await clusters({ kind: 'ZONE', kinds: ['PARK', 'ZONE'] })).every((c) => c.kind === 'ZONE')).toBe(true);
    expect((await clusters({ kinds: [] })).length).toBe((await clusters({})).length);
    const kinds = new Set((await clusters({})).map((c) => c.kind));
    expect([...kinds].sort()).toEqual([
      'BASE',
      'CLUSTER',
      'DEMONSTRATION_CITY',
      'HUB',
      'PARK',
      'PROGRAMME_SITE',
      'ZONE',
    ]);
  });

  it('a tiered carrier is always a CLUSTER, and the tiers answer as before', async () => {
    const tiered = await clusters({ minTierYi: 100 });
    expect(tiered.every((c) => c.kind === 'CLUSTER')).toBe(true);
    expect((await clusters({ minTierYi: 2000 })).map((c) => c.name)).toEqual([
      '河南装备制造万亿级产业集群',
      '河南省级万亿食品产业集群',
      '郑州航空港区电子信息产业集群',
    ]);
  });

  it('Sector.clusters lists the industrial clusters, Sector.carriers every kind', async () => {
    const { data } = await api.run<{ sectors: { clusters: unknown[]; carriers: Named[] }[] }>(
      `{ sectors(category: STRATEGIC_EMERGING) { name clusters { kind } carriers { name kind } } }`,
    );
    const bio = data!.sectors[0];
    expect(bio?.clusters).toEqual([{ kind: 'CLUSTER' }, { kind: 'CLUSTER' }]);
    expect(bio?.carriers.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        '国家中药现代化科技产业（河南）基地',
        '焦作四大怀药道地中药材种植基地',
        '南阳山茱萸道地中药材种植基地',
        '济源冬凌草道地中药材种植基地',
      ]),
    );
  });

  it("search finds a carrier by its name, and it keeps the contract's shape", async () => {
    const { data } = await api.run(operation('search'), { text: '安阳精密铸造产业园', kinds: ['CLUSTER'], first: 3 });
    expect(data!.search[0]).toEqual({
      score: 1,
      kind: 'CLUSTER',
      node: { id: idOf('Cluster', '安阳精密铸造产业园'), name: '安阳精密铸造产业园' },
    });
    const { data: clusterOp } = await api.run(operation('clusters'), {
      where: { kind: 'PARK', place: idOf('Place', '安阳') },
    });
    expect(clusterOp!.clusters[0]).toMatchObject({
      name: '安阳精密铸造产业园',
      tier: null,
      sector: { name: '装备制造' },
      place: { name: '安阳' },
    });
  });

  it('a project names the carrier it builds', async () => {
    const { data } = await api.run(
      `{ projects(where: { nameContains: "安阳精密铸造" }) { edges { node { name cluster { name kind } } } } }`,
    );
    expect(data).toEqual({
      projects: {
        edges: [{ node: { name: '安阳精密铸造产业园项目', cluster: { name: '安阳精密铸造产业园', kind: 'PARK' } } }],
      },
    });
  });
});
