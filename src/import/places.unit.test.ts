import { describe, expect, it } from 'vitest';
import { PlaceIndex } from './places.js';

const index = new PlaceIndex([
  { id: 'henan', name: '河南', fullName: '河南省', inHenan: true },
  { id: 'zz', name: '郑州', aliases: ['郑州市'], parent: 'henan', inHenan: true },
  { id: 'jinshui', name: '金水区', parent: 'zz', inHenan: true },
  { id: 'airport', name: '郑州航空港区', fullName: '郑州航空港经济综合实验区', parent: 'zz', inHenan: true },
  { id: 'xx', name: '新乡', parent: 'henan', inHenan: true },
  { id: 'changyuan', name: '长垣', parent: 'xx', inHenan: true },
  { id: 'gd', name: '广东', parent: null },
  { id: 'sz', name: '深圳', parent: 'gd' },
  { id: 'gulou-kf', name: '鼓楼区', parent: 'xx', inHenan: true },
  { id: 'gulou-nj', name: '鼓楼区', parent: 'nj' },
  { id: 'nj', name: '南京', parent: null },
  { id: 'bj', name: '北京', parent: null },
  { id: 'chaoyang-bj', name: '朝阳区', parent: 'bj' },
  { id: 'cc', name: '长春', parent: null },
  { id: 'chaoyang-cc', name: '朝阳区', parent: 'cc' },
]);
const id = (text: string) => index.resolve(text);

describe('resolving what officers write in a place column', () => {
  it('a name with or without its suffix, an alias, a full name', () => {
    expect(id('郑州')).toEqual({ id: 'zz' });
    expect(id('郑州市')).toEqual({ id: 'zz' });
    expect(id('长垣县')).toEqual({ id: 'changyuan' });
    expect(id('河南省')).toEqual({ id: 'henan' });
    expect(id('郑州航空港经济综合实验区')).toEqual({ id: 'airport' });
  });

  it('a full address, to the deepest place the graph knows', () => {
    expect(id('河南省郑州市金水区花园路39号')).toEqual({ id: 'jinshui' });
    expect(id('河南省郑州市中原区建设路1号')).toEqual({ id: 'zz' });
    expect(id('新乡市长垣县蒲东街道')).toEqual({ id: 'changyuan' });
    expect(id('广东省深圳市南山区科技园')).toEqual({ id: 'sz' });
  });

  it('reads an address like a postal address: a later name counts only inside the place before it', () => {
    // 金水区 is in 郑州, not in 新乡: the address stays at 新乡.
    expect(id('河南省新乡市金水路8号')).toEqual({ id: 'xx' });
  });

  it('prefers the place in Henan when two share a name, and the one inside the city given; never guesses elsewhere', () => {
    expect(id('鼓楼区')).toEqual({ id: 'gulou-kf' });
    expect(id('南京市鼓楼区中山路')).toEqual({ id: 'gulou-nj' });
    expect(id('新乡市鼓楼区')).toEqual({ id: 'gulou-kf' });
    expect(id('朝阳区')).toEqual({
      problem: {
        EN: '"朝阳区" names more than one place (北京朝阳区, 长春朝阳区); write the province or city before it (e.g. 北京朝阳区)',
        ZH: '“朝阳区”对应不止一个地方（北京朝阳区、长春朝阳区）：请在前面写上所属的省或市（如 北京朝阳区）',
      },
    });
    expect(id('北京市朝阳区建国路1号')).toEqual({ id: 'chaoyang-bj' });
  });

  it('a zone written without its city once the city is read, and no street named after a place', () => {
    expect(id('郑州市航空港区新港大道')).toEqual({ id: 'airport' });
    expect(id('郑州市金水路8号')).toEqual({ id: 'zz' });
    expect(id('深圳路1号')).toEqual({
      problem: expect.objectContaining({ EN: expect.stringMatching(/^no place in the graph matches/) }),
    });
  });

  it('says so when nothing matches', () => {
    expect(id('火星')).toEqual({
      problem: {
        EN: 'no place in the graph matches "火星" (write a city, county or district, or a full address)',
        ZH: '图谱中没有与“火星”对应的地方（请写市、县、区名或完整地址）',
      },
    });
    expect(id(' ')).toEqual({ problem: { EN: 'place is empty', ZH: '所在地为空' } });
  });
});

describe('resolving against the whole country’s places (the seed graph, GB/T 2260)', async () => {
  const { buildGraph } = await import('../seed/build.js');
  const { readSeedFiles } = await import('../seed/read.js');
  const { placeIdOfCode } = await import('../place/ids.js');
  const { toGlobalId } = await import('../ids.js');
  const graph = buildGraph(readSeedFiles());
  const parent = new Map(graph.rels.filter((r) => r.type === 'PART_OF').map((r) => [r.from, r.to]));
  const national = new PlaceIndex(
    graph.nodes
      .filter((n) => n.label === 'Place')
      .map((n) => ({
        id: n.id,
        name: String(n.props.name),
        fullName: (n.props.fullName as string) ?? null,
        aliases: (n.props.aliases as string[]) ?? [],
        parent: parent.get(n.id) ?? null,
        inHenan: !!n.props.inHenan,
      })),
  );

  it('a 济南 address resolves to the national place; Henan’s resolve as before', () => {
    expect(national.resolve('山东省济南市历下区经十路1号')).toEqual({ id: placeIdOfCode('370102') });
    expect(national.resolve('济南市历下区')).toEqual({ id: placeIdOfCode('370102') });
    expect(national.resolve('济南市')).toEqual({ id: placeIdOfCode('370100') });
    expect(national.resolve('济南市高新区舜华路1号')).toEqual({ id: placeIdOfCode('370171') });
    expect(national.resolve('河南省郑州市金水区花园路39号')).toEqual({ id: toGlobalId('Place', '金水区') });
    expect(national.resolve('新乡市长垣县蒲东街道')).toEqual({ id: toGlobalId('Place', '长垣') });
    expect(national.resolve('洛阳市')).toEqual({ id: toGlobalId('Place', '洛阳') });
    expect(national.resolve('郑州航空港区')).toEqual({ id: toGlobalId('Place', '郑州航空港区') });
    // 鼓楼区: 开封's (Henan) before 南京's, 福州's, 徐州's; 朝阳区 (北京, 长春) needs its city.
    expect(national.resolve('鼓楼区')).toEqual({ id: placeIdOfCode('410204') });
    expect(national.resolve('南京市鼓楼区中山路')).toEqual({ id: placeIdOfCode('320106') });
    expect(national.resolve('朝阳区')).toMatchObject({
      problem: { EN: expect.stringContaining('names more than one place') },
    });
    expect(national.resolve('北京市朝阳区建国路1号')).toEqual({ id: placeIdOfCode('110105') });
  });
});
