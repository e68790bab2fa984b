import type { Principal } from '../auth/tokens.js';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import type { LeadStage, Resolvers } from '../generated/graphql.generated.js';
import { GAP_FILLERS } from '../analytics/queries.js';
import { recommend, type FillerRow } from '../analytics/recommend.js';
import { boundedInt, idKind } from '../graph/index.js';
import type { ChainLinkModel, ChainModel, EnterpriseModel, PlaceModel } from '../model.js';
import { sealer } from '../privacy/data-key.js';
import { afterTimeCursor, timeCursor } from './time-cursor.js';
import { filtersOf, recordAudit } from './audit.js';
import { dayOf, daysSince, today } from './dates.js';
import { recordInteraction, completeNextAction } from './interactions.js';
import {
  createLead,
  datesOf,
  figuresOf,
  handOver,
  leadNotFound,
  moveLead,
  updateFigures,
  type OriginDetail,
} from './leads.js';
import { maskName, maskPhone } from './mask.js';
import type { ContactRow, InteractionRow, LeadEventRow, LeadRow } from './model.js';
import {
  DUE_LEADS,
  EVENTS_OF_LEADS,
  INTERACTIONS_OF_ENTERPRISES,
  INTERACTIONS_OF_LEADS,
  LEADS_BY_ID,
  LEADS_OF_ENTERPRISES,
  LEADS_OF_LINKS,
  LEADS_PAGE,
  OPEN_ACTIONS_OF_LEADS,
} from './queries.js';
import { pipelineScope, placesWithin, requireSignedIn, type PipelineScope } from './scope.js';
import { nextStages, ORDERED_STAGES, STAGE_ZH } from './stages.js';

/** The caller's pipeline scope, worked out once per request. */
const scopes = new WeakMap<object, Promise<PipelineScope>>();
export function scopeOf(ctx: Context): Promise<PipelineScope> {
  let scope = scopes.get(ctx);
  if (!scope) scopes.set(ctx, (scope = pipelineScope(ctx.db, ctx.principal)));
  return scope;
}

/** One lead by id, as the caller may see it (null: not theirs to see, or none). */
export async function leadById(ctx: Context, id: string): Promise<LeadRow | null> {
  const scope = await scopeOf(ctx);
  if (!scope.places.length) return null;
  const [row] = await ctx.db.read<{ lead: LeadRow }>(LEADS_BY_ID, { ids: [id], places: scope.places });
  return row?.lead ?? null;
}

async function freshLead(ctx: Context, id: string): Promise<LeadRow> {
  const lead = await leadById(ctx, id);
  if (!lead) throw leadNotFound('id', id);
  return lead;
}

/** Whether the asker is in a lead's team: its place is their home place, or they own it. Contacts are shown whole only to them. */
function inTeam(principal: Principal, row: { placeId: string; owner?: string }): boolean {
  return row.placeId === principal.place || (!!row.owner && row.owner === principal.subject);
}

const unsealed = (value: unknown) => sealer().unseal(value) ?? null;
const unsealedList = <T>(value: unknown): T[] => {
  const text = unsealed(value);
  return text ? (JSON.parse(text) as T[]) : [];
};

const cursorOf = (lead: LeadRow) => timeCursor(lead.updatedAt, lead.id);

/** Where a lead came from, worked out by the server: the rank and score the recommendation had, or the plan's sentence. */
function originDetail(ctx: Context, origin: string, place: string, link: string | null | undefined) {
  return async (enterprise: string): Promise<OriginDetail> => {
    const none: OriginDetail = { rank: null, score: null, quote: null, file: null, line: null };
    if (origin !== 'RECOMMENDATION' && origin !== 'PLAN') return none;
    const chain = link
      ? ((
          await ctx.db.read<{ chain: string }>(
            'MATCH (:ChainLink {id: $link})-[:IN_CHAIN]->(c:Chain) RETURN c.id AS chain',
            { link },
          )
        )[0]?.chain ?? null)
      : null;
    const rows = await ctx.cachedRead<FillerRow>(GAP_FILLERS, { place, chain });
    const ranked = recommend(rows, 1000);
    const at = ranked.findIndex((r) => r.enterprise.id === enterprise);
    const row = rows.find((r) => r.enterprise.id === enterprise);
    const quote = row?.reasons.find((r) => r.why !== 'OPERATES' && (!link || r.link.id === link))?.quote ?? null;
    if (origin === 'RECOMMENDATION') {
      if (at < 0)
        throw badInput(
          'input.origin: the enterprise is not among our recommendations for this place; choose OWN or PLAN.',
          {
            argument: 'input.origin',
            messageZh: '该企业不在本地区的推荐名单中，请选择其他来源。',
          },
        );
      return { ...none, rank: at + 1, score: ranked[at]!.score, quote };
    }
    if (!quote)
      throw badInput("input.origin: the plan does not name this enterprise for this place's gaps; choose OWN.", {
        argument: 'input.origin',
        messageZh: '规划未就本地区的缺失环节点名该企业，请选择其他来源。',
      });
    return { ...none, quote };
  };
}

/** A public node a lead names by id, through the request's batched loader. */
const node = <T>(ctx: Context, id: string | null) => (id ? (ctx.loaders.node.load(id) as Promise<T | null>) : null);

export const pipelineResolvers: Resolvers = {
  Query: {
    leads: async (_p, args, ctx) => {
      requireSignedIn(ctx.principal);
      const scope = await scopeOf(ctx);
      if (args.place) idKind('place', args.place, 'Place');
      const places = await placesWithin(ctx.db, scope, args.place);
      const limit = boundedInt('first', args.first, 20, 1, 100);
      const [row] = await ctx.db.read<{ total: number; page: LeadRow[] }>(LEADS_PAGE, {
        places,
        stage: args.stage ?? null,
        chain: args.chain ?? null,
        link: args.link ?? null,
        enterprise: args.enterprise ?? null,
        owner: args.owner ?? null,
        limit: limit + 1,
        ...afterTimeCursor(args.after),
      });
      const items = row?.page ?? [];
      const nodes = items.slice(0, limit);
      const edges = nodes.map((n) => ({ cursor: cursorOf(n), node: n }));
      // One audit entry for the page (none when it is empty: nothing was seen).
      const { place, stage, chain, link, enterprise, owner } = args;
      const filters = filtersOf({ place, stage, chain, link, enterprise, owner });
      await recordAudit(ctx.db, ctx.log, ctx.principal, {
        action: 'LIST_LEADS',
        detail: ['leads', filters, `rows=${nodes.length}`, `total=${row?.total ?? 0}`, args.after ? 'next-page' : '']
          .filter(Boolean)
          .join(' '),
        count: nodes.length,
      });
      return {
        totalCount: row?.total ?? 0,
        edges,
        pageInfo: {
          hasNextPage: items.length > limit,
          hasPreviousPage: !!args.after,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
    dueLeads: async (_p, args, ctx) => {
      requireSignedIn(ctx.principal);
      if (args.place) idKind('place', args.place, 'Place');
      const scope = await scopeOf(ctx);
      const places = await placesWithin(ctx.db, scope, args.place ?? scope.home);
      if (!places.length) return [];
      const rows = await ctx.db.read<{ lead: LeadRow }>(DUE_LEADS, {
        places,
        owner: args.owner ?? null,
        limit: boundedInt('first', args.first, 20, 1, 100),
      });
      return rows.map((r) => r.lead);
    },
  },
  Mutation: {
    createLead: async (_p, { input }, ctx) => {
      idKind('input.place', input.place, 'Place');
      if (input.enterprise) idKind('input.enterprise', input.enterprise, 'Enterprise');
      if (input.link) idKind('input.link', input.link, 'ChainLink');
      const scope = await scopeOf(ctx);
      const id = await createLead(
        ctx.db,
        scope,
        ctx.principal,
        input,
        originDetail(ctx, input.origin ?? 'OWN', input.place, input.link),
      );
      ctx.log.info({ lead: id, by: ctx.principal.subject }, 'lead created');
      return { lead: await freshLead(ctx, id) };
    },
    moveLead: async (_p, args, ctx) => {
      idKind('id', args.id, 'Lead');
      await moveLead(ctx.db, await scopeOf(ctx), ctx.principal, args);
      ctx.log.info({ lead: args.id, stage: args.stage, by: ctx.principal.subject }, 'lead moved');
      return { lead: await freshLead(ctx, args.id) };
    },
    updateLeadFigures: async (_p, args, ctx) => {
      idKind('id', args.id, 'Lead');
      await updateFigures(ctx.db, await scopeOf(ctx), ctx.principal, args);
      return { lead: await freshLead(ctx, args.id) };
    },
    handOverLead: async (_p, args, ctx) => {
      idKind('id', args.id, 'Lead');
      await handOver(ctx.db, await scopeOf(ctx), ctx.principal, args);
      ctx.log.info({ lead: args.id, to: args.to, by: ctx.principal.subject }, 'lead handed over');
      return { lead: await freshLead(ctx, args.id) };
    },
    recordInteraction: async (_p, { input }, ctx) => {
      idKind('input.lead', input.lead, 'Lead');
      const interaction = await recordInteraction(ctx.db, await scopeOf(ctx), ctx.principal, input);
      return { interaction, lead: await freshLead(ctx, input.lead) };
    },
    completeNextAction: async (_p, { interaction }, ctx) => {
      idKind('interaction', interaction, 'Interaction');
      const lead = await completeNextAction(ctx.db, await scopeOf(ctx), ctx.principal, interaction);
      return { lead: await freshLead(ctx, lead) };
    },
  },
  Lead: {
    enterprise: (l: LeadRow, _a, ctx) => node<EnterpriseModel>(ctx, l.enterpriseId) as Promise<EnterpriseModel>,
    link: (l: LeadRow, _a, ctx) => node<ChainLinkModel>(ctx, l.linkId),
    chain: (l: LeadRow, _a, ctx) => node<ChainModel>(ctx, l.chainId),
    place: (l: LeadRow, _a, ctx) => node<PlaceModel>(ctx, l.placeId) as Promise<PlaceModel>,
    owner: (l: LeadRow) => ({ username: l.owner, name: l.ownerName ?? l.owner }),
    originDetail: (l: LeadRow) => ({
      origin: l.origin,
      rank: l.originRank,
      score: l.originScore,
      quote: l.originQuote,
      file: l.originFile,
      line: l.originLine,
    }),
    note: (l: LeadRow) => unsealed(l.note),
    pausedReason: (l: LeadRow) => unsealed(l.pausedReason),
    lostReason: (l: LeadRow) => unsealed(l.lostReason),
    createdAt: (l: LeadRow) => new Date(l.createdAt).toISOString(),
    updatedAt: (l: LeadRow) => new Date(l.updatedAt).toISOString(),
    stageSince: (l: LeadRow) => new Date(l.stageSince).toISOString(),
    daysInStage: (l: LeadRow) => daysSince(l.stageSince),
    planned: (l: LeadRow) => figuresOf(l).planned,
    actual: (l: LeadRow) => figuresOf(l).actual,
    stageDates: (l: LeadRow) => {
      const planned = datesOf(l.plannedDates);
      const reached = datesOf(l.reachedDates);
      return ORDERED_STAGES.map((stage) => ({
        stage,
        planned: planned[stage] ?? null,
        actual: reached[stage] ?? null,
      }));
    },
    nextAction: async (l: LeadRow, _a, ctx) => {
      const [open] = await ctx.loaders.related<InteractionRow>(OPEN_ACTIONS_OF_LEADS).load(l.id);
      return open ? nextActionOf(open) : null;
    },
    lastInteraction: async (l: LeadRow, _a, ctx) =>
      (await ctx.loaders.related<InteractionRow>(INTERACTIONS_OF_LEADS, { limit: 1 }).load(l.id))[0] ?? null,
    interactions: async (l: LeadRow, { first }, ctx) =>
      ctx.loaders
        .related<InteractionRow>(INTERACTIONS_OF_LEADS, { limit: boundedInt('first', first, 20, 1, 100) })
        .load(l.id),
    events: (l: LeadRow, _a, ctx) => ctx.loaders.related<LeadEventRow>(EVENTS_OF_LEADS).load(l.id),
    nextStages: (l: LeadRow) => nextStages(l.stage),
    inTeam: (l: LeadRow, _a, ctx) => inTeam(ctx.principal, l),
  },
  Interaction: {
    ours: (i: InteractionRow) => unsealedList<string>(i.ours),
    theirs: (i: InteractionRow, _a, ctx) => {
      const whole = inTeam(ctx.principal, i);
      return unsealedList<ContactRow>(i.theirs).map((c) => ({
        name: whole ? c.name : maskName(c.name),
        title: c.title,
        phone: c.phone == null ? null : whole ? c.phone : maskPhone(c.phone),
        masked: !whole,
      }));
    },
    summary: (i: InteractionRow) => unsealed(i.summary) ?? '',
    nextAction: (i: InteractionRow) => nextActionOf(i),
    recordedBy: (i: InteractionRow) => ({ username: i.recordedBy, name: i.recordedByName }),
    recordedAt: (i: InteractionRow) => new Date(i.recordedAt).toISOString(),
    lead: (i: InteractionRow, _a, ctx) => freshLead(ctx, i.leadId),
  },
  LeadEvent: {
    at: (e: LeadEventRow) => new Date(e.at).toISOString(),
    by: (e: LeadEventRow) => ({ username: e.by, name: e.byName }),
    note: (e: LeadEventRow) => unsealed(e.note),
    summary: (e: LeadEventRow) => eventSummary(e),
  },
  LinkGap: {
    activeLeads: async (gap: { link: { id: string }; placeId?: string }, _a, ctx) => {
      const scope = await scopeOf(ctx);
      if (!scope.places.length) return [];
      const within = await placesWithin(ctx.db, scope, gap.placeId ?? null);
      return ctx.loaders.related<LeadRow>(LEADS_OF_LINKS, { places: scope.places, within }).load(gap.link.id);
    },
  },
  Enterprise: {
    leads: async (e: { id: string }, _a, ctx) => {
      const scope = await scopeOf(ctx);
      if (!scope.places.length) return [];
      return ctx.loaders.related<LeadRow>(LEADS_OF_ENTERPRISES, { places: scope.places }).load(e.id);
    },
    interactions: async (e: { id: string }, _a, ctx) => {
      const scope = await scopeOf(ctx);
      if (!scope.places.length) return [];
      return ctx.loaders.related<InteractionRow>(INTERACTIONS_OF_ENTERPRISES, { places: scope.places }).load(e.id);
    },
  },
};

function nextActionOf(i: InteractionRow) {
  if (!i.nextDue) return null;
  return {
    summary: unsealed(i.nextSummary) ?? '',
    due: i.nextDue,
    overdue: !i.nextDoneAt && i.nextDue < today(),
    doneAt: i.nextDoneAt ? new Date(i.nextDoneAt).toISOString() : null,
    interactionId: i.id,
  };
}

const EVENT_ZH: Record<LeadEventRow['kind'], string> = {
  CREATED: '建立线索',
  MOVED: '阶段变更',
  INTERACTION: '记录对接',
  FIGURES: '更新项目数据',
  HANDED_OVER: '移交负责人',
  ACTION_DONE: '完成下一步工作',
  COVERED: '项目投产，环节补齐',
};

/** One line in Chinese for the timeline. */
export function eventSummary(e: LeadEventRow): string {
  const who = e.byName;
  switch (e.kind) {
    case 'MOVED':
      return `${who}：${STAGE_ZH[e.fromStage as LeadStage] ?? ''} → ${STAGE_ZH[e.toStage as LeadStage] ?? ''}${e.detail ? `（${e.detail}）` : ''}`;
    case 'HANDED_OVER':
      return `${who}：负责人 ${e.fromOwner ?? ''} → ${e.toOwner ?? ''}`;
    case 'COVERED':
      return `${e.detail ?? EVENT_ZH.COVERED}${e.previousLinkStatus ? `；此前环节状态：${e.previousLinkStatus === 'GAP' ? '缺失' : e.previousLinkStatus === 'TARGETED' ? '已有招引目标' : '已覆盖'}` : ''}`;
    case 'INTERACTION':
      return `${who}：${EVENT_ZH.INTERACTION}${e.detail ? `（${e.detail}）` : ''}`;
    default:
      return `${who}：${EVENT_ZH[e.kind]}`;
  }
}

export { dayOf };
