import type { Database } from '../db/database.js';
import { planSourceEntry } from '../graph/index.js';
import { toGlobalId, type NodeKind } from '../ids.js';
import type { CandidateKind, CandidateModel, PlanModel } from '../model.js';
import { searchFields } from '../search/fields.js';
import {
  EXISTING_BY_NAME,
  LOCK_PLAN,
  LOCKED_STATUS,
  PUBLISH_FINISH,
  PUBLISH_LOAD,
  PUBLISH_WRITE_NODES,
  PUBLISH_WRITE_RELS,
  WITHDRAW,
} from './publish-queries.js';
import type { Statement } from '../db/database.js';

/** A node publishing writes: created when new (with `props`), and stated by the plan either way. */
export type NodeWrite = {
  id: string;
  label: NodeKind;
  props: Record<string, unknown>;
  entries: string[];
  kind: CandidateKind | 'SECTOR';
  name: string;
  detail?: string | null;
  merged: boolean;
};
/** A relationship publishing writes, with the plan's provenance entries. */
export type RelWrite = { from: string; type: string; to: string; props: Record<string, unknown>; entries: string[] };
/** All a plan's publishing would write, and why it cannot yet, if it cannot. */
export type PublishPlanned = { nodes: NodeWrite[]; rels: RelWrite[]; blockers: string[] };

/** The graph's node a candidate's kind becomes. */
const LABEL: Record<CandidateKind, NodeKind> = {
  CHAIN: 'Chain',
  CHAIN_LINK: 'ChainLink',
  PLACE: 'Place',
  CARRIER: 'Cluster',
  TARGET: 'Target',
  ENTERPRISE: 'Enterprise',
  PROJECT: 'Project',
};

/** A node of the graph a candidate is merged into; for a link its chain, for a chain or link the sector it sits in (`seeded`: the seed's own). */
export type MergedInto = {
  id: string;
  kind: string;
  name: string;
  key: string;
  chain?: Placing | null;
  sector?: Placing | null;
};
type Placing = { id: string; name: string; seeded: boolean };

/** What publishing reads: the plan, its accepted candidates with what each merges into, and names the graph has. */
export type PublishInput = {
  plan: PlanModel & { regionId: string | null };
  candidates: (CandidateModel & { mergedInto: MergedInto | null })[];
  /** Chains and places of the graph by name, for a link's chain or a carrier's place the plan does not state itself. */
  chains: Map<string, { id: string; key: string; sector: string | null }>;
  /** Every place a name may mean (朝阳区 is two), best level first, each with the province it lies in. */
  places: Map<string, PlaceRef[]>;
};
/** A place a plan's name may mean: its id, the province it lies in (itself for a province), whether it is in Henan. */
export type PlaceRef = { id: string; province: string | null; inHenan: boolean };

/**
 * The place a plan's name means: the only one of that name, else the one in the province
 * the plan governs; none when the name is ambiguous outside it (a county name several
 * provinces have), so that nothing is placed in the wrong province.
 */
export function placeNamed(
  places: Map<string, PlaceRef[]>,
  name: string,
  regionProvince: string | null,
): PlaceRef | undefined {
  const all = places.get(name) ?? [];
  if (all.length <= 1) return all[0];
  return all.find((p) => regionProvince !== null && p.province === regionProvince);
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '').replace(/(产业链|产业)$/, '');

/**
 * Plans what publishing a draft writes: each accepted candidate becomes a fact of the graph
 * (or, merged, one more source of a fact it has), with the relationships that place it
 * (a link in its chain, a carrier in its place and sector …), every one carrying the
 * plan's provenance entry. Pure, so that the preview shows exactly what the write does.
 */
export function planPublishing({ plan, candidates, chains, places }: PublishInput): PublishPlanned {
  const blockers: string[] = [];
  if (!plan.title?.trim()) blockers.push('the plan has no title');
  if (!plan.issuer?.trim()) blockers.push('the plan has no issuer');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(plan.date ?? '')) blockers.push('the plan has no issue date (YYYY-MM-DD)');
  if (!plan.regionId)
    blockers.push(
      plan.regionName
        ? `the plan's region "${plan.regionName}" is not a place of the graph`
        : 'the plan has no region (the place it governs)',
    );
  const accepted = candidates.filter((c) => c.status === 'ACCEPTED');
  const nodes = new Map<string, NodeWrite>();
  const rels = new Map<string, RelWrite>();
  const entryOf = (c: CandidateModel) =>
    planSourceEntry({ id: plan.id, title: plan.title, date: plan.date }, c.section, c.quote);
  const addNode = (write: NodeWrite) => {
    const had = nodes.get(write.id);
    if (had) had.entries.push(...write.entries.filter((e) => !had.entries.includes(e)));
    else nodes.set(write.id, write);
    return write.id;
  };
  const addRel = (from: string, type: string, to: string, entries: string[], props: Record<string, unknown> = {}) => {
    const key = `${from}|${type}|${to}`;
    const had = rels.get(key);
    if (had) had.entries.push(...entries.filter((e) => !had.entries.includes(e)));
    else rels.set(key, { from, type, to, props, entries: [...entries] });
  };

  // The plan's own sector: the chains it adds sit in it (merged chains keep theirs).
  const sectorKey = plan.key;
  const sectorId = toGlobalId('Sector', sectorKey);
  const planEntry = planSourceEntry({ id: plan.id, title: plan.title, date: plan.date }, '', plan.title);
  const needSector = accepted.some(
    (c) => !c.mergedInto && ['CHAIN', 'CARRIER', 'ENTERPRISE', 'PROJECT'].includes(c.factKind),
  );
  if (needSector) {
    addNode({
      id: sectorId,
      label: 'Sector',
      kind: 'SECTOR',
      name: plan.title,
      detail: null,
      merged: false,
      entries: [planEntry],
      props: {
        key: sectorKey,
        name: plan.title,
        category: 'PLAN',
        position: 1000,
        planId: plan.id,
        ...searchFields(plan.title),
      },
    });
    addRel(sectorId, 'IN_PLAN', plan.id, [planEntry]);
  }

  /**
   * A merged chain or link is stated by this plan too, and so is what places it (a link's
   * chain, the chain's sector, and the relationships between them): when the plan that made
   * them is withdrawn, they stay placed. The seed's own nodes need no entry: nothing removes them.
   */
  const stateMergedPlacing = (merged: MergedInto, entries: string[]) => {
    let chainId = merged.kind === 'Chain' ? merged.id : null;
    if (merged.kind === 'ChainLink' && merged.chain) {
      addRel(merged.id, 'IN_CHAIN', merged.chain.id, entries);
      if (merged.chain.seeded) return; // the seed's chain keeps its sector
      addNode({
        id: merged.chain.id,
        label: 'Chain',
        kind: 'CHAIN',
        name: merged.chain.name,
        detail: null,
        merged: true,
        entries: [...entries],
        props: {},
      });
      chainId = merged.chain.id;
    }
    if (chainId && merged.sector) {
      addRel(chainId, 'IN_SECTOR', merged.sector.id, entries);
      if (!merged.sector.seeded)
        addNode({
          id: merged.sector.id,
          label: 'Sector',
          kind: 'SECTOR',
          name: merged.sector.name,
          detail: null,
          merged: true,
          entries: [...entries],
          props: {},
        });
    }
  };

  // Chains first: links, carriers and targets refer to them by name.
  const chainIds = new Map<string, { id: string; key: string; sector: string | null }>();
  for (const c of accepted.filter((x) => x.factKind === 'CHAIN')) {
    const merged = c.mergedInto;
    const key = merged?.key ?? `${plan.key}/${c.name}`;
    const id = merged?.id ?? toGlobalId('Chain', key);
    addNode({
      id,
      label: 'Chain',
      kind: 'CHAIN',
      name: c.name,
      detail: null,
      merged: Boolean(merged),
      entries: [entryOf(c)],
      props: { key, name: c.name, position: c.position, ...searchFields(c.name) },
    });
    if (!merged) addRel(id, 'IN_SECTOR', sectorId, [entryOf(c)]);
    else stateMergedPlacing(merged, [entryOf(c)]);
    chainIds.set(norm(c.name), {
      id,
      key,
      sector: merged ? ([...chains.values()].find((x) => x.id === id)?.sector ?? null) : sectorId,
    });
  }
  const chainOf = (name: string | null | undefined) =>
    name ? (chainIds.get(norm(name)) ?? chains.get(norm(name))) : undefined;

  // Places: a merged one is named by the plan with a role; a new one (a zone) lies in the place the text names.
  const regionProvince = plan.regionId
    ? ([...places.values()].flat().find((p) => p.id === plan.regionId)?.province ?? null)
    : null;
  const placeIds = new Map<string, PlaceRef>();
  const named = (name: string) => placeIds.get(norm(name)) ?? placeNamed(places, norm(name), regionProvince);
  for (const c of accepted.filter((x) => x.factKind === 'PLACE')) {
    let id = c.mergedInto?.id;
    let ref: PlaceRef;
    if (!id) {
      const parent = c.place ? named(c.place) : undefined;
      if (!parent) {
        blockers.push(
          `place ${c.name}: it is not a place of the graph; merge it with one, or name the city it lies in (place)`,
        );
        continue;
      }
      // The key names the city as the plan writes it: the same zone of the same plan text is the same node.
      id = toGlobalId('Place', `zone:${c.place}/${c.name}`);
      addNode({
        id,
        label: 'Place',
        kind: 'PLACE',
        name: c.name,
        detail: `in ${c.place}`,
        merged: false,
        entries: [entryOf(c)],
        props: {
          key: `zone:${c.place}/${c.name}`,
          name: c.name,
          level: 'ZONE',
          inHenan: parent.inHenan,
          ...searchFields(c.name),
        },
      });
      addRel(id, 'PART_OF', parent.id, [entryOf(c)]);
      ref = { ...parent, id };
    } else {
      addNode({
        id,
        label: 'Place',
        kind: 'PLACE',
        name: c.name,
        detail: c.role,
        merged: true,
        entries: [entryOf(c)],
        props: {},
      });
      ref = [...places.values()].flat().find((p) => p.id === id) ?? { id, province: null, inHenan: false };
    }
    placeIds.set(norm(c.name), ref);
    addRel(plan.id, 'NAMES_PLACE', id, [entryOf(c)], { role: c.role ?? null });
  }
  const placeOf = (name: string | null | undefined) => (name ? named(name)?.id : undefined);

  for (const c of accepted) {
    const entry = entryOf(c);
    const merged = c.mergedInto;
    switch (c.factKind) {
      case 'CHAIN_LINK': {
        const chain = chainOf(c.chain);
        if (!merged && !chain) {
          blockers.push(
            `link ${c.name}: its chain ${c.chain ? `"${c.chain}" is neither an accepted chain of the plan nor one of the graph` : 'is not given'}; edit its chain or merge it`,
          );
          break;
        }
        const key = merged?.key ?? `${chain!.key}/${c.name}`;
        const id = merged?.id ?? toGlobalId('ChainLink', key);
        addNode({
          id,
          label: 'ChainLink',
          kind: 'CHAIN_LINK',
          name: c.name,
          detail: c.chain,
          merged: Boolean(merged),
          entries: [entry],
          props: { key, name: c.name, stage: c.stage ?? 'MIDSTREAM', position: c.position, ...searchFields(c.name) },
        });
        if (!merged) addRel(id, 'IN_CHAIN', chain!.id, [entry]);
        else stateMergedPlacing(merged, [entry]);
        break;
      }
      case 'CARRIER':
      case 'PROJECT': {
        const label = LABEL[c.factKind];
        const key = merged?.key ?? `${plan.key}/${c.name}`;
        const id = merged?.id ?? toGlobalId(label, key);
        const place = placeOf(c.place) ?? (c.place ? undefined : (plan.regionId ?? undefined));
        const props: Record<string, unknown> = { key, name: c.name, position: c.position, ...searchFields(c.name) };
        if (c.factKind === 'CARRIER') props.carrierKind = c.carrierKind ?? 'CLUSTER';
        addNode({
          id,
          label,
          kind: c.factKind,
          name: c.name,
          detail: c.place,
          merged: Boolean(merged),
          entries: [entry],
          props,
        });
        if (!merged) addRel(id, 'IN_SECTOR', chainOf(c.chain)?.sector ?? sectorId, [entry]);
        if (place) addRel(id, 'LOCATED_IN', place, [entry]);
        break;
      }
      case 'TARGET': {
        const key = merged?.key ?? `${plan.key}/target-${c.position}`;
        const id = merged?.id ?? toGlobalId('Target', key);
        const subject = placeOf(c.place) ?? plan.regionId;
        addNode({
          id,
          label: 'Target',
          kind: 'TARGET',
          name: c.name,
          detail: [c.value, c.valueMax ? `–${c.valueMax}` : '', c.unit, c.year ? `(${c.year})` : '']
            .filter(Boolean)
            .join(' '),
          merged: Boolean(merged),
          entries: [entry],
          props: {
            key,
            label: c.name,
            name: c.name,
            metric: c.metric ?? 'COUNT',
            value: c.value ?? null,
            valueMax: c.valueMax ?? null,
            unit: c.unit ?? '',
            year: c.year ?? (Number(plan.date?.slice(0, 4)) || null),
            growthPct: c.growthPct ?? null,
            text: c.quote,
            planId: plan.id,
          },
        });
        if (!merged && subject) addRel(id, 'FOR', subject, [entry]);
        break;
      }
      case 'ENTERPRISE': {
        const key = merged?.key ?? c.name;
        const id = merged?.id ?? toGlobalId('Enterprise', key);
        addNode({
          id,
          label: 'Enterprise',
          kind: 'ENTERPRISE',
          name: c.name,
          detail: c.role,
          merged: Boolean(merged),
          entries: [entry],
          props: { key, name: c.name, ...searchFields(c.name) },
        });
        const role = ['LOCAL', 'TARGET', 'PARTNER', 'BRAND'].includes(c.role ?? '') ? c.role! : 'LOCAL';
        const stanceKey = `${plan.key}/${c.name}/${role}`;
        const stance = toGlobalId('Stance', stanceKey);
        addNode({
          id: stance,
          label: 'Stance',
          kind: 'ENTERPRISE',
          name: `${c.name} ${role}`,
          detail: null,
          merged: false,
          entries: [entry],
          props: { key: stanceKey, role, verb: '', position: c.position },
        });
        addRel(stance, 'ABOUT', id, [entry]);
        const chain = chainOf(c.chain);
        addRel(stance, 'IN_SECTOR', chain?.sector ?? sectorId, [entry]);
        break;
      }
      default:
        break;
    }
  }

  return { nodes: [...nodes.values()], rels: [...rels.values()], blockers };
}

/** Reads what planning a publication needs from the graph. */
export async function loadForPublishing(db: Database, planId: string): Promise<PublishInput | undefined> {
  const [row] = await db.read<{ plan: PublishInput['plan']; candidates: PublishInput['candidates'] }>(PUBLISH_LOAD, {
    id: planId,
  });
  if (!row) return undefined;
  const names = await db.read<{
    kind: string;
    name: string;
    id: string;
    key: string;
    sector: string | null;
    province: string | null;
    inHenan: boolean;
  }>(EXISTING_BY_NAME);
  const chains = new Map<string, { id: string; key: string; sector: string | null }>();
  const places = new Map<string, PlaceRef[]>();
  for (const n of names) {
    if (n.kind === 'Chain') chains.set(norm(n.name), { id: n.id, key: n.key, sector: n.sector });
    else {
      const refs = places.get(norm(n.name)) ?? [];
      if (!refs.some((r) => r.id === n.id)) refs.push({ id: n.id, province: n.province, inHenan: n.inHenan });
      places.set(norm(n.name), refs);
    }
  }
  return { plan: row.plan, candidates: row.candidates, chains, places };
}

/** The plan's status changed while a publish or withdraw waited for it (another editor's ran first). */
export class PlanStatusChanged extends Error {
  override name = 'PlanStatusChanged';
  constructor(
    readonly status: string,
    title: string,
  ) {
    super(`plan ${title} is ${status} now: someone else's publish or withdraw ran first`);
  }
}

/** Within the transaction: takes the plan's lock, then checks its committed status is still the one expected. */
async function lockPlan(run: Statement, planId: string, expected: string): Promise<void> {
  await run(LOCK_PLAN, { plan: planId });
  const { rows } = await run<{ status: string; title: string }>(LOCKED_STATUS, { plan: planId });
  if (rows[0]?.status !== expected) throw new PlanStatusChanged(rows[0]?.status ?? 'gone', rows[0]?.title ?? planId);
}

/** Publishes: writes what `planPublishing` planned and marks the plan PUBLISHED, in one transaction (a draft only, checked under its lock). */
export async function writePublishing(
  db: Database,
  planId: string,
  planned: PublishPlanned,
  by: string,
  decisionId: string,
): Promise<void> {
  await db.writeStatements(async (run) => {
    await lockPlan(run, planId, 'DRAFT');
    await run(PUBLISH_WRITE_NODES, {
      plan: planId,
      prefix: `${planId}\t`,
      nodes: planned.nodes.map(({ id, label, props, entries }) => ({ id, label, props, entries })),
    });
    await run(PUBLISH_WRITE_RELS, { prefix: `${planId}\t`, rels: planned.rels });
    await run(PUBLISH_FINISH, {
      plan: planId,
      by,
      decision: decisionId,
      changes: JSON.stringify({
        added: planned.nodes.filter((n) => !n.merged).length,
        merged: planned.nodes.filter((n) => n.merged).length,
      }),
    });
  });
}

/** Withdraws a published plan (checked under its lock) and records why, in one transaction; returns how many facts were deleted. */
export async function writeWithdrawal(
  db: Database,
  planId: string,
  by: string | null,
  decisionId: string,
  reason: string | null,
): Promise<number> {
  return db.writeStatements(async (run) => {
    await lockPlan(run, planId, 'PUBLISHED');
    const { rows } = await run<{ deleted: number }>(WITHDRAW, {
      plan: planId,
      prefix: `${planId}\t`,
      by,
      decision: decisionId,
      changes: JSON.stringify({ reason }),
    });
    return rows[0]?.deleted ?? 0;
  });
}
