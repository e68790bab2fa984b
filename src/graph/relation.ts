/**
 * A relationship a field follows: `pattern` reaches `(m)` from `(n)`, `order` sorts the
 * `m`s. It is run two ways: compiled into the parent's query when a root field fetches
 * its whole selection at once (see fetch.ts), or batched per request level by a
 * DataLoader (`batched`) when the parent came from elsewhere.
 */
export type Relation = { pattern: string; order: string; batched: string };

/** A relation; patterns and orders name the parent `n` and the related node `m`. */
export function relation(pattern: string, order = 'm.position'): Relation {
  return {
    pattern,
    order,
    batched: `UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH ${pattern}
WITH id, m ORDER BY ${order}
RETURN id, collect(m {.*}) AS items`,
  };
}
