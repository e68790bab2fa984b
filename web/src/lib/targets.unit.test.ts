import { describe, expect, it } from 'vitest';
import { baselineWords, growthWords, headlineTargets, remainingWords, targetFigure, targetFilter } from './targets';

describe('targets in words', () => {
  it('uses the plan words when it has them, else value and unit, ranges with a dash', () => {
    expect(targetFigure({ label: '主营业务收入', value: 11600, unit: '亿元', text: '1.16万亿元' })).toBe('1.16万亿元');
    expect(targetFigure({ label: '企业', value: 3, valueMax: 5, unit: '家' })).toBe('3–5家');
    expect(targetFigure({ label: '增加值', value: null, unit: '%', growthPct: 10 })).toBe('增长10%');
    expect(growthWords({ label: 'x', value: 1900, unit: '亿元', growthPct: 24 })).toBe('增长 24%');
  });

  it('puts revenue first on a sector card', () => {
    const t = [
      { metric: 'CLUSTERS', label: 'c', unit: '个' },
      { metric: 'REVENUE', label: 'r', unit: '亿元' },
      { metric: 'OUTPUT', label: 'o', unit: '部' },
    ];
    expect(headlineTargets(t).map((x) => x.metric)).toEqual(['REVENUE', 'OUTPUT']);
  });

  it('says how far is left to the target, or by how much it is passed', () => {
    const t = { value: 3450, unit: '亿元' };
    expect(remainingWords({ ...t, actuals: [{ value: 1725 }] })).toBe('还差 1,725亿元');
    expect(remainingWords({ ...t, actuals: [{ value: 3120 }, { value: 1000 }] })).toBe('还差 330亿元');
    expect(remainingWords({ ...t, actuals: [{ value: 3450 }] })).toBe('已达到目标');
    expect(remainingWords({ ...t, actuals: [{ value: 3500 }] })).toBe('已超出 50亿元');
    expect(remainingWords({ value: 60, unit: '%', actuals: [{ value: 55.5 }] })).toBe('还差 4.5 个百分点');
    expect(remainingWords({ ...t, actuals: [] })).toBe('');
    expect(remainingWords({ value: null, unit: '%', actuals: [{ value: 3 }] })).toBe('');
  });

  it("explains the implied baseline with the target's own figures", () => {
    expect(
      baselineWords({
        label: '电子信息产业主营业务收入',
        value: 3450,
        unit: '亿元',
        growthPct: 20,
        impliedBaseline: 2875,
        year: 2015,
      }),
    ).toBe('如电子信息产业主营业务收入目标 3,450亿元、增长 20%，则 2014 年约为 2,875亿元。');
    expect(
      baselineWords({
        label: '规模以上主营业务收入',
        value: 73700,
        unit: '亿元',
        text: '7.37万亿元',
        growthPct: 10.4,
        impliedBaseline: 66757.25,
        year: 2015,
      }),
    ).toBe('如规模以上主营业务收入目标 7.37万亿元、增长 10.4%，则 2014 年约为 66,757亿元。');
    expect(baselineWords({ label: 'x', value: 3, unit: '家' })).toBe('');
  });

  it('keeps the category filter consistent with the chosen sector, and asks by sector', () => {
    const sectors = [
      { id: 'el', category: 'HIGH_GROWTH' },
      { id: 'steel', category: 'TRADITIONAL_PILLAR' },
    ];
    expect(targetFilter({ category: null, sector: 'el' }, sectors)).toEqual({
      category: 'HIGH_GROWTH',
      sector: 'el',
      where: { sector: 'el' },
    });
    expect(targetFilter({ category: 'TRADITIONAL_PILLAR', sector: 'el' }, sectors)).toEqual({
      category: 'HIGH_GROWTH',
      sector: 'el',
      where: { sector: 'el' },
    });
    expect(targetFilter({ category: 'TRADITIONAL_PILLAR', sector: null }, sectors)).toEqual({
      category: 'TRADITIONAL_PILLAR',
      sector: null,
      where: { category: 'TRADITIONAL_PILLAR' },
    });
    expect(targetFilter({ category: null, sector: null }, [])).toEqual({ category: null, sector: null, where: {} });
  });
});
