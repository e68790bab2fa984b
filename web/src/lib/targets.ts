import { figure } from './format';

type TargetLike = { metric?: string; label: string; value?: number | null; valueMax?: number | null; unit: string; text?: string | null; growthPct?: number | null };

/** A target's figure as the plan writes it (1.16万亿元), else its value and unit, a range as 3–5家. */
export function targetFigure(t: TargetLike): string {
  if (t.text) return t.text;
  if (t.value == null) return t.growthPct != null ? `增长${figure(t.growthPct)}%` : '—';
  return `${figure(t.value)}${t.valueMax != null ? `–${figure(t.valueMax)}` : ''}${t.unit}`;
}

/** The planned growth as `增长 24%`, or nothing. */
export const growthWords = (t: TargetLike) => (t.growthPct != null && t.value != null ? `增长 ${figure(t.growthPct)}%` : '');

/** The headline targets of a sector for its card: revenue first, then output, then the rest; at most `n`. */
export function headlineTargets<T extends TargetLike>(targets: T[], n = 2): T[] {
  const rank = (t: T) => ['REVENUE', 'OUTPUT', 'VALUE_ADDED'].indexOf(t.metric ?? '');
  return [...targets].sort((a, b) => (rank(a) < 0 ? 9 : rank(a)) - (rank(b) < 0 ? 9 : rank(b))).slice(0, n);
}
