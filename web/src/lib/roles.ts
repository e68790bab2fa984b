/** What the plan says it will do with an enterprise, in officers' words. */
export const STANCE_WORDS: Record<string, { word: string; meaning: string }> = {
  LOCAL: { word: '依托培育', meaning: '规划依托、支持的本地企业' },
  TARGET: { word: '拟引进', meaning: '规划提出引进、争取的企业' },
  PARTNER: { word: '拟合作', meaning: '规划提出合作、沟通的企业' },
  BRAND: { word: '代工品牌', meaning: '在本地代工生产的品牌' },
};

/** Place levels in words. */
export const LEVEL_WORDS: Record<string, string> = {
  PROVINCE: '省',
  CITY: '省辖市',
  COUNTY: '县（市）',
  DISTRICT: '区',
  ZONE: '园区/新区',
  REGION: '区域',
};

/** Categories in words. */
export const CATEGORY_WORDS: Record<string, string> = {
  HIGH_GROWTH: '高成长性制造业',
  STRATEGIC_EMERGING: '战略性新兴产业',
  TRADITIONAL_PILLAR: '传统支柱产业',
  PRODUCER_SERVICE: '生产性服务业',
};

/** Carrier kinds (载体) in the plan's words. */
export const CARRIER_WORDS: Record<string, string> = {
  CLUSTER: '产业集群',
  BASE: '基地',
  PARK: '园区',
  ZONE: '集聚区/示范区',
  DEMONSTRATION_CITY: '示范城市',
  PROGRAMME_SITE: '国家试点区域',
  HUB: '中心与支点城市',
};

/** Organisation kinds: companies and the institutions the plan names. */
export const ORGANISATION_WORDS: Record<string, string> = {
  COMPANY: '企业',
  UNIVERSITY: '高等院校',
  RESEARCH_INSTITUTE: '科研院所',
  PUBLIC_BODY: '公共服务机构',
};

/** Carriers grouped by kind, in the order of CARRIER_WORDS. */
export function byCarrierKind<T extends { kind: string }>(
  carriers: T[],
): { kind: string; word: string; carriers: T[] }[] {
  return Object.entries(CARRIER_WORDS)
    .map(([kind, word]) => ({ kind, word, carriers: carriers.filter((c) => c.kind === kind) }))
    .filter((g) => g.carriers.length);
}
