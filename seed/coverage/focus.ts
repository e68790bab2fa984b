import type { SeedGraph } from '../../src/seed/build.js';
import type { SectorFile } from '../../src/seed/schema.js';
import type { SectionIndex } from './sections.js';

/** The verbs that open a list of product focuses: 重点发展疫苗、血液制品… */
export const FOCUS_VERBS = /重点发展|重点围绕|重点开发|优先发展|着重发展/;

/** One item of a focus list, with the list as written and its section. */
export type FocusItem = { item: string; list: string; section: string; code: string };
/** An item the text lists that is no link or chain, with the reason. */
export type FocusExclusion = { item: string; why: string };

/**
 * Every item of every focus list: the text after the verb up to the first 等, comma or
 * full stop, without a closing count (三大产业), split at 、 and 和.
 */
export function focusItems(source: string, sections: SectionIndex): FocusItem[] {
  const items: FocusItem[] = [];
  for (const m of source.matchAll(new RegExp(FOCUS_VERBS.source, 'g'))) {
    const start = m.index + m[0].length;
    const end = source.slice(start).search(/[等，。；]/);
    const body = source.slice(start, end < 0 ? undefined : start + end).replace(/[一二三四五六七八九十两]大产业$/, '');
    const { code, name } = sections.at(m.index);
    for (const item of body
      .split(/、|和/)
      .map((s) => s.trim())
      .filter(Boolean))
      items.push({ item, list: m[0] + body, section: name, code });
  }
  return items;
}

/**
 * Items that name no link or chain (by name or alias) of the sectors of their section
 * (all sectors for a section above them) and are not excluded. An item joined by 及
 * (厨卫及家装建材) is covered when it is a name itself or when each part is.
 */
export function uncoveredFocus(
  items: FocusItem[],
  graph: SeedGraph,
  sectors: SectorFile['sector'][],
  exclusions: FocusExclusion[],
): FocusItem[] {
  const names = namesBySector(graph);
  const excluded = new Set(exclusions.map((e) => e.item));
  return items.filter(({ item, code }) => {
    if (excluded.has(item)) return false;
    const own = sectors.filter((s) => s.section.split(' ')[0]!.startsWith(code)).map((s) => s.key);
    const allowed = new Set((own.length ? own : sectors.map((s) => s.key)).flatMap((k) => names.get(k) ?? []));
    return !(allowed.has(item) || (item.includes('及') && item.split('及').every((part) => allowed.has(part))));
  });
}

/** Sector key -> every name and alias of its chains and their links. */
function namesBySector(graph: SeedGraph): Map<string, string[]> {
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  const up = new Map(
    graph.rels
      .filter((r) => r.type === 'IN_CHAIN' || (r.type === 'IN_SECTOR' && node.get(r.from)?.label === 'Chain'))
      .map((r) => [r.from, r.to]),
  );
  const out = new Map<string, string[]>();
  for (const n of graph.nodes.filter((x) => x.label === 'Chain' || x.label === 'ChainLink')) {
    const chain = n.label === 'Chain' ? n.id : up.get(n.id);
    const sector = chain ? node.get(up.get(chain) ?? '') : undefined;
    if (!sector) continue;
    const key = String(sector.props.key);
    out.set(key, [...(out.get(key) ?? []), String(n.props.name), ...((n.props.aliases as string[] | undefined) ?? [])]);
  }
  return out;
}
