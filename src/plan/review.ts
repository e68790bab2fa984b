import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import { badInput } from '../errors.js';
import { fromGlobalId, toGlobalId } from '../ids.js';
import type { CandidateKind, CandidateModel, PlanModel, ReviewActionModel } from '../model.js';
import { sealer } from '../privacy/data-key.js';
import { isoDate, periodYears } from './draft.js';
import {
  ACCEPT_ABOVE,
  ADD_CANDIDATE,
  CANDIDATE_FOR_REVIEW,
  DECIDE,
  PLAN_FOR_REVIEW,
  UPDATE_METADATA,
} from './review-queries.js';
import { PLACE_BY_NAME } from './queries.js';

/** The graph's node kind a candidate of each kind may be merged into. */
export const MERGES_INTO: Record<CandidateKind, string> = {
  CHAIN: 'Chain',
  CHAIN_LINK: 'ChainLink',
  PLACE: 'Place',
  CARRIER: 'Cluster',
  TARGET: 'Target',
  ENTERPRISE: 'Enterprise',
  PROJECT: 'Project',
};

/** A candidate's fields a reviewer may change. */
const EDITABLE = [
  'name',
  'chain',
  'place',
  'value',
  'valueMax',
  'unit',
  'year',
  'growthPct',
  'metric',
  'stage',
  'role',
  'carrierKind',
] as const;
type Changes = Partial<Record<(typeof EDITABLE)[number], unknown>>;

const decisionId = () => toGlobalId('ReviewDecision', randomUUID());

/** The plan of a review: it must be a DRAFT, or nothing can be decided on it. */
async function draftPlan(db: Database, planId: string): Promise<PlanModel> {
  const [row] = await db.read<{ plan: PlanModel }>(PLAN_FOR_REVIEW, { id: planId });
  if (!row) throw badInput(`plan: no plan has the id "${planId}".`, { argument: 'plan', messageZh: '找不到该规划。' });
  if (row.plan.status !== 'DRAFT') {
    throw badInput(`plan ${row.plan.title} is ${row.plan.status ?? 'PUBLISHED'}: only a draft is reviewed.`, {
      argument: 'plan',
      messageZh: `该规划已${row.plan.status === 'WITHDRAWN' ? '撤回' : '发布'}，只有草稿可以审核。`,
    });
  }
  return row.plan;
}

/** The changes a reviewer asks for, checked: a name is never empty, numbers are finite. */
function checkedChanges(changes: Changes | null | undefined): Changes {
  const out: Changes = {};
  for (const field of EDITABLE) {
    if (!changes || !(field in changes) || changes[field] === undefined) continue;
    const value = changes[field];
    if (field === 'name' && (typeof value !== 'string' || !value.trim()))
      throw badInput('changes.name must not be empty.', { argument: 'changes.name', messageZh: '名称不能为空。' });
    if (typeof value === 'number' && !Number.isFinite(value))
      throw badInput(`changes.${field} must be a finite number.`, { argument: `changes.${field}` });
    if (typeof value === 'string' && value.length > 500)
      throw badInput(`changes.${field} is longer than 500 characters.`, { argument: `changes.${field}` });
    out[field] = typeof value === 'string' ? value.trim() : value;
  }
  return out;
}

export type ReviewInput = {
  candidate: string;
  action: ReviewActionModel;
  changes?: Changes | null;
  mergeInto?: string | null;
};

/**
 * Decides on one candidate of a draft (accept, reject, edit, merge, reopen) and records
 * the decision with who, when and what changed, in one transaction.
 */
export async function reviewCandidate(db: Database, input: ReviewInput, by: string): Promise<CandidateModel> {
  const [row] = await db.read<{ candidate: CandidateModel; status: string | null }>(CANDIDATE_FOR_REVIEW, {
    id: input.candidate,
  });
  if (!row)
    throw badInput(`candidate: no candidate has the id "${input.candidate}".`, {
      argument: 'candidate',
      messageZh: '找不到该候选事实。',
    });
  await draftPlan(db, row.candidate.planId);
  const before = row.candidate;
  let status: CandidateModel['status'];
  let changes: Changes = {};
  let mergeInto: string | null = null;
  switch (input.action) {
    case 'ACCEPT':
      status = 'ACCEPTED';
      break;
    case 'REJECT':
      status = 'REJECTED';
      break;
    case 'REOPEN':
      status = 'PENDING';
      break;
    case 'EDIT':
      changes = checkedChanges(input.changes);
      if (!Object.keys(changes).length) throw badInput('changes: say what to change.', { argument: 'changes' });
      status = 'ACCEPTED';
      break;
    case 'MERGE': {
      const target = input.mergeInto ? fromGlobalId(input.mergeInto) : undefined;
      const wanted = MERGES_INTO[before.factKind];
      if (!target || target.kind !== wanted) {
        throw badInput(
          `mergeInto: a ${before.factKind} candidate merges into a ${wanted}; "${input.mergeInto ?? ''}" is not the id of one.`,
          { argument: 'mergeInto', messageZh: '只能合并到同类的已有条目。' },
        );
      }
      mergeInto = input.mergeInto!;
      status = 'ACCEPTED';
      break;
    }
    default:
      throw badInput(
        `action: ${input.action} is not a decision on a candidate (ACCEPT, REJECT, EDIT, MERGE or REOPEN).`,
        { argument: 'action' },
      );
  }
  const diff: Record<string, [unknown, unknown]> = {};
  for (const [field, value] of Object.entries(changes))
    if ((before as Record<string, unknown>)[field] !== value)
      diff[field] = [(before as Record<string, unknown>)[field] ?? null, value];
  if (before.status !== status) diff.status = [before.status, status];
  if (mergeInto) diff.mergedInto = [before.mergedIntoId ?? null, mergeInto];
  const [written] = await db.write<{ candidate: CandidateModel | null }>(DECIDE, {
    id: input.candidate,
    changes,
    status,
    mergeInto,
    action: input.action,
    decision: {
      id: decisionId(),
      kind: 'ReviewDecision',
      planId: before.planId,
      candidateId: before.id,
      action: input.action,
      by: sealer().seal(by),
      changes: JSON.stringify(diff),
    },
  });
  if (!written?.candidate) throw badInput(`mergeInto: no node has the id "${mergeInto}".`, { argument: 'mergeInto' });
  return written.candidate;
}

export type AddInput = Changes & {
  plan: string;
  kind: CandidateKind;
  name: string;
  quote: string;
  start?: number | null;
};

/** Adds a fact the rules missed, from a selection of the plan's text: the quote must be an exact substring of it. */
export async function addCandidate(db: Database, input: AddInput, by: string): Promise<CandidateModel> {
  const plan = await draftPlan(db, input.plan);
  const text = plan.text ?? '';
  const quote = input.quote;
  if (!quote.trim())
    throw badInput('quote: select the words of the text that state the fact.', {
      argument: 'quote',
      messageZh: '请在原文中选中陈述该事实的文字。',
    });
  const start = input.start ?? text.indexOf(quote);
  if (start < 0 || text.slice(start, start + quote.length) !== quote) {
    throw badInput("quote: it is not in the plan's text as given (it must be an exact substring).", {
      argument: 'quote',
      messageZh: '引文必须与原文完全一致。',
    });
  }
  const fields = checkedChanges(input);
  const candidate = {
    ...Object.fromEntries(EDITABLE.map((f) => [f, fields[f] ?? null])),
    id: toGlobalId('Candidate', `${plan.key}/added-${randomUUID()}`),
    factKind: input.kind,
    name: input.name.trim(),
    quote,
    start,
    end: start + quote.length,
    section: sectionAt(plan, start),
    confidence: 1,
    rule: 'reviewer',
    status: 'ACCEPTED',
    planId: plan.id,
  };
  const [row] = await db.write<{ candidate: CandidateModel }>(ADD_CANDIDATE, {
    plan: plan.id,
    candidate,
    decision: {
      id: decisionId(),
      kind: 'ReviewDecision',
      planId: plan.id,
      action: 'ADD',
      by: sealer().seal(by),
      changes: JSON.stringify({ name: [null, candidate.name], kind: [null, input.kind] }),
    },
  });
  return row!.candidate;
}

/** The section a position of the text is in ("二（一） 标题"), from the plan's sections. */
function sectionAt(
  plan: PlanModel & { sections?: { code: string; title: string; start: number; end: number }[] },
  at: number,
): string {
  const inside = (plan.sections ?? []).filter((s) => s.start <= at && at < s.end).sort((a, b) => b.start - a.start)[0];
  return inside ? `${inside.code} ${inside.title}`.trim() : '';
}

/** Accepts every pending candidate of a kind at or above a confidence; one decision records how many. */
export async function acceptAbove(
  db: Database,
  planId: string,
  kind: CandidateKind,
  minConfidence: number,
  by: string,
): Promise<number> {
  if (!(minConfidence >= 0 && minConfidence <= 1))
    throw badInput('minConfidence must be from 0 to 1.', { argument: 'minConfidence' });
  await draftPlan(db, planId);
  const [row] = await db.write<{ accepted: number }>(ACCEPT_ABOVE, {
    plan: planId,
    kind,
    min: minConfidence,
    decision: { id: decisionId(), kind: 'ReviewDecision', planId, action: 'ACCEPT_ABOVE', by: sealer().seal(by) },
  });
  return row?.accepted ?? 0;
}

export type MetadataInput = {
  plan: string;
  title?: string | null;
  issuer?: string | null;
  date?: string | null;
  region?: string | null;
  number?: string | null;
  period?: string | null;
};

/** Corrects a draft's metadata; the region is a place's id or name. */
export async function updateMetadata(db: Database, input: MetadataInput, by: string): Promise<PlanModel> {
  const plan = await draftPlan(db, input.plan);
  const props: Record<string, unknown> = {};
  if (input.title != null) props.title = props.name = input.title.trim();
  if (input.issuer != null) props.issuer = input.issuer.trim();
  if (input.date != null) props.date = isoDate(input.date);
  if (input.number != null) props.number = input.number.trim();
  if (input.period != null) {
    const years = periodYears(input.period);
    if (years.periodStart === null)
      throw badInput(`period: "${input.period}" is not a period such as 2023-2025.`, {
        argument: 'period',
        messageZh: '规划期限应写作 2023-2025 这样的形式。',
      });
    Object.assign(props, years);
  }
  let regionId: string | null = null;
  if (input.region != null) {
    const byId = fromGlobalId(input.region)?.kind === 'Place' ? input.region : undefined;
    regionId = byId ?? (await db.read<{ id: string }>(PLACE_BY_NAME, { name: input.region.trim() }))[0]?.id ?? null;
    if (!regionId)
      throw badInput(`region: no place is called "${input.region}".`, {
        argument: 'region',
        messageZh: `找不到名为“${input.region}”的地区。`,
      });
    props.regionName = input.region.trim();
  }
  const diff = Object.fromEntries(
    Object.entries(props).map(([k, v]) => [k, [(plan as Record<string, unknown>)[k] ?? null, v]]),
  );
  const [row] = await db.write<{ plan: PlanModel }>(UPDATE_METADATA, {
    plan: plan.id,
    props,
    regionId,
    decision: {
      id: decisionId(),
      kind: 'ReviewDecision',
      planId: plan.id,
      action: 'METADATA',
      by: sealer().seal(by),
      changes: JSON.stringify(diff),
    },
  });
  return row!.plan;
}
