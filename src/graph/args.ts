import { badInput } from '../errors.js';
import { fromGlobalId, type NodeKind } from '../ids.js';
import type { Context } from '../context.js';
import type { EntityModel } from '../model.js';

/** An id argument that must name an existing entity of one of `kinds`; else BAD_USER_INPUT naming the argument. */
export async function existingId(ctx: Context, arg: string, id: string, ...kinds: NodeKind[]): Promise<EntityModel> {
  const parsed = fromGlobalId(id);
  if (!parsed) throw badInput(`${arg}: "${id}" is not a chain-atlas id.`, { argument: arg });
  if (!kinds.includes(parsed.kind)) throw badInput(`${arg}: expected the id of a ${kinds.join(' or ')}, got the id of a ${parsed.kind}.`, { argument: arg });
  const node = await ctx.loaders.node.load(id);
  if (!node) throw badInput(`${arg}: no ${parsed.kind} has the id "${id}".`, { argument: arg });
  return node;
}

/** Same as existingId for an optional argument: undefined stays undefined. */
export async function optionalId(ctx: Context, arg: string, id: string | null | undefined, ...kinds: NodeKind[]): Promise<string | null> {
  if (id == null) return null;
  return (await existingId(ctx, arg, id, ...kinds)).id;
}

/** A count argument within bounds; else BAD_USER_INPUT. */
export function boundedInt(arg: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) throw badInput(`${arg} must be a whole number from ${min} to ${max}; got ${v}.`, { argument: arg });
  return v;
}
