/** A share 0..1 as a whole percentage, e.g. `8%`. */
export const percent = (share: number | null | undefined) => (share == null ? '—' : `${Math.round(share * 100)}%`);

/** A number as the plan writes figures: thousands grouped, at most two decimals. */
export const figure = (value: number | null | undefined) =>
  value == null ? '—' : value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

/** A date `YYYY-MM-DD` as officers write it: `2015年5月14日`. */
export function chineseDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/** What every source says of itself, in one line. */
export type SourceLike = {
  kind: 'QUOTE' | 'CURATED' | 'IMPORTED' | 'PROJECT';
  section?: string | null;
  quote?: string | null;
  note?: string | null;
  document?: string | null;
  date?: string | null;
  file?: string | null;
  line?: number | null;
};

/** Where a fact comes from, in words: `《…》（2015年5月14日）二（一）1 电子信息`, `导入文件 x.csv 第 2 行（2026年12月2日）`, `招商项目记录（2026年12月7日投产）`, or `整理者注`. */
export function sourceOrigin(s: SourceLike): string {
  if (s.kind === 'QUOTE')
    return `《${s.document ?? '规划'}》${s.date ? `（${chineseDate(s.date)}）` : ''}${s.section ? ` ${s.section}` : ''}`;
  if (s.kind === 'IMPORTED')
    return `导入文件 ${s.file ?? ''}${s.line ? ` 第 ${s.line} 行` : ''}${s.date ? `（${chineseDate(s.date)}导入）` : ''}`;
  if (s.kind === 'PROJECT') return `招商项目记录${s.date ? `（${chineseDate(s.date)}投产）` : ''}`;
  return '整理者注（规划原文未直接写明）';
}

const pinyin = new Intl.Collator('zh-CN');
/** Orders names as Chinese lists of places usually are: by pinyin. */
export const byPinyin = (a: { name: string }, b: { name: string }) => pinyin.compare(a.name, b.name);

/** The plan as a report cites it: title, issuer, date. */
export type PlanLike = { title: string; issuer?: string | null; date?: string | null };

/** Where a report's figures come from, in one sentence: the plan by its title, issuer and date, and the imported lists. */
export function sourceLine(plan: PlanLike | readonly PlanLike[] | null | undefined): string {
  const plans = (Array.isArray(plan) ? plan : plan ? [plan] : []) as readonly PlanLike[];
  if (!plans.length) return '来源：规划原文及已导入的企业名单。';
  const cited = plans.map((p) => {
    const detail = [p.issuer, chineseDate(p.date)].filter(Boolean).join('，');
    return `《${p.title}》${detail ? `（${detail}）` : ''}`;
  });
  return `来源：${cited.join('、')}；本地企业依据已导入的企业名单。`;
}

/** Sources without repeats: the same file and line imported twice, or the same sentence cited twice, read once. */
export function uniqueSources<S extends SourceLike>(sources: S[]): S[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = JSON.stringify([
      s.kind,
      s.quote ?? null,
      s.section ?? null,
      s.note ?? null,
      s.file ?? null,
      s.line ?? null,
      s.kind === 'CURATED' ? null : (s.date ?? null),
    ]);
    return !seen.has(key) && !!seen.add(key);
  });
}
