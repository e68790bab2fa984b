import type { GraphQLResolveInfo } from 'graphql';
import type { GraphRequest } from './request.js';
import type { Params } from '../db/database.js';
import { connection, pageArgs } from './pagination.js';

/**
 * A relation read one keyset page at a time, batched per request like `related`: for
 * each parent id, how many `m`s `pattern` reaches (filtered by `where`) and the page of
 * them after `$afterName`/`$afterId`, by name. The `m`s are collected as references
 * and only the page is projected, so a link with 26,000 operators sends 20.
 */
export function pagedRelation(pattern: string, where = 'true'): string {
  return `UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  OPTIONAL MATCH ${pattern}
  WHERE m IS NULL OR (${where})
  WITH m ORDER BY m.name, m.id
  WITH collect(m) AS found
  RETURN size(found) AS total,
         [m IN found WHERE $afterName IS NULL OR m.name > $afterName OR (m.name = $afterName AND m.id > $afterId)][0..toInteger($limit) + 1] AS page
}
RETURN id, [{total: total, page: [m IN page | m {.*}]}] AS items`;
}

type PageArgs = { first?: number | null; after?: string | null };
type PageRow<T> = { total: number; page: T[] };

/**
 * Resolves a connection field through a paged relation; `params` adds the field's own
 * filters (checked by the caller). `first: 0` gives the total alone.
 */
export function pagedField<T extends { id: string; name?: string }, A extends PageArgs = PageArgs>(
  query: string,
  params: (args: A, ctx: GraphRequest) => Params | Promise<Params> = () => ({}),
) {
  return async (parent: { id: string }, args: A, ctx: GraphRequest, _info: GraphQLResolveInfo) => {
    const page = pageArgs(args.first, args.after, 0);
    const [row] = (await ctx.loaders
      .related<PageRow<T>>(query, { ...(await params(args, ctx)), ...page })
      .load(parent.id)) as PageRow<T>[];
    return connection(row?.page ?? [], row?.total ?? 0, page);
  };
}
