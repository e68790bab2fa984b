import type { ChainLinkModel, EnterpriseModel } from '../model.js';

export type FillerRow = {
  placeName: string;
  gapCount: number;
  enterprise: EnterpriseModel;
  reasons: { link: ChainLinkModel; chain: string; why: 'OPERATES' | 'TARGET' | 'PARTNER'; verb: string | null; quote: string | null; section: string | null }[];
  homes: string[];
};

/** Share of the place's gaps an enterprise fills (0.8 of the score) plus 0.2 when the plan names it to attract. */
const FILL_WEIGHT = 0.8;
const TARGET_BONUS = 0.2;

/** Ranks gap fillers and explains each in words a person can check. */
export function recommend(rows: FillerRow[], first: number) {
  return rows
    .map((row) => {
      const fills = new Map(row.reasons.map((r) => [r.link.id, r.link]));
      const targeted = row.reasons.some((r) => r.why === 'TARGET');
      const score = (FILL_WEIGHT * fills.size) / Math.max(row.gapCount, 1) + (targeted ? TARGET_BONUS : 0);
      return { score: Math.round(score * 1000) / 1000, enterprise: row.enterprise, fillsLinks: [...fills.values()], reasons: explain(row) };
    })
    .sort((a, b) => b.score - a.score || a.enterprise.name.localeCompare(b.enterprise.name, 'zh'))
    .slice(0, first);
}

function explain(row: FillerRow): string[] {
  const lines: string[] = [];
  const operates = unique(row.reasons.filter((r) => r.why === 'OPERATES').map((r) => `${r.link.name}（${r.chain}）`));
  if (operates.length) lines.push(`Operates today in ${operates.join('、')}, which ${row.placeName} lacks.`);
  for (const r of row.reasons.filter((x) => x.why !== 'OPERATES')) {
    const role = r.why === 'TARGET' ? 'to attract' : 'to cooperate with';
    lines.push(`The plan names it ${role} (${r.verb}) for ${r.link.name}（${r.chain}）: 「${r.quote}」 (${r.section}).`);
  }
  lines.push(row.homes.length ? `Located today in ${row.homes.join('、')}, not in ${row.placeName}.` : `Not located in ${row.placeName} (its location is not recorded).`);
  return unique(lines);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
