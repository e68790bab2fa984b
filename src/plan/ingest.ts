import { createHash } from 'node:crypto';
import type { Database } from '../db/database.js';
import { toGlobalId } from '../ids.js';
import { sealer } from '../privacy/data-key.js';
import { periodYears, type Draft } from './draft.js';
import { CREATE_DRAFT, PLACE_BY_NAME, PLAN_BY_KEY } from './queries.js';

/** The same text was ingested before: one plan per text. */
export class PlanExistsError extends Error {
  override name = 'PlanExistsError';
  constructor(
    readonly id: string,
    readonly status: string,
    title: string,
  ) {
    super(`this text was ingested already, as plan ${id} (${title}, ${status})`);
  }
}

/** Who ingests, and the text as read (every quote is a substring of it). */
export type IngestSource = { text: string; by: string; fileName?: string | null };

/** A draft plan's key: from its text's SHA-256, so the same text is one plan. */
export const draftKey = (sha256: string) => `ingested-${sha256.slice(0, 16)}`;

/**
 * Stores an extracted draft as a DRAFT plan with its sections and candidates, in one
 * transaction; returns its id. The region is looked up by name among the graph's places.
 */
export async function storeDraft(db: Database, draft: Draft, source: IngestSource): Promise<string> {
  const sha256 = createHash('sha256').update(source.text).digest('hex');
  const key = draftKey(sha256);
  const [existing] = await db.read<{ id: string; status: string; title: string }>(PLAN_BY_KEY, { key });
  if (existing) throw new PlanExistsError(existing.id, existing.status, existing.title);
  const region = draft.plan.region
    ? (await db.read<{ id: string }>(PLACE_BY_NAME, { name: draft.plan.region }))[0]
    : undefined;
  const id = toGlobalId('Plan', key);
  const title = draft.plan.title ?? source.fileName ?? '（未命名规划）';
  const plan = {
    id,
    key,
    title,
    name: title,
    issuer: draft.plan.issuer ?? '',
    date: draft.plan.date ?? '',
    number: draft.plan.number,
    regionName: draft.plan.region,
    ...periodYears(draft.plan.period),
    sha256,
    text: source.text,
    fileName: source.fileName ?? null,
    ingestedBy: sealer().seal(source.by),
  };
  const sectionId = (code: string) => toGlobalId('Section', `${key}/${code}`);
  const sections = draft.sections.map((s) => ({
    parentId: s.parent ? sectionId(s.parent) : null,
    props: {
      id: sectionId(s.code),
      key: `${key}/${s.code}`,
      code: s.code,
      title: s.title,
      name: `${s.code} ${s.title}`.trim(),
      planId: id,
      start: s.start,
      end: s.end,
    },
  }));
  const candidates = draft.facts.map((f, position) => ({
    matchedId: f.matchedId ?? null,
    props: {
      id: toGlobalId('Candidate', `${key}/${position}`),
      planId: id,
      position,
      factKind: f.kind,
      name: f.name,
      chain: f.chain ?? null,
      place: f.place ?? null,
      value: f.value ?? null,
      valueMax: f.valueMax ?? null,
      unit: f.unit ?? null,
      year: f.year ?? null,
      growthPct: f.growthPct ?? null,
      metric: f.metric ?? null,
      stage: f.stage ?? null,
      role: f.role ?? null,
      carrierKind: f.carrierKind ?? null,
      quote: f.quote,
      start: f.start,
      end: f.end,
      section: f.section,
      confidence: f.confidence,
      rule: f.rule,
    },
  }));
  await db.write(CREATE_DRAFT, { plan, regionId: region?.id ?? null, sections, candidates });
  return id;
}
