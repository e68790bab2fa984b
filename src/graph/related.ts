import type { Context } from '../context.js';
import type { Params } from '../db/database.js';

/** Resolves a list field through a batched query: `related(QUERY)` as a resolver. */
export function related<T>(query: string, params: Params = {}) {
  return (parent: { id: string }, _args: unknown, ctx: Context): Promise<T[]> => ctx.loaders.related<T>(query, params).load(parent.id);
}

/** Resolves a single-valued field through a batched query: the first related item or null. */
export function relatedOne<T>(query: string) {
  return async (parent: { id: string }, _args: unknown, ctx: Context): Promise<T | null> =>
    (await ctx.loaders.related<T>(query).load(parent.id))[0] ?? null;
}

/**
 * The Cypher of a batched relation: for each id in `$ids`, the nodes `pattern` reaches
 * from `(n)` as `(m)`, in document order.
 */
export function relation(pattern: string, order = 'm.position'): string {
  return `UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH ${pattern}
WITH id, m ORDER BY ${order}
RETURN id, collect(m {.*}) AS items`;
}
