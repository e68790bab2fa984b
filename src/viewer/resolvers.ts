import type { Principal } from '../auth/tokens.js';
import type { Resolvers, Role } from '../generated/graphql.generated.js';
import { fetchSelected } from '../graph/index.js';
import type { PlaceModel } from '../model.js';
import { PLACE_BY_ID } from '../place/queries.js';
import type { ViewerModel } from './model.js';

/** The viewer of a principal: a token without a name shows its subject. */
export function viewerOf(principal: Principal): ViewerModel {
  return {
    subject: principal.subject ?? null,
    name: principal.name ?? principal.subject ?? null,
    roles: principal.roles,
    placeId: principal.place ?? null,
  };
}

export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_p, _a, { principal }) => viewerOf(principal),
  },
  Viewer: {
    roles: (v) => v.roles.map((r) => r.toUpperCase() as Role),
    canWrite: (v) => v.roles.some((r) => r === 'officer' || r === 'admin'),
    place: async (v, _a, ctx, info) =>
      v.placeId
        ? ((await fetchSelected<PlaceModel>(ctx, info, { ...PLACE_BY_ID, params: { id: v.placeId } }))[0] ?? null)
        : null,
  },
};
