import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildGraph } from '../build.js';
import { readSeedFiles, SEED_DIR, SOURCE_FILE } from '../read.js';
import { CARRIER_WORDS, uncoveredCarriers, type Exclusion } from './carriers.js';
import { dataCopy, without } from './data-copy.js';
import { sectionIndex } from './sections.js';

const source = readFileSync(SOURCE_FILE, 'utf8');
const files = readSeedFiles();
const sections = sectionIndex(source, files.plan.data.sections);
const exclusions = parse(readFileSync(path.join(SEED_DIR, 'carrier-exclusions.yaml'), 'utf8')) as Exclusion[];

describe('carriers (载体) named in the source document', () => {
  it('are all in the graph, or excluded with a reason', () => {
    expect(uncoveredCarriers(source, buildGraph(files), exclusions, sections)).toEqual([]);
  });

  it('every exclusion still matches the source, names a carrier word and says why', () => {
    for (const e of exclusions) {
      expect(source, e.text).toContain(e.text);
      expect(e.text, e.text).toMatch(CARRIER_WORDS);
      expect(e.why.length, e.text).toBeGreaterThan(10);
    }
  });

  it('fail with the phrase and its section when a carrier is removed from a copy of the data', () => {
    const copy = dataCopy('sectors/automotive.yaml', (d) => void (d.clusters = without(d.clusters!, '焦作高新技术特色汽车零部件基地')));
    try {
      const copied = readSeedFiles(copy.dir);
      expect(uncoveredCarriers(source, buildGraph(copied), exclusions, sections)).toEqual([
        { section: '二（一）3 汽车及零部件', word: '基地', phrase: '重点推动焦作高新技术特色汽车零部件基地建设' },
      ]);
    } finally {
      copy.remove();
    }
  });
});
