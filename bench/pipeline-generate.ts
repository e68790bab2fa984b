import type { Database } from '../src/db/database.js';
import { toGlobalId } from '../src/ids.js';
import { sealer } from '../src/privacy/data-key.js';
import { ORDERED_STAGES } from '../src/pipeline/stages.js';
import { mulberry32, zipf } from './random.js';

export type PipelineScale = { leads: number; interactions: number; officers: number; seed?: number };

/** Every generated island node carries `generated: true`; they go before a new run. */
const DELETE_GENERATED = `
MATCH (n) WHERE (n:Lead OR n:LeadEvent OR n:Interaction OR n:User OR n:Watch) AND n.generated
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

const CREATE_USERS = `
UNWIND $rows AS row CREATE (u:User) SET u = row`;
const CREATE_LEADS = `
UNWIND $rows AS row CREATE (l:Lead) SET l = row.lead
WITH l, row UNWIND row.events AS ev CREATE (l)-[:HAS_EVENT]->(e:LeadEvent) SET e = ev`;
const CREATE_INTERACTIONS = `
UNWIND $rows AS row MATCH (l:Lead {id: row.leadId}) CREATE (l)-[:HAS_INTERACTION]->(i:Interaction) SET i = row`;

const DAY = 86_400_000;
const day = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
/** Where leads stand, roughly as county ledgers show them: many clues, few producing. */
const STAGE_WEIGHTS: [string, number][] = [
  ['CLUE', 0.35],
  ['CONTACT', 0.25],
  ['NEGOTIATING', 0.15],
  ['SIGNED', 0.08],
  ['STARTED', 0.05],
  ['PRODUCING', 0.04],
  ['FULL_OUTPUT', 0.02],
  ['PAUSED', 0.03],
  ['LOST', 0.03],
];

/**
 * The pipeline at a province's scale beside whatever graph the bench database holds:
 * officers at Henan's cities and counties, leads on its enterprises and links (Zipf over
 * places, so 郑州 holds the most), each with its events, and interactions with next
 * actions. Deterministic for a seed; replaces an earlier run.
 */
export async function generatePipeline(db: Database, scale: PipelineScale, batch = 2_000) {
  const started = Date.now();
  const random = mulberry32(scale.seed ?? 2026);
  const s = sealer();
  await db.autoCommit(DELETE_GENERATED);
  const [ref] = await db.read<{
    province: string;
    places: string[];
    enterprises: string[];
    links: { id: string; chain: string }[];
  }>(`
    MATCH (henan:Place {name: '河南', level: 'PROVINCE'})
    CALL (henan) { MATCH (c:Place)-[:PART_OF]->(henan) WHERE c.level = 'CITY' WITH c ORDER BY c.position RETURN collect(c.id) AS cities }
    CALL (henan) { MATCH (k:Place)-[:PART_OF]->(:Place)-[:PART_OF]->(henan) RETURN collect(k.id)[0..150] AS counties }
    CALL () { MATCH (e:Enterprise) RETURN collect(e.id)[0..50000] AS enterprises }
    CALL () { MATCH (l:ChainLink)-[:IN_CHAIN]->(c:Chain) RETURN collect({id: l.id, chain: c.id})[0..2000] AS links }
    RETURN henan.id AS province, cities + counties AS places, enterprises, links`);
  const places = ref!.places;
  const pickPlace = zipf(places.length, 1.1, random);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;

  // Officers: a few at the province, the rest over cities and counties like the leads.
  const officers: { username: string; name: string; place: string }[] = [];
  const users = [];
  for (let i = 0; i < scale.officers; i++) {
    const place = i < 5 ? ref!.province : places[pickPlace()]!;
    const username = `gen-officer-${i}`;
    officers.push({ username, name: `招商员${i}`, place });
    users.push({
      id: `user:${username}`,
      username,
      name: `招商员${i}`,
      roles: ['officer'],
      place,
      active: true,
      passwordHash: 'generated',
      createdAt: started,
      generated: true,
    });
  }
  for (let i = 0; i < users.length; i += batch) await db.write(CREATE_USERS, { rows: users.slice(i, i + batch) });
  const byPlace = new Map<string, typeof officers>();
  for (const o of officers) byPlace.set(o.place, [...(byPlace.get(o.place) ?? []), o]);
  const stageCdf = STAGE_WEIGHTS.reduce<number[]>((acc, [, w]) => [...acc, (acc.at(-1) ?? 0) + w], []);

  const leadIds: string[] = [];
  let rows: unknown[] = [];
  let events = 0;
  for (let i = 0; i < scale.leads; i++) {
    const place = places[pickPlace()]!;
    const owner = pick(byPlace.get(place) ?? officers);
    const link = pick(ref!.links);
    const draw = random();
    const stage =
      STAGE_WEIGHTS[
        Math.max(
          0,
          stageCdf.findIndex((c) => draw <= c),
        )
      ]![0];
    const createdAt = started - Math.floor(random() * 720) * DAY;
    const aside = stage === 'PAUSED' || stage === 'LOST';
    const reachedIndex = aside
      ? Math.floor(random() * 4)
      : ORDERED_STAGES.indexOf(stage as (typeof ORDERED_STAGES)[number]);
    const reached: Record<string, string> = {};
    let at = createdAt;
    const id = toGlobalId('Lead', `gen-${i}`);
    const evs = [
      {
        id: toGlobalId('LeadEvent', `gen-${i}-0`),
        leadId: id,
        kind: 'CREATED',
        at,
        seq: 0,
        by: owner.username,
        byName: owner.name,
        toStage: 'CLUE',
        generated: true,
      },
    ];
    for (let k = 0; k <= reachedIndex; k++) {
      if (k > 0) at += Math.floor(5 + random() * 60) * DAY;
      reached[ORDERED_STAGES[k]!] = day(Math.min(at, started));
      if (k > 0)
        evs.push({
          id: toGlobalId('LeadEvent', `gen-${i}-${k}`),
          leadId: id,
          kind: 'MOVED',
          at: Math.min(at, started),
          seq: 0,
          by: owner.username,
          byName: owner.name,
          toStage: ORDERED_STAGES[k]!,
          generated: true,
        });
    }
    const updatedAt = Math.min(at + Math.floor(random() * 40) * DAY, started);
    rows.push({
      lead: {
        id,
        kind: 'Lead',
        enterpriseId: pick(ref!.enterprises),
        placeId: place,
        linkId: link.id,
        chainId: link.chain,
        stage,
        stageBefore: aside ? ORDERED_STAGES[reachedIndex] : null,
        version: evs.length,
        origin: pick(['RECOMMENDATION', 'PLAN', 'IMPORT', 'OWN']),
        owner: owner.username,
        ownerName: owner.name,
        createdAt,
        updatedAt,
        stageSince: Math.min(at, started),
        reachedDates: JSON.stringify(reached),
        ...Object.fromEntries(Object.entries(reached).map(([k, v]) => [`reached${k}`, v])),
        plannedSTARTED: stage === 'SIGNED' ? day(started + Math.floor(random() * 120 - 60) * DAY) : null,
        plannedPRODUCING: stage === 'STARTED' ? day(started + Math.floor(random() * 240 - 120) * DAY) : null,
        generated: true,
      },
      events: evs,
    });
    events += evs.length;
    leadIds.push(id);
    if (rows.length === batch) {
      await db.write(CREATE_LEADS, { rows });
      rows = [];
    }
  }
  if (rows.length) await db.write(CREATE_LEADS, { rows });

  const summary = s.seal('走访企业，介绍投资环境并了解投资意向');
  const contacts = s.seal(JSON.stringify([{ name: '陈经理', title: '投资部', phone: '13800000000' }]));
  const ours = s.seal(JSON.stringify(['招商员']));
  const next = s.seal('寄送项目资料');
  rows = [];
  for (let i = 0; i < scale.interactions; i++) {
    const leadId = leadIds[Math.floor(random() * leadIds.length)]!;
    const date = started - Math.floor(random() * 400) * DAY;
    const withNext = random() < 0.3;
    rows.push({
      id: toGlobalId('Interaction', `gen-${i}`),
      leadId,
      kind: pick(['VISIT', 'RECEPTION', 'INSPECTION', 'CALL', 'MEETING', 'EVENT']),
      date: day(date),
      ours,
      theirs: contacts,
      summary,
      nextSummary: withNext ? next : null,
      nextDue: withNext ? day(date + Math.floor(random() * 60) * DAY) : null,
      nextDoneAt: withNext && random() < 0.7 ? date + 10 * DAY : null,
      recordedBy: 'gen-officer-0',
      recordedByName: '招商员0',
      recordedAt: date,
      generated: true,
    });
    if (rows.length === batch * 5) {
      await db.write(CREATE_INTERACTIONS, { rows });
      rows = [];
    }
  }
  if (rows.length) await db.write(CREATE_INTERACTIONS, { rows });
  // Each lead keeps its earliest open due date, as recordInteraction maintains it.
  await db.autoCommit(`
    MATCH (l:Lead) WHERE l.generated
    CALL (l) {
      OPTIONAL MATCH (l)-[:HAS_INTERACTION]->(o:Interaction) WHERE o.nextDue IS NOT NULL AND o.nextDoneAt IS NULL
      WITH l, min(o.nextDue) AS due SET l.nextDue = due
    } IN TRANSACTIONS OF 5000 ROWS`);
  return {
    officers: users.length,
    leads: leadIds.length,
    events,
    interactions: scale.interactions,
    ms: Date.now() - started,
  };
}
