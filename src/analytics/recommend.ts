import type { ChainLinkModel, EnterpriseModel } from '../model.js';
import type { InWords } from '../language.js';

export type FillerRow = {
  placeName: string;
  gapCount: number;
  enterprise: EnterpriseModel;
  reasons: {
    link: ChainLinkModel;
    chain: string;
    why: 'OPERATES' | 'TARGET' | 'PARTNER';
    verb: string | null;
    quote: string | null;
    section: string | null;
  }[];
  homes: string[];
};

/** Share of the place's gaps an enterprise fills (0.8 of the score) plus 0.2 when the plan names it to attract. */
const FILL_WEIGHT = 0.8;
const TARGET_BONUS = 0.2;

/** A recommendation as resolvers receive it: its reasons in each language. */
export type RecommendationModel = {
  score: number;
  enterprise: EnterpriseModel;
  fillsLinks: ChainLinkModel[];
  reasons: InWords<string[]>;
};

/** Ranks gap fillers and explains each in words a person can check. */
export function recommend(rows: FillerRow[], first: number): RecommendationModel[] {
  return rows
    .map((row) => {
      const fills = new Map(row.reasons.map((r) => [r.link.id, r.link]));
      const targeted = row.reasons.some((r) => r.why === 'TARGET');
      const score = (FILL_WEIGHT * fills.size) / Math.max(row.gapCount, 1) + (targeted ? TARGET_BONUS : 0);
      return {
        score: Math.round(score * 1000) / 1000,
        enterprise: row.enterprise,
        fillsLinks: [...fills.values()],
        reasons: explain(row),
      };
    })
    .sort((a, b) => b.score - a.score || a.enterprise.name.localeCompare(b.enterprise.name, 'zh'))
    .slice(0, first);
}

function explain(row: FillerRow): InWords<string[]> {
  const en: string[] = [];
  const zh: string[] = [];
  const place = row.placeName;
  const operates = unique(row.reasons.filter((r) => r.why === 'OPERATES').map((r) => `${r.link.name}（${r.chain}）`));
  if (operates.length) {
    en.push(`Operates today in ${operates.join('、')}, which ${place} lacks.`);
    zh.push(`目前在${operates.join('、')}环节生产经营，而${place}缺少这些环节。`);
  }
  for (const r of row.reasons.filter((x) => x.why !== 'OPERATES')) {
    const role = r.why === 'TARGET' ? 'to attract' : 'to cooperate with';
    en.push(`The plan names it ${role} (${r.verb}) for ${r.link.name}（${r.chain}）: 「${r.quote}」 (${r.section}).`);
    zh.push(
      `规划提出${r.why === 'TARGET' ? '引进' : '合作'}（“${r.verb}”），涉及${r.link.name}（${r.chain}）：“${r.quote}”（${r.section}）。`,
    );
  }
  if (row.homes.length) {
    en.push(`Located today in ${row.homes.join('、')}, not in ${place}.`);
    zh.push(`目前位于${row.homes.join('、')}，不在${place}。`);
  } else {
    en.push(`Not located in ${place} (its location is not recorded).`);
    zh.push(`不在${place}（所在地未登记）。`);
  }
  return { EN: unique(en), ZH: unique(zh) };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
