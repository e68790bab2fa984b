import type { GraphRequest } from '../graph/index.js';
import { existingId, idKind } from '../graph/index.js';
import { GOVERNING_PLAN_IDS } from './queries.js';

/**
 * The plans a view is drawn from: the one asked for, or the published plans that govern a
 * place (its province's and its own); null when neither is given (every published plan).
 */
export async function plansInScope(
  ctx: GraphRequest,
  plan: string | null | undefined,
  place: string | null | undefined,
  arg = 'place',
): Promise<string[] | null> {
  if (plan) {
    idKind('plan', plan, 'Plan');
    return [plan];
  }
  if (!place) return null;
  await existingId(ctx, arg, place, 'Place');
  return (await ctx.db.read<{ id: string }>(GOVERNING_PLAN_IDS, { place })).map((r) => r.id);
}
