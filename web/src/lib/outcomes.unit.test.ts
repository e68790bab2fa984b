import { describe, expect, it } from 'vitest';
import {
  chineseMoment,
  dayOf,
  daysBetween,
  dueActions,
  dueWords,
  funnelCsv,
  funnelOption,
  funnelRows,
  hitCsv,
  hitRateExplained,
  hitRows,
  share,
  type FunnelStageAnswer,
} from './outcomes';

const STAGES: FunnelStageAnswer[] = [
  { stage: 'CLUE', current: 1, reached: 4, conversion: 0.75, medianDays: 6, meanDays: 7.25 },
  { stage: 'CONTACT', current: 1, reached: 3, conversion: 0.667, medianDays: 12.5, meanDays: 12.5 },
  { stage: 'NEGOTIATING', current: 0, reached: 2, conversion: 0.5, medianDays: null, meanDays: null },
  { stage: 'SIGNED', current: 1, reached: 1, conversion: 0, medianDays: null, meanDays: null },
  { stage: 'STARTED', current: 0, reached: 0, conversion: null, medianDays: null, meanDays: null },
  { stage: 'PRODUCING', current: 0, reached: 0, conversion: null, medianDays: null, meanDays: null },
  { stage: 'FULL_OUTPUT', current: 0, reached: 0, conversion: null, medianDays: null, meanDays: null },
];

describe('shares and days in words', () => {
  it('writes a share as a percentage with at most one decimal, and a dash for none', () => {
    expect(share(0.4)).toBe('40%');
    expect(share(0.125)).toBe('12.5%');
    expect(share(1 / 150)).toBe('0.7%');
    expect(share(0)).toBe('0%');
    expect(share(1)).toBe('100%');
    expect(share(0.6667)).toBe('66.7%');
    expect(share(null)).toBe('—');
    expect(share(undefined)).toBe('—');
    expect(share(Number.NaN)).toBe('—');
  });

  it('says how long until a next action is due, or how long it is overdue', () => {
    expect(daysBetween('2026-12-01', '2026-12-07')).toBe(6);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
    expect(dueWords('2026-12-04', '2026-12-07')).toBe('已逾期 3 天');
    expect(dueWords('2026-12-07', '2026-12-07')).toBe('今天到期');
    expect(dueWords('2026-12-08', '2026-12-07')).toBe('明天到期');
    expect(dueWords('2027-01-01', '2026-12-07')).toBe('还有 25 天');
  });

  it('reads a day typed into a filter, and refuses what is not a day', () => {
    expect(dayOf('2026-01-01')).toBe('2026-01-01');
    expect(dayOf(' 2026/1/5 ')).toBe('2026-01-05');
    expect(dayOf('2026年3月9日')).toBe('2026-03-09');
    expect(dayOf('')).toBeNull();
    expect(dayOf('2026-02-30')).toBeUndefined();
    expect(dayOf('01/05/2026')).toBeUndefined();
  });

  it('lists open next actions due soonest first, leaving out leads without one', () => {
    const leads = [
      { id: 'a', nextAction: { summary: '寄资料', due: '2026-12-20', overdue: false } },
      { id: 'b', nextAction: null },
      { id: 'c', nextAction: { summary: '回访', due: '2026-11-30', overdue: true } },
      { id: 'd' },
    ];
    expect(dueActions(leads).map((l) => l.id)).toEqual(['c', 'a']);
  });

  it('writes a moment in Chinese in the given time zone', () => {
    expect(chineseMoment('2026-12-06T17:05:00Z', 'Asia/Shanghai')).toBe('2026年12月7日 01:05');
    expect(chineseMoment('not a date')).toBe('');
  });
});

describe('the funnel', () => {
  it('makes a table row per stage, with the conversion to the next stage named, and days', () => {
    const rows = funnelRows(STAGES);
    expect(rows.map((r) => r.word)).toEqual(['线索', '接洽', '在谈', '签约', '开工', '投产', '达产']);
    expect(rows[0]).toEqual({
      stage: 'CLUE',
      word: '线索',
      current: 1,
      reached: 4,
      conversion: '→ 接洽 75%',
      meanDays: '7.3 天',
      medianDays: '6 天',
    });
    expect(rows[3]!.conversion).toBe('→ 开工 0%');
    expect(rows[4]!.conversion).toBe('—');
    expect(rows[6]!.conversion).toBe('—');
    expect(rows[2]!.meanDays).toBe('—');
  });

  it('exports the same table as CSV cells', () => {
    const csv = funnelCsv(funnelRows(STAGES));
    expect(csv.header).toEqual(['阶段', '当前', '累计到达', '转化率（到下一阶段）', '平均停留天数', '中位停留天数']);
    expect(csv.rows[1]).toEqual(['接洽', 1, 3, '到在谈 66.7%', '12.5 天', '12.5 天']);
  });

  it('draws reached and current as bars, 线索 at the top, labelled with their numbers', () => {
    const option = funnelOption(funnelRows(STAGES));
    expect(option.yAxis.data).toEqual(['线索', '接洽', '在谈', '签约', '开工', '投产', '达产']);
    expect(option.yAxis.inverse).toBe(true);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['累计到达', [4, 3, 2, 1, 0, 0, 0]],
      ['当前', [1, 1, 0, 1, 0, 0, 0]],
    ]);
    expect(option.series.every((s) => s.label.show)).toBe(true);
    expect([3, 0].map((value) => option.series[0]!.label.formatter({ value }))).toEqual(['3', '']);
  });
});

describe('the recommendation hit rate', () => {
  const total = {
    recommended: 150,
    leads: 3,
    signed: 1,
    producing: 0,
    leadRate: 0.02,
    signedRate: 0.007,
    producingRate: 0,
  };
  const rows = [
    {
      chain: { id: 'c1', name: '智能手机产业链' },
      place: { id: 'p1', name: '郑州' },
      recommended: 100,
      leads: 3,
      signed: 1,
      producing: 0,
      leadRate: 0.03,
      signedRate: 0.01,
      producingRate: 0,
    },
    {
      chain: { id: 'c2', name: '汽车产业链' },
      place: { id: 'p1', name: '郑州' },
      recommended: 50,
      leads: 0,
      signed: 0,
      producing: 0,
      leadRate: 0,
      signedRate: 0,
      producingRate: 0,
    },
  ];

  it('puts the total row first, then the rows, with shares as percentages', () => {
    const table = hitRows(total, rows);
    expect(table.map((r) => [r.chain, r.place, r.recommended, r.leadRate, r.signedRate])).toEqual([
      ['合计', '1 个地区', 150, '2%', '0.7%'],
      ['智能手机产业链', '郑州', 100, '3%', '1%'],
      ['汽车产业链', '郑州', 50, '0%', '0%'],
    ]);
    expect(table[0]!.total).toBe(true);
    expect(hitRows({ ...total, recommended: 0, leadRate: null }, [])[0]).toMatchObject({ place: '—', leadRate: '—' });
  });

  it('exports the same table as CSV cells', () => {
    const csv = hitCsv(hitRows(total, rows));
    expect(csv.header).toEqual([
      '产业链',
      '地区',
      '推荐企业数',
      '成为线索',
      '线索率',
      '签约',
      '签约率',
      '投产',
      '投产率',
    ]);
    expect(csv.rows[0]).toEqual(['合计', '1 个地区', 150, 3, '2%', 1, '0.7%', 0, '0%']);
  });

  it('says what is counted, with the number of recommendations per link', () => {
    expect(hitRateExplained(10)).toMatch(/^每个缺失环节按推荐排名前 10 家计入推荐企业数/);
  });
});
