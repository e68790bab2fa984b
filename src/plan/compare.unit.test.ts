import { describe, expect, it } from 'vitest';
import { comparePlanFacts, type PlanFacts } from './compare.js';

const plan = (facts: Partial<PlanFacts>): PlanFacts => ({ chains: [], links: [], targets: [], places: [], ...facts });

describe('comparing two plans', () => {
  it('puts chains in both (the same node or the same name, 集成电路产业 = 集成电路), in only the first, in only the second, each with its quote', () => {
    const compared = comparePlanFacts(
      plan({
        chains: [
          { id: 'a', name: '集成电路产业', quote: '做强集成电路产业' },
          { id: 'b', name: '新型显示', quote: '新型显示' },
        ],
      }),
      plan({
        chains: [
          { id: 'x', name: '集成电路', quote: '集成电路设计' },
          { id: 'y', name: '人工智能', quote: '人工智能' },
        ],
      }),
    );
    expect(compared.both).toEqual([
      { kind: 'CHAIN', name: '集成电路产业', chain: null, firstQuote: '做强集成电路产业', secondQuote: '集成电路设计' },
    ]);
    expect(compared.onlyFirst.map((f) => f.name)).toEqual(['新型显示']);
    expect(compared.onlySecond.map((f) => f.name)).toEqual(['人工智能']);
  });

  it('pairs targets on the same measure whatever their year and value, and names places whose role changed', () => {
    const compared = comparePlanFacts(
      plan({
        targets: [
          {
            id: 't1',
            name: '2020年软件业务收入',
            label: '2020年软件业务收入',
            metric: 'REVENUE',
            unit: '亿元',
            quote: '软件业务收入达到5000亿元',
          },
        ],
        places: [{ id: 'p', name: '济南', role: 'NODE', quote: '济南' }],
      }),
      plan({
        targets: [
          {
            id: 't2',
            name: '2025年软件业务收入',
            label: '2025年软件业务收入',
            metric: 'REVENUE',
            unit: '亿元',
            quote: '软件业务收入突破1万亿元',
          },
        ],
        places: [{ id: 'p', name: '济南', role: 'CORE', quote: '济南为核心' }],
      }),
    );
    expect(compared.targets).toEqual([
      {
        label: '2020年软件业务收入',
        unit: '亿元',
        firstId: 't1',
        secondId: 't2',
        firstQuote: '软件业务收入达到5000亿元',
        secondQuote: '软件业务收入突破1万亿元',
      },
    ]);
    expect(compared.placeRoles).toEqual([
      { placeId: 'p', firstRole: 'NODE', secondRole: 'CORE', firstQuote: '济南', secondQuote: '济南为核心' },
    ]);
  });
});
