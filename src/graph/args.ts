import { badInput } from '../errors.js';
import { fromGlobalId, type NodeKind } from '../ids.js';
import type { GraphRequest } from './request.js';
import type { EntityModel } from '../model.js';

/** The kind an id argument names, checked without the database: a chain-atlas id of one of `kinds`; else BAD_USER_INPUT. */
export function idKind(arg: string, id: string, ...kinds: NodeKind[]): NodeKind {
  const parsed = fromGlobalId(id);
  if (!parsed) throw badInput(`${arg}: "${id}" is not a chain-atlas id.`, { argument: arg });
  if (!kinds.includes(parsed.kind))
    throw badInput(`${arg}: expected the id of a ${kinds.join(' or ')}, got the id of a ${parsed.kind}.`, {
      argument: arg,
    });
  return parsed.kind;
}

/** An id argument that must name an existing entity of one of `kinds`; else BAD_USER_INPUT naming the argument. */
export async function existingId(
  ctx: GraphRequest,
  arg: string,
  id: string,
  ...kinds: NodeKind[]
): Promise<EntityModel> {
  const kind = idKind(arg, id, ...kinds);
  const node = await ctx.loaders.node.load(id);
  if (!node) throw notFound(arg, kind, id);
  return node;
}

/** The BAD_USER_INPUT for an id argument of the right form that names no node. */
export function notFound(arg: string, kind: NodeKind, id: string) {
  return badInput(`${arg}: no ${kind} has the id "${id}".`, { argument: arg });
}

/**
 * Filters by id whose existence is checked only when the query they filter found
 * nothing: a good request pays no extra round trip, and an unknown id still gets an
 * error that names its argument rather than an empty answer.
 */
export class IdFilters {
  private readonly given: [string, string, NodeKind[]][] = [];
  /** Checks the form and kind of an optional id now; null stays null. */
  add(arg: string, id: string | null | undefined, ...kinds: NodeKind[]): string | null {
    if (id == null) return null;
    idKind(arg, id, ...kinds);
    this.given.push([arg, id, kinds]);
    return id;
  }
  /** Returns `items`; when there are none, first fails on any filter id that names nothing. */
  async verified<T>(ctx: GraphRequest, items: T[]): Promise<T[]> {
    // In parallel: the node loader looks them all up in one round trip.
    if (!items.length) await Promise.all(this.given.map(([arg, id, kinds]) => existingId(ctx, arg, id, ...kinds)));
    return items;
  }
}

/** A count argument within bounds; else BAD_USER_INPUT. */
export function boundedInt(
  arg: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max)
    throw badInput(`${arg} must be a whole number from ${min} to ${max}; got ${v}.`, { argument: arg });
  return v;
}
