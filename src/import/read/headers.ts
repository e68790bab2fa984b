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

const normal = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_\-（）()：:]/g, '');
const BY_HEADER = new Map(
  Object.entries(HEADER_NAMES).flatMap(([column, names]) => names.map((n) => [normal(n), column as Column])),
);

/** What a header row maps to: the column of each cell position, and the headers no column takes. */
export type HeaderMap = { columns: (Column | null)[]; found: Column[]; ignored: string[] };

/**
 * Maps a header row to the import's columns. A column named twice is taken from its
 * first header; a header no column knows is reported once as ignored, not refused.
 */
export function mapHeaders(headers: string[]): HeaderMap {
  const found: Column[] = [];
  const ignored: string[] = [];
  const columns = headers.map((h) => {
    const column = BY_HEADER.get(normal(h)) ?? null;
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
