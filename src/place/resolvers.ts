import type { Resolvers } from '../generated/graphql.generated.js';
import type { PlaceModel, PlanModel } from '../model.js';
import { PLACE_PLANS } from '../plan/queries.js';
import { PROVINCE_ID } from './province.js';
import { PLACE_BY_ID, PLACE_CHILDREN, PLACE_CHILDREN_PAGE, PLACE_PARENT, PLACES } from './queries.js';
import { IdFilters, fetchSelected, needs, pagedField, related, relatedOne, sourcesOf } from '../graph/index.js';

export const placeResolvers: Resolvers = {
  Query: {
    places: async (_p, { level, parent, within, code }, ctx, info) => {
      const ids = new IdFilters();
      const params = {
        level: level ?? null,
        parent: ids.add('parent', parent, 'Place'),
        within: ids.add('within', within, 'Place'),
        code: code?.trim() || null,
      };
      return ids.verified(ctx, await fetchSelected<PlaceModel>(ctx, info, { ...PLACES, params }));
    },
    province: async (_p, _a, ctx, info) => {
      const [province] = await fetchSelected<PlaceModel>(ctx, info, { ...PLACE_BY_ID, params: { id: PROVINCE_ID } });
      if (!province) throw new Error('the province is not in the graph: load the seed (npm run seed)');
      return province;
    },
  },
  Place: {
    aliases: needs(['aliases'], (p: PlaceModel) => p.aliases ?? []),
    parent: relatedOne<PlaceModel>(PLACE_PARENT),
    children: related<PlaceModel>(PLACE_CHILDREN),
    childrenPage: pagedField<PlaceModel>(PLACE_CHILDREN_PAGE),
    plans: related<PlanModel>(PLACE_PLANS),
    sources: sourcesOf,
  },
};
