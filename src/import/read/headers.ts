import type { InWords } from '../../language.js';

/** The columns an import reads. */
export const COLUMNS = ['name', 'place', 'links', 'sectors', 'aliases', 'creditCode', 'note'] as const;
export type Column = (typeof COLUMNS)[number];

/** The headers each column is known by, English and Chinese; matched without case, spaces or punctuation. */
export const HEADER_NAMES: Record<Column, string[]> = {
  name: ['name', '企业名称', '名称'],
  place: ['place', '所在地', '所在地区', '地区', '注册地址', '地址'],
  links: ['links', 'link', '产业链环节', '环节'],
  sectors: ['sectors', 'sector', '所属行业', '行业', '产业'],
  aliases: ['aliases', 'alias', '简称', '别名', '曾用名'],
  creditCode: ['creditcode', 'credit_code', '统一社会信用代码', '信用代码'],
  note: ['note', 'notes', '备注'],
};

/** What kind of file an import reads: an enterprise list (the default) or an officer's lead ledger (项目信息采集表). */
export type FileKind = 'ENTERPRISES' | 'LEADS';

/** The columns a lead ledger reads (src/pipeline/import/). */
export const LEAD_COLUMNS = [
  'name',
  'creditCode',
  'chain',
  'link',
  'place',
  'stage',
  'stageDate',
  'owner',
  'investment',
  'annualOutput',
  'tax',
  'jobs',
  'note',
] as const;
export type LeadColumn = (typeof LEAD_COLUMNS)[number];

/** The headers each column of a lead ledger is known by. */
export const LEAD_HEADER_NAMES: Record<LeadColumn, string[]> = {
  name: ['name', '企业名称', '名称', '项目单位', '客商名称'],
  creditCode: ['creditcode', 'credit_code', '统一社会信用代码', '信用代码'],
  chain: ['chain', '产业链'],
  link: ['link', '环节', '产业链环节'],
  place: ['place', '地区', '落地地区', '所在地区', '拟落地地区', '区划代码'],
  stage: ['stage', '阶段', '项目阶段', '当前阶段', '进展阶段'],
  stageDate: ['stagedate', 'stage_date', '阶段日期', '日期'],
  owner: ['owner', '负责人', '责任人'],
  investment: ['investment', '计划投资（亿元）', '计划投资', '投资额（亿元）', '总投资（亿元）'],
  annualOutput: ['annualoutput', '年产值（亿元）', '预计年产值（亿元）', '年产值'],
  tax: ['tax', '年税收（万元）', '预计年税收（万元）', '年税收'],
  jobs: ['jobs', '就业人数', '预计就业（人）', '就业'],
  note: ['note', 'notes', '备注'],
};

const normal = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_\-（）()：:]/g, '');
const byHeader = <C extends string>(names: Record<C, string[]>) =>
  new Map(Object.entries<string[]>(names).flatMap(([column, list]) => list.map((n) => [normal(n), column as C])));
const BY_HEADER = byHeader(HEADER_NAMES);
const LEAD_BY_HEADER = byHeader(LEAD_HEADER_NAMES);

/** What a header row maps to: the column of each cell position, and the headers no column takes. */
export type HeaderMap<C extends string = Column> = { columns: (C | null)[]; found: C[]; ignored: string[] };

/**
 * Maps a header row to the import's columns. A column named twice is taken from its
 * first header; a header no column knows is reported once as ignored, not refused.
 */
export function mapHeaders(headers: string[]): HeaderMap {
  return mapWith(headers, BY_HEADER);
}

/** Maps a lead ledger's header row to its columns (as `mapHeaders` does an enterprise list's). */
export function mapLeadHeaders(headers: string[]): HeaderMap<LeadColumn> {
  return mapWith(headers, LEAD_BY_HEADER);
}

function mapWith<C extends string>(headers: string[], known: Map<string, C>): HeaderMap<C> {
  const found: C[] = [];
  const ignored: string[] = [];
  const columns = headers.map((h) => {
    const column = known.get(normal(h)) ?? null;
    if (!column || found.includes(column)) {
      if (h.trim()) ignored.push(h.trim());
      return null;
    }
    found.push(column);
    return column;
  });
  return { columns, found, ignored };
}

/** Why a header row cannot be imported, or null: it needs name, place, and links or sectors. */
export function headerProblem({ found }: HeaderMap): InWords | null {
  const missing = (['name', 'place'] as const).filter((c) => !found.includes(c));
  const either = found.includes('links') || found.includes('sectors');
  if (!missing.length && either) return null;
  const needs = [
    ...missing.map((c) => `${c} (${HEADER_NAMES[c].slice(1).join('/')})`),
    ...(either ? [] : ['links (产业链环节) or sectors (所属行业)']),
  ];
  const zh = (c: Column) => {
    const [first, ...others] = HEADER_NAMES[c].slice(1);
    return others.length ? `${first}（或 ${others.join('、')}）` : first!;
  };
  const needsZh = [...missing.map(zh), ...(either ? [] : ['产业链环节或所属行业'])];
  return { EN: `the header row needs ${needs.join(', ')}`, ZH: `表头缺少这些列：${needsZh.join('；')}` };
}

/** Why a lead ledger's header row cannot be imported, or null: it needs 企业名称, 地区 and 阶段. */
export function leadHeaderProblem({ found }: HeaderMap<LeadColumn>): InWords | null {
  const missing = (['name', 'place', 'stage'] as const).filter((c) => !found.includes(c));
  if (!missing.length) return null;
  return {
    EN: `the header row of a lead ledger needs ${missing.map((c) => `${c} (${LEAD_HEADER_NAMES[c][1]})`).join(', ')}`,
    ZH: `招商项目台账的表头缺少这些列：${missing.map((c) => LEAD_HEADER_NAMES[c][1]).join('；')}`,
  };
}

/**
 * What kind of file a header row is, when the officer did not say: a lead ledger when it
 * has a stage column (阶段), else an enterprise list. A row with a stage column and also a
 * column only enterprise lists have (所属行业, 简称) could be either: the officer is asked
 * to say which.
 */
export function fileKindOf(headers: string[]): { kind: FileKind } | { problem: InWords } {
  const leads = mapLeadHeaders(headers);
  if (!leads.found.includes('stage')) return { kind: 'ENTERPRISES' };
  const listOnly = mapHeaders(headers)
    .columns.map((c, at) => (c === 'sectors' || c === 'aliases' ? headers[at]!.trim() : null))
    .filter((h): h is string => !!h);
  if (!listOnly.length) return { kind: 'LEADS' };
  const names = listOnly.join('”“');
  return {
    problem: {
      EN: `the header row has a stage column (阶段) and ${listOnly.join(', ')}: it could be a lead ledger or an enterprise list; say which (kind LEADS or ENTERPRISES)`,
      ZH: `表头既有“阶段”又有“${names}”，无法判断是招商项目台账还是企业名单：请选择文件类型后重新检查`,
    },
  };
}
