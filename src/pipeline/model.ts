// Written here, not imported from generated code: mapper types never import it (as src/model.ts).
type LeadStage =
  'CLUE' | 'CONTACT' | 'NEGOTIATING' | 'SIGNED' | 'STARTED' | 'PRODUCING' | 'FULL_OUTPUT' | 'PAUSED' | 'LOST';
type LeadOrigin = 'RECOMMENDATION' | 'PLAN' | 'IMPORT' | 'OWN';
type InteractionKind = 'VISIT' | 'RECEPTION' | 'INSPECTION' | 'CALL' | 'MEETING' | 'EVENT';
type LeadEventKind = 'CREATED' | 'MOVED' | 'INTERACTION' | 'FIGURES' | 'HANDED_OVER' | 'ACTION_DONE' | 'COVERED';
type LinkStatus = 'COVERED' | 'TARGETED' | 'GAP';

/**
 * A lead as stored (labels.ts). Sealed under the data key (privacy/fields.ts): the note,
 * the reasons, and the figures. Times are epoch milliseconds; dates `YYYY-MM-DD`.
 */
export type LeadRow = {
  id: string;
  kind: 'Lead';
  enterpriseId: string;
  placeId: string;
  linkId: string | null;
  chainId: string | null;
  stage: LeadStage;
  stageBefore: LeadStage | null;
  version: number;
  origin: LeadOrigin;
  originRank: number | null;
  originScore: number | null;
  originQuote: string | null;
  originFile: string | null;
  originLine: number | null;
  note: string | null;
  owner: string;
  ownerName: string;
  createdAt: number;
  updatedAt: number;
  stageSince: number;
  pausedReason: string | null;
  resumeBy: string | null;
  lostReason: string | null;
  lostTo: string | null;
  /** Sealed JSON of { planned: Figures, actual: Figures }. */
  figures: string | null;
  /** JSON of { [stage]: 'YYYY-MM-DD' }: planned dates. */
  plannedDates: string | null;
  /** JSON of { [stage]: 'YYYY-MM-DD' }: the day each stage was reached. */
  reachedDates: string | null;
  lastInteractionAt: number | null;
};

export type Figures = {
  investment: number | null;
  annualOutput: number | null;
  tax: number | null;
  jobs: number | null;
};

export type ContactRow = { name: string; title: string | null; phone: string | null };

/** An interaction as stored; `ours`, `theirs`, `summary` and `nextSummary` are sealed. */
export type InteractionRow = {
  id: string;
  leadId: string;
  kind: InteractionKind;
  date: string;
  ours: string | null;
  theirs: string | null;
  summary: string;
  nextSummary: string | null;
  nextDue: string | null;
  nextDoneAt: number | null;
  recordedBy: string;
  recordedByName: string;
  recordedAt: number;
  placeId: string;
  owner: string;
};

/** An event of a lead's history; `note` is sealed. */
export type LeadEventRow = {
  id: string;
  leadId: string;
  kind: LeadEventKind;
  at: number;
  seq: number;
  by: string;
  byName: string;
  fromStage: LeadStage | null;
  toStage: LeadStage | null;
  fromOwner: string | null;
  toOwner: string | null;
  note: string | null;
  previousLinkStatus: LinkStatus | null;
  detail: string | null;
};

/** What the audit records (audit.ts): an export, a lead read on its page, a page of the leads list. */
export type AuditAction = 'EXPORT' | 'VIEW_LEAD' | 'LIST_LEADS';

/**
 * An audit entry as stored (an `AuditEntry` of the island): who read or exported pipeline
 * data, when (epoch ms), what (the file and filters, or the lead's id) and how many leads.
 * Never a contact, a note or a figure.
 */
export type AuditRow = {
  id: string;
  at: number;
  username: string;
  action: AuditAction;
  detail: string;
  count: number;
};
