import { describe, expect, it } from 'vitest';
import type { Candidate } from '../extract/types.js';
import type { AnswerKey } from './key.js';
import { comparable, matches, score } from './score.js';

const text = '加快济南密码应用与创新示范基地建设。到2023年，建成4万个以上5G基站。推进集成电路产业跨越式发展。';
const cand = (c: Partial<Candidate>): Candidate => ({
  kind: 'CHAIN',
  name: '',
  chain: null,
  place: null,
  value: null,
  valueMax: null,
  unit: null,
  year: null,
  growthPct: null,
  quote: '',
  start: 0,
  end: 0,
  section: '文首',
  confidence: 0.5,
  rule: 'test',
  ...c,
});
const key: AnswerKey = {
  plan: { file: 'x.txt' },
  items: [
    { kinds: ['CHAIN'], name: '集成电路产业', also: [], quote: '推进集成电路产业跨越式发展' },
    { kinds: ['CARRIER'], name: '济南密码应用与创新示范基地', also: [], quote: '加快济南密码应用与创新示范基地建设' },
    { kinds: ['TARGET'], name: '5G基站', also: [], quote: '建成4万个以上5G基站', value: 40000, unit: '个', year: 2023 },
  ],
};

describe('scoring a draft against a key', () => {
  it('compares industries without 产业/行业 and places without 省/市', () => {
    expect(comparable('CHAIN', '集成电路产业')).toBe('集成电路');
    expect(comparable('PLACE', '济南市')).toBe('济南');
  });

  it('a carrier found by a shorter name in the same clause counts; elsewhere it does not', () => {
    expect(
      matches(cand({ kind: 'CARRIER', name: '密码应用与创新示范基地', start: 0, end: 17 }), key.items[1]!, text),
    ).toBe(true);
    expect(
      matches(cand({ kind: 'CARRIER', name: '密码应用与创新示范基地', start: 30, end: 40 }), key.items[1]!, text),
    ).toBe(false);
  });

  it('a target needs the same value, unit and year', () => {
    const t = cand({ kind: 'TARGET', name: '5G基站', value: 40000, unit: '个', year: 2023, start: 18, end: 35 });
    expect(matches(t, key.items[2]!, text)).toBe(true);
    expect(matches({ ...t, year: 2025 }, key.items[2]!, text)).toBe(false);
    expect(matches({ ...t, value: 4, unit: '万个' }, key.items[2]!, text)).toBe(false);
  });

  it('recall per key item, precision per candidate', () => {
    const s = score([cand({ name: '集成电路' }), cand({ name: '服务器' })], key, text).find((x) => x.kind === 'CHAIN')!;
    expect(s).toMatchObject({
      keyItems: 1,
      candidates: 2,
      found: 1,
      correct: 1,
      recall: 1,
      precision: 0.5,
      wrong: ['服务器'],
    });
  });
});
