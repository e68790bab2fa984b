import { describe, expect, it } from 'vitest';
import { byPinyin, chineseDate, figure, percent, sourceLine, sourceOrigin, uniqueSources } from './format';

describe('formatting for officers', () => {
  it('writes shares, figures and dates as officers read them', () => {
    expect(percent(1 / 12)).toBe('8%');
    expect(percent(null)).toBe('—');
    expect(figure(33030)).toBe('33,030');
    expect(figure(1.155)).toBe('1.16');
    expect(chineseDate('2015-05-14')).toBe('2015年5月14日');
    expect(chineseDate(null)).toBe('');
  });

  it('says where each kind of source comes from', () => {
    expect(
      sourceOrigin({
        kind: 'QUOTE',
        document: '先进制造业大省建设重点产业发展2015年实施方案',
        date: '2015-05-14',
        section: '二（一）1 电子信息',
      }),
    ).toBe('《先进制造业大省建设重点产业发展2015年实施方案》（2015年5月14日） 二（一）1 电子信息');
    expect(
      sourceOrigin({
        kind: 'PROJECT',
        note: '招商项目 高通公司 · 芯片（郑州）于 2026-12-07 投产，记录人 张科长',
        date: '2026-12-07',
      }),
    ).toBe('招商项目记录（2026年12月7日投产）');
    expect(sourceOrigin({ kind: 'IMPORTED', file: 'zz.csv', line: 2, date: '2026-12-02' })).toBe(
      '导入文件 zz.csv 第 2 行（2026年12月2日导入）',
    );
    expect(sourceOrigin({ kind: 'CURATED', note: 'x' })).toBe('整理者注（规划原文未直接写明）');
  });

  it('orders places by pinyin', () => {
    expect(
      ['郑州', '安阳', '洛阳', '开封']
        .map((name) => ({ name }))
        .sort(byPinyin)
        .map((p) => p.name),
    ).toEqual(['安阳', '开封', '洛阳', '郑州']);
  });

  it('cites the plan a report is based on by its own title, issuer and date', () => {
    expect(sourceLine({ title: '某某规划', issuer: '某省人民政府办公厅', date: '2026-01-02' })).toBe(
      '来源：《某某规划》（某省人民政府办公厅，2026年1月2日）；本地企业依据已导入的企业名单。',
    );
    expect(sourceLine({ title: '某某规划' })).toBe('来源：《某某规划》；本地企业依据已导入的企业名单。');
    expect(sourceLine(null)).toBe('来源：规划原文及已导入的企业名单。');
    expect(
      sourceLine([
        { title: '甲规划', date: '2023-01-05' },
        { title: '乙方案', issuer: '某市人民政府' },
      ]),
    ).toBe('来源：《甲规划》（2023年1月5日）、《乙方案》（某市人民政府）；本地企业依据已导入的企业名单。');
  });

  it('lists a source once when an enterprise was imported twice from the same file and line', () => {
    const imported = { kind: 'IMPORTED' as const, file: 'zz.csv', line: 3, date: '2026-12-02', note: '示例导入' };
    const quote = { kind: 'QUOTE' as const, quote: '积极争取高通公司', section: '二（一）1', date: '2015-05-14' };
    expect(uniqueSources([quote, imported, { ...imported }, { ...imported, line: 4 }, { ...quote }])).toEqual([
      quote,
      imported,
      { ...imported, line: 4 },
    ]);
    expect(uniqueSources([imported, { ...imported, date: '2026-12-03' }])).toHaveLength(2);
  });
});
