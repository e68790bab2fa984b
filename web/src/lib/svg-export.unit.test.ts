import { describe, expect, it } from 'vitest';
import { FONT_FAMILY } from './chain-map-option';
import { framedSvg } from './svg-export';

describe('the exported SVG', () => {
  const chart = '<svg width="300" height="200" xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>';
  const svg = framedSvg(chart, 300, 200, '智能手机产业链 · 郑州', '来源：《规划》 <2015>');

  it('carries the title, the subtitle (escaped) and the chart below them', () => {
    expect(svg).toContain('>智能手机产业链 · 郑州</text>');
    expect(svg).toContain('来源：《规划》 &lt;2015&gt;');
    expect(svg).toContain('<svg x="0" y="64" width="300"');
  });

  it('names its fonts without double quotes, which would end the SVG attributes ECharts writes them into', () => {
    expect(FONT_FAMILY).not.toContain('"');
    expect(svg).toContain(`font-family="${FONT_FAMILY}"`);
  });

  it('explains every status in words below the chart', () => {
    for (const word of ['已覆盖', '拟引进', '缺口']) expect(svg).toContain(word);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="300" height="310"/);
  });
});
