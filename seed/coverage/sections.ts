import type { PlanFile } from '../../src/seed/schema.js';

/** Where each numbered section starts in the source, so that a position can be named by its section. */
export type SectionIndex = { at(position: number): { code: string; name: string } };

/**
 * Finds every section heading of plan.yaml in the source, in order (一、…, （一）…, 1.…),
 * and names a position by the last heading before it: `二（一）2 装备制造`.
 */
export function sectionIndex(source: string, sections: PlanFile['sections']): SectionIndex {
  const starts: { start: number; code: string; name: string }[] = [];
  let from = 0;
  for (const s of sections) {
    const own = s.code.match(/（[一二三四五六七八九十]+）$|\d+$/)?.[0];
    const heading = !s.parent
      ? `${s.code}、${s.title}`
      : own?.startsWith('（')
        ? `${own}${s.title}`
        : `${own}.${s.title}`;
    const start = s.code === '文首' ? 0 : source.indexOf(heading, from);
    if (start < 0)
      throw new Error(
        `section ${s.code} ${s.title}: heading ${heading} not found in the source after position ${from}`,
      );
    starts.push({ start, code: s.code, name: `${s.code} ${s.title}` });
    from = start;
  }
  return {
    at(position) {
      let found = starts[0]!;
      for (const s of starts) if (s.start <= position) found = s;
      return { code: found.code, name: found.name };
    },
  };
}
