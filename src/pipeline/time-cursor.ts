import { badInput } from '../errors.js';

/**
 * Keyset cursors of lists that run newest first (leads by activity, audit entries by
 * time): opaque to clients, base64url of [epoch ms, id].
 */
export function timeCursor(at: number, id: string): string {
  return Buffer.from(JSON.stringify([at, id]), 'utf8').toString('base64url');
}

/** Where a newest-first page starts: after the item with this time and id. */
export function afterTimeCursor(after: string | null | undefined): { afterAt: number | null; afterId: string | null } {
  if (!after) return { afterAt: null, afterId: null };
  try {
    const [at, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'number' && typeof id === 'string') return { afterAt: at, afterId: id };
  } catch {
    // below
  }
  throw badInput(`after: "${after}" is not a cursor from this API.`, { argument: 'after' });
}
