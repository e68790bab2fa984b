import type { LeadStage } from '../generated/graphql.generated.js';

/** The stages a project goes through, in order. PAUSED and LOST stand aside. */
export const ORDERED_STAGES = [
  'CLUE',
  'CONTACT',
  'NEGOTIATING',
  'SIGNED',
  'STARTED',
  'PRODUCING',
  'FULL_OUTPUT',
] as const satisfies readonly LeadStage[];
export type OrderedStage = (typeof ORDERED_STAGES)[number];

export const STAGE_ZH: Record<LeadStage, string> = {
  CLUE: '线索',
  CONTACT: '接洽',
  NEGOTIATING: '在谈',
  SIGNED: '签约',
  STARTED: '开工',
  PRODUCING: '投产',
  FULL_OUTPUT: '达产',
  PAUSED: '暂停',
  LOST: '终止',
};

/** The position of an ordered stage (0 = CLUE); -1 for PAUSED and LOST. */
export function stageIndex(stage: LeadStage): number {
  return (ORDERED_STAGES as readonly LeadStage[]).indexOf(stage);
}

export function isOrdered(stage: LeadStage): stage is OrderedStage {
  return stageIndex(stage) >= 0;
}

/** Whether a move goes backwards: to an earlier ordered stage than the one it is at (or was at, when paused or lost). */
export function isBackward(from: LeadStage, to: LeadStage, stageBefore: LeadStage | null): boolean {
  if (!isOrdered(to)) return false;
  const at = isOrdered(from) ? from : stageBefore;
  return at != null && isOrdered(at) && stageIndex(to) < stageIndex(at);
}

export type MoveCheck = { ok: true } | { ok: false; en: string; zh: string };

/**
 * Whether a lead at `from` may move to `to`, and with what. Forward moves may skip
 * stages (an officer often learns of a signing late). Backward moves, pausing and losing
 * need a note: the reason. A paused or lost lead goes back to an ordered stage; resuming
 * at the stage it was paused from, or later, is not backwards.
 */
export function checkMove(
  from: LeadStage,
  to: LeadStage,
  stageBefore: LeadStage | null,
  note: string | null,
): MoveCheck {
  const hasNote = !!note?.trim();
  if (from === to) return { ok: false, en: `the lead is already at ${to}`, zh: `该项目已处于“${STAGE_ZH[to]}”阶段。` };
  if (to === 'PAUSED' && from === 'LOST')
    return {
      ok: false,
      en: 'a lost lead cannot be paused; reopen it at a stage first',
      zh: '已终止的项目不能暂停，请先恢复到某一阶段。',
    };
  if ((to === 'PAUSED' || to === 'LOST') && !hasNote)
    return {
      ok: false,
      en: `moving to ${to} needs a note giving the reason`,
      zh: `${to === 'PAUSED' ? '暂停' : '终止'}项目须填写原因。`,
    };
  if (isBackward(from, to, stageBefore) && !hasNote)
    return {
      ok: false,
      en: `moving back from ${isOrdered(from) ? from : stageBefore} to ${to} needs a note giving the reason`,
      zh: `从“${STAGE_ZH[isOrdered(from) ? from : stageBefore!]}”退回“${STAGE_ZH[to]}”须填写原因。`,
    };
  return { ok: true };
}

/** The stages a lead may be moved to from where it is, in order (backward ones need a note). */
export function nextStages(from: LeadStage): LeadStage[] {
  const all: LeadStage[] = [...ORDERED_STAGES, 'PAUSED', 'LOST'];
  return all.filter((s) => s !== from && !(from === 'LOST' && s === 'PAUSED'));
}

/** Whether a stage counts as an active lead (not lost, not yet producing). */
export function isActive(stage: LeadStage): boolean {
  return stage !== 'LOST' && stage !== 'PRODUCING' && stage !== 'FULL_OUTPUT';
}

/** Whether a lead at `stage` has reached `milestone` (for PAUSED and LOST, the stage it stood at before). */
export function hasReached(stage: LeadStage, stageBefore: LeadStage | null, milestone: OrderedStage): boolean {
  const at = isOrdered(stage) ? stage : stageBefore;
  return at != null && isOrdered(at) && stageIndex(at) >= stageIndex(milestone);
}
