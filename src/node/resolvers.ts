import type { Resolvers } from '../generated/graphql.generated.js';
import { existingId } from '../graph/args.js';
import { fromGlobalId, NODE_KINDS } from '../ids.js';
import type { EntityModel } from '../model.js';

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_p, { id }, ctx) => existingId(ctx, 'id', id, ...NODE_KINDS),
    nodes: (_p, { ids }, ctx) => Promise.all(ids.map((id) => (fromGlobalId(id) ? ctx.loaders.node.load(id) : null))),
  },
  Node: {
    // Every stored node carries its kind, which is also its GraphQL type name.
    __resolveType: (node) => (node as EntityModel).kind,
  },
};
