import type { Resolvers } from '../generated/graphql.generated.js';
import { related } from '../graph/related.js';
import { sourcesOf } from '../graph/sources.js';
import type { CategoryModel, ChainModel, ClusterModel, SectorModel, TargetModel } from '../model.js';
import { CATEGORIES, CATEGORY_SECTORS, SECTOR_CHAINS, SECTOR_CLUSTERS, SECTORS, TARGETS_FOR } from './queries.js';

export const sectorResolvers: Resolvers = {
  Query: {
    sectors: async (_p, { category }, { db }) =>
      (await db.read<{ sector: SectorModel }>(SECTORS, { category: category ?? null })).map((r) => r.sector),
    categories: async (_p, _a, { db }) => (await db.read<{ category: CategoryModel }>(CATEGORIES)).map((r) => r.category),
  },
  Category: {
    key: (c) => c.key as never,
    sectors: related<SectorModel>(CATEGORY_SECTORS),
    targets: related<TargetModel>(TARGETS_FOR),
    sources: sourcesOf,
  },
  Sector: {
    category: (s) => s.category as never,
    targets: related<TargetModel>(TARGETS_FOR),
    clusters: related<ClusterModel>(SECTOR_CLUSTERS),
    chains: related<ChainModel>(SECTOR_CHAINS),
    sources: sourcesOf,
  },
};
