import { toGlobalId } from '../ids.js';
import type { Resolvers } from '../generated/graphql.generated.js';
import { boundedInt, existingId, optionalId } from '../graph/args.js';
import { PROVINCE } from '../../seed/build.js';
import { toChainGaps, type ChainGapsRow } from './chain-gaps.js';
import { CHAIN_GAPS, GAP_FILLERS } from './queries.js';
import { recommend, type FillerRow } from './recommend.js';

export const analyticsResolvers: Resolvers = {
  Query: {
    chainGaps: async (_p, { chain, place }, ctx) => {
      const [, given] = await Promise.all([existingId(ctx, 'chain', chain, 'Chain'), optionalId(ctx, 'place', place, 'Place')]);
      const placeId = given ?? toGlobalId('Place', PROVINCE);
      const [row] = await ctx.db.read<ChainGapsRow>(CHAIN_GAPS, { chain, place: placeId });
      return toChainGaps(row!);
    },
    recommendTargets: async (_p, { place, chain, first }, ctx) => {
      const limit = boundedInt('first', first, 10, 1, 100);
      const [, chainId] = await Promise.all([existingId(ctx, 'place', place, 'Place'), optionalId(ctx, 'chain', chain, 'Chain')]);
      const rows = await ctx.db.read<FillerRow>(GAP_FILLERS, { place, chain: chainId });
      return recommend(rows, limit);
    },
  },
};
