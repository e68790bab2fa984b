import type { ClusterKind, Resolvers } from '../generated/graphql.generated.js';
import type {
  ChainLinkModel,
  ClusterModel,
  EnterpriseModel,
  PlaceModel,
  ProjectModel,
  SectorModel,
  TargetModel,
} from '../model.js';
import { TARGETS_FOR } from '../sector/queries.js';
import {
  CLUSTER_ENTERPRISES,
  CLUSTER_LINKS,
  CLUSTER_PLACES,
  CLUSTER_PROJECTS,
  CLUSTER_SECTOR,
  CLUSTERS,
} from './queries.js';
import { IdFilters, fetchSelected, needs, related, relatedOne, sourcesOf } from '../graph/index.js';

/** The kinds a ClusterWhere asks for (`kind` and a non-empty `kinds` must both hold), or null for every kind. */
function kindsOf(
  where: { kind?: ClusterKind | null; kinds?: ClusterKind[] | null } | null | undefined,
): ClusterKind[] | null {
  const kinds = where?.kinds?.length ? where.kinds : null;
  if (!where?.kind) return kinds;
  return !kinds || kinds.includes(where.kind) ? [where.kind] : [];
}

export const clusterResolvers: Resolvers = {
  Query: {
    clusters: async (_p, { where }, ctx, info) => {
      const ids = new IdFilters();
      const params = {
        tier: where?.tier ?? null,
        minTierYi: where?.minTierYi ?? null,
        kinds: kindsOf(where),
        level: where?.level ?? null,
        sector: ids.add('where.sector', where?.sector, 'Sector'),
        place: ids.add('where.place', where?.place, 'Place'),
      };
      return ids.verified(ctx, await fetchSelected<ClusterModel>(ctx, info, { ...CLUSTERS, params }));
    },
  },
  Cluster: {
    // Stored as carrierKind: `kind` is every node's label, read by Node.__resolveType.
    kind: needs(['carrierKind'], (c: ClusterModel) => (c.carrierKind ?? 'CLUSTER') as ClusterKind),
    sector: relatedOne<SectorModel>(CLUSTER_SECTOR),
    place: relatedOne<PlaceModel>(CLUSTER_PLACES),
    places: related<PlaceModel>(CLUSTER_PLACES),
    enterprises: related<EnterpriseModel>(CLUSTER_ENTERPRISES),
    links: related<ChainLinkModel>(CLUSTER_LINKS),
    projects: related<ProjectModel>(CLUSTER_PROJECTS),
    targets: related<TargetModel>(TARGETS_FOR),
    sources: sourcesOf,
  },
};
