/**
 * The pipeline's outcomes in words and rows: stage names, shares as percentages, the
 * funnel's table and chart, the recommendation hit rate's table, due dates in words. Plain
 * functions: the workbench and 成效分析 draw what these return.
 */

/** A lead's stage, as the API names it. */
export type Stage =
  'CLUE' | 'CONTACT' | 'NEGOTIATING' | 'SIGNED' | 'STARTED' | 'PRODUCING' | 'FULL_OUTPUT' | 'PAUSED' | 'LOST';

/** Each stage in words, as officers say them. */
export const STAGE_WORDS: Record<Stage, string> = {
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

/**
 * A share 0..1 as a percentage with at most one decimal (`12.5%`, `40%`, `0.7%`): the
 * hit rate's shares are small, and a whole percentage would round 1 of 150 to 1%.
 */
export function share(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const tenths = Math.round(value * 1000) / 10;
  return `${tenths.toLocaleString('zh-CN', { maximumFractionDigits: 1 })}%`;
}

/** Days as officers read them: `12.5 天`, `—` when none has left the stage yet. */
export const days = (value: number | null | undefined) =>
  value == null ? '—' : `${value.toLocaleString('zh-CN', { maximumFractionDigits: 1 })} 天`;

/** One stage of the funnel, as the API answers it. */
export type FunnelStageAnswer = {
  stage: Stage;
  current: number;
  reached: number;
  conversion?: number | null;
  medianDays?: number | null;
  meanDays?: number | null;
};

/** A row of the funnel's table. */
export type FunnelRow = {
  stage: Stage;
  word: string;
  current: number;
  reached: number;
  /** To the next stage in words: `→ 接洽 50%`; `—` for the last stage or when none reached this one. */
  conversion: string;
  meanDays: string;
  medianDays: string;
};

/** The funnel's table rows, CLUE to FULL_OUTPUT in order, from the API's stages. */
export function funnelRows(stages: readonly FunnelStageAnswer[]): FunnelRow[] {
  return stages.map((s, i) => {
    const next = stages[i + 1];
    return {
      stage: s.stage,
      word: STAGE_WORDS[s.stage] ?? s.stage,
      current: s.current,
      reached: s.reached,
      conversion: next && s.conversion != null ? `→ ${STAGE_WORDS[next.stage]} ${share(s.conversion)}` : '—',
      meanDays: days(s.meanDays),
      medianDays: days(s.medianDays),
    };
  });
}

/** The funnel's rows as CSV cells, with its header. */
export function funnelCsv(rows: readonly FunnelRow[]): { header: string[]; rows: (string | number)[][] } {
  return {
    header: ['阶段', '当前', '累计到达', '转化率（到下一阶段）', '平均停留天数', '中位停留天数'],
    rows: rows.map((r) => [r.word, r.current, r.reached, r.conversion.replace('→ ', '到'), r.meanDays, r.medianDays]),
  };
}

/** Bar colours: 累计到达 in the app's blue, 当前 darker; the table beside the chart says the same in numbers. */
const REACHED = '#6f9fd8';
const CURRENT = '#0b3d75';

/**
 * The funnel as horizontal bars (ECharts): per stage, top to bottom from 线索 to 达产, how
 * many leads reached it and how many are at it now, each bar labelled with its number.
 */
export function funnelOption(rows: readonly FunnelRow[]) {
  // A zero needs no label: an empty row says it, and the table beside says 0.
  const label = {
    show: true,
    position: 'right' as const,
    color: '#1c2430',
    fontSize: 13,
    formatter: (p: { value: unknown }) => (p.value ? String(p.value) : ''),
  };
  return {
    animation: false,
    textStyle: { fontFamily: "system-ui, 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif", fontSize: 14 },
    legend: { top: 0, left: 0, itemGap: 24, textStyle: { fontSize: 14, color: '#1c2430' } },
    grid: { left: 8, right: 40, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value' as const, minInterval: 1, axisLabel: { color: '#4a5567' } },
    yAxis: {
      type: 'category' as const,
      inverse: true,
      data: rows.map((r) => r.word),
      axisLabel: { color: '#1c2430', fontSize: 14 },
      axisTick: { show: false },
    },
    series: [
      {
        name: '累计到达',
        type: 'bar' as const,
        data: rows.map((r) => r.reached),
        itemStyle: { color: REACHED },
        barGap: '10%',
        label,
      },
      {
        name: '当前',
        type: 'bar' as const,
        data: rows.map((r) => r.current),
        itemStyle: { color: CURRENT },
        label,
      },
    ],
  };
}

/** A row of the hit rate, as the API answers it (no chain nor place in the total row). */
export type HitRateAnswer = {
  chain?: { id: string; name: string } | null;
  place?: { id: string; name: string } | null;
  recommended: number;
  leads: number;
  signed: number;
  producing: number;
  leadRate?: number | null;
  signedRate?: number | null;
  producingRate?: number | null;
};

/** A row of the hit rate's table. */
export type HitRow = {
  key: string;
  total: boolean;
  chain: string;
  chainId: string | null;
  place: string;
  placeId: string | null;
  recommended: number;
  leads: number;
  signed: number;
  producing: number;
  leadRate: string;
  signedRate: string;
  producingRate: string;
};

/** The hit rate's table: the total row first (合计), then one row per chain and city as the API ordered them. */
export function hitRows(total: HitRateAnswer, rows: readonly HitRateAnswer[]): HitRow[] {
  const row = (r: HitRateAnswer, isTotal: boolean): HitRow => ({
    key: isTotal ? 'total' : `${r.chain?.id ?? ''}|${r.place?.id ?? ''}`,
    total: isTotal,
    chain: isTotal ? '合计' : (r.chain?.name ?? '—'),
    chainId: isTotal ? null : (r.chain?.id ?? null),
    place: isTotal
      ? rows.length
        ? `${new Set(rows.map((x) => x.place?.id)).size} 个地区`
        : '—'
      : (r.place?.name ?? '—'),
    placeId: isTotal ? null : (r.place?.id ?? null),
    recommended: r.recommended,
    leads: r.leads,
    signed: r.signed,
    producing: r.producing,
    leadRate: share(r.leadRate),
    signedRate: share(r.signedRate),
    producingRate: share(r.producingRate),
  });
  return [row(total, true), ...rows.map((r) => row(r, false))];
}

/** The hit rate's rows as CSV cells, with its header. */
export function hitCsv(rows: readonly HitRow[]): { header: string[]; rows: (string | number)[][] } {
  return {
    header: ['产业链', '地区', '推荐企业数', '成为线索', '线索率', '签约', '签约率', '投产', '投产率'],
    rows: rows.map((r) => [
      r.chain,
      r.place,
      r.recommended,
      r.leads,
      r.leadRate,
      r.signed,
      r.signedRate,
      r.producing,
      r.producingRate,
    ]),
  };
}

/** What the hit rate counts, in one paragraph. */
export function hitRateExplained(topPerLink: number): string {
  return (
    `每个缺失环节按推荐排名前 ${topPerLink} 家计入推荐企业数，另加曾经按推荐发起项目的企业；` +
    '“成为线索”“签约”“投产”是其中已发起项目、已签约（含之后阶段）、已投产（含达产）的企业数，' +
    '比率都以推荐企业数为分母。一家企业在同一城市、同一产业链只计一次。'
  );
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/**
 * A day as typed into a filter: `2026-01-01`, `2026/1/1` or `2026.1.1` as `2026-01-01`;
 * null for nothing typed (no filter); undefined when it is not a day of the calendar.
 */
export function dayOf(typed: string): string | null | undefined {
  const text = typed.trim();
  if (!text) return null;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A due date in words, from today: `已逾期 3 天`, `今天到期`, `明天到期`, `还有 5 天`. */
export function dueWords(due: string, today: string): string {
  const left = daysBetween(today, due);
  if (left < 0) return `已逾期 ${-left} 天`;
  if (left === 0) return '今天到期';
  if (left === 1) return '明天到期';
  return `还有 ${left} 天`;
}

/** A lead with its open next action, as the workbench lists it. */
export type ActionLead = {
  id: string;
  nextAction?: { summary: string; due: string; overdue: boolean } | null;
};

/** The open next actions of these leads, due soonest first (overdue ones lead). */
export function dueActions<L extends ActionLead>(
  leads: readonly L[],
): (L & { nextAction: NonNullable<L['nextAction']> })[] {
  return leads
    .filter((l): l is L & { nextAction: NonNullable<L['nextAction']> } => !!l.nextAction)
    .sort((a, b) => a.nextAction.due.localeCompare(b.nextAction.due) || a.id.localeCompare(b.id));
}

/** What a feed item is, in a word. */
export const FEED_WORDS: Record<string, string> = {
  STAGE_CHANGE: '阶段变化',
  INTERACTION: '走访洽谈',
  IMPORT: '名单导入',
  PLAN_FACT: '规划发布',
};

/** What an alert is, in a word (its message says the rest). */
export const ALERT_WORDS: Record<string, string> = {
  OVERDUE_ACTION: '逾期',
  IDLE: '停滞',
  LATE_START: '开工延迟',
  LATE_PRODUCTION: '投产延迟',
};

/** What a followed item is, in a word. */
export const WATCH_WORDS: Record<string, string> = {
  ENTERPRISE: '企业',
  CHAIN: '产业链',
  CHAIN_LINK: '环节',
};

/** A moment `YYYY-MM-DDTHH:MM…` as officers write it, in their time zone: `2026年12月7日 09:30`. */
export function chineseMoment(iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日 ${parts.hour}:${parts.minute}`;
}
