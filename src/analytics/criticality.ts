import type { ChainLinkModel, ChainModel, ClusterModel } from '../model.js';

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
      const reasons: string[] = [];
      if (r.blocked.length) reasons.push(`Feeds ${r.blocked.length} link(s) downstream in ${r.chain.name}: ${r.blocked.map((b) => b.name).join('、')}.`);
      if (r.clusters.length) reasons.push(`${r.clusters.length} ${r.sectorName} cluster(s) in ${r.placeName} lack it: ${r.clusters.map((c) => c.name).join('、')}.`);
      if (r.sameLinkMissingIn.length) reasons.push(`Also missing in ${r.sameLinkMissingIn.map((c) => c.name).join('、')}.`);
      reasons.push(r.targeted ? 'The plan names enterprises to attract for it.' : 'The plan names no enterprise to attract for it.');
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
