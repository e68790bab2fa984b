import type { Resolvers } from '../generated/graphql.generated.js';
import { IdFilters } from '../graph/args.js';
import { fetchSelected } from '../graph/fetch.js';
import { related, relatedOne } from '../graph/related.js';
import { sourcesOf } from '../graph/sources.js';
import type { ClusterModel, PlaceModel, SectorModel, TargetModel } from '../model.js';
import { TARGETS_FOR } from '../sector/queries.js';
import { CLUSTER_PLACE, CLUSTER_SECTOR, CLUSTERS } from './queries.js';

export const clusterResolvers: Resolvers = {
  Query: {
    clusters: async (_p, { where }, ctx, info) => {
      const ids = new IdFilters();
      const params = {
        tier: where?.tier ?? null,
        minTierYi: where?.minTierYi ?? null,
        sector: ids.add('where.sector', where?.sector, 'Sector'),
        place: ids.add('where.place', where?.place, 'Place'),
      };
      return ids.verified(ctx, await fetchSelected<ClusterModel>(ctx, info, { ...CLUSTERS, params }));
    },
  },
  Cluster: {
    sector: relatedOne<SectorModel>(CLUSTER_SECTOR),
    place: relatedOne<PlaceModel>(CLUSTER_PLACE),
    targets: related<TargetModel>(TARGETS_FOR),
    sources: sourcesOf,
  },
};
