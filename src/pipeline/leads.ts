import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Principal } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import { badInput } from '../errors.js';
import type { CreateLeadInput, LeadFiguresInput, LeadStage, StageDateInput } from '../generated/graphql.generated.js';
import { toGlobalId } from '../ids.js';
import { creditCodeProblem } from '../import/credit-code.js';
import { sealer } from '../privacy/data-key.js';
import { dayOf, today } from './dates.js';
import type { Figures, LeadEventRow, LeadRow } from './model.js';
import {
  CHANGE_LEAD,
  CREATE_ENTERPRISE,
  CREATE_LEAD,
  ENTERPRISE_BY_CREDIT_CODE,
  LAND_PROJECT,
  LEAD_STATE,
  LEAD_SUBJECTS,
  OPEN_LEAD,
  OWNER_CANDIDATE,
  UNLAND_PROJECT,
} from './queries.js';
import { requireWriter, type PipelineScope } from './scope.js';
import { checkMove, isOrdered, ORDERED_STAGES, STAGE_ZH, stageIndex } from './stages.js';

/** Who makes a change, as events record them. */
export type Actor = { username: string; name: string };

export function actorOf(principal: Principal): Actor {
  return { username: principal.subject!, name: principal.name ?? principal.subject! };
}

const NO_FIGURES: Figures = { investment: null, annualOutput: null, tax: null, jobs: null };

export function figuresOf(lead: Pick<LeadRow, 'figures'>): { planned: Figures; actual: Figures } {
  const text = sealer().unseal(lead.figures);
  if (!text) return { planned: NO_FIGURES, actual: NO_FIGURES };
  const parsed = JSON.parse(text) as { planned?: Partial<Figures>; actual?: Partial<Figures> };
  return { planned: { ...NO_FIGURES, ...parsed.planned }, actual: { ...NO_FIGURES, ...parsed.actual } };
}

export function datesOf(json: string | null): Record<string, string> {
  return json ? (JSON.parse(json) as Record<string, string>) : {};
}

function event(
  actor: Actor,
  leadId: string,
  kind: LeadEventRow['kind'],
  fields: Partial<LeadEventRow> = {},
): LeadEventRow {
  return {
    id: toGlobalId('LeadEvent', randomUUID()),
    leadId,
    kind,
    at: Date.now(),
    seq: 0,
    by: actor.username,
    byName: actor.name,
    fromStage: null,
    toStage: null,
    fromOwner: null,
    toOwner: null,
    note: null,
    previousLinkStatus: null,
    detail: null,
    ...fields,
    ...(fields.note !== undefined ? { note: sealer().seal(fields.note) } : {}),
  };
}

/** A lead the caller may not see is as if it did not exist. */
export function leadNotFound(arg: string, id: string): GraphQLError {
  return badInput(`${arg}: no Lead has the id "${id}".`, { argument: arg, messageZh: '找不到该招商项目。' });
}

function checkText(arg: string, value: string | null | undefined, max: number): string | null {
  if (value == null) return null;
  if (value.length > max)
    throw badInput(`${arg} is longer than ${max} characters.`, { argument: arg, messageZh: `内容超过 ${max} 字。` });
  return value.trim() || null;
}

/** Starts a lead: checks the enterprise (or enters a new one), the place and the link, refuses a second open lead. */
/** Where a lead came from in detail, worked out by the server (never taken from the client). */
export type OriginDetail = {
  rank: number | null;
  score: number | null;
  quote: string | null;
  file: string | null;
  line: number | null;
};

export async function createLead(
  db: Database,
  scope: PipelineScope,
  principal: Principal,
  input: CreateLeadInput,
  detail: (enterpriseId: string) => Promise<OriginDetail>,
) {
  requireWriter(scope, principal);
  const actor = actorOf(principal);
  const note = checkText('input.note', input.note, 2000);
  if (!scope.places.includes(input.place))
    throw badInput(`input.place: "${input.place}" is not your home place or a place under it.`, {
      argument: 'input.place',
      messageZh: '只能为本地区及下辖地区建立招商线索。',
    });
  if (!input.enterprise === !input.newEnterprise)
    throw badInput('Give either input.enterprise (an Enterprise id) or input.newEnterprise (name and credit code).', {
      argument: 'input.enterprise',
      messageZh: '请选择图谱中的企业，或填写新企业的名称和统一社会信用代码。',
    });
  return db.writeTx(async (tx) => {
    const run = async <T>(cypher: string, params: Record<string, unknown>) =>
      (await tx.run(cypher, params)).records.map((r) => r.toObject() as T);
    let enterpriseId = input.enterprise ?? null;
    if (input.newEnterprise) {
      const name = input.newEnterprise.name.trim();
      const code = input.newEnterprise.creditCode.trim().toUpperCase();
      if (!name)
        throw badInput('input.newEnterprise.name is empty.', {
          argument: 'input.newEnterprise.name',
          messageZh: '请填写企业名称。',
        });
      const problem = creditCodeProblem(code);
      if (problem)
        throw badInput(`input.newEnterprise.creditCode: ${problem.EN}.`, {
          argument: 'input.newEnterprise.creditCode',
          messageZh: `${problem.ZH}。`,
        });
      const [known] = await run<{ id: string; name: string }>(ENTERPRISE_BY_CREDIT_CODE, { code });
      enterpriseId =
        known?.id ??
        (
          await run<{ id: string }>(CREATE_ENTERPRISE, {
            id: toGlobalId('Enterprise', name),
            name,
            code,
            note: `招商人员 ${actor.name} 建立招商线索时录入（统一社会信用代码 ${code} 已校验），${today()}`,
          })
        )[0]!.id;
    }
    const [subjects] = await run<{
      enterprise: string | null;
      enterpriseName: string | null;
      place: string | null;
      link: string | null;
      chain: string | null;
    }>(LEAD_SUBJECTS, { enterprise: enterpriseId, place: input.place, link: input.link ?? null });
    if (!subjects?.enterprise)
      throw badInput(`input.enterprise: no Enterprise has the id "${enterpriseId}".`, {
        argument: 'input.enterprise',
        messageZh: '找不到该企业。',
      });
    if (!subjects.place)
      throw badInput(`input.place: no Place has the id "${input.place}".`, {
        argument: 'input.place',
        messageZh: '找不到该地区。',
      });
    if (input.link && !subjects.link)
      throw badInput(`input.link: no ChainLink has the id "${input.link}".`, {
        argument: 'input.link',
        messageZh: '找不到该产业链环节。',
      });
    const [open] = await run<{ id: string; stage: LeadStage }>(OPEN_LEAD, {
      enterprise: enterpriseId,
      place: input.place,
      link: input.link ?? null,
    });
    if (open)
      throw badInput(
        `There is already a lead on this enterprise for this place and link (${open.id}, at ${open.stage}).`,
        {
          code: 'BAD_USER_INPUT',
          argument: 'input.enterprise',
          existingLead: open.id,
          messageZh: `该企业在本地区此环节已有招商项目（${STAGE_ZH[open.stage]}阶段）。`,
        },
      );
    let owner = actor;
    if (input.owner && input.owner !== actor.username) {
      const [found] = await run<{ username: string; name: string }>(OWNER_CANDIDATE, {
        username: input.owner,
        place: input.place,
      });
      if (!found)
        throw badInput(`input.owner: ${input.owner} is not an active officer of this place or above it.`, {
          argument: 'input.owner',
          messageZh: '负责人须为本地区或上级地区的在职招商人员。',
        });
      owner = { username: found.username, name: found.name };
    }
    const now = Date.now();
    const id = toGlobalId('Lead', randomUUID());
    const origin = input.origin ?? 'OWN';
    const from = await detail(subjects.enterprise);
    const lead: LeadRow = {
      id,
      kind: 'Lead',
      enterpriseId: subjects.enterprise,
      placeId: subjects.place,
      linkId: subjects.link,
      chainId: subjects.chain,
      stage: 'CLUE',
      stageBefore: null,
      version: 1,
      origin,
      originRank: from.rank,
      originScore: from.score,
      originQuote: from.quote,
      originFile: from.file,
      originLine: from.line,
      note: sealer().seal(note),
      owner: owner.username,
      ownerName: owner.name,
      createdAt: now,
      updatedAt: now,
      stageSince: now,
      pausedReason: null,
      resumeBy: null,
      lostReason: null,
      lostTo: null,
      figures: null,
      plannedDates: null,
      reachedDates: JSON.stringify({ CLUE: today(now) }),
      lastInteractionAt: null,
    };
    // Each stage's day as a property of its own too, so funnels and alerts are counted in Cypher.
    Object.assign(lead, { reachedCLUE: today(now) });
    await run(CREATE_LEAD, {
      lead,
      event: event(actor, id, 'CREATED', { toStage: 'CLUE', note, toOwner: owner.username }),
    });
    return id;
  });
}

/** CONFLICT: someone changed the lead since the caller read it; says who, when, and what it is now. */
async function conflict(db: Database, scope: PipelineScope, id: string, version: number): Promise<GraphQLError> {
  const [state] = await db.read<{ lead: LeadRow; lastBy: string | null; lastAt: number | null }>(LEAD_STATE, {
    id,
    places: scope.places,
  });
  if (!state) return leadNotFound('id', id);
  const when = state.lastAt ? new Date(state.lastAt + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '';
  return new GraphQLError(
    `The lead changed since you read it (version ${version}; it is now at version ${state.lead.version}, stage ${state.lead.stage}). Nothing was written: reload it and try again.`,
    {
      extensions: {
        code: 'CONFLICT',
        current: { stage: state.lead.stage, version: state.lead.version },
        messageZh: `该项目已被${state.lastBy ?? '他人'}${when ? `于 ${when} ` : ''}修改，当前为“${STAGE_ZH[state.lead.stage]}”阶段（版本 ${state.lead.version}）。您的修改未保存，请刷新后重试。`,
        http: { status: 409 },
      },
    },
  );
}

/** Reads a lead the caller may change. */
async function leadForChange(db: Database, scope: PipelineScope, principal: Principal, id: string): Promise<LeadRow> {
  requireWriter(scope, principal);
  const [state] = await db.read<{ lead: LeadRow }>(LEAD_STATE, { id, places: scope.places });
  if (!state) throw leadNotFound('id', id);
  return state.lead;
}

/** Applies a versioned change with its event, all or nothing; CONFLICT when the version moved on. */
async function change(
  db: Database,
  scope: PipelineScope,
  id: string,
  version: number,
  set: Record<string, unknown>,
  ev: LeadEventRow,
  after?: (run: <T>(cypher: string, params: Record<string, unknown>) => Promise<T[]>) => Promise<void>,
): Promise<void> {
  const changed = await db.writeTx(async (tx) => {
    const run = async <T>(cypher: string, params: Record<string, unknown>) =>
      (await tx.run(cypher, params)).records.map((r) => r.toObject() as T);
    const rows = await run(CHANGE_LEAD, {
      id,
      version,
      places: scope.places,
      set,
      now: Date.now(),
      event: ev,
      lockId: ev.id,
    });
    if (!rows.length) return false;
    if (after) await after(run);
    return true;
  });
  if (!changed) throw await conflict(db, scope, id, version);
}

export type MoveArgs = {
  id: string;
  stage: LeadStage;
  version: number;
  note?: string | null;
  on?: unknown;
  resumeBy?: unknown;
  lostTo?: string | null;
};

/** Moves a lead; reaching PRODUCING lands the project on the chain map (LAND_PROJECT). */
export async function moveLead(
  db: Database,
  scope: PipelineScope,
  principal: Principal,
  args: MoveArgs,
): Promise<void> {
  const lead = await leadForChange(db, scope, principal, args.id);
  const note = checkText('note', args.note, 2000);
  const check = checkMove(lead.stage, args.stage, lead.stageBefore, note);
  if (!check.ok) throw badInput(`moveLead: ${check.en}.`, { argument: 'stage', messageZh: check.zh });
  const on = args.on == null ? today() : dayOf(args.on);
  if (!on || on > today())
    throw badInput('on must be a day, not in the future.', { argument: 'on', messageZh: '日期不能晚于今天。' });
  const resumeBy = args.resumeBy == null ? null : dayOf(args.resumeBy);
  const actor = actorOf(principal);
  const reached = datesOf(lead.reachedDates);
  if (isOrdered(args.stage)) reached[args.stage] = on;
  const set: Record<string, unknown> = {
    stage: args.stage,
    stageSince: Date.now(),
    reachedDates: JSON.stringify(reached),
    stageBefore: isOrdered(lead.stage) ? lead.stage : lead.stageBefore,
    pausedReason: args.stage === 'PAUSED' ? sealer().seal(note) : null,
    resumeBy: args.stage === 'PAUSED' ? resumeBy : null,
    lostReason: args.stage === 'LOST' ? sealer().seal(note) : null,
    lostTo: args.stage === 'LOST' ? checkText('lostTo', args.lostTo, 100) : null,
    ...(isOrdered(args.stage) ? { [`reached${args.stage}`]: on } : {}),
  };
  const ev = event(actor, lead.id, 'MOVED', { fromStage: lead.stage, toStage: args.stage, note, detail: on });
  const landed =
    lead.stage === 'PRODUCING' ||
    lead.stage === 'FULL_OUTPUT' ||
    lead.stageBefore === 'PRODUCING' ||
    lead.stageBefore === 'FULL_OUTPUT';
  const lands = (args.stage === 'PRODUCING' || args.stage === 'FULL_OUTPUT') && !landed;
  const unlands =
    landed &&
    (args.stage === 'LOST' || (stageIndex(args.stage) >= 0 && stageIndex(args.stage) < stageIndex('PRODUCING')));
  await change(db, scope, lead.id, args.version, set, ev, async (run) => {
    if (unlands) await run(UNLAND_PROJECT, { enterprise: lead.enterpriseId, lead: lead.id, prefix: `${lead.id}\t` });
    if (!lands) return;
    const [names] = await run<{ enterprise: string; place: string; link: string | null }>(
      `MATCH (e:Enterprise {id: $enterprise}), (p:Place {id: $place}) OPTIONAL MATCH (k:ChainLink {id: $link})
       RETURN e.name AS enterprise, p.name AS place, k.name AS link`,
      { enterprise: lead.enterpriseId, place: lead.placeId, link: lead.linkId },
    );
    const subject = `${names?.enterprise ?? ''}${names?.link ? ` · ${names.link}` : ''}（${names?.place ?? ''}）`;
    const source = [
      lead.id,
      `招商项目 ${subject}于 ${on} 投产，记录人 ${actor.name}`,
      on,
      actor.name,
      lead.placeId,
      lead.linkId ?? '',
    ].join('\t');
    const [landed] = await run<{ before: string | null }>(LAND_PROJECT, {
      lead: lead.id,
      enterprise: lead.enterpriseId,
      place: lead.placeId,
      link: lead.linkId,
      source,
    });
    await run(`MATCH (l:Lead {id: $id}) CREATE (l)-[:HAS_EVENT]->(ev:LeadEvent) SET ev = $event`, {
      id: lead.id,
      event: event(actor, lead.id, 'COVERED', {
        seq: 1,
        previousLinkStatus: (landed?.before ?? null) as LeadEventRow['previousLinkStatus'],
        detail: source.split('\t')[1]!,
      }),
    });
  });
}

/** Sets figures and planned stage dates. */
export async function updateFigures(
  db: Database,
  scope: PipelineScope,
  principal: Principal,
  args: {
    id: string;
    version: number;
    planned?: LeadFiguresInput | null;
    actual?: LeadFiguresInput | null;
    stageDates?: StageDateInput[] | null;
  },
): Promise<void> {
  const lead = await leadForChange(db, scope, principal, args.id);
  const figures = figuresOf(lead);
  const merge = (arg: string, base: Figures, input: LeadFiguresInput | null | undefined): Figures => {
    if (!input) return base;
    const out = { ...base };
    for (const key of ['investment', 'annualOutput', 'tax', 'jobs'] as const) {
      if (!(key in input)) continue;
      const value = input[key];
      if (value != null && (!Number.isFinite(value) || value < 0))
        throw badInput(`${arg}.${key} must be a number of 0 or more.`, {
          argument: `${arg}.${key}`,
          messageZh: '金额和人数须为不小于 0 的数字。',
        });
      out[key] = value ?? null;
    }
    return out;
  };
  const planned = merge('planned', figures.planned, args.planned);
  const actual = merge('actual', figures.actual, args.actual);
  const dates = datesOf(lead.plannedDates);
  for (const d of args.stageDates ?? []) {
    if (!isOrdered(d.stage))
      throw badInput(`stageDates: ${d.stage} has no date.`, {
        argument: 'stageDates',
        messageZh: '暂停和终止没有计划日期。',
      });
    const day = d.planned == null ? null : dayOf(d.planned);
    if (d.planned != null && !day) throw badInput('stageDates: not a day.', { argument: 'stageDates' });
    if (day) dates[d.stage] = day;
    else delete dates[d.stage];
  }
  const actor = actorOf(principal);
  await change(
    db,
    scope,
    lead.id,
    args.version,
    {
      figures: sealer().seal(JSON.stringify({ planned, actual })),
      plannedDates: JSON.stringify(dates),
      ...Object.fromEntries(ORDERED_STAGES.map((stage) => [`planned${stage}`, dates[stage] ?? null])),
    },
    event(actor, lead.id, 'FIGURES', { note: null }),
  );
}

/** Hands a lead to another officer of its place or above. */
export async function handOver(
  db: Database,
  scope: PipelineScope,
  principal: Principal,
  args: { id: string; version: number; to: string; note?: string | null },
): Promise<void> {
  const lead = await leadForChange(db, scope, principal, args.id);
  const note = checkText('note', args.note, 2000);
  if (args.to === lead.owner)
    throw badInput(`${args.to} already owns the lead.`, { argument: 'to', messageZh: '该项目已由此人负责。' });
  const [found] = await db.read<{ username: string; name: string }>(OWNER_CANDIDATE, {
    username: args.to,
    place: lead.placeId,
  });
  if (!found)
    throw badInput(`to: ${args.to} is not an active officer of the lead's place or above it.`, {
      argument: 'to',
      messageZh: '只能移交给本地区或上级地区的在职招商人员。',
    });
  await change(
    db,
    scope,
    lead.id,
    args.version,
    { owner: found.username, ownerName: found.name },
    event(actorOf(principal), lead.id, 'HANDED_OVER', { fromOwner: lead.owner, toOwner: found.username, note }),
  );
}
