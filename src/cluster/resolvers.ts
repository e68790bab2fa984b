import type { Resolvers } from '../generated/graphql.generated.js';
import { optionalId } from '../graph/args.js';
import { related, relatedOne } from '../graph/related.js';
import { sourcesOf } from '../graph/sources.js';
import type { ClusterModel, PlaceModel, SectorModel, TargetModel } from '../model.js';
import { TARGETS_FOR } from '../sector/queries.js';
import { CLUSTER_PLACE, CLUSTER_SECTOR, CLUSTERS } from './queries.js';

export const clusterResolvers: Resolvers = {
  Query: {
    clusters: async (_p, { where }, ctx) => {
      const [sector, place] = await Promise.all([
        optionalId(ctx, 'where.sector', where?.sector, 'Sector'),
        optionalId(ctx, 'where.place', where?.place, 'Place'),
      ]);
      const params = { tier: where?.tier ?? null, minTierYi: where?.minTierYi ?? null, sector, place };
      return (await ctx.db.read<{ cluster: ClusterModel }>(CLUSTERS, params)).map((r) => r.cluster);
    },
  },
  Cluster: {
    sector: relatedOne<SectorModel>(CLUSTER_SECTOR),
    place: relatedOne<PlaceModel>(CLUSTER_PLACE),
    targets: related<TargetModel>(TARGETS_FOR),
    sources: sourcesOf,
  },
};
