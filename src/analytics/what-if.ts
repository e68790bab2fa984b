import type { ChainLinkModel, ChainModel, EnterpriseModel, PlaceModel } from '../model.js';

export type WhatIfRow = {
  enterprise: EnterpriseModel;
  place: PlaceModel;
  chain: ChainModel;
  links: { link: ChainLinkModel; brings: boolean; covered: boolean }[];
};

/** Coverage before and after, per chain, if the enterprise came to the place. */
export function whatIf(rows: WhatIfRow[], enterprise: EnterpriseModel, place: PlaceModel) {
  const chains = rows
    .map((r) => {
      const total = r.links.length;
      const before = r.links.filter((l) => l.covered).length;
      const closed = r.links.filter((l) => l.brings && !l.covered).map((l) => l.link);
      return {
        chain: r.chain,
        coverageBefore: before / total,
        coverageAfter: (before + closed.length) / total,
        closedLinks: closed,
      };
    })
    .sort((a, b) => b.closedLinks.length - a.closedLinks.length);
  return { enterprise, place, chains };
}
