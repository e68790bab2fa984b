import type { Resolvers } from '../generated/graphql.generated.js';
import { optionalId } from '../graph/args.js';
import { related, relatedOne } from '../graph/related.js';
import { sourcesOf } from '../graph/sources.js';
import type { PlaceModel } from '../model.js';
import { PLACE_CHILDREN, PLACE_PARENT, PLACES } from './queries.js';

export const placeResolvers: Resolvers = {
  Query: {
    places: async (_p, { level, parent }, ctx) => {
      const parentId = await optionalId(ctx, 'parent', parent, 'Place');
      return (await ctx.db.read<{ place: PlaceModel }>(PLACES, { level: level ?? null, parent: parentId })).map((r) => r.place);
    },
  },
  Place: {
    level: (p) => p.level as never,
    aliases: (p) => p.aliases ?? [],
    parent: relatedOne<PlaceModel>(PLACE_PARENT),
    children: related<PlaceModel>(PLACE_CHILDREN),
    sources: sourcesOf,
  },
};
