import type { Resolvers } from '../generated/graphql.generated.js';
import type { ChainLinkModel, ChainModel, EnterpriseModel, PlanModel, SectorModel, StanceModel } from '../model.js';
import { CHAIN_PLANS } from '../plan/queries.js';
import { plansInScope } from '../plan/scope.js';
import {
  CHAIN_LINKS,
  CHAIN_SECTOR,
  CHAINS,
  LINK_CHAIN,
  LINK_ENTERPRISES,
  LINK_ENTERPRISES_PAGE,
  LINK_FED_BY,
  LINK_FEEDS,
  LINK_STANCES,
} from './queries.js';
import {
  IdFilters,
  existingId,
  fetchSelected,
  needs,
  pagedField,
  related,
  relatedOne,
  sourcesOf,
} from '../graph/index.js';

export const chainResolvers: Resolvers = {
  Query: {
    chains: async (_p, { sector, plan, place }, ctx, info) => {
      const ids = new IdFilters();
      const params = { sector: ids.add('sector', sector, 'Sector'), plans: await plansInScope(ctx, plan, place) };
      return ids.verified(ctx, await fetchSelected<ChainModel>(ctx, info, { ...CHAINS, params }));
    },
  },
  Chain: {
    aliases: needs(['aliases'], (c: ChainModel) => c.aliases ?? []),
    sector: relatedOne<SectorModel>(CHAIN_SECTOR),
    links: related<ChainLinkModel>(CHAIN_LINKS),
    plans: related<PlanModel>(CHAIN_PLANS),
    sources: sourcesOf,
  },
  ChainLink: {
    aliases: needs(['aliases'], (l: ChainLinkModel) => l.aliases ?? []),
    chain: relatedOne<ChainModel>(LINK_CHAIN),
    feeds: related<ChainLinkModel>(LINK_FEEDS),
    fedBy: related<ChainLinkModel>(LINK_FED_BY),
    enterprises: related<EnterpriseModel>(LINK_ENTERPRISES),
    enterprisesPage: pagedField<
      EnterpriseModel,
      { place?: string | null; first?: number | null; after?: string | null }
    >(LINK_ENTERPRISES_PAGE, async ({ place }, ctx) => {
      if (place != null) await existingId(ctx, 'place', place, 'Place');
      return { place: place ?? null };
    }),
    stances: related<StanceModel>(LINK_STANCES),
    sources: sourcesOf,
  },
};
