import { badInput } from '../errors.js';
import { boundedInt } from './args.js';

/** Where a page starts: after the item with this sort name and id (keyset pagination). */
export type PageStart = { afterName: string | null; afterId: string | null; limit: number };

export const MAX_PAGE_SIZE = 100;

/** Reads `first` and `after`; the cursor is opaque to clients, base64url of [name, id]. */
export function pageArgs(first: number | null | undefined, after: string | null | undefined): PageStart {
  const limit = boundedInt('first', first, 20, 1, MAX_PAGE_SIZE);
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
