import { requireRole } from '../auth/guard.js';
import type { Resolvers } from '../generated/graphql.generated.js';
import { fromGlobalId, NODE_KINDS } from '../ids.js';
import type { EntityModel } from '../model.js';
import { NODE_BY_ID, fetchSelected, idKind, notFound } from '../graph/index.js';

export const nodeResolvers: Resolvers = {
  Query: {
    node: async (_p, { id }, ctx, info) => {
      const type = idKind('id', id, ...NODE_KINDS);
      // The import history says who imported which file: officers' business.
      if (type === 'Import') requireRole(ctx.principal, 'officer');
      const [node] = await fetchSelected<EntityModel>(ctx, info, { ...NODE_BY_ID, params: { id }, type });
      if (!node) throw notFound('id', type, id);
      return node;
    },
    nodes: (_p, { ids }, ctx) => {
      const officer = ctx.principal.roles.some((r) => r === 'officer' || r === 'admin');
      const readable = (id: string) => { const parsed = fromGlobalId(id); return parsed && (parsed.kind !== 'Import' || officer); };
      return Promise.all(ids.map((id) => (readable(id) ? ctx.loaders.node.load(id) : null)));
    },
  },
  Node: {
    // Every stored node carries its kind, which is also its GraphQL type name.
    __resolveType: (node) => (node as EntityModel).kind,
  },
};
