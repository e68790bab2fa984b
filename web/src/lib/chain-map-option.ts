import type { ChainLayout } from './layout';
import { NODE_HEIGHT, NODE_WIDTH } from './layout';
import { STATUS, stageWord, type ChainStage, type LinkStatus } from './status';
import { CLOSING, textWidth, wrapText } from './text-width';

/** A link as the map draws it. */
export type MapLink = { id: string; name: string; stage: ChainStage; status: LinkStatus; feeds: string[] };

/** Single quotes only: ECharts writes the family into SVG style attributes without escaping double quotes. */
export const FONT_FAMILY = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";

/** ECharts' rich-text markup uses braces; a name never needs them. */
const plain = (text: string) => text.replace(/[{}|]/g, '');

/** Room for a name inside its box: the box less 8 px on each side (rounded corners, a border up to 3 px). */
export const NAME_ROOM = NODE_WIDTH - 16;

/**
 * A link's name as its box shows it: on one line at 15 px when it fits, else at 13 px on
 * two lines broken where the words break (after 、, before 及 和 与) or else evenly, the
 * rest elided when two lines cannot hold it (the list and the panel show it whole).
 */
export function wrapName(name: string): { lines: string[]; fontSize: number } {
  const text = plain(name);
  if (textWidth(text, 15, true) <= NAME_ROOM) return { lines: [text], fontSize: 15 };
  if (textWidth(text, 13, true) <= NAME_ROOM) return { lines: [text], fontSize: 13 };
  const two = twoLines(text, 13);
  if (two) return { lines: two, fontSize: 13 };
  const lines = wrapText(text, NAME_ROOM, 13, true);
  let second = lines.slice(1).join('');
  while (second && textWidth(`${second}…`, 13, true) > NAME_ROOM) second = [...second].slice(0, -1).join('');
  return { lines: [lines[0]!, `${second}…`], fontSize: 13 };
}

/** The best break of a name into two lines that each fit its box: where the words break if it can, else the most even; null when none fits. */
function twoLines(text: string, size: number): [string, string] | null {
  const chars = [...text];
  let best: { lines: [string, string]; cost: number } | null = null;
  for (let i = 1; i < chars.length; i++) {
    const lines: [string, string] = [chars.slice(0, i).join(''), chars.slice(i).join('')];
    const [a, b] = lines.map((l) => textWidth(l, size, true)) as [number, number];
    if (a > NAME_ROOM || b > NAME_ROOM || CLOSING.test(lines[1])) continue;
    const natural = /[、，,/]$/.test(lines[0]) || /^[及和与]/.test(lines[1]);
    const cost = Math.abs(a - b) - (natural ? NAME_ROOM : 0);
    if (!best || cost < best.cost) best = { lines, cost };
  }
  return best?.lines ?? null;
}

/**
 * The ECharts option of a chain map: stage bands with their names, one box per link in
 * its status's colour, border pattern and words, and the FEEDS arrows. Positions come
 * from `layout`; two silent anchor points at the corners make ECharts map layout pixels
 * to chart pixels one to one.
 */
export function chainMapOption(links: MapLink[], layout: ChainLayout, selectedId?: string | null) {
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const column = new Map(layout.nodes.map((n) => [n.id, n.column]));
  const ids = new Set(links.map((l) => l.id));
  const nodes = links.map((l) => {
    const pos = at.get(l.id)!;
    const style = STATUS[l.status].node;
    const selected = l.id === selectedId;
    const { lines, fontSize } = wrapName(l.name);
    const long = lines.length > 1;
    return {
      id: l.id,
      name: l.id,
      x: pos.x,
      y: pos.y,
      symbol: 'roundRect',
      symbolSize: [NODE_WIDTH, NODE_HEIGHT],
      // The selected link keeps its status's border and gains a blue halo.
      itemStyle: {
        color: style.fill,
        borderColor: style.border,
        borderWidth: selected ? 3 : 2,
        borderType: style.borderType,
        ...(selected ? { shadowColor: '#0b5cad', shadowBlur: 14 } : {}),
      },
      label: {
        show: true,
        formatter: [
          ...lines.map((line) => `{name|${line}}`),
          `{status|${STATUS[l.status].icon} ${STATUS[l.status].word}}`,
        ].join('\n'),
        rich: {
          name: { fontSize, fontWeight: 'bold', color: style.label, lineHeight: long ? 15 : 19, align: 'center' },
          status: { fontSize: 12, color: style.label, lineHeight: 16, align: 'center' },
        },
      },
    };
  });
  const anchors = [
    { id: '__top-left', name: '__top-left', x: 0, y: 0 },
    { id: '__bottom-right', name: '__bottom-right', x: layout.width, y: layout.height },
  ].map((a) => ({ ...a, symbolSize: 0, label: { show: false }, silent: true, tooltip: { show: false } }));
  const edges = links.flatMap((l) =>
    l.feeds
      .filter((t) => ids.has(t) && t !== l.id)
      .map((t) => ({
        source: l.id,
        target: t,
        // Arrows between links of one column, or pointing back upstream, bend so they stay visible.
        lineStyle: { curveness: (column.get(t) ?? 0) <= (column.get(l.id) ?? 0) ? 0.35 : 0 },
      })),
  );
  const bands = layout.stages.flatMap((band, i) => [
    {
      type: 'rect',
      silent: true,
      shape: { x: band.left, y: 8, width: band.right - band.left, height: layout.height - 16, r: 6 },
      style: { fill: i % 2 ? '#f1f4f9' : '#f7f9fc' },
      z: -10,
    },
    {
      type: 'text',
      silent: true,
      x: (band.left + band.right) / 2,
      y: 24,
      style: {
        text: stageWord(band.stage as ChainStage),
        fill: '#334155',
        font: `bold 15px ${FONT_FAMILY}`,
        align: 'center',
        verticalAlign: 'middle',
      },
    },
  ]);
  return {
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY },
    graphic: bands,
    series: [
      {
        type: 'graph',
        layout: 'none',
        left: 0,
        top: 0,
        width: layout.width,
        height: layout.height,
        roam: false,
        data: [...anchors, ...nodes],
        links: edges,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 9,
        lineStyle: { color: '#64748b', width: 1.6, opacity: 0.9 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 3, color: '#0b5cad' } },
        blur: { itemStyle: { opacity: 0.35 }, lineStyle: { opacity: 0.15 }, label: { opacity: 0.5 } },
      },
    ],
  };
}
