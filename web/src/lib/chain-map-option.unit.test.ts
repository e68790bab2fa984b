import { describe, expect, it } from 'vitest';
import { chainMapOption, wrapName, type MapLink } from './chain-map-option';
import { layoutChain } from './layout';
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

  it('wraps a long name in two lines of ten characters and elides the rest', () => {
    expect(wrapName('芯片')).toEqual(['芯片']);
    expect(wrapName('包装盒、周转箱、专用胶贴等原辅料')).toEqual(['包装盒、周转箱、专用', '胶贴等原辅料']);
    expect(wrapName('一二三四五六七八九十一二三四五六七八九十一二')).toEqual(['一二三四五六七八九十', '一二三四五六七八九…']);
  });

  it('marks the selected link with a blue halo, keeping its status border', () => {
    expect(node('chip').itemStyle).toMatchObject({ borderColor: STATUS.TARGETED.node.border, borderWidth: 3, borderType: 'dashed', shadowColor: '#0b5cad' });
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
    expect(anchors.map((a) => [a.x, a.y])).toEqual([[0, 0], [series.width, series.height]]);
  });
});
