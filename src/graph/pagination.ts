import { badInput } from '../errors.js';
import { boundedInt } from './args.js';

/** Where a page starts: after the item with this sort name and id (keyset pagination). */
export type PageStart = { afterName: string | null; afterId: string | null; limit: number };

export const MAX_PAGE_SIZE = 100;

/**
 * Reads `first` and `after`; the cursor is opaque to clients, base64url of [name, id].
 * `smallest` is 0 for pages of a field, where `first: 0` asks only for the total.
 */
export function pageArgs(first: number | null | undefined, after: string | null | undefined, smallest = 1): PageStart {
  const limit = boundedInt('first', first, 20, smallest, MAX_PAGE_SIZE);
  if (!after) return { afterName: null, afterId: null, limit };
  try {
    const [name, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown[];
    if (typeof name === 'string' && typeof id === 'string') return { afterName: name, afterId: id, limit };
  } catch {
    // fall through to the error below
  }
  throw badInput(`after: "${after}" is not a cursor from this API.`, { argument: 'after' });
}

export function cursorOf(item: { name?: string; id: string }): string {
  return Buffer.from(JSON.stringify([item.name ?? '', item.id]), 'utf8').toString('base64url');
}

/** A Relay connection from one page of items (fetched with limit + 1 to see if more follow). */
export function connection<T extends { name?: string; id: string }>(items: T[], total: number, page: PageStart) {
  const nodes = items.slice(0, page.limit);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    totalCount: total,
    edges,
    pageInfo: {
      hasNextPage: items.length > page.limit,
      hasPreviousPage: page.afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A page of items already in memory, in the order of keyset pages: by name, then id. */
export function pageOf<T extends { name?: string; id: string }>(items: T[], page: PageStart) {
  const sorted = [...items].sort(byNameThenId);
  const after = page.afterId === null ? undefined : { name: page.afterName ?? '', id: page.afterId };
  const start = after ? sorted.findIndex((item) => byNameThenId(item, after) > 0) : 0;
  const rest = start < 0 ? [] : sorted.slice(start, start + page.limit + 1);
  return connection(rest, items.length, page);
}

/** The order keyset cursors follow, as Cypher's `ORDER BY name, id` sorts strings (by code point). */
function byNameThenId(a: { name?: string; id: string }, b: { name?: string; id: string }): number {
  const an = a.name ?? '';
  const bn = b.name ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
