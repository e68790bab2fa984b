/** Plans and their review: words, icons and the document cut into highlighted pieces. */

export type CandidateKind = 'CHAIN' | 'CHAIN_LINK' | 'PLACE' | 'CARRIER' | 'TARGET' | 'ENTERPRISE' | 'PROJECT';

/** The seven kinds of fact, in the order a reviewer works through them, with their Chinese names. */
export const KIND_WORDS: Record<CandidateKind, string> = {
  CHAIN: '产业链',
  CHAIN_LINK: '环节',
  PLACE: '地区',
  CARRIER: '载体',
  TARGET: '目标',
  ENTERPRISE: '企业',
  PROJECT: '项目',
};
export const KINDS = Object.keys(KIND_WORDS) as CandidateKind[];

/** A plan's status: word, icon and meaning (never colour alone). */
export const PLAN_STATUS: Record<string, { word: string; icon: string; meaning: string }> = {
  DRAFT: { word: '草稿', icon: '✎', meaning: '审核中，仅规划编辑可见，尚未进入图谱' },
  PUBLISHED: { word: '已发布', icon: '✓', meaning: '其事实已进入图谱，各视图可见' },
  WITHDRAWN: { word: '已撤回', icon: '⊘', meaning: '已撤回，仅由它提出的事实已从图谱移除' },
};

/** A candidate's review status: word and icon. */
export const CANDIDATE_STATUS: Record<string, { word: string; icon: string }> = {
  PENDING: { word: '待审', icon: '○' },
  ACCEPTED: { word: '已采纳', icon: '✓' },
  REJECTED: { word: '已驳回', icon: '✕' },
};

/** Review actions in words, for the decision list. */
export const ACTION_WORDS: Record<string, string> = {
  ACCEPT: '采纳',
  REJECT: '驳回',
  EDIT: '修改并采纳',
  MERGE: '合并到图谱已有',
  REOPEN: '重新待审',
  ADD: '补充',
  ACCEPT_ABOVE: '按置信度批量采纳',
  METADATA: '修改元数据',
  PUBLISH: '发布',
  WITHDRAW: '撤回',
};

/** A period in words: `2023—2025年`, `2025年`, or ''. */
export function periodWords(start: number | null | undefined, end: number | null | undefined): string {
  if (start && end && start !== end) return `${start}—${end}年`;
  if (start || end) return `${start ?? end}年`;
  return '';
}

/** A confidence 0..1 as officers read it: `置信度 85%`. */
export const confidenceWords = (c: number) => `置信度 ${Math.round(c * 100)}%`;

/** What a decision changed, in one line: `名称：A → B；产业链：— → C`, or the count accepted. */
export function changeWords(changes: unknown): string {
  if (changes == null) return '';
  if (typeof changes !== 'object') return String(changes);
  return Object.entries(changes as Record<string, unknown>)
    .map(([field, v]) => {
      const word = FIELD_WORDS[field] ?? field;
      if (Array.isArray(v) && v.length === 2) return `${word}：${show(v[0])} → ${show(v[1])}`;
      return `${word}：${show(v)}`;
    })
    .join('；');
}
const show = (v: unknown) => {
  if (v == null || v === '') return '—';
  if (typeof v === 'object') return JSON.stringify(v);
  const s = String(v);
  return KIND_WORDS[s as CandidateKind] ?? CANDIDATE_STATUS[s]?.word ?? s;
};

/** Candidate fields in words. */
export const FIELD_WORDS: Record<string, string> = {
  name: '名称',
  chain: '产业链',
  place: '地区',
  value: '数值',
  valueMax: '上限',
  unit: '单位',
  year: '年份',
  growthPct: '增长率（%）',
  metric: '指标',
  stage: '阶段',
  role: '角色',
  carrierKind: '载体类型',
  status: '状态',
  accepted: '采纳数',
  kind: '类别',
  minConfidence: '最低置信度',
  mergeInto: '合并到',
  reason: '原因',
  title: '标题',
  issuer: '发文机关',
  date: '日期',
  region: '地区',
  number: '文号',
  period: '规划期',
};

/** The fields a reviewer edits for each kind. */
export const EDITABLE: Record<CandidateKind, string[]> = {
  CHAIN: ['name'],
  CHAIN_LINK: ['name', 'chain'],
  PLACE: ['name', 'place', 'role'],
  CARRIER: ['name', 'place', 'chain'],
  TARGET: ['name', 'value', 'valueMax', 'unit', 'year', 'growthPct', 'place'],
  ENTERPRISE: ['name', 'chain', 'role'],
  PROJECT: ['name', 'place', 'chain'],
};
export const NUMERIC_FIELDS = new Set(['value', 'valueMax', 'year', 'growthPct']);

/** A candidate's detail in one line: chain, place, the target's figure. */
export function candidateDetail(c: {
  kind: string;
  chain?: string | null;
  place?: string | null;
  value?: number | null;
  valueMax?: number | null;
  unit?: string | null;
  year?: number | null;
  growthPct?: number | null;
  role?: string | null;
}): string {
  const parts: string[] = [];
  if (c.kind === 'TARGET') {
    if (c.value != null) parts.push(`${c.value}${c.valueMax != null ? `—${c.valueMax}` : ''}${c.unit ?? ''}`);
    if (c.growthPct != null) parts.push(`增长 ${c.growthPct}%`);
    if (c.year != null) parts.push(`${c.year}年`);
  }
  if (c.chain && c.kind !== 'CHAIN') parts.push(`产业链：${c.chain}`);
  if (c.place) parts.push(`地区：${c.place}`);
  if (c.role) parts.push(`角色：${c.role}`);
  return parts.join(' · ');
}

/** A paragraph of the document: where it starts and ends in the text. */
export type Paragraph = { index: number; start: number; end: number };

/** The document's paragraphs (lines), with their offsets; empty lines are left out. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) out.push({ index: out.length, start, end });
    start = end + 1;
  }
  return out;
}

/** The index of the paragraph that holds an offset, or -1. */
export function paragraphAt(paragraphs: Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid]!;
    if (offset < p.start) hi = mid - 1;
    else if (offset > p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export type Span = { id: string; start: number; end: number; status: string };
/** A piece of a paragraph: plain text, or text a candidate quotes (the innermost when they overlap). */
export type Piece = { start: number; end: number; text: string; candidate: string | null; status: string | null };

/**
 * A paragraph cut into pieces at every candidate's start and end, so each quoted stretch
 * can be highlighted; where quotes overlap, a piece belongs to the shortest quote over it.
 */
export function piecesOf(text: string, paragraph: Paragraph, spans: Span[]): Piece[] {
  const inside = spans.filter((s) => s.end > paragraph.start && s.start < paragraph.end);
  const cuts = new Set<number>([paragraph.start, paragraph.end]);
  for (const s of inside) {
    cuts.add(Math.max(s.start, paragraph.start));
    cuts.add(Math.min(s.end, paragraph.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const over = inside
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    const last = pieces[pieces.length - 1];
    if (last && !over && !last.candidate) {
      last.end = end;
      last.text = text.slice(last.start, end);
      continue;
    }
    pieces.push({
      start,
      end,
      text: text.slice(start, end),
      candidate: over?.id ?? null,
      status: over?.status ?? null,
    });
  }
  return pieces;
}

/** A window of `size` paragraphs holding the paragraph `focus`, for a document shown a page at a time. */
export function windowAround(count: number, focus: number, size: number): { from: number; to: number } {
  const page = Math.max(0, Math.floor(Math.max(0, focus) / size));
  return { from: page * size, to: Math.min(count, (page + 1) * size) };
}
