import type { Database } from '../db/database.js';
import { PLAN_FACTS } from './compare-queries.js';

/** A fact of one plan in a comparison: what it is and the plan's quote for it. */
type Fact = { id: string; name: string; chain?: string | null; quote: string | null };
type TargetFact = Fact & { metric: string; unit: string | null; label: string };
type PlaceFact = Fact & { role: string | null };
/** What one plan states, as a comparison reads it. */
export type PlanFacts = { chains: Fact[]; links: Fact[]; targets: TargetFact[]; places: PlaceFact[] };

export type ComparedFact = {
  kind: 'CHAIN' | 'CHAIN_LINK';
  name: string;
  chain: string | null;
  firstQuote: string | null;
  secondQuote: string | null;
};
export type Comparison = {
  both: ComparedFact[];
  onlyFirst: ComparedFact[];
  onlySecond: ComparedFact[];
  targets: {
    label: string;
    unit: string | null;
    firstId: string;
    secondId: string;
    firstQuote: string | null;
    secondQuote: string | null;
  }[];
  placeRoles: {
    placeId: string;
    firstRole: string | null;
    secondRole: string | null;
    firstQuote: string | null;
    secondQuote: string | null;
  }[];
};

/** A name as plans compare: no spaces, no 产业链/产业 suffix (集成电路产业 is 集成电路). */
const norm = (name: string | null | undefined) =>
  (name ?? '').replace(/\s+/g, '').replace(/(产业链|产业集群|产业)$/, '');
/** A target's label without its years and figures, so 2025年营业收入 and 2020年营业收入 are one measure. */
const measure = (t: TargetFact) => `${t.metric}|${t.unit ?? ''}|${norm(t.label.replace(/\d{4}年|[\d.]+/g, ''))}`;

/**
 * Two plans side by side: chains and links in both (the same node, or the same name), in
 * only one; targets on the same measure; places both name whose role differs. Pure.
 */
export function comparePlanFacts(first: PlanFacts, second: PlanFacts): Comparison {
  const both: ComparedFact[] = [];
  const onlyFirst: ComparedFact[] = [];
  const onlySecond: ComparedFact[] = [];
  for (const [kind, a, b, keyOf] of [
    ['CHAIN', first.chains, second.chains, (f: Fact) => norm(f.name)],
    ['CHAIN_LINK', first.links, second.links, (f: Fact) => norm(f.name)],
  ] as const) {
    const byKey = new Map(b.map((f) => [keyOf(f), f]));
    const byId = new Map(b.map((f) => [f.id, f]));
    const matched = new Set<Fact>();
    for (const f of a) {
      const other = byId.get(f.id) ?? byKey.get(keyOf(f));
      if (other) {
        matched.add(other);
        both.push({
          kind,
          name: f.name,
          chain: f.chain ?? other.chain ?? null,
          firstQuote: f.quote,
          secondQuote: other.quote,
        });
      } else onlyFirst.push({ kind, name: f.name, chain: f.chain ?? null, firstQuote: f.quote, secondQuote: null });
    }
    for (const f of b)
      if (!matched.has(f))
        onlySecond.push({ kind, name: f.name, chain: f.chain ?? null, firstQuote: null, secondQuote: f.quote });
  }
  const secondTargets = new Map<string, TargetFact[]>();
  for (const t of second.targets) secondTargets.set(measure(t), [...(secondTargets.get(measure(t)) ?? []), t]);
  const targets: Comparison['targets'] = [];
  for (const t of first.targets) {
    const other = secondTargets.get(measure(t))?.shift();
    if (other)
      targets.push({
        label: t.label,
        unit: t.unit,
        firstId: t.id,
        secondId: other.id,
        firstQuote: t.quote,
        secondQuote: other.quote,
      });
  }
  const secondPlaces = new Map(second.places.map((p) => [p.id, p]));
  const placeRoles = first.places
    .filter((p) => secondPlaces.has(p.id) && (p.role ?? null) !== (secondPlaces.get(p.id)!.role ?? null))
    .map((p) => ({
      placeId: p.id,
      firstRole: p.role,
      secondRole: secondPlaces.get(p.id)!.role,
      firstQuote: p.quote,
      secondQuote: secondPlaces.get(p.id)!.quote,
    }));
  return { both, onlyFirst, onlySecond, targets, placeRoles };
}

/** What a plan states, for a comparison: a curated plan's through its sectors and the seed's quotes, a published one's through STATES. */
export async function planFacts(db: Database, planId: string): Promise<PlanFacts> {
  const [row] = await db.read<PlanFacts>(PLAN_FACTS, { id: planId, prefix: `${planId}\t` });
  return row ?? { chains: [], links: [], targets: [], places: [] };
}
