import { GAP_FILLERS } from '../analytics/queries.js';
import type { FillerRow } from '../analytics/recommend.js';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.generated.js';
import { idKind } from '../graph/index.js';
import type { ChainModel, PlaceModel } from '../model.js';
import { dayOf, today } from './dates.js';
import { eventSummary, leadById, scopeOf } from './resolvers.js';
import type { LeadEventRow, LeadRow } from './model.js';
import {
  ALERTS,
  CHAINS_OF_LINKS,
  CITIES_UNDER,
  FEED,
  FEED_MARK,
  FOLLOW,
  FUNNEL,
  LEADS_FOR_HIT_RATE,
  MARK_FEED_SEEN,
  STAGE_COUNTS,
  UNFOLLOW,
  WATCHLIST,
} from './outcome-queries.js';
import {
  funnelOf,
  hitCounts,
  idleLimits,
  recommendedByChain,
  TOP_PER_LINK,
  withRates,
  type FunnelRow,
  type HitCounts,
  type HitLead,
} from './outcomes.js';
import { placesWithin, placeTree, requireSignedIn } from './scope.js';
import { ORDERED_STAGES, STAGE_ZH } from './stages.js';
import { badInput } from '../errors.js';

/** The places a filter selects within the caller's scope; the caller's home place by default. */
async function filtered(ctx: Context, place: string | null | undefined): Promise<string[]> {
  requireSignedIn(ctx.principal);
  if (place) idKind('place', place, 'Place');
  const scope = await scopeOf(ctx);
  return placesWithin(ctx.db, scope, place ?? scope.home);
}

const ALERT_ZH = {
  OVERDUE_ACTION: (days: number) => `下一步工作已逾期 ${days} 天`,
  IDLE: (days: number, stage: string) => `处于“${stage}”阶段已 ${days} 天无进展`,
  LATE_START: (days: number) => `已签约，超过计划开工日期 ${days} 天`,
  LATE_PRODUCTION: (days: number) => `已开工，超过计划投产日期 ${days} 天`,
};

/** Who may follow and read a feed: someone signed in with a username. */
function username(ctx: Context): string {
  requireSignedIn(ctx.principal);
  return ctx.principal.subject!;
}

type FeedRow = {
  kind: 'STAGE_CHANGE' | 'INTERACTION' | 'IMPORT' | 'PLAN_FACT';
  at: number;
  lead: string | null;
  subject: string | null;
  event: LeadEventRow | null;
  title: string | null;
  target: string | null;
};

const THIRTY_DAYS_MS = 30 * 86_400_000;

export const outcomeResolvers: Resolvers = {
  Query: {
    funnel: async (_p, args, ctx) => {
      const places = await filtered(ctx, args.place);
      if (args.chain) idKind('chain', args.chain, 'Chain');
      const from = args.from == null ? null : dayOf(args.from);
      const to = args.to == null ? null : dayOf(args.to);
      const [row] = await ctx.db.read<FunnelRow>(FUNNEL, {
        places,
        chain: args.chain ?? null,
        owner: args.owner ?? null,
        from,
        to,
      });
      return funnelOf(row);
    },
    leadStageCounts: async (_p, args, ctx) => {
      const places = await filtered(ctx, args.place);
      const rows = await ctx.db.read<{ stage: string; count: number }>(STAGE_COUNTS, {
        places,
        chain: args.chain ?? null,
        owner: args.owner ?? null,
      });
      const counts = new Map(rows.map((r) => [r.stage, r.count]));
      return [...ORDERED_STAGES, 'PAUSED' as const, 'LOST' as const].map((stage) => ({
        stage,
        count: counts.get(stage) ?? 0,
      }));
    },
    alerts: async (_p, args, ctx) => {
      const places = await filtered(ctx, args.place);
      if (!places.length) return [];
      const rows = await ctx.db.read<{ lead: LeadRow; kind: keyof typeof ALERT_ZH; since: string; days: number }>(
        ALERTS,
        {
          places,
          owner: args.owner ?? null,
          today: today(),
          now: Date.now(),
          idle: idleLimits(),
        },
      );
      return rows.map((r) => ({
        kind: r.kind,
        lead: r.lead,
        days: r.days,
        since: r.since,
        message: ALERT_ZH[r.kind](r.days, STAGE_ZH[r.lead.stage]),
      }));
    },
    recommendationHitRate: async (_p, args, ctx) => {
      requireSignedIn(ctx.principal);
      if (args.place) idKind('place', args.place, 'Place');
      if (args.chain) idKind('chain', args.chain, 'Chain');
      const scope = await scopeOf(ctx);
      const home = args.place ?? scope.home;
      const zero: HitCounts = { recommended: 0, leads: 0, signed: 0, producing: 0 };
      const empty = { rows: [], total: { ...withRates(zero), chain: null, place: null }, topPerLink: TOP_PER_LINK };
      if (!home || !scope.places.length) return empty;
      const allowed = new Set(scope.places);
      const cities = (await ctx.db.read<{ id: string; name: string }>(CITIES_UNDER, { place: home })).filter((c) =>
        allowed.has(c.id),
      );
      if (!cities.length) return empty;
      const fillers = await Promise.all(
        cities.map((c) => ctx.cachedRead<FillerRow>(GAP_FILLERS, { place: c.id, chain: args.chain ?? null })),
      );
      const links = [...new Set(fillers.flat().flatMap((f) => f.reasons.map((r) => r.link.id)))];
      const chainOfLink = new Map(
        (await ctx.db.read<{ link: string; chain: string }>(CHAINS_OF_LINKS, { links })).map((r) => [r.link, r.chain]),
      );
      const leads = await ctx.db.read<HitLead>(LEADS_FOR_HIT_RATE, {
        places: await placesWithin(ctx.db, scope, home),
        chain: args.chain ?? null,
      });
      const rows: (ReturnType<typeof withRates> & { chain: ChainModel | null; place: PlaceModel | null })[] = [];
      const total: HitCounts = { ...zero };
      for (const [i, city] of cities.entries()) {
        const under = new Set((await placeTree(ctx.db).under(city.id)).ids);
        const cityLeads = leads.filter((l) => under.has(l.place));
        const recommended = recommendedByChain(fillers[i]!, chainOfLink);
        const chains = new Set([
          ...recommended.keys(),
          ...cityLeads.map((l) => l.chain).filter((c): c is string => !!c),
        ]);
        for (const chain of chains) {
          const counts = hitCounts(
            recommended.get(chain) ?? new Set(),
            cityLeads.filter((l) => l.chain === chain),
          );
          if (!counts.recommended) continue;
          for (const k of Object.keys(total) as (keyof HitCounts)[]) total[k] += counts[k];
          rows.push({
            ...withRates(counts),
            chain: (await ctx.loaders.node.load(chain)) as ChainModel | null,
            place: (await ctx.loaders.node.load(city.id)) as PlaceModel | null,
          });
        }
      }
      rows.sort((a, b) => b.leads - a.leads || b.recommended - a.recommended);
      return { rows, total: { ...withRates(total), chain: null, place: null }, topPerLink: TOP_PER_LINK };
    },
    watchlist: async (_p, _a, ctx) =>
      (
        await ctx.db.read<{ watch: { targetId: string; kind: string; name: string; since: number } }>(WATCHLIST, {
          username: username(ctx),
        })
      ).map(({ watch }) => ({
        id: watch.targetId,
        kind: watch.kind === 'ChainLink' ? 'CHAIN_LINK' : watch.kind === 'Chain' ? 'CHAIN' : 'ENTERPRISE',
        name: watch.name,
        since: new Date(watch.since).toISOString(),
      })),
    feed: async (_p, _a, ctx) => {
      const user = username(ctx);
      const scope = await scopeOf(ctx);
      const [mark] = await ctx.db.read<{ seenAt: number | null }>(FEED_MARK, { username: user });
      const seenAt = mark?.seenAt ?? null;
      const since = seenAt ?? Date.now() - THIRTY_DAYS_MS;
      const rows = await ctx.db.read<FeedRow>(FEED, { places: scope.places, username: user, since });
      return {
        lastSeenAt: seenAt ? new Date(seenAt).toISOString() : null,
        items: rows.map(feedItem),
      };
    },
  },
  Mutation: {
    follow: async (_p, { id }, ctx) => {
      const user = username(ctx);
      idKind('id', id, 'Enterprise', 'ChainLink', 'Chain');
      const [row] = await ctx.db.write<{ created: boolean }>(FOLLOW, {
        target: id,
        id: `watch:${user}:${id}`,
        username: user,
        now: Date.now(),
      });
      if (!row)
        throw badInput(`id: no Enterprise, ChainLink or Chain has the id "${id}".`, {
          argument: 'id',
          messageZh: '找不到要关注的对象。',
        });
      return row.created;
    },
    unfollow: async (_p, { id }, ctx) => {
      const user = username(ctx);
      const [row] = await ctx.db.write<{ removed: number }>(UNFOLLOW, { id: `watch:${user}:${id}` });
      return (row?.removed ?? 0) > 0;
    },
    markFeedSeen: async (_p, _a, ctx) => {
      const [row] = await ctx.db.write<{ seenAt: number }>(MARK_FEED_SEEN, {
        username: username(ctx),
        now: Date.now(),
      });
      return new Date(row!.seenAt).toISOString();
    },
  },
  FeedItem: {
    lead: (item, _a, ctx) => {
      const { leadId } = item as { leadId?: string | null };
      return leadId ? leadById(ctx, leadId) : null;
    },
  },
};

function feedItem(r: FeedRow) {
  const at = new Date(r.at).toISOString();
  if (r.kind === 'STAGE_CHANGE' || r.kind === 'INTERACTION') {
    return {
      kind: r.kind,
      at,
      summary: r.event ? eventSummary(r.event) : '',
      lead: null,
      leadId: r.lead,
      subject: null,
      path: `/leads/${r.lead}`,
    };
  }
  if (r.kind === 'IMPORT')
    return {
      kind: r.kind,
      at,
      summary: `导入涉及您关注的“${r.target}”：${r.title}`,
      lead: null,
      subject: r.subject,
      path: '/import',
    };
  const [title, planId] = (r.title ?? '').split('|');
  return {
    kind: r.kind,
    at,
    summary: `新发布的规划《${title}》提到您关注的“${r.target}”`,
    lead: null,
    subject: r.subject,
    path: `/plans/${planId}`,
  };
}
