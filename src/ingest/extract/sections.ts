import type { Section } from './types.js';

/**
 * The numbered headings of a plan, each at the start of a line (after any indent):
 * 一、 （一） 1. （1） ① — five levels, in the order the genre nests them. A heading's
 * title is its text up to the first 。 ： or the end of the line (many plans run the first
 * sentence on: （一）指导思想。坚持…), at most 40 characters. Codes join the levels without
 * their punctuation, as seed/FORMAT.md writes them: 二（一）1（1）.
 */
const LEVELS: { re: RegExp; own: (m: RegExpMatchArray) => string }[] = [
  { re: /^([一二三四五六七八九十]{1,3})[、.．]\s*/, own: (m) => m[1]! },
  { re: /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*/, own: (m) => `（${m[1]}）` },
  { re: /^(\d{1,2})[.．、](?!\d)\s*/, own: (m) => m[1]! },
  { re: /^[（(](\d{1,2})[）)]\s*/, own: (m) => `（${m[1]}）` },
  { re: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/, own: (m) => m[1]! },
];

export function findSections(text: string): Section[] {
  const sections: Section[] = [];
  const open: (Section | undefined)[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const indent = line.match(/^[\s\u3000]*/)![0].length;
    const body = line.slice(indent);
    for (let level = 0; level < LEVELS.length; level++) {
      const m = body.match(LEVELS[level]!.re);
      if (!m) continue;
      const rest = body.slice(m[0].length);
      const stop = rest.search(/[。：:；]/);
      const title = (stop < 0 ? rest : rest.slice(0, stop)).trim().slice(0, 40);
      if (!title) break;
      // A deeper level opened without its parent (a plan that starts at （一）) nests under what is open.
      const parent = open.slice(0, level).filter(Boolean).at(-1);
      const code = `${parent?.code ?? ''}${LEVELS[level]!.own(m)}`;
      const start = lineStart + indent;
      for (let l = level; l < open.length; l++) if (open[l]) open[l]!.end = start;
      const section: Section = { code, title, start, end: text.length, parent: parent?.code ?? null };
      sections.push(section);
      open.length = level;
      open[level] = section;
      break;
    }
    lineStart = lineEnd + 1;
  }
  // A section ends where the next one of the same or a higher level starts.
  const depth = new Map<string, number>();
  for (const s of sections) depth.set(s.code, s.parent ? depth.get(s.parent)! + 1 : 0);
  sections.forEach((s, i) => {
    const next = sections.slice(i + 1).find((x) => depth.get(x.code)! <= depth.get(s.code)!);
    s.end = next ? next.start : text.length;
  });
  return sections;
}

/** Names a position by its innermost section: "二（一） 做大做强高成长性制造业"; text before the first heading is 文首. */
export function sectionIndex(
  sections: Section[],
): (position: number) => { label: string; section: Section | null; path: Section[] } {
  return (position) => {
    let inner: Section | null = null;
    for (const s of sections)
      if (s.start <= position && position < s.end && (!inner || s.start >= inner.start)) inner = s;
    const path: Section[] = [];
    for (let s = inner; s; s = sections.find((x) => x.code === s!.parent) ?? null) path.unshift(s);
    return { label: inner ? `${inner.code} ${inner.title}` : '文首', section: inner, path };
  };
}
