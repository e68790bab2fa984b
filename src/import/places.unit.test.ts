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

  it('never guesses between places that share a name: the city given settles it, else the row has a problem', () => {
    expect(id('南京市鼓楼区中山路')).toEqual({ id: 'gulou-nj' });
    expect(id('新乡市鼓楼区')).toEqual({ id: 'gulou-kf' });
    expect(id('鼓楼区')).toEqual({
      problem: {
        EN: '"鼓楼区" names more than one place (南京鼓楼区, 新乡鼓楼区); write the province or city before it (e.g. 南京鼓楼区)',
        ZH: '“鼓楼区”对应不止一个地方（南京鼓楼区、新乡鼓楼区）：请在前面写上所属的省或市（如 南京鼓楼区）',
      },
    });
  });

  it('a zone written without its city once the city is read, and no street named after a place', () => {
    expect(id('郑州市航空港区新港大道')).toEqual({ id: 'airport' });
    expect(id('郑州市金水路8号')).toEqual({ id: 'zz' });
    expect(id('深圳路1号')).toEqual({ problem: expect.objectContaining({ EN: expect.stringMatching(/^no place in the graph matches/) }) });
  });

  it('says so when nothing matches', () => {
    expect(id('火星')).toEqual({ problem: { EN: 'no place in the graph matches "火星" (write a city, county or district, or a full address)', ZH: '图谱中没有与“火星”对应的地方（请写市、县、区名或完整地址）' } });
    expect(id(' ')).toEqual({ problem: { EN: 'place is empty', ZH: '所在地为空' } });
  });
});
