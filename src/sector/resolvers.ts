import { plansInScope } from '../plan/scope.js';
import type { Resolvers } from '../generated/graphql.generated.js';
import type { CategoryModel, ChainModel, ClusterModel, SectorModel, TargetModel } from '../model.js';
import {
  CATEGORIES,
  CATEGORY_SECTORS,
  KEY_PROJECT_TARGETS,
  SECTOR_CARRIERS,
  SECTOR_CHAINS,
  SECTOR_CLUSTERS,
  SECTORS,
  TARGETS_FOR,
} from './queries.js';
import { derived, fetchSelected, related, sourcesOf } from '../graph/index.js';

export const sectorResolvers: Resolvers = {
  Query: {
    sectors: async (_p, { category, plan, place }, ctx, info) =>
      fetchSelected<SectorModel>(ctx, info, {
        ...SECTORS,
        params: { category: category ?? null, plans: await plansInScope(ctx, plan, place) },
      }),
    categories: (_p, _a, ctx, info) => fetchSelected<CategoryModel>(ctx, info, CATEGORIES),
  },
  Category: {
    sectors: related<SectorModel>(CATEGORY_SECTORS),
    targets: related<TargetModel>(TARGETS_FOR),
    sources: sourcesOf,
  },
  Sector: {
    // The plan's count of key projects for the sector (its KEY_PROJECTS target).
    keyProjectCount: derived(KEY_PROJECT_TARGETS, ['value'], (targets: TargetModel[]) =>
      targets.length ? Math.max(...targets.map((t) => t.value ?? 0)) : null,
    ),
    targets: related<TargetModel>(TARGETS_FOR),
    clusters: related<ClusterModel>(SECTOR_CLUSTERS),
    carriers: related<ClusterModel>(SECTOR_CARRIERS),
    chains: related<ChainModel>(SECTOR_CHAINS),
    sources: sourcesOf,
  },
};
