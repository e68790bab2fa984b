import { sealer } from '../../privacy/data-key.js';
import { today } from '../dates.js';
import { INTERACTION_ZH } from '../interactions.js';
import { datesOf, figuresOf } from '../leads.js';
import type { InteractionRow, LeadRow } from '../model.js';
import { STAGE_ZH } from '../stages.js';

/** The columns of the 项目信息采集表, in order. */
export const COLUMNS = [
  '序号',
  '项目名称',
  '企业名称',
  '统一社会信用代码',
  '产业链',
  '环节',
  '地区',
  '阶段',
  '阶段日期',
  '来源',
  '负责人',
  '计划投资（亿元）',
  '实际投资（亿元）',
  '计划年产值（亿元）',
  '计划税收（万元）',
  '计划就业（人）',
  '计划开工',
  '计划投产',
  '最近对接',
  '下一步工作',
  '截止日期',
  '是否逾期',
  '更新时间',
] as const;

/** A cell: text, a number, or empty. */
export type Cell = string | number | null;

/** One lead as the export query returns it (queries.ts). Sealed values are still sealed. */
export type ExportLead = {
  lead: Pick<
    LeadRow,
    | 'id'
    | 'stage'
    | 'origin'
    | 'originRank'
    | 'figures'
    | 'plannedDates'
    | 'reachedDates'
    | 'stageSince'
    | 'updatedAt'
    | 'ownerName'
  >;
  enterpriseName: string | null;
  creditCode: string | null;
  linkName: string | null;
  chainName: string | null;
  placeName: string | null;
  last: Pick<InteractionRow, 'date' | 'kind' | 'summary'> | null;
  next: Pick<InteractionRow, 'nextSummary' | 'nextDue'> | null;
};

/** How long the 最近对接 cell may be. */
export const LAST_INTERACTION_MAX = 200;

const ORIGIN_ZH = { PLAN: '规划点名', IMPORT: '导入', OWN: '自行发现' } as const;

/** Where a lead came from, as the report says it. */
export function originZh(origin: LeadRow['origin'], rank: number | null): string {
  if (origin === 'RECOMMENDATION') return rank ? `推荐第${rank}名` : '推荐';
  return ORIGIN_ZH[origin];
}

/** An instant as China's wall clock, `YYYY-MM-DD HH:mm`. */
export function chinaTime(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Text cut to `max` characters (whole characters, an ellipsis at the cut). */
export function truncated(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The report's row for a lead (its 序号 given), with sealed values opened. No contact is ever read. */
export function rowOf(n: number, row: ExportLead, now = Date.now()): Cell[] {
  const { lead } = row;
  const { planned, actual } = figuresOf(lead);
  const plannedDates = datesOf(lead.plannedDates);
  const reached = datesOf(lead.reachedDates);
  const s = sealer();
  const last = row.last
    ? truncated(
        `${row.last.date} ${INTERACTION_ZH[row.last.kind] ?? row.last.kind}：${s.unseal(row.last.summary) ?? ''}`,
        LAST_INTERACTION_MAX,
      )
    : null;
  const due = row.next?.nextDue ?? null;
  const enterprise = row.enterpriseName ?? '';
  return [
    n,
    row.linkName ? `${enterprise} · ${row.linkName}` : enterprise,
    row.enterpriseName,
    row.creditCode,
    row.chainName,
    row.linkName,
    row.placeName,
    STAGE_ZH[lead.stage],
    reached[lead.stage] ?? today(lead.stageSince),
    originZh(lead.origin, lead.originRank),
    lead.ownerName,
    planned.investment,
    actual.investment,
    planned.annualOutput,
    planned.tax,
    planned.jobs,
    plannedDates.STARTED ?? null,
    plannedDates.PRODUCING ?? null,
    last,
    row.next ? (s.unseal(row.next.nextSummary) ?? '') : null,
    due,
    due ? (due < today(now) ? '是' : '否') : null,
    chinaTime(lead.updatedAt),
  ];
}
