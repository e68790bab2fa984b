import type { GraphQLResolveInfo } from 'graphql';
import type { GraphRequest } from './request.js';
import type { Relation } from './relation.js';
import { describeField, prefetched } from './shapes.js';

export { relation, type Relation } from './relation.js';

type Parent = { id: string };

/**
 * The related items of `parent`: prefetched by its query when it was compiled, else
 * through the request's loader. Prefetched items are returned as they are, not in a
 * promise: graphql-js then completes the field without a microtask, which matters
 * when an answer holds thousands of objects.
 */
function itemsOf<T>(rel: Relation, parent: Parent, ctx: GraphRequest, info: GraphQLResolveInfo): T[] | Promise<T[]> {
  const found = prefetched<T[] | T | null>(parent, info.fieldName);
  if (found !== undefined) return Array.isArray(found) ? found : found == null ? [] : [found];
  return ctx.loaders.related<T>(rel.batched).load(parent.id);
}

/** Applies `f` to a value or to what a promise of it resolves to, staying synchronous for a value. */
function mapMaybeAsync<A, B>(value: A | Promise<A>, f: (a: A) => B): B | Promise<B> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** Resolves a list field through a relation. */
export function related<T>(rel: Relation) {
  const resolve = (parent: Parent, _args: unknown, ctx: GraphRequest, info: GraphQLResolveInfo) =>
    itemsOf<T>(rel, parent, ctx, info);
  return describeField(resolve, { relation: rel, one: false });
}

/**
 * Resolves a single-valued field through a relation: the first related item, or null.
 * Typed non-null because the fields that use it are non-null in the schema where the
 * graph guarantees the relationship (every stance is about an enterprise).
 */
export function relatedOne<T>(rel: Relation) {
  const resolve = (parent: Parent, _args: unknown, ctx: GraphRequest, info: GraphQLResolveInfo): T | Promise<T> =>
    mapMaybeAsync(itemsOf<T>(rel, parent, ctx, info), (items) => items[0] ?? (null as T));
  return describeField(resolve, { relation: rel, one: true });
}

/** Resolves a value computed from a relation's items, of which it needs only `props` (and `parentProps` of the parent). */
export function derived<T, R, P extends Parent = Parent>(
  rel: Relation,
  props: string[],
  compute: (items: T[], parent: P) => R,
  parentProps: string[] = [],
) {
  const resolve = (parent: P, _args: unknown, ctx: GraphRequest, info: GraphQLResolveInfo): R | Promise<R> =>
    mapMaybeAsync(itemsOf<T>(rel, parent, ctx, info), (items) => compute(items, parent));
  return describeField(resolve, { relation: rel, one: false, props, parentProps });
}
