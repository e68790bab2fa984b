import { describe, expect, it } from 'vitest';
import { FONT_FAMILY } from './chain-map-option';
import { STATUS } from './status';
import { framedSvg, MIN_WIDTH } from './svg-export';
import { textWidth } from './text-width';

/** The frame's own texts (not the chart's), with where they start and their size. */
function texts(svg: string) {
  const frame = svg.replace(/<svg x=[\s\S]*?<\/svg>/, '');
  return [...frame.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    size: Number(m[3]),
    bold: m[4]!.includes('bold'),
    text: m[5]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  }));
}

describe('the exported SVG', () => {
  const chart = '<svg width="622" height="420" xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>';
  const words = {
    title: '智能手机产业链 · 郑州',
    subtitle: '郑州 · 覆盖率 8% · 截至 2026年5月1日 <测试>',
    source:
      '来源：《先进制造业大省建设重点产业发展2015年实施方案》（河南省人民政府办公厅，2015年5月14日）；本地企业据已导入的企业名单。',
  };
  const { svg, width, height } = framedSvg(chart, { width: 622, height: 420 }, words);

  it('is wide enough for its words, and every line of them lies inside it', () => {
    expect(width).toBeGreaterThanOrEqual(MIN_WIDTH);
    expect(svg).toMatch(
      new RegExp(
        `^<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
      ),
    );
    for (const t of texts(svg)) {
      expect(t.x + textWidth(t.text, t.size, t.bold), t.text).toBeLessThanOrEqual(width - 16);
      expect(t.y, t.text).toBeLessThanOrEqual(height - 8);
    }
  });

  it('carries the title, the place and date (escaped), the chart, the whole legend and the source', () => {
    const all = texts(svg)
      .map((t) => t.text)
      .join('');
    expect(all).toContain('智能手机产业链 · 郑州');
    expect(all).toContain('截至 2026年5月1日 <测试>');
    expect(svg).toContain('&lt;测试&gt;');
    for (const s of Object.values(STATUS)) expect(all).toContain(`${s.icon} ${s.word}：${s.meaning}`);
    expect(all).toContain(words.source);
    expect(svg).toMatch(/<svg x="\d+" y="\d+" width="622"/);
  });

  it('grows with a wide chart and centres a narrow one', () => {
    expect(framedSvg(chart, { width: 1500, height: 420 }, words).width).toBe(1532);
    expect(svg).toContain(`<svg x="${Math.round((width - 622) / 2)}"`);
  });

  it('names its fonts without double quotes, which would end the SVG attributes ECharts writes them into', () => {
    expect(FONT_FAMILY).not.toContain('"');
    expect(svg).toContain(`font-family="${FONT_FAMILY}"`);
  });
});
