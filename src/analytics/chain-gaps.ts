import type {
  ChainLinkModel,
  ChainModel,
  EnterpriseModel,
  LinkStatusModel,
  PlaceModel,
  Provenance,
  SourceModel,
} from '../model.js';
import { projectSources, sourcesOf, type ProjectProvenance } from '../graph/index.js';

export type GapRow = {
  link: ChainLinkModel;
  local: EnterpriseModel[];
  targets: EnterpriseModel[];
  stanceSources: Provenance[];
};
export type ChainGapsRow = { chain: ChainModel; place: PlaceModel; links: GapRow[] };

/** COVERED when a local enterprise operates in the link, else TARGETED when the plan names targets, else GAP. */
export function statusOf(row: GapRow): LinkStatusModel {
  if (row.local.length) return 'COVERED';
  return row.targets.length ? 'TARGETED' : 'GAP';
}

/** One link seen from a place, as resolvers of LinkGap receive it. */
export type LinkGapModel = {
  status: LinkStatusModel;
  link: ChainLinkModel;
  localEnterprises: EnterpriseModel[];
  targetEnterprises: EnterpriseModel[];
  sources: SourceModel[];
  /** The place the link is seen from (the pipeline's leads of the link are those of this place and below). */
  placeId: string;
};

/** The ChainGaps answer from the query's row. */
export function toChainGaps({ chain, place, links }: ChainGapsRow) {
  const rows = links.map((r): LinkGapModel => ({
    status: statusOf(r),
    link: r.link,
    localEnterprises: r.local,
    targetEnterprises: r.targets,
    // A project that landed here (a lead that reached 投产) is a source of the link's coverage.
    sources: dedupe([
      ...sourcesOf(r.link),
      ...r.stanceSources.flatMap(sourcesOf),
      ...r.local.flatMap((e) => projectSources(e as ProjectProvenance, r.link.id)),
    ]),
    placeId: place.id,
  }));
  const covered = rows.filter((r) => r.status === 'COVERED').length;
  return { chain, place, coverage: rows.length ? covered / rows.length : 0, links: rows };
}

function dedupe<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = JSON.stringify(i);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
