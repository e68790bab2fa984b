import type { ChainLinkModel, ChainModel, ClusterModel } from '../model.js';
import type { InWords } from '../language.js';

export type CriticalRow = {
  placeName: string;
  sectorName: string;
  link: ChainLinkModel;
  chain: ChainModel;
  targeted: boolean;
  blocked: ChainLinkModel[];
  clusters: ClusterModel[];
  sameLinkMissingIn: ChainModel[];
};

/** Ranks missing links by how much depends on them: downstream links, clusters, other chains. */
export function rankCritical(rows: CriticalRow[], first: number) {
  return rows
    .map((r) => {
      const reasons: InWords<string[]> = { EN: [], ZH: [] };
      const names = (items: { name: string }[]) => items.map((i) => i.name).join('、');
      if (r.blocked.length) {
        reasons.EN.push(`Feeds ${r.blocked.length} link(s) downstream in ${r.chain.name}: ${names(r.blocked)}.`);
        reasons.ZH.push(`向${r.chain.name}下游的 ${r.blocked.length} 个环节供给：${names(r.blocked)}。`);
      }
      if (r.clusters.length) {
        reasons.EN.push(
          `${r.clusters.length} ${r.sectorName} cluster(s) in ${r.placeName} lack it: ${names(r.clusters)}.`,
        );
        reasons.ZH.push(
          `${r.placeName}的 ${r.clusters.length} 个${r.sectorName}产业集群缺少这一环节：${names(r.clusters)}。`,
        );
      }
      if (r.sameLinkMissingIn.length) {
        reasons.EN.push(`Also missing in ${names(r.sameLinkMissingIn)}.`);
        reasons.ZH.push(`${names(r.sameLinkMissingIn)}同样缺少这一环节。`);
      }
      reasons.EN.push(
        r.targeted
          ? 'The plan names enterprises to attract for it.'
          : 'The plan names no enterprise to attract for it.',
      );
      reasons.ZH.push(r.targeted ? '规划已点名拟引进的企业。' : '规划未点名拟引进的企业。');
      return {
        link: r.link,
        chain: r.chain,
        status: r.targeted ? ('TARGETED' as const) : ('GAP' as const),
        blockedLinks: r.blocked,
        blockedClusters: r.clusters,
        sameLinkMissingIn: r.sameLinkMissingIn,
        score: r.blocked.length + r.clusters.length + r.sameLinkMissingIn.length,
        reasons,
      };
    })
    .sort((a, b) => b.score - a.score || (a.link.position ?? 0) - (b.link.position ?? 0))
    .slice(0, first);
}

/** A ranked missing link as resolvers receive it: its reasons in each language. */
export type CriticalityModel = ReturnType<typeof rankCritical>[number];
