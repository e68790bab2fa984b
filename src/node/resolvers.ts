import { requireRole } from '../auth/guard.js';
import type { Resolvers } from '../generated/graphql.generated.js';
import { fromGlobalId, NODE_KINDS } from '../ids.js';
import { recordAudit } from '../pipeline/audit.js';
import { leadById } from '../pipeline/resolvers.js';

/** The kinds of node `node(id:)` answers: an interaction and a lead's event are parts of a lead, not nodes of their own. */
const NODE_TYPES = NODE_KINDS.filter((k) => k !== 'LeadEvent' && k !== 'Interaction');
import type { EntityModel } from '../model.js';
import { PLAN_BY_ID } from '../plan/queries.js';
import { mayEditPlans } from '../privacy/fields.js';
import { visibleTo } from '../privacy/visibility.js';
import { NODE_BY_ID, fetchSelected, idKind, notFound } from '../graph/index.js';

export const nodeResolvers: Resolvers = {
  Query: {
    node: async (_p, { id }, ctx, info) => {
      const type = idKind('id', id, ...NODE_TYPES);
      // A lead is for those whose place it is (pipeline/scope.ts); to anyone else it does not exist.
      if (type === 'Lead') {
        const lead = await leadById(ctx, id);
        if (!lead) throw notFound('id', type, id);
        // The lead page reads a lead here: who read which lead goes to the audit.
        await recordAudit(ctx.db, ctx.log, ctx.principal, { action: 'VIEW_LEAD', detail: id, count: 1 });
        return lead as unknown as EntityModel;
      }
      // The import history says who imported which file: officers' business.
      if (type === 'Import') requireRole(ctx.principal, 'officer');
      // A draft plan is filtered in the query: the selection may not include its status.
      const byId =
        type === 'Plan'
          ? { ...PLAN_BY_ID, params: { id, drafts: mayEditPlans(ctx.principal) } }
          : { ...NODE_BY_ID, params: { id } };
      const [node] = await fetchSelected<EntityModel & { status?: string | null }>(ctx, info, { ...byId, type });
      if (!node || !visibleTo(ctx.principal, { kind: type, status: node.status })) throw notFound('id', type, id);
      return node;
    },
    nodes: async (_p, { ids }, ctx) => {
      const known = (id: string) => fromGlobalId(id) !== undefined;
      const nodes = await Promise.all(ids.map((id) => (known(id) ? ctx.loaders.node.load(id) : null)));
      return nodes.map((n) =>
        n && visibleTo(ctx.principal, n as EntityModel & { status?: string | null }) ? n : null,
      );
    },
  },
  Node: {
    // Every stored node carries its kind, which is also its GraphQL type name.
    __resolveType: (node) => (node as EntityModel).kind as Exclude<EntityModel['kind'], 'LeadEvent' | 'Interaction'>,
  },
};
