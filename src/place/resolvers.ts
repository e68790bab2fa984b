import type { Resolvers } from '../generated/graphql.generated.js';
import { IdFilters } from '../graph/args.js';
import { fetchSelected } from '../graph/fetch.js';
import { pagedField } from '../graph/paged.js';
import { related, relatedOne } from '../graph/related.js';
import { needs } from '../graph/shapes.js';
import { sourcesOf } from '../graph/sources.js';
import type { PlaceModel } from '../model.js';
import { PLACE_CHILDREN, PLACE_CHILDREN_PAGE, PLACE_PARENT, PLACES } from './queries.js';

export const placeResolvers: Resolvers = {
  Query: {
    places: async (_p, { level, parent }, ctx, info) => {
      const ids = new IdFilters();
      const params = { level: level ?? null, parent: ids.add('parent', parent, 'Place') };
      return ids.verified(ctx, await fetchSelected<PlaceModel>(ctx, info, { ...PLACES, params }));
    },
  },
  Place: {
    level: needs(['level'], (p: PlaceModel) => p.level as never),
    aliases: needs(['aliases'], (p: PlaceModel) => p.aliases ?? []),
    parent: relatedOne<PlaceModel>(PLACE_PARENT),
    children: related<PlaceModel>(PLACE_CHILDREN),
    childrenPage: pagedField<PlaceModel>(PLACE_CHILDREN_PAGE),
    sources: sourcesOf,
  },
};
