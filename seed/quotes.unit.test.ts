import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeedFiles, SOURCE_FILE } from '../src/seed/read.js';
import type { Source } from '../src/seed/schema.js';

const source = readFileSync(SOURCE_FILE, 'utf8');
const files = readSeedFiles();
const sectionCodes = new Set(files.plan.data.sections.map((s) => s.code));

/** Every `{ section, quote }` in a file, with where it stands. */
function quotesIn(value: unknown, at: string, out: { at: string; section: string; quote: string }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => quotesIn(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const s = value as Partial<Source & { quote: string; section: string }>;
    if (typeof s.quote === 'string' && typeof s.section === 'string')
      out.push({ at, section: s.section, quote: s.quote });
    for (const [k, v] of Object.entries(value)) quotesIn(v, `${at}.${k}`, out);
  }
  return out;
}

const all = [files.plan, ...files.sectors, ...files.others].flatMap((f) => quotesIn(f.data, f.file));

describe('quotes in the seed files', () => {
  it('there are many of them (the whole document is curated)', () => {
    expect(all.length).toBeGreaterThan(1000);
  });

  it('are every one a verbatim substring of the source document', () => {
    const invented = all.filter((q) => !source.includes(q.quote)).map((q) => `${q.at}: ${q.quote}`);
    expect(invented).toEqual([]);
  });

  it('name a section of the document by its own numbering', () => {
    const unknown = all.filter((q) => !sectionCodes.has(q.section.split(' ')[0]!)).map((q) => `${q.at}: ${q.section}`);
    expect(unknown).toEqual([]);
  });
});
