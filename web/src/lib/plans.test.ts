import { describe, expect, it } from 'vitest';
import { changeWords, candidateDetail, paragraphAt, paragraphsOf, periodWords, piecesOf, windowAround } from './plans';

describe('plans in words and the document in pieces', () => {
  it('paragraphs are the non-empty lines with their offsets in the text', () => {
    const text = '一、总体要求\n\n到2025年，产值达到100亿元。\n';
    expect(paragraphsOf(text)).toEqual([
      { index: 0, start: 0, end: 6 },
      { index: 1, start: 8, end: 25 },
    ]);
    const ps = paragraphsOf(text);
    expect(paragraphAt(ps, 10)).toBe(1);
    expect(paragraphAt(ps, 7)).toBe(-1);
  });

  it('a paragraph is cut at each quote, and overlapping quotes give the piece to the shorter one', () => {
    const text = '重点发展集成电路和新型显示产业。';
    const p = { index: 0, start: 0, end: text.length };
    const pieces = piecesOf(text, p, [
      { id: 'a', start: 4, end: 15, status: 'PENDING' },
      { id: 'b', start: 4, end: 8, status: 'ACCEPTED' },
    ]);
    expect(pieces.map((x) => [x.text, x.candidate])).toEqual([
      ['重点发展', null],
      ['集成电路', 'b'],
      ['和新型显示产业', 'a'],
      ['。', null],
    ]);
    expect(piecesOf(text, p, []).map((x) => x.text)).toEqual([text]);
  });

  it('the document shows a page of paragraphs holding the focused one', () => {
    expect(windowAround(250, 130, 100)).toEqual({ from: 100, to: 200 });
    expect(windowAround(250, 230, 100)).toEqual({ from: 200, to: 250 });
    expect(windowAround(0, -1, 100)).toEqual({ from: 0, to: 0 });
  });

  it('periods, details and changes read as Chinese', () => {
    expect(periodWords(2023, 2025)).toBe('2023—2025年');
    expect(periodWords(null, null)).toBe('');
    expect(candidateDetail({ kind: 'TARGET', value: 100, unit: '亿元', year: 2025, place: '济南' })).toBe(
      '100亿元 · 2025年 · 地区：济南',
    );
    expect(changeWords({ name: ['集成电路', '集成电路设计'], chain: [null, '芯片'] })).toBe(
      '名称：集成电路 → 集成电路设计；产业链：— → 芯片',
    );
    expect(changeWords({ accepted: 12, kind: 'CHAIN' })).toBe('采纳数：12；类别：产业链');
    expect(changeWords({ status: ['PENDING', 'REJECTED'] })).toBe('状态：待审 → 已驳回');
  });
});
