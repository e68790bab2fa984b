import { describe, expect, it } from 'vitest';
import { chainMapOption, wrapName, type MapLink } from './chain-map-option';
import { layoutChain, NODE_WIDTH } from './layout';
import { textWidth } from './text-width';
import { STATUS } from './status';

const links: MapLink[] = [
  { id: 'chip', name: '芯片', stage: 'UPSTREAM', status: 'TARGETED', feeds: ['phone'] },
  { id: 'phone', name: '整机', stage: 'MIDSTREAM', status: 'COVERED', feeds: ['gone'] },
  { id: 'case', name: '机壳', stage: 'UPSTREAM', status: 'GAP', feeds: ['phone'] },
];

describe('the chain map option', () => {
  const option = chainMapOption(links, layoutChain(links), 'chip');
  const series = option.series[0]!;
  /** A link's box (the corner anchors have no style). */
  const node = (id: string) => {
    const found = series.data.find((d) => d.id === id);
    if (!found || !('itemStyle' in found)) throw new Error(`no box for ${id}`);
    return found;
  };

  it('draws each link in its status colour and border pattern, with the status in words', () => {
    expect(node('phone').itemStyle).toMatchObject({ color: STATUS.COVERED.node.fill, borderType: 'solid' });
    expect(node('case').itemStyle).toMatchObject({ color: STATUS.GAP.node.fill, borderType: 'dotted' });
    expect(node('case').label.formatter).toBe('{name|机壳}\n{status|✕ 缺口}');
    expect(node('phone').label.formatter).toContain('已覆盖');
  });

  it('writes a short name on one line, a long one smaller on two lines broken where its words break, and elides the rest', () => {
    expect(wrapName('芯片')).toEqual({ lines: ['芯片'], fontSize: 15 });
    expect(wrapName('冶金矿山大型成套装备')).toEqual({ lines: ['冶金矿山大型成套装备'], fontSize: 13 });
    expect(wrapName('包装盒、周转箱、专用胶贴等原辅料')).toEqual({
      lines: ['包装盒、周转箱、', '专用胶贴等原辅料'],
      fontSize: 13,
    });
    expect(wrapName('耳机、电源转换器、移动电源、数据线').lines).toEqual(['耳机、电源转换器、', '移动电源、数据线']);
    expect(wrapName('工程机械及轨道交通装备').lines).toEqual(['工程机械', '及轨道交通装备']);
    expect(wrapName('一二三四五六七八九十一二三').lines).toEqual(['一二三四五六', '七八九十一二三']);
    expect(wrapName('一二三四五六七八九十一二三四五六七八九十一二').lines).toEqual([
      '一二三四五六七八九十',
      '一二三四五六七八九…',
    ]);
  });

  it("fits every name inside its node, the plan's longest too (冶金矿山大型成套装备, 工程机械及轨道交通装备)", () => {
    const names = [
      '芯片',
      '冶金矿山大型成套装备',
      '工程机械及轨道交通装备',
      '耳机、电源转换器、移动电源、数据线',
      'LED外延片、芯片及封装',
      '包装盒、周转箱、专用胶贴等原辅料',
    ];
    const long = names.map((name, i) => ({
      id: `n${i}`,
      name,
      stage: 'UPSTREAM' as const,
      status: 'GAP' as const,
      feeds: [],
    }));
    const data = chainMapOption(long, layoutChain(long)).series[0]!.data.filter(
      (d) => !(d as { silent?: boolean }).silent,
    ) as { label: { formatter: string; rich: { name: { fontSize: number } } } }[];
    for (const d of data) {
      const size = d.label.rich.name.fontSize;
      const lines = [...d.label.formatter.matchAll(/\{name\|([^}]*)\}/g)].map((m) => m[1]!);
      expect(lines.length).toBeLessThanOrEqual(2);
      // The box is NODE_WIDTH wide with a rounded 2 px border: the text keeps 8 px from each side.
      for (const line of lines)
        expect(textWidth(line, size, true), `${line} at ${size}px`).toBeLessThanOrEqual(NODE_WIDTH - 16);
    }
  });

  it('marks the selected link with a blue halo, keeping its status border', () => {
    expect(node('chip').itemStyle).toMatchObject({
      borderColor: STATUS.TARGETED.node.border,
      borderWidth: 3,
      borderType: 'dashed',
      shadowColor: '#0b5cad',
    });
    expect(node('case').itemStyle).not.toHaveProperty('shadowColor');
  });

  it('draws FEEDS as arrows between links of the chain only', () => {
    expect(series.links.map((l) => `${l.source}->${l.target}`).sort()).toEqual(['case->phone', 'chip->phone']);
    expect(series.edgeSymbol).toEqual(['none', 'arrow']);
  });

  it('names the stages above their columns, and pins the corners so pixels map one to one', () => {
    const texts = option.graphic.flatMap((g) => ('text' in g.style ? [g.style.text] : []));
    expect(texts).toEqual(['上游', '中游']);
    const anchors = series.data.filter((d) => 'silent' in d && d.silent);
    expect(anchors.map((a) => [a.x, a.y])).toEqual([
      [0, 0],
      [series.width, series.height],
    ]);
  });
});
