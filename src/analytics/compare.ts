import type { ChainGapsRow } from './chain-gaps.js';
import { toChainGaps } from './chain-gaps.js';

/** One chain's gaps in several places, side by side. */
export function compare(rows: ChainGapsRow[]) {
  const perPlace = rows.map(toChainGaps);
  const first = perPlace[0]!;
  return {
    chain: first.chain,
    places: perPlace.map((g) => ({
      place: g.place,
      coverage: g.coverage,
      covered: g.links.filter((l) => l.status === 'COVERED').length,
      targeted: g.links.filter((l) => l.status === 'TARGETED').length,
      gaps: g.links.filter((l) => l.status === 'GAP').length,
    })),
    links: first.links.map((l, i) => ({ link: l.link, statuses: perPlace.map((g) => g.links[i]!.status) })),
  };
}
