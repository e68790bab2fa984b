import type { Relation } from './relation.js';

/**
 * What a field needs from the graph, so that a root field can fetch its whole selection
 * in one query (fetch.ts): stored properties of its parent, or a relation to follow
 * (with the related items' own selection, or fixed properties when the field computes a
 * value from them). Resolvers declare it where they are written, with `needs`,
 * `related`, `relatedOne` and `derived`; a field with a resolver that declares nothing
 * makes the compiled query return every property of its parent, which is always correct.
 */
export type FieldShape =
  | { props: string[]; relation?: undefined }
  | { relation: Relation; one: boolean; props?: string[]; parentProps?: string[] };

/** Type name -> field name -> its shape; `null` for a resolver that declared nothing. */
export type Shapes = Map<string, Map<string, FieldShape | null>>;

const declared = new WeakMap<object, FieldShape>();

/** Registers what a resolver needs and returns it unchanged. */
export function describeField<F extends object>(resolve: F, shape: FieldShape): F {
  declared.set(resolve, shape);
  return resolve;
}

/** A resolver that computes its value from these stored properties of its parent. */
export function needs<F extends object>(props: string[], resolve: F): F {
  return describeField(resolve, { props });
}

/** The shapes of every field that has a resolver in `resolvers` (the merged resolver map). */
export function shapesOf(resolvers: Record<string, unknown>): Shapes {
  const shapes: Shapes = new Map();
  for (const [type, fields] of Object.entries(resolvers)) {
    if (!fields || typeof fields !== 'object') continue;
    const byField = new Map<string, FieldShape | null>();
    for (const [field, resolve] of Object.entries(fields)) {
      if (field.startsWith('__') || typeof resolve !== 'function') continue;
      byField.set(field, declared.get(resolve) ?? null);
    }
    shapes.set(type, byField);
  }
  return shapes;
}

/**
 * Compiled queries put a field's related items under this key of the parent's map, so
 * they never collide with a stored property of the same name.
 */
export const prefetchKey = (field: string) => `__${field}`;

/** The items a compiled query fetched for `field` of `parent`; undefined when it fetched none. */
export function prefetched<T>(parent: object, field: string): T | undefined {
  const key = prefetchKey(field);
  return key in parent ? ((parent as Record<string, unknown>)[key] as T) : undefined;
}
