import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildGraph } from '../src/seed/build.js';
import { readSeedFiles, SEED_DIR, SOURCE_FILE } from '../src/seed/read.js';

const source = readFileSync(SOURCE_FILE, 'utf8');
const exclusions = parse(readFileSync(path.join(SEED_DIR, 'enterprise-exclusions.yaml'), 'utf8')) as {
  text: string;
  why: string;
}[];
const enterprises = buildGraph(readSeedFiles()).nodes.filter((n) => n.label === 'Enterprise');
const names = enterprises.flatMap((e) => [e.props.name as string, ...(e.props.aliases as string[])]);

/** Character ranges of the source that some enterprise name or alias covers. */
function coveredRanges(words: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const w of words)
    for (let i = source.indexOf(w); i >= 0; i = source.indexOf(w, i + 1)) ranges.push([i, i + w.length]);
  return ranges;
}

describe('enterprises named in the source document', () => {
  const endings = /股份有限公司|有限责任公司|有限公司|集团公司|公司|集团/g;
  const named = coveredRanges(names);
  const excused = coveredRanges(exclusions.map((e) => e.text));
  const inside = (ranges: [number, number][], start: number, end: number) =>
    ranges.some(([a, b]) => a <= start && end <= b);

  it('are all in the graph, or excluded with a reason', () => {
    const missing: string[] = [];
    for (const m of source.matchAll(endings)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (!inside(named, start, end) && !inside(excused, start, end))
        missing.push(source.slice(Math.max(0, start - 16), end));
    }
    expect(missing).toEqual([]);
  });

  it('every exclusion still matches the source and says why', () => {
    for (const e of exclusions) {
      expect(source, e.text).toContain(e.text);
      expect(e.why.length).toBeGreaterThan(10);
    }
  });

  it('number more than a hundred, with 富士康 and 富士康集团 as one', () => {
    expect(enterprises.length).toBeGreaterThan(100);
    const foxconn = enterprises.filter((e) => [e.props.name, ...(e.props.aliases as string[])].includes('富士康'));
    expect(foxconn.map((e) => e.props.name)).toEqual(['富士康集团']);
  });
});
