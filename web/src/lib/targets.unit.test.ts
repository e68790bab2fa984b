import { describe, expect, it } from 'vitest';
import { growthWords, headlineTargets, targetFigure } from './targets';

describe('targets in words', () => {
  it('uses the plan words when it has them, else value and unit, ranges with a dash', () => {
    expect(targetFigure({ label: '主营业务收入', value: 11600, unit: '亿元', text: '1.16万亿元' })).toBe('1.16万亿元');
    expect(targetFigure({ label: '企业', value: 3, valueMax: 5, unit: '家' })).toBe('3–5家');
    expect(targetFigure({ label: '增加值', value: null, unit: '%', growthPct: 10 })).toBe('增长10%');
    expect(growthWords({ label: 'x', value: 1900, unit: '亿元', growthPct: 24 })).toBe('增长 24%');
  });

  it('puts revenue first on a sector card', () => {
    const t = [{ metric: 'CLUSTERS', label: 'c', unit: '个' }, { metric: 'REVENUE', label: 'r', unit: '亿元' }, { metric: 'OUTPUT', label: 'o', unit: '部' }];
    expect(headlineTargets(t).map((x) => x.metric)).toEqual(['REVENUE', 'OUTPUT']);
  });
});
