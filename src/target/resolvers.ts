import { randomUUID } from 'node:crypto';
import { requireRole } from '../auth/guard.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.generated.js';
import { toGlobalId } from '../ids.js';
import type { Principal } from '../auth/tokens.js';
import type { ActualModel, EntityModel, PlanModel, TargetModel } from '../model.js';
import { mayReadPrivate } from '../privacy/fields.js';
import { plansInScope } from '../plan/scope.js';
import { sealer } from '../privacy/data-key.js';
import { TARGET_PLAN, RECORD_ACTUAL, TARGET_ACTUALS, TARGET_SUBJECT, TARGETS, TARGETS_OF_SUBJECT } from './queries.js';
import {
  IdFilters,
  derived,
  existingId,
  fetchSelected,
  needs,
  related,
  relatedOne,
  sourcesOf,
} from '../graph/index.js';

/** `YYYY-MM-DD` naming a real calendar day. */
function isIsoDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

export const targetResolvers: Resolvers = {
  Query: {
    targets: async (_p, { where }, ctx, info) => {
      const ids = new IdFilters();
      const params = {
        subject: ids.add('where.subject', where?.subject, 'Place', 'Category', 'Sector', 'Cluster'),
        sector: ids.add('where.sector', where?.sector, 'Sector'),
        category: where?.category ?? null,
        year: where?.year ?? null,
        metric: where?.metric ?? null,
        plans: await plansInScope(ctx, where?.plan, where?.governedPlace, 'where.governedPlace'),
      };
      const query = params.subject ? TARGETS_OF_SUBJECT : TARGETS;
      return ids.verified(ctx, await fetchSelected<TargetModel>(ctx, info, { ...query, params }));
    },
  },
  Mutation: {
    recordActual: async (_p, { input }, ctx) => {
      requireRole(ctx.principal, 'officer');
      await existingId(ctx, 'input.target', input.target, 'Target');
      if (!Number.isFinite(input.value))
        throw badInput('input.value must be a finite number.', { argument: 'input.value' });
      if (!isIsoDate(input.asOf))
        throw badInput(`input.asOf must be a date as YYYY-MM-DD; got "${input.asOf}".`, { argument: 'input.asOf' });
      if (input.note && input.note.length > 1000)
        throw badInput('input.note is longer than 1000 characters.', { argument: 'input.note' });
      const [row] = await ctx.db.write<{ target: TargetModel; actual: ActualModel }>(RECORD_ACTUAL, {
        target: input.target,
        id: toGlobalId('Actual', randomUUID()),
        value: input.value,
        asOf: input.asOf,
        note: sealer().seal(input.note),
        recordedBy: sealer().seal(ctx.principal.subject),
      });
      ctx.log.info(
        { target: input.target, value: input.value, asOf: input.asOf, by: ctx.principal.subject },
        'actual recorded',
      );
      return row!;
    },
  },
  Actual: {
    // Private (privacy/fields.ts): sealed in the graph, read by officers and admins only.
    note: needs(['note'], (a: ActualModel, _args: unknown, ctx: { principal: Principal }) =>
      mayReadPrivate(ctx.principal) ? (sealer().unseal(a.note) ?? null) : null,
    ),
    recordedBy: needs(['recordedBy'], (a: ActualModel, _args: unknown, ctx: { principal: Principal }) =>
      mayReadPrivate(ctx.principal) ? (sealer().unseal(a.recordedBy) ?? null) : null,
    ),
  },
  Target: {
    impliedBaseline: needs(['value', 'growthPct'], (t: TargetModel) =>
      t.value != null && t.growthPct != null ? t.value / (1 + t.growthPct / 100) : null,
    ),
    subject: relatedOne<EntityModel>(TARGET_SUBJECT),
    plan: relatedOne<PlanModel>(TARGET_PLAN),
    actuals: related<ActualModel>(TARGET_ACTUALS),
    // Latest actual / value (actuals come latest first).
    attainment: derived(
      TARGET_ACTUALS,
      ['value'],
      ([latest]: ActualModel[], t: TargetModel) => (latest && t.value ? latest.value / t.value : null),
      ['value'],
    ),
    sources: sourcesOf,
  },
};
