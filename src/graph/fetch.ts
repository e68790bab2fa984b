import type { GraphQLResolveInfo } from 'graphql';
import type { GraphRequest } from './request.js';
import { projection } from './projection.js';
import type { RootQuery } from './root-query.js';
import { selectionPlanOf } from './selection.js';

export type { RootQuery } from './root-query.js';

/**
 * Runs a root field as one Cypher query that returns each node with everything the
 * request selects below it (properties and relations, nested), so the field costs one
 * round trip however deep the selection. `type` names the GraphQL type of `n` when the
 * field's type does not (an interface such as Node).
 */
export async function fetchSelected<T>(
  ctx: GraphRequest,
  info: GraphQLResolveInfo,
  { match, order, params = {}, type }: RootQuery,
): Promise<T[]> {
  const returned = ctx.compileSelections ? projection('n', selectionPlanOf(info, ctx.shapes, type)) : 'n {.*}';
  const cypher = `${match}\nRETURN ${returned} AS item${order ? `\nORDER BY ${order}` : ''}`;
  return (await ctx.db.read<{ item: T }>(cypher, params)).map((r) => r.item);
}
