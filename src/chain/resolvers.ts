import type { Resolvers } from '../generated/graphql.generated.js';
import { optionalId } from '../graph/args.js';
import { related, relatedOne } from '../graph/related.js';
import { sourcesOf } from '../graph/sources.js';
import type { ChainLinkModel, ChainModel, EnterpriseModel, SectorModel, StanceModel } from '../model.js';
import { CHAIN_LINKS, CHAIN_SECTOR, CHAINS, LINK_CHAIN, LINK_ENTERPRISES, LINK_FED_BY, LINK_FEEDS, LINK_STANCES } from './queries.js';

export const chainResolvers: Resolvers = {
  Query: {
    chains: async (_p, { sector }, ctx) => {
      const sectorId = await optionalId(ctx, 'sector', sector, 'Sector');
      return (await ctx.db.read<{ chain: ChainModel }>(CHAINS, { sector: sectorId })).map((r) => r.chain);
    },
  },
  Chain: {
    sector: async (c, a, ctx) => (await relatedOne<SectorModel>(CHAIN_SECTOR)(c, a, ctx))!,
    links: related<ChainLinkModel>(CHAIN_LINKS),
    sources: sourcesOf,
  },
  ChainLink: {
    stage: (l) => l.stage as never,
    chain: async (l, a, ctx) => (await relatedOne<ChainModel>(LINK_CHAIN)(l, a, ctx))!,
    feeds: related<ChainLinkModel>(LINK_FEEDS),
    fedBy: related<ChainLinkModel>(LINK_FED_BY),
    enterprises: related<EnterpriseModel>(LINK_ENTERPRISES),
    stances: related<StanceModel>(LINK_STANCES),
    sources: sourcesOf,
  },
};
