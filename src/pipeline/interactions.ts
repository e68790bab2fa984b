import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import { badInput } from '../errors.js';
import type { InteractionInput, InteractionKind } from '../generated/graphql.generated.js';
import { toGlobalId } from '../ids.js';
import { sealer } from '../privacy/data-key.js';
import { dayOf, today } from './dates.js';
import { actorOf, leadNotFound } from './leads.js';
import type { InteractionRow, LeadEventRow } from './model.js';
import { COMPLETE_ACTION, LEAD_STATE, RECORD_INTERACTION } from './queries.js';
import { requireWriter, type PipelineScope } from './scope.js';

export const INTERACTION_ZH: Record<InteractionKind, string> = {
  VISIT: '走访',
  RECEPTION: '接待',
  INSPECTION: '考察',
  CALL: '电话',
  MEETING: '会议',
  EVENT: '活动',
};

function tooLong(arg: string, value: string, max: number) {
  if (value.length > max)
    throw badInput(`${arg} is longer than ${max} characters.`, { argument: arg, messageZh: `内容超过 ${max} 字。` });
}

/** Records an interaction on a lead the caller may change, with its event; the lead's version is not bumped (interactions only add). */
export async function recordInteraction(
  db: Database,
  scope: PipelineScope,
  principal: Principal,
  input: InteractionInput,
): Promise<InteractionRow> {
  requireWriter(scope, principal);
  const date = dayOf(input.date);
  if (!date || date > today())
    throw badInput('input.date must be a day, not in the future.', {
      argument: 'input.date',
      messageZh: '对接日期不能晚于今天。',
    });
  const summary = input.summary.trim();
  if (!summary) throw badInput('input.summary is empty.', { argument: 'input.summary', messageZh: '请填写对接情况。' });
  tooLong('input.summary', summary, 4000);
  const ours = (input.ours ?? []).map((n) => n.trim()).filter(Boolean);
  const theirs = (input.theirs ?? []).map((c) => ({
    name: c.name.trim(),
    title: c.title?.trim() || null,
    phone: c.phone?.trim() || null,
  }));
  if (ours.length + theirs.length > 50)
    throw badInput('At most 50 participants.', { argument: 'input.theirs', messageZh: '参与人员最多 50 人。' });
  for (const c of theirs) {
    if (!c.name)
      throw badInput('input.theirs: a contact has no name.', {
        argument: 'input.theirs',
        messageZh: '请填写对方人员姓名。',
      });
    if (c.phone && !/^[\d\s+()-]{5,30}$/.test(c.phone))
      throw badInput(`input.theirs: "${c.phone}" is not a phone number.`, {
        argument: 'input.theirs',
        messageZh: `“${c.phone}”不是有效的电话号码。`,
      });
  }
  let nextSummary: string | null = null;
  let nextDue: string | null = null;
  if (input.nextAction) {
    nextSummary = input.nextAction.summary.trim();
    nextDue = dayOf(input.nextAction.due);
    if (!nextSummary)
      throw badInput('input.nextAction.summary is empty.', {
        argument: 'input.nextAction.summary',
        messageZh: '请填写下一步工作。',
      });
    tooLong('input.nextAction.summary', nextSummary, 500);
    if (!nextDue) throw badInput('input.nextAction.due must be a day.', { argument: 'input.nextAction.due' });
  }
  const [state] = await db.read<{ lead: { placeId: string; owner: string } }>(LEAD_STATE, {
    id: input.lead,
    places: scope.places,
  });
  if (!state) throw leadNotFound('input.lead', input.lead);
  const actor = actorOf(principal);
  const now = Date.now();
  const s = sealer();
  const interaction: Omit<InteractionRow, 'owner'> & { owner: string } = {
    id: toGlobalId('Interaction', randomUUID()),
    leadId: input.lead,
    kind: input.kind,
    date,
    ours: s.seal(JSON.stringify(ours)),
    theirs: s.seal(JSON.stringify(theirs)),
    summary: s.seal(summary)!,
    nextSummary: s.seal(nextSummary),
    nextDue,
    nextDoneAt: null,
    recordedBy: actor.username,
    recordedByName: actor.name,
    recordedAt: now,
    placeId: state.lead.placeId,
    owner: state.lead.owner,
  };
  const event: LeadEventRow = {
    id: toGlobalId('LeadEvent', randomUUID()),
    leadId: input.lead,
    kind: 'INTERACTION',
    at: now,
    seq: 0,
    by: actor.username,
    byName: actor.name,
    fromStage: null,
    toStage: null,
    fromOwner: null,
    toOwner: null,
    note: null,
    previousLinkStatus: null,
    detail: `${INTERACTION_ZH[input.kind]} ${date}${nextDue ? `，下一步截止 ${nextDue}` : ''}`,
  };
  const [row] = await db.write<{ interaction: InteractionRow }>(RECORD_INTERACTION, {
    lead: input.lead,
    places: scope.places,
    now,
    interaction,
    event,
  });
  if (!row) throw leadNotFound('input.lead', input.lead);
  return row.interaction;
}

/** Marks an interaction's next action done; answers its lead's id. */
export async function completeNextAction(
  db: Database,
  scope: PipelineScope,
  principal: Principal,
  interaction: string,
): Promise<string> {
  requireWriter(scope, principal);
  const actor = actorOf(principal);
  const now = Date.now();
  const [row] = await db.write<{ lead: string }>(COMPLETE_ACTION, {
    interaction,
    places: scope.places,
    now,
    event: {
      id: toGlobalId('LeadEvent', randomUUID()),
      kind: 'ACTION_DONE',
      at: now,
      seq: 0,
      by: actor.username,
      byName: actor.name,
    },
  });
  if (!row)
    throw badInput(`interaction: no Interaction with an open next action has the id "${interaction}".`, {
      argument: 'interaction',
      messageZh: '找不到该下一步工作。',
    });
  return row.lead;
}
