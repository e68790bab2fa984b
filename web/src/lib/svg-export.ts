import { FONT_FAMILY } from './chain-map-option';
import { STATUS, STATUS_ORDER } from './status';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A stand-alone SVG file of a chart: a title line and a subtitle line above it (the
 * chain, the place, the date and the source), the status legend below, so the file
 * says what it shows wherever it is sent.
 */
export function framedSvg(chartSvg: string, width: number, height: number, title: string, subtitle: string): string {
  const inner = chartSvg.replace(/^<\?xml[^>]*>\s*/, '').replace(/<svg\b/, `<svg x="0" y="64"`);
  const legend = STATUS_ORDER.map((s, i) => {
    const x = 16 + i * 300;
    const st = STATUS[s];
    return `<rect x="${x}" y="${height + 76}" width="28" height="18" rx="4" fill="${st.node.fill}" stroke="${st.node.border}" stroke-width="2"${st.node.borderType === 'solid' ? '' : ` stroke-dasharray="${st.node.borderType === 'dashed' ? '6 3' : '2 3'}"`}/>`
      + `<text x="${x + 36}" y="${height + 90}" font-size="13" fill="#1c2430">${escape(`${st.icon} ${st.word}：${st.meaning}`)}</text>`;
  }).join('');
  const total = height + 110;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${FONT_FAMILY}">`
    + `<rect width="100%" height="100%" fill="#ffffff"/>`
    + `<text x="16" y="30" font-size="20" font-weight="bold" fill="#1c2430">${escape(title)}</text>`
    + `<text x="16" y="54" font-size="13" fill="#4a5567">${escape(subtitle)}</text>`
    + inner + legend + '</svg>';
}
