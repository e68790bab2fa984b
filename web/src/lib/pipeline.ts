/** A lead's stage, as the API names it. */
export type LeadStage =
  'CLUE' | 'CONTACT' | 'NEGOTIATING' | 'SIGNED' | 'STARTED' | 'PRODUCING' | 'FULL_OUTPUT' | 'PAUSED' | 'LOST';

/** The stages a project goes through, in order; PAUSED and LOST stand aside. */
export const ORDERED_STAGES = [
  'CLUE',
  'CONTACT',
  'NEGOTIATING',
  'SIGNED',
  'STARTED',
  'PRODUCING',
  'FULL_OUTPUT',
] as const satisfies readonly LeadStage[];

/** The stages aside: a board shows them collapsed. */
export const SIDE_STAGES = ['PAUSED', 'LOST'] as const satisfies readonly LeadStage[];

/** Every stage in the order a board shows them. */
export const ALL_STAGES: LeadStage[] = [...ORDERED_STAGES, ...SIDE_STAGES];

/** Each stage in words, as officers say them. */
export const STAGE_WORDS: Record<LeadStage, string> = {
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

/** A word for each stage is not enough for a glance across a board: an icon too (never colour alone). */
export const STAGE_ICONS: Record<LeadStage, string> = {
  CLUE: '○',
  CONTACT: '◔',
  NEGOTIATING: '◑',
  SIGNED: '◕',
  STARTED: '●',
  PRODUCING: '★',
  FULL_OUTPUT: '✦',
  PAUSED: '‖',
  LOST: '✕',
};

/** The position of an ordered stage (0 = 线索); -1 for 暂停 and 终止. */
export function stageIndex(stage: LeadStage): number {
  return (ORDERED_STAGES as readonly LeadStage[]).indexOf(stage);
}

/** Where a stage stands in the order: `第 3 步，共 7 步`; empty for 暂停 and 终止. */
export function stageStep(stage: LeadStage): string {
  const i = stageIndex(stage);
  return i < 0 ? '' : `第 ${i + 1} 步，共 ${ORDERED_STAGES.length} 步`;
}

/** The stage in words, with its place in the order where it has one: `在谈（第 3 步，共 7 步）`. */
export function stageLabel(stage: LeadStage): string {
  const step = stageStep(stage);
  return step ? `${STAGE_WORDS[stage]}（${step}）` : STAGE_WORDS[stage];
}

/**
 * Whether moving from `from` to `to` needs a note (the reason), as the server checks it:
 * pausing, ending, and any move back to an earlier stage than the lead is at (or was at,
 * when paused or lost).
 */
export function moveNeedsNote(from: LeadStage, to: LeadStage, stageBefore?: LeadStage | null): boolean {
  if (to === 'PAUSED' || to === 'LOST') return true;
  const target = stageIndex(to);
  if (target < 0) return false;
  const at = stageIndex(from) >= 0 ? from : stageBefore;
  return at != null && stageIndex(at) > target;
}

/** What the note is asked for, in words: `退回原因`, `暂停原因`, `终止原因`. */
export function noteLabel(from: LeadStage, to: LeadStage, stageBefore?: LeadStage | null): string {
  if (to === 'PAUSED') return '暂停原因';
  if (to === 'LOST') return '终止原因';
  return moveNeedsNote(from, to, stageBefore) ? '退回原因' : '备注';
}

/** The ordered stage one step before and after (null at either end); for 暂停 and 终止, around the stage they stood at. */
export function neighbours(stage: LeadStage, stageBefore?: LeadStage | null) {
  const at = stageIndex(stage) >= 0 ? stageIndex(stage) : stageIndex(stageBefore ?? 'CLUE');
  const inOrder = stageIndex(stage) >= 0;
  return {
    previous: inOrder ? (ORDERED_STAGES[at - 1] ?? null) : null,
    next: inOrder ? (ORDERED_STAGES[at + 1] ?? null) : (ORDERED_STAGES[at] ?? null),
  };
}

/** Whether a lead at this stage is still being worked on: not lost, not yet producing (the chain map's badge). */
export function isActive(stage: LeadStage): boolean {
  return stage !== 'LOST' && stage !== 'PRODUCING' && stage !== 'FULL_OUTPUT';
}

/** The stage a link's badge names: the furthest of its active leads (暂停 only when all are paused); null when none is active. */
export function furthestActiveStage(stages: readonly LeadStage[]): LeadStage | null {
  const active = stages.filter(isActive);
  const ordered = active.filter((s) => stageIndex(s) >= 0).sort((a, b) => stageIndex(b) - stageIndex(a));
  return ordered[0] ?? (active.length ? 'PAUSED' : null);
}

/** Where a lead came from, as the API details it. */
export type OriginLike = {
  origin: 'RECOMMENDATION' | 'PLAN' | 'IMPORT' | 'OWN';
  rank?: number | null;
  score?: number | null;
  quote?: string | null;
  file?: string | null;
  line?: number | null;
};

/** Where a lead came from, in words: `推荐第 2 名，得分 0.85`, `规划原文「……」`, `自行发现`, `导入 x.csv 第 3 行`. */
export function originWords(o: OriginLike): string {
  switch (o.origin) {
    case 'RECOMMENDATION':
      return `推荐第 ${o.rank ?? '?'} 名${o.score != null ? `，得分 ${o.score.toFixed(2)}` : ''}`;
    case 'PLAN':
      return o.quote ? `规划原文「${o.quote}」` : '规划点名';
    case 'IMPORT':
      return `导入${o.file ? ` ${o.file}` : ''}${o.line ? ` 第 ${o.line} 行` : ''}`;
    default:
      return '自行发现';
  }
}

/** What kind of contact an interaction was. */
export type InteractionKind = 'VISIT' | 'RECEPTION' | 'INSPECTION' | 'CALL' | 'MEETING' | 'EVENT';
export const INTERACTION_WORDS: Record<InteractionKind, string> = {
  VISIT: '走访',
  RECEPTION: '接待',
  INSPECTION: '考察',
  CALL: '电话',
  MEETING: '会议',
  EVENT: '活动',
};

/** A day `YYYY-MM-DD` in the officers' time zone (UTC+8), `days` after `from`. */
export function dayInChina(days = 0, from: Date = new Date()): string {
  return new Date(from.getTime() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** A moment `…T…Z` in the officers' time zone, to the minute: `2026-12-07 09:30`. */
export function chinaTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '' : new Date(t + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** One entry of a lead's timeline: an event (a move, a handover…) or an interaction in full. */
export type TimelineEntry<E, I> = { at: string; event?: E; interaction?: I };

/**
 * A lead's events and interactions as one timeline, newest first. An interaction's own
 * event is left out: the interaction stands for it, with its summary and contacts.
 */
export function timeline<E extends { at: string; kind: string }, I extends { recordedAt: string }>(
  events: readonly E[],
  interactions: readonly I[],
): TimelineEntry<E, I>[] {
  const entries: TimelineEntry<E, I>[] = [
    ...events.filter((e) => e.kind !== 'INTERACTION').map((event) => ({ at: event.at, event })),
    ...interactions.map((interaction) => ({ at: interaction.recordedAt, interaction })),
  ];
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => Date.parse(b.entry.at) - Date.parse(a.entry.at) || b.i - a.i)
    .map((x) => x.entry);
}
