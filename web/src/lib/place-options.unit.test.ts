import { describe, expect, it } from 'vitest';
import { placeOptions } from './place-options';

describe('the place picker options', () => {
  const zhengzhou = {
    id: 'zz',
    name: '郑州',
    children: [
      { id: 'df', name: '登封', level: 'COUNTY' },
      { id: 'js', name: '金水区', level: 'DISTRICT' },
      { id: 'gkq', name: '郑州航空港区', level: 'ZONE' },
      { id: 'xm', name: '新密', level: 'COUNTY' },
    ],
  };
  const { province, groups } = placeOptions(
    { id: 'hn', name: '河南' },
    [
      { id: 'zz', name: '郑州' },
      { id: 'ay', name: '安阳' },
    ],
    zhengzhou,
  );

  it('offers the province first, as no place chosen', () => {
    expect(province).toEqual({ value: '', label: '河南（全省）', name: '河南' });
    expect(placeOptions(null, [], null).province.label).toBe('河南（全省）');
  });

  it("offers the cities in pinyin order, then the chosen city's places by level", () => {
    expect(groups.map((g) => g.label)).toEqual(['省辖市', '郑州所辖县和县级市', '郑州所辖区', '郑州所辖园区和新区']);
    expect(groups[0]!.options.map((o) => o.label)).toEqual(['安阳', '郑州']);
    expect(groups[1]!.options).toEqual([
      { value: 'df', label: '郑州 › 登封', name: '登封' },
      { value: 'xm', label: '郑州 › 新密', name: '新密' },
    ]);
  });

  it('never puts brackets inside brackets', () => {
    for (const text of [province.label, ...groups.flatMap((g) => [g.label, ...g.options.map((o) => o.label)])])
      expect(text).not.toMatch(/（[^）]*（/);
  });
});
