import { requireRole } from '../auth/guard.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.generated.js';
import { checkExpressions } from './expressions.js';
import { boundedInt } from '../graph/index.js';

/** At most this much of an answer is returned (characters of JSON). */
const MAX_ANSWER_BYTES = 2_000_000;

export const cypherResolvers: Resolvers = {
  Query: {
    cypher: async (_p, { query, params, limit }, ctx) => {
      requireRole(ctx.principal, 'analyst');
      const rows = boundedInt('limit', limit, 100, 1, 1000);
      if (!query.trim()) throw badInput('query must not be empty.', { argument: 'query' });
      if (params != null && (typeof params !== 'object' || Array.isArray(params))) {
        throw badInput('params must be a JSON object of named parameters.', { argument: 'params' });
      }
      checkExpressions(query, (params ?? {}) as Record<string, unknown>);
      return ctx.analysts.run(query, (params ?? {}) as Record<string, unknown>, { rows, bytes: MAX_ANSWER_BYTES });
    },
  },
};
