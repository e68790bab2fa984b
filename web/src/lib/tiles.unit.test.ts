import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { COVERAGE_CLASSES, coverageClass, HENAN_TILES, placeTiles, hasTileLayout } from './tiles';

describe('the province tile map', () => {
  it("gives each of Henan's 18 cities its own square", () => {
    const cells = Object.values(HENAN_TILES).map((t) => `${t.col},${t.row}`);
    expect(cells).toHaveLength(18);
    expect(new Set(cells).size).toBe(18);
  });

  it('lays the cities roughly as they lie: 安阳 north of 郑州, 信阳 south, 三门峡 west, 商丘 east', () => {
    const t = HENAN_TILES;
    expect(t['安阳']!.row).toBeLessThan(t['郑州']!.row);
    expect(t['信阳']!.row).toBeGreaterThan(t['郑州']!.row);
    expect(t['三门峡']!.col).toBeLessThan(t['洛阳']!.col);
    expect(t['洛阳']!.col).toBeLessThan(t['郑州']!.col);
    expect(t['商丘']!.col).toBeGreaterThan(t['开封']!.col);
  });

  it('puts places the grid does not know in a row below', () => {
    const { tiles, rows } = placeTiles([{ name: '郑州' }, { name: '郑州航空港区' }]);
    expect(tiles.find((t) => t.item.name === '郑州航空港区')).toMatchObject({ col: 0, row: 4 });
    expect(rows).toBe(5);
  });

  it('colours coverage in five classes, each readable', () => {
    expect(coverageClass(0).words).toBe('0%');
    expect(coverageClass(1 / 12).words).toBe('1–25%');
    expect(coverageClass(0.5).words).toBe('26–50%');
    expect(coverageClass(1).words).toBe('76–100%');
    for (const c of COVERAGE_CLASSES) expect(contrastRatio(c.fill, c.text)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the tile layout is only for Henan', () => {
  it('fits Henan cities and not a list with 济南 in it', () => {
    expect(hasTileLayout([{ name: '郑州' }, { name: '洛阳' }])).toBe(true);
    expect(hasTileLayout([{ name: '郑州' }, { name: '济南' }])).toBe(false);
    expect(hasTileLayout([])).toBe(false);
  });
});
