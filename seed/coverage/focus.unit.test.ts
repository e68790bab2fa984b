import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/seed/build.js';
import { readSeedFiles, SOURCE_FILE } from '../../src/seed/read.js';
import { dataCopy, without } from './data-copy.js';
import { readExclusions } from './exclusions.js';
import { focusItems, uncoveredFocus, type FocusExclusion } from './focus.js';
import { sectionIndex } from './sections.js';

const source = readFileSync(SOURCE_FILE, 'utf8');
const files = readSeedFiles();
const sections = sectionIndex(source, files.plan.data.sections);
const items = focusItems(source, sections);
const exclusions = readExclusions<FocusExclusion>('focus-exclusions.yaml');
const sectorsOf = (f: typeof files) => f.sectors.map((s) => s.data.sector);

describe('the product focuses the plan lists (重点发展, 重点围绕 …)', () => {
  it('are read from every list of the text', () => {
    expect(items.length).toBeGreaterThan(60);
    expect(items.filter((i) => i.list.startsWith('重点围绕鞋业')).map((i) => i.item)).toEqual([
      '鞋业',
      '箱包',
      '皮具',
      '发制品',
      '家纺',
      '产业用纺织品',
    ]);
    expect(items.filter((i) => i.list.startsWith('重点发展家电')).map((i) => i.item)).toEqual([
      '家电',
      '家具',
      '厨卫及家装建材',
    ]);
  });

  it('are every one a link or a chain of their sector, or excluded with a reason', () => {
    expect(uncoveredFocus(items, buildGraph(files), sectorsOf(files), exclusions)).toEqual([]);
  });

  it('every exclusion is an item of a list and says why', () => {
    const read = new Set(items.map((i) => i.item));
    for (const e of exclusions) {
      expect(read.has(e.item), e.item).toBe(true);
      expect(e.why.length, e.item).toBeGreaterThan(10);
    }
  });

  it('fail with the item, its list and its section when a link is removed from a copy of the data', () => {
    const copy = dataCopy('sectors/new-energy.yaml', (d) => {
      const wind = d.chains!.find((c) => c.key === 'wind-power')!;
      wind.links = without(wind.links!, 'towers');
    });
    try {
      const copied = readSeedFiles(copy.dir);
      expect(uncoveredFocus(items, buildGraph(copied), sectorsOf(copied), exclusions)).toEqual([
        {
          item: '风塔',
          list: '着重发展风电叶片、轴承及主轴、风电制动器、风塔、大功率风电齿轮箱',
          section: '二（二）4 新能源',
          code: '二（二）4',
        },
      ]);
    } finally {
      copy.remove();
    }
  });

  it('a link of another sector does not cover an item (空调 of the car chain is not the appliance)', () => {
    const copy = dataCopy('sectors/home-furnishing.yaml', (d) => {
      const appliances = d.chains!.find((c) => c.key === 'home-appliance')!;
      appliances.links!.find((l) => l.key === 'air-conditioner')!.name = '空调器';
    });
    try {
      const copied = readSeedFiles(copy.dir);
      expect(uncoveredFocus(items, buildGraph(copied), sectorsOf(copied), exclusions).map((u) => u.item)).toEqual([
        '空调',
      ]);
    } finally {
      copy.remove();
    }
  });
});
