import { describe, expect, it } from 'vitest';
import { attachment } from './route.js';
import { chinaTime, COLUMNS, LAST_INTERACTION_MAX, originZh, truncated } from './sheet.js';

describe('the 项目信息采集表, cell by cell', () => {
  it('has the columns in the agreed order', () => {
    expect(COLUMNS).toHaveLength(23);
    expect([COLUMNS[0], COLUMNS[1], COLUMNS[9], COLUMNS[18], COLUMNS[22]]).toEqual([
      '序号',
      '项目名称',
      '来源',
      '最近对接',
      '更新时间',
    ]);
  });

  it('says where a lead came from in Chinese', () => {
    expect(originZh('RECOMMENDATION', 3)).toBe('推荐第3名');
    expect(originZh('RECOMMENDATION', null)).toBe('推荐');
    expect(['PLAN', 'IMPORT', 'OWN'].map((o) => originZh(o as 'PLAN', null))).toEqual(['规划点名', '导入', '自行发现']);
  });

  it("cuts the last interaction at 200 whole characters and shows China's time", () => {
    const long = '测'.repeat(300);
    expect([...truncated(long, LAST_INTERACTION_MAX)]).toHaveLength(200);
    expect(truncated(long, LAST_INTERACTION_MAX).endsWith('…')).toBe(true);
    expect(truncated('短', LAST_INTERACTION_MAX)).toBe('短');
    expect(chinaTime(Date.UTC(2026, 0, 31, 17, 5))).toBe('2026-02-01 01:05');
  });

  it('names the file in Chinese with RFC 5987, and an ASCII fallback', () => {
    expect(attachment('项目信息采集表-郑州-2026-01-05.xlsx', 'leads-2026-01-05.xlsx')).toBe(
      `attachment; filename="leads-2026-01-05.xlsx"; filename*=UTF-8''${encodeURIComponent('项目信息采集表-郑州-2026-01-05.xlsx')}`,
    );
    expect(attachment("a'(b)*.csv", 'x.csv')).toBe(`attachment; filename="x.csv"; filename*=UTF-8''a%27%28b%29%2A.csv`);
  });
});
