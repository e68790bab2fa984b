import { figure } from './format';

type TargetLike = {
  metric?: string;
  label: string;
  value?: number | null;
  valueMax?: number | null;
  unit: string;
  text?: string | null;
  growthPct?: number | null;
};

/** A target's figure as the plan writes it (1.16万亿元), else its value and unit, a range as 3–5家. */
export function targetFigure(t: TargetLike): string {
  if (t.text) return t.text;
  if (t.value == null) return t.growthPct != null ? `增长${figure(t.growthPct)}%` : '—';
  return `${figure(t.value)}${t.valueMax != null ? `–${figure(t.valueMax)}` : ''}${t.unit}`;
}

/** The planned growth as `增长 24%`, or nothing. */
export const growthWords = (t: TargetLike) =>
  t.growthPct != null && t.value != null ? `增长 ${figure(t.growthPct)}%` : '';

/** The headline targets of a sector for its card: revenue first, then output, then the rest; at most `n`. */
export function headlineTargets<T extends TargetLike>(targets: T[], n = 2): T[] {
  const rank = (t: T) => ['REVENUE', 'OUTPUT', 'VALUE_ADDED'].indexOf(t.metric ?? '');
  return [...targets].sort((a, b) => (rank(a) < 0 ? 9 : rank(a)) - (rank(b) < 0 ? 9 : rank(b))).slice(0, n);
}

type Progressing = { value?: number | null; unit: string; actuals: { value: number }[] };

/** How far the latest actual is from the target, in words: `还差 1,725亿元`, `已达到目标`, `已超出 5亿元`; nothing without both. */
export function remainingWords(t: Progressing): string {
  const actual = t.actuals[0]?.value;
  if (t.value == null || actual == null) return '';
  const gap = t.value - actual;
  const amount = (x: number) => (t.unit === '%' ? `${figure(x)} 个百分点` : `${figure(x)}${t.unit}`);
  if (Math.abs(gap) < 1e-9) return '已达到目标';
  return gap > 0 ? `还差 ${amount(gap)}` : `已超出 ${amount(-gap)}`;
}

/** The implied baseline said in words, with the target's own figures: what the plan's growth rate counts from. */
export function baselineWords(t: TargetLike & { impliedBaseline?: number | null; year?: number | null }): string {
  if (t.value == null || t.growthPct == null || t.impliedBaseline == null) return '';
  const year = t.year ? ` ${t.year - 1} 年` : '上一年';
  // "About": a whole number when it is large enough for decimals not to matter.
  const about = Math.abs(t.impliedBaseline) >= 100 ? Math.round(t.impliedBaseline) : t.impliedBaseline;
  return `如${t.label}目标 ${targetFigure(t)}、增长 ${figure(t.growthPct)}%，则${year}约为 ${figure(about)}${t.unit}。`;
}

/**
 * The targets filter as the page uses it: a chosen sector decides the category shown (a
 * sector belongs to one), so the two selects never disagree; the query asks by sector
 * when there is one, else by category.
 */
export function targetFilter<S extends { id: string; category: string }>(
  wanted: { category: string | null; sector: string | null },
  sectors: S[],
): { category: string | null; sector: string | null; where: { category?: string; sector?: string } } {
  if (wanted.sector) {
    const sector = sectors.find((s) => s.id === wanted.sector);
    return { category: sector?.category ?? wanted.category, sector: wanted.sector, where: { sector: wanted.sector } };
  }
  return { category: wanted.category, sector: null, where: wanted.category ? { category: wanted.category } : {} };
}
