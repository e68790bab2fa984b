import { describe, expect, it } from 'vitest';
import { regionFromText } from './region.js';
import type { VocabPlace } from './types.js';

const place = (name: string, level: string, aliases: string[] = []): VocabPlace => ({
  id: name,
  name,
  aliases,
  level,
  parent: null,
});
const PLACES = [
  place('山东', 'PROVINCE', ['山东省']),
  place('河南', 'PROVINCE'),
  place('济南', 'CITY', ['济南市']),
  place('青岛', 'CITY'),
];

describe('the region a plan governs, from how it speaks of itself', () => {
  it('a province plan (我省, 全省) that names 山东 in passing governs 山东', () => {
    // shandong-2023-ngit-innovation-action-plan.txt, 一（一） and 一（二）.
    const text =
      '全面落实习近平总书记对山东工作的重要指示要求……到2025年，我省新一代信息技术创新能力全国领先。济南、青岛等地创新策源能力进一步增强。';
    expect(regionFromText(text, PLACES)).toBe('山东');
  });

  it('a city plan (全市, 我市) governs the city it names most', () => {
    const text = '到2023年，全市数字经济核心产业增加值……济南市数字先锋城市建设……我市与青岛协同，济南数据中心。';
    expect(regionFromText(text, PLACES)).toBe('济南');
  });

  it('says nothing when the text never speaks of itself, or names no place of its level', () => {
    expect(regionFromText('济南、青岛等地创新策源能力进一步增强。', PLACES)).toBeNull();
    expect(regionFromText('到2025年，我省新一代信息技术创新能力全国领先。', PLACES)).toBeNull();
  });
});
