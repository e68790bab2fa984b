import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text-width';

describe('text width without a browser', () => {
  it('counts a Chinese character as one em and other characters as less', () => {
    expect(textWidth('冶金矿山大型成套装备', 15)).toBe(150);
    expect(textWidth('✓ 已覆盖', 12)).toBeCloseTo(12 * 4.3);
    expect(textWidth('LED', 10)).toBeCloseTo(18.6);
    expect(textWidth('芯片', 10, true)).toBe(20);
    expect(textWidth('LED', 10, true)).toBeGreaterThan(textWidth('LED', 10));
  });

  it('wraps between Chinese characters, keeps closing marks with the word before, and at spaces in other text', () => {
    expect(wrapText('郑州 · 覆盖率 8% · 截至 2026年5月1日', 100, 13).every((l) => textWidth(l, 13) <= 100)).toBe(true);
    const text = '本地尚无企业，规划已点名拟引进或争取的企业。';
    const lines = wrapText(text, 6 * 13, 13);
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBe(4);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(6 * 13);
    expect(lines.some((l) => /^[，。]/.test(l))).toBe(false);
    expect(wrapText('Internal server error', 80, 10)).toEqual(['Internal', 'server error']);
    expect(wrapText('短', 100, 13)).toEqual(['短']);
  });
});
