import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildGraph } from '../../seed/build.js';
import { readSeedFiles } from '../../seed/read.js';
import type { Kind } from '../extract/types.js';

/** One fact of an answer key: what a careful reader takes from the plan. */
export type KeyItem = {
  /** The kinds under which a candidate counts (one, or two for an item that reads either way). */
  kinds: Kind[];
  name: string;
  /** Other spellings that count as this item. */
  also: string[];
  quote: string;
  value?: number | null;
  valueMax?: number | null;
  unit?: string;
  year?: number;
  growthPct?: number | null;
};
export type AnswerKey = {
  plan: { file: string; title?: string; issuer?: string; date?: string; region?: string; period?: string };
  items: KeyItem[];
};

type RawItem = Omit<KeyItem, 'kinds' | 'also'> & { kind?: Kind; kinds?: Kind[]; also?: string[] };

/** A hand-written key (src/ingest/fixtures/keys/*.yaml). */
export function readKey(file: string): AnswerKey {
  const raw = parse(readFileSync(file, 'utf8')) as { plan: AnswerKey['plan']; facts: RawItem[] };
  return {
    plan: {
      ...raw.plan,
      date: raw.plan.date
        ? String(
            (raw.plan.date as unknown) instanceof Date
              ? (raw.plan.date as unknown as Date).toISOString().slice(0, 10)
              : raw.plan.date,
          )
        : undefined,
    },
    items: raw.facts.map(({ kind, kinds, also, ...rest }) => ({
      ...rest,
      kinds: kinds ?? [kind!],
      also: (also ?? []).map(String),
      name: String(rest.name),
    })),
  };
}

/**
 * The Henan plan's key, from the curated seed through the seed loader: its sectors and
 * chains (CHAIN), links (CHAIN_LINK), places, carriers (clusters), targets, enterprises and
 * institutions, projects — each with its names and aliases, and only what the text quotes
 * (a place the curators added for an enterprise's headquarters is no fact of the text).
 */
export function henanKey(text: string, dataDir?: string): AnswerKey {
  const files = readSeedFiles(dataDir);
  const graph = buildGraph(files);
  const items: KeyItem[] = [];
  const quoteOf = (props: Record<string, unknown>) =>
    ((props.sourceQuotes as string[] | undefined) ?? []).find((q) => q && text.includes(q));
  const kindOf: Record<string, Kind> = {
    Sector: 'CHAIN',
    Chain: 'CHAIN',
    ChainLink: 'CHAIN_LINK',
    Place: 'PLACE',
    Cluster: 'CARRIER',
    Enterprise: 'ENTERPRISE',
    Project: 'PROJECT',
  };
  for (const n of graph.nodes) {
    const kind = kindOf[n.label];
    if (!kind) continue;
    const quote = quoteOf(n.props);
    if (!quote) continue;
    const name = String(n.props.name);
    const also = [
      ...((n.props.aliases as string[] | undefined) ?? []),
      ...(typeof n.props.fullName === 'string' ? [n.props.fullName] : []),
    ];
    // A place is a fact of the text only where the text names it.
    if (kind === 'PLACE' && ![name, ...also].some((x) => text.includes(x))) continue;
    items.push({ kinds: [kind], name, also, quote });
  }
  const targets = [
    ...files.plan.data.targets,
    ...files.sectors.flatMap((s) => s.data.targets),
    ...files.others.flatMap((o) => o.data.targets),
  ];
  for (const t of targets) {
    const quote = t.sources.map((s) => ('quote' in s ? s.quote : '')).find((q) => q && text.includes(q));
    if (!quote) continue;
    items.push({
      kinds: ['TARGET'],
      name: t.label,
      also: [],
      quote,
      value: t.value,
      valueMax: t.valueMax ?? null,
      unit: t.unit,
      year: t.year,
      growthPct: t.growthPct ?? null,
    });
  }
  const plan = files.plan.data.plan;
  return {
    plan: {
      file: 'henan-2015-key-industries-plan.txt',
      title: plan.title,
      issuer: plan.issuer,
      date: String(plan.date).slice(0, 10),
      region: '河南',
    },
    items,
  };
}
