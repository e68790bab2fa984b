import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/seed/build.js';
import { readSeedFiles, SOURCE_FILE } from '../../src/seed/read.js';
import { CARRIER_WORDS, uncoveredCarriers } from './carriers.js';
import { dataCopy, without } from './data-copy.js';
import { readExclusions, staleExclusions } from './exclusions.js';
import { sectionIndex } from './sections.js';

const source = readFileSync(SOURCE_FILE, 'utf8');
const files = readSeedFiles();
const sections = sectionIndex(source, files.plan.data.sections);
const exclusions = readExclusions('carrier-exclusions.yaml');

describe('carriers (载体) named in the source document', () => {
  it('are all in the graph, or excluded with a reason', () => {
    expect(uncoveredCarriers(source, buildGraph(files), exclusions, sections)).toEqual([]);
  });

  it('every exclusion still matches the source, names a carrier word and says why', () => {
    expect(staleExclusions(exclusions, source, CARRIER_WORDS)).toEqual([]);
  });

  it('fail with the phrase and its section when a carrier is removed from a copy of the data', () => {
    const copy = dataCopy(
      'sectors/automotive.yaml',
      (d) => void (d.clusters = without(d.clusters!, '焦作高新技术特色汽车零部件基地')),
    );
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
