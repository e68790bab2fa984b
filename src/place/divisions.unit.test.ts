import { describe, expect, it } from 'vitest';
import { divisions, functionalZones, shortName } from './divisions.js';

describe('the national division list (GB/T 2260)', () => {
  const all = divisions();
  const byName = (n: string) => all.filter((d) => d.name === n);

  it('has every province, city and county-level division with its code and parent', () => {
    expect(all.filter((d) => d.level === 'PROVINCE')).toHaveLength(34);
    expect(all.filter((d) => d.level === 'CITY').length).toBeGreaterThan(330);
    expect(all.filter((d) => d.level === 'COUNTY' || d.level === 'DISTRICT').length).toBeGreaterThan(2800);
    expect(byName('济南')).toEqual([
      { code: '370100', name: '济南', fullName: '济南市', level: 'CITY', parentCode: '370000', aliases: ['济南市'] },
    ]);
    expect(byName('历下区')[0]).toMatchObject({ code: '370102', level: 'DISTRICT', parentCode: '370100', aliases: [] });
    expect(byName('林州')[0]).toMatchObject({ fullName: '林州市', level: 'COUNTY', parentCode: '410500' });
    // A municipality's districts and a province-administered city hang from the province.
    expect(byName('东城区')[0]).toMatchObject({ parentCode: '110000' });
    expect(byName('济源')[0]).toMatchObject({ parentCode: '410000' });
  });

  it('gives the short names texts use', () => {
    expect(shortName('山东省', 'PROVINCE')).toBe('山东');
    expect(shortName('内蒙古自治区', 'PROVINCE')).toBe('内蒙古');
    expect(shortName('广西壮族自治区', 'PROVINCE')).toBe('广西');
    expect(shortName('香港特别行政区', 'PROVINCE')).toBe('香港');
    expect(shortName('延边朝鲜族自治州', 'CITY')).toBe('延边');
    expect(shortName('长阳土家族自治县', 'COUNTY')).toBe('长阳');
    expect(shortName('历下区', 'DISTRICT')).toBe('历下区');
    expect(shortName('沙县', 'COUNTY')).toBe('沙县');
  });

  it('keeps development zones apart, for recognising places only', () => {
    expect(functionalZones().find((z) => z.code === '370171')).toMatchObject({ fullName: '济南高新技术产业开发区' });
    expect(all.find((d) => d.code === '370171')).toBeUndefined();
  });
});
