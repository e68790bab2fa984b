import type { SectionIndex } from './sections.js';

export type Range = [number, number];
/** A word of the source that nothing in the graph or the exclusions covers: the word, the clause around it, its section. */
export type Uncovered = { section: string; word: string; phrase: string };

/** Every character range of `source` where one of `texts` occurs. */
export function rangesOf(source: string, texts: string[]): Range[] {
  const ranges: Range[] = [];
  for (const t of new Set(texts))
    for (let i = source.indexOf(t); t && i >= 0; i = source.indexOf(t, i + 1)) ranges.push([i, i + t.length]);
  return ranges;
}

const PUNCTUATION = /[，。；：、“”（）\n]/;

/** The clause around a match: back to the punctuation mark before it and on to the one after, within a few characters. */
export function clauseAround(source: string, start: number, end: number, before = 30, after = 10): string {
  let from = start;
  while (from > 0 && start - from < before && !PUNCTUATION.test(source[from - 1]!)) from--;
  let to = end;
  while (to < source.length && to - end < after && !PUNCTUATION.test(source[to]!)) to++;
  return source.slice(from, to);
}

/** Every match of `pattern` in `source` that lies inside none of `covered`, with the clause around it and its section. */
export function uncovered(source: string, pattern: RegExp, covered: Range[], sections: SectionIndex): Uncovered[] {
  const out: Uncovered[] = [];
  for (const m of source.matchAll(new RegExp(pattern.source, 'g'))) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (covered.some(([a, b]) => a <= start && end <= b)) continue;
    out.push({ section: sections.at(start).name, word: m[0], phrase: clauseAround(source, start, end) });
  }
  return out;
}
