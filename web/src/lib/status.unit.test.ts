import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { STATUS, STATUS_ORDER, statusLabel } from './status';

describe('link statuses', () => {
  it('each has its own word, icon and border pattern, so colour is never the only signal', () => {
    const words = STATUS_ORDER.map((s) => STATUS[s].word);
    const icons = STATUS_ORDER.map((s) => STATUS[s].icon);
    const borders = STATUS_ORDER.map((s) => STATUS[s].node.borderType);
    expect(new Set(words).size).toBe(3);
    expect(new Set(icons).size).toBe(3);
    expect(new Set(borders).size).toBe(3);
    expect(statusLabel('TARGETED')).toBe('◎ 拟引进');
  });

  it('badges and map labels have a contrast of at least 4.5:1', () => {
    for (const s of STATUS_ORDER) {
      expect(contrastRatio(STATUS[s].text, STATUS[s].background), `${s} badge`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(STATUS[s].node.label, STATUS[s].node.fill), `${s} node`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('contrast is computed as WCAG defines it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
