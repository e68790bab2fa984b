import { FONT_FAMILY } from './chain-map-option';
import { STATUS, STATUS_ORDER } from './status';
import { textWidth, wrapText } from './text-width';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** What a stand-alone picture of a chart says around it. */
export type FrameWords = {
  /** The chart's title: the chain and the place. */
  title: string;
  /** The place, the coverage, the date. */
  subtitle: string;
  /** Where the figures come from: the plan (title, issuer, date) and the imported lists. */
  source: string;
};

/** A file never narrower than this, so the legend and the source stay readable beside a small chain. */
export const MIN_WIDTH = 720;
const MARGIN = 16;
const SWATCH = 28;

/**
 * A stand-alone SVG file of a chart, as wide as it needs to be: the title and subtitle
 * above, the chart, then the status legend and the source below, each wrapped within the
 * file's width, so everything it says is inside the picture wherever it is pasted.
 */
export function framedSvg(
  chartSvg: string,
  chart: { width: number; height: number },
  words: FrameWords,
): { svg: string; width: number; height: number } {
  const width = Math.max(MIN_WIDTH, Math.ceil(chart.width + 2 * MARGIN));
  const room = width - 2 * MARGIN;
  const parts: string[] = [];
  let y = MARGIN;
  const text = (lines: string[], size: number, lineHeight: number, attrs: string, x = MARGIN) => {
    for (const line of lines) {
      y += lineHeight;
      parts.push(
        `<text x="${x}" y="${y - (lineHeight - size) / 2 - 2}" font-size="${size}" ${attrs}>${escape(line)}</text>`,
      );
    }
  };
  text(wrapText(words.title, room, 20, true), 20, 28, 'font-weight="bold" fill="#1c2430"');
  text(wrapText(words.subtitle, room, 13), 13, 20, 'fill="#4a5567"');
  y += 8;
  const chartX = Math.round((width - chart.width) / 2);
  parts.push(chartSvg.replace(/^<\?xml[^>]*>\s*/, '').replace(/<svg\b/, `<svg x="${chartX}" y="${y}"`));
  y += chart.height + 12;

  // The legend flows left to right and wraps; an entry too long for a line wraps its words.
  let x = MARGIN;
  let rowHeight = 0;
  for (const status of STATUS_ORDER) {
    const st = STATUS[status];
    const label = `${st.icon} ${st.word}：${st.meaning}`;
    const lines = wrapText(label, room - SWATCH - 8, 13);
    const entryWidth = SWATCH + 8 + Math.max(...lines.map((l) => textWidth(l, 13)));
    if (x > MARGIN && x + entryWidth > width - MARGIN) {
      y += rowHeight + 6;
      x = MARGIN;
      rowHeight = 0;
    }
    const dash =
      st.node.borderType === 'solid' ? '' : ` stroke-dasharray="${st.node.borderType === 'dashed' ? '6 3' : '2 3'}"`;
    parts.push(
      `<rect x="${x}" y="${y + 1}" width="${SWATCH}" height="18" rx="4" fill="${st.node.fill}" stroke="${st.node.border}" stroke-width="2"${dash}/>`,
    );
    lines.forEach((line, i) =>
      parts.push(
        `<text x="${x + SWATCH + 8}" y="${y + 15 + i * 18}" font-size="13" fill="#1c2430">${escape(line)}</text>`,
      ),
    );
    rowHeight = Math.max(rowHeight, lines.length * 18 + 2);
    x += entryWidth + 24;
  }
  y += rowHeight + 6;
  text(wrapText(words.source, room, 12), 12, 18, 'fill="#4a5567"');
  const height = Math.ceil(y + MARGIN);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join('') +
    '</svg>';
  return { svg, width, height };
}
