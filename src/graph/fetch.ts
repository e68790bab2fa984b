import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { Params } from '../db/database.js';
import { projection } from './projection.js';
import { planOf } from './selection.js';

/** A root field's own query: `match` binds `n` to its nodes, `order` sorts them. */
export type RootQuery = { match: string; order?: string; params?: Params; type?: string };

/**
 * Runs a root field as one Cypher query that returns each node with everything the
 * request selects below it (properties and relations, nested), so the field costs one
 * round trip however deep the selection. `type` names the GraphQL type of `n` when the
 * field's type does not (an interface such as Node).
 */
export async function fetchSelected<T>(ctx: Context, info: GraphQLResolveInfo, { match, order, params = {}, type }: RootQuery): Promise<T[]> {
  const returned = ctx.compileSelections ? projection('n', planOf(info, ctx.shapes, type)) : 'n {.*}';
  const cypher = `${match}\nRETURN ${returned} AS item${order ? `\nORDER BY ${order}` : ''}`;
  return (await ctx.db.read<{ item: T }>(cypher, params)).map((r) => r.item);
}
