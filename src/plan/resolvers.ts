import { requireRole } from '../auth/guard.js';
import type { Principal } from '../auth/tokens.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.generated.js';
import {
  boundedInt,
  connection,
  fetchSelected,
  idKind,
  needs,
  pageArgs,
  related,
  relatedOne,
  sourcesOf,
} from '../graph/index.js';
import type {
  CandidateModel,
  ChainModel,
  DecisionModel,
  EntityModel,
  PlaceModel,
  PlanModel,
  SectionModel,
  SectorModel,
} from '../model.js';
import { sealer } from '../privacy/data-key.js';
import { mayEditPlans } from '../privacy/fields.js';
import { comparePlanFacts, planFacts } from './compare.js';
import { loadForPublishing, planPublishing, PlanStatusChanged, writePublishing, writeWithdrawal } from './publish.js';
import {
  CANDIDATE_MERGED_INTO,
  CANDIDATE_PLAN,
  CANDIDATES,
  CURATED_COUNTS,
  DECISION_CANDIDATE,
  DECISIONS,
  FIRST_PLAN,
  PLAN_BY_ID,
  PLAN_CHAINS,
  PLAN_COUNTS,
  PLAN_REGION,
  PLAN_SECTIONS,
  PLAN_SECTORS,
  PLAN_STATED_CHAINS,
  PLANS,
  REVIEW_PROGRESS,
  SECTION_PLAN,
} from './queries.js';
import { acceptAbove, addCandidate, reviewCandidate, updateMetadata } from './review.js';
import { ingestPlanText } from './ingest-api.js';
import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../ids.js';

type Ctx = { principal: Principal };
const status = (p: PlanModel) => p.status ?? 'PUBLISHED';

/** Drafts, candidates and decisions are for editors and admins: to anyone else a draft does not exist. */
function requireEditor(ctx: Ctx): void {
  requireRole(ctx.principal, 'editor');
}
/** Another editor's publish or withdraw of the same plan committed first: say so. */
const changedMeanwhile = (err: unknown): never => {
  if (err instanceof PlanStatusChanged)
    throw badInput(`${err.message}.`, {
      argument: 'plan',
      status: err.status,
      messageZh: '该规划的状态已被他人更改，请刷新后再试。',
    });
  throw err;
};
const hiddenPlan = (id: string) =>
  badInput(`id: no Plan has the id "${id}".`, { argument: 'id', messageZh: '找不到该规划。' });

/** Who did it, unsealed for editors and admins, null for everyone else. */
const privately = (value: string | null | undefined, ctx: Ctx) =>
  mayEditPlans(ctx.principal) ? (sealer().unseal(value) ?? null) : null;

const KINDS = ['CHAIN', 'CHAIN_LINK', 'PLACE', 'CARRIER', 'TARGET', 'ENTERPRISE', 'PROJECT'] as const;

type Progress = { kind: string; pending: number; accepted: number; rejected: number };
/** Review progress for every kind, in the schema's order, zeros for kinds without candidates. */
const reviewProgress = (rows: Progress[]) =>
  KINDS.map((kind) => rows.find((r) => r.kind === kind) ?? { kind, pending: 0, accepted: 0, rejected: 0 });

export const planResolvers: Resolvers = {
  Query: {
    plan: async (_p, { id }, ctx, info) => {
      if (!id) {
        // The id-less form is kept for earlier clients: the first plan the graph was built from.
        const [row] = await ctx.db.read<{ plan: PlanModel }>(FIRST_PLAN);
        if (!row) throw new Error('no plan is loaded');
        return row.plan;
      }
      idKind('id', id, 'Plan');
      // Drafts are filtered in the query: the selection may not include the status.
      const [plan] = await fetchSelected<PlanModel>(ctx, info, {
        ...PLAN_BY_ID,
        params: { id, drafts: mayEditPlans(ctx.principal) },
      });
      if (!plan) throw hiddenPlan(id);
      return plan;
    },
    plans: async (_p, { where, first, after }, ctx) => {
      const wanted = where?.status ?? 'PUBLISHED';
      if (wanted === 'DRAFT') requireEditor(ctx);
      if (where?.region) idKind('where.region', where.region, 'Place');
      if (where?.governs) idKind('where.governs', where.governs, 'Place');
      const page = pageArgs(first, after);
      const [row] = await ctx.db.read<{ total: number; page: PlanModel[] }>(PLANS, {
        statuses: [wanted],
        region: where?.region ?? null,
        governs: where?.governs ?? null,
        year: where?.year ?? null,
        afterName: page.afterName,
        afterId: page.afterId,
        limit: page.limit,
      });
      // Plans are paged by date (newest first): the cursor carries the date as its "name".
      const items = (row?.page ?? []).map((p) => ({ ...p, name: p.date }));
      const c = connection(items, row?.total ?? 0, page);
      return { nodes: c.edges.map((e) => e.node), totalCount: c.totalCount, pageInfo: c.pageInfo };
    },
    comparePlans: async (_p, { first, second }, ctx) => {
      idKind('first', first, 'Plan');
      idKind('second', second, 'Plan');
      if (first === second)
        throw badInput('first and second are the same plan; compare two plans.', {
          argument: 'second',
          messageZh: '请选择两个不同的规划。',
        });
      const plans = await Promise.all([first, second].map((id) => ctx.loaders.node.load(id)));
      for (const [i, p] of plans.entries()) {
        const id = i ? second : first;
        if (!p || (status(p as PlanModel) === 'DRAFT' && !mayEditPlans(ctx.principal)))
          throw badInput(`${i ? 'second' : 'first'}: no Plan has the id "${id}".`, {
            argument: i ? 'second' : 'first',
          });
      }
      const [a, b] = await Promise.all([planFacts(ctx.db, first), planFacts(ctx.db, second)]);
      const compared = comparePlanFacts(a, b);
      return {
        first: plans[0] as PlanModel,
        second: plans[1] as PlanModel,
        both: compared.both,
        onlyFirst: compared.onlyFirst,
        onlySecond: compared.onlySecond,
        targets: compared.targets.map((t) => ({
          ...t,
          first: ctx.loaders.node.load(t.firstId),
          second: ctx.loaders.node.load(t.secondId),
        })),
        placeRoles: compared.placeRoles.map((r) => ({
          ...r,
          place: ctx.loaders.node.load(r.placeId) as Promise<PlaceModel>,
        })),
      } as never;
    },
  },
  Mutation: {
    ingestPlan: async (_p, { input }, ctx) => {
      requireEditor(ctx);
      const id = await ingestPlanText(ctx, input);
      return (await ctx.loaders.node.load(id)) as PlanModel;
    },
    updatePlan: async (_p, { input }, ctx) => {
      requireEditor(ctx);
      idKind('input.plan', input.plan, 'Plan');
      return updateMetadata(ctx.db, input, ctx.principal.subject!);
    },
    reviewCandidate: async (_p, { input }, ctx) => {
      requireEditor(ctx);
      idKind('input.candidate', input.candidate, 'Candidate');
      return reviewCandidate(ctx.db, input, ctx.principal.subject!);
    },
    addCandidate: async (_p, { input }, ctx) => {
      requireEditor(ctx);
      idKind('input.plan', input.plan, 'Plan');
      return addCandidate(ctx.db, input, ctx.principal.subject!);
    },
    acceptCandidates: async (_p, { plan, kind, minConfidence }, ctx) => {
      requireEditor(ctx);
      idKind('plan', plan, 'Plan');
      const accepted = await acceptAbove(ctx.db, plan, kind, minConfidence, ctx.principal.subject!);
      return { accepted, review: reviewProgress(await ctx.db.read(REVIEW_PROGRESS, { id: plan })) } as never;
    },
    publishPlan: async (_p, { plan }, ctx) => {
      requireEditor(ctx);
      idKind('plan', plan, 'Plan');
      const input = await loadForPublishing(ctx.db, plan);
      if (!input) throw hiddenPlan(plan);
      if (status(input.plan) !== 'DRAFT')
        throw badInput(`plan ${input.plan.title} is ${status(input.plan)}: only a draft is published.`, {
          argument: 'plan',
          messageZh: '只有草稿可以发布。',
        });
      const planned = planPublishing(input);
      if (planned.blockers.length) {
        throw badInput(`The plan cannot be published yet: ${planned.blockers.join('; ')}.`, {
          argument: 'plan',
          blockers: planned.blockers,
          messageZh: `暂不能发布：${planned.blockers.length} 个问题待解决。`,
        });
      }
      await writePublishing(
        ctx.db,
        plan,
        planned,
        sealer().seal(ctx.principal.subject)!,
        toGlobalId('ReviewDecision', randomUUID()),
      ).catch(changedMeanwhile);
      ctx.log.info({ plan, facts: planned.nodes.length, by: ctx.principal.subject }, 'plan published');
      return (await ctx.loaders.node.clear(plan).load(plan)) as PlanModel;
    },
    withdrawPlan: async (_p, { plan, reason }, ctx) => {
      requireEditor(ctx);
      idKind('plan', plan, 'Plan');
      const found = (await ctx.loaders.node.load(plan)) as PlanModel | null;
      if (!found) throw hiddenPlan(plan);
      if (found.curated || found.status == null)
        throw badInput('The curated plan is the seed itself; it cannot be withdrawn.', {
          argument: 'plan',
          messageZh: '人工整理的基础规划不能撤回。',
        });
      if (status(found) !== 'PUBLISHED')
        throw badInput(`plan ${found.title} is ${status(found)}: only a published plan is withdrawn.`, {
          argument: 'plan',
          messageZh: '只有已发布的规划可以撤回。',
        });
      if (reason && reason.length > 1000)
        throw badInput('reason is longer than 1000 characters.', { argument: 'reason' });
      await writeWithdrawal(
        ctx.db,
        plan,
        sealer().seal(ctx.principal.subject) ?? null,
        toGlobalId('ReviewDecision', randomUUID()),
        reason ?? null,
      ).catch(changedMeanwhile);
      ctx.log.info({ plan, by: ctx.principal.subject }, 'plan withdrawn');
      return (await ctx.loaders.node.clear(plan).load(plan)) as PlanModel;
    },
  },
  Plan: {
    issuer: needs(['issuer'], (p: PlanModel) => p.issuer ?? ''),
    date: needs(['date'], (p: PlanModel) => p.date ?? ''),
    status: needs(['status'], (p: PlanModel) => status(p)),
    curated: needs(['curated', 'status'], (p: PlanModel) => p.curated === true || p.status == null),
    text: needs(['text'], (p: PlanModel) => p.text ?? null),
    ingestedBy: needs(['ingestedBy'], (p: PlanModel, _a: unknown, ctx: Ctx) => privately(p.ingestedBy, ctx)),
    region: relatedOne<PlaceModel>(PLAN_REGION),
    sections: related<SectionModel>(PLAN_SECTIONS),
    chains: async (p, _a, ctx) => {
      const [viaSectors, stated] = await Promise.all([
        ctx.loaders.related<ChainModel>(PLAN_CHAINS.batched).load(p.id),
        ctx.loaders.related<ChainModel>(PLAN_STATED_CHAINS.batched).load(p.id),
      ]);
      const seen = new Set<string>();
      return [...viaSectors, ...stated].filter((c) => !seen.has(c.id) && seen.add(c.id));
    },
    sectors: related<SectorModel>(PLAN_SECTORS),
    sources: sourcesOf,
    counts: async (p, _a, ctx) => {
      if (p.curated || p.status == null) {
        const [row] = await ctx.db.read<Record<string, number>>(CURATED_COUNTS, { id: p.id });
        const n = (k: string) => row?.[k] ?? 0;
        return [
          ['CHAIN', 'chains'],
          ['CHAIN_LINK', 'links'],
          ['PLACE', 'places'],
          ['CARRIER', 'carriers'],
          ['TARGET', 'targets'],
          ['ENTERPRISE', 'enterprises'],
          ['PROJECT', 'projects'],
        ].map(([kind, key]) => ({ kind, total: n(key!), accepted: n(key!) })) as never;
      }
      const rows = await ctx.db.read<{ kind: string | null; total: number; accepted: number }>(PLAN_COUNTS, {
        id: p.id,
      });
      return KINDS.map((kind) => rows.find((r) => r.kind === kind) ?? { kind, total: 0, accepted: 0 }) as never;
    },
    candidates: async (p, { kind, status: wanted, first, after }, ctx) => {
      requireEditor(ctx);
      const limit = boundedInt('first', first, 100, 1, 500);
      if (after) idKind('after', after, 'Candidate');
      const [row] = await ctx.db.read<{ total: number; page: CandidateModel[] }>(CANDIDATES, {
        id: p.id,
        kind: kind ?? null,
        status: wanted ?? null,
        after: after ?? null,
        limit,
      });
      const items = row?.page ?? [];
      const nodes = items.slice(0, limit);
      return {
        nodes,
        totalCount: row?.total ?? 0,
        pageInfo: {
          hasNextPage: items.length > limit,
          hasPreviousPage: Boolean(after),
          startCursor: nodes[0]?.id ?? null,
          endCursor: nodes.at(-1)?.id ?? null,
        },
      };
    },
    review: async (p, _a, ctx) => {
      requireEditor(ctx);
      return reviewProgress(await ctx.db.read(REVIEW_PROGRESS, { id: p.id })) as never;
    },
    decisions: async (p, { first }, ctx) => {
      requireEditor(ctx);
      const limit = boundedInt('first', first, 50, 1, 200);
      return (await ctx.db.read<{ decision: DecisionModel }>(DECISIONS, { id: p.id, limit })).map((r) => r.decision);
    },
    publishPreview: async (p, _a, ctx) => {
      requireEditor(ctx);
      if (status(p) !== 'DRAFT') return { added: [], merged: [], blockers: [`the plan is ${status(p)}`] };
      const input = await loadForPublishing(ctx.db, p.id);
      if (!input) return { added: [], merged: [], blockers: ['the plan is gone'] };
      const planned = planPublishing(input);
      const items = planned.nodes.filter((n) => n.kind !== 'SECTOR' && n.label !== 'Stance');
      return {
        added: items
          .filter((n) => !n.merged)
          .map((n) => ({ kind: n.kind, name: n.name, detail: n.detail ?? null, into: null })),
        merged: items
          .filter((n) => n.merged)
          .map((n) => ({ kind: n.kind, name: n.name, detail: n.detail ?? null, into: ctx.loaders.node.load(n.id) })),
        blockers: planned.blockers,
      } as never;
    },
  },
  Section: {
    plan: relatedOne<PlanModel>(SECTION_PLAN),
    sources: sourcesOf,
  },
  Candidate: {
    kind: needs(['factKind'], (c: CandidateModel) => c.factKind),
    plan: relatedOne<PlanModel>(CANDIDATE_PLAN) as never,
    mergedInto: relatedOne<EntityModel>(CANDIDATE_MERGED_INTO),
    carrierKind: needs(['carrierKind'], (c: CandidateModel) => (c.carrierKind ?? null) as never),
  },
  ReviewDecision: {
    by: needs(['by'], (d: DecisionModel, _a: unknown, ctx: Ctx) => privately(d.by, ctx)),
    changes: needs(['changes'], (d: DecisionModel) => (d.changes ? (JSON.parse(d.changes) as unknown) : null)),
    candidate: relatedOne<CandidateModel>(DECISION_CANDIDATE) as never,
  },
  Source: {
    plan: (s, _a, ctx) => (s.planId ? (ctx.loaders.node.load(s.planId) as Promise<PlanModel | null>) : null),
  },
};
