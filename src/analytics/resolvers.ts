import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.generated.js';
import type { ClusterModel, EnterpriseModel, PlaceModel, TargetModel } from '../model.js';
import { PROVINCE_ID } from '../place/province.js';
import { CHILD_PLACES } from '../place/queries.js';
import { toChainGaps, type ChainGapsRow } from './chain-gaps.js';
import { compare } from './compare.js';
import { checkPlan, type FigureRow } from './consistency.js';
import { rankCritical, type CriticalRow } from './criticality.js';
import { inLanguage } from '../language.js';
import { CHAIN_GAPS, CLUSTER_PROGRESS, CRITICAL_LINKS, GAP_FILLERS, PLAN_FIGURES, WHAT_IF } from './queries.js';
import { recommend, type FillerRow } from './recommend.js';
import { whatIf, type WhatIfRow } from './what-if.js';
import { IdFilters, boundedInt, existingId, idKind, pageArgs, pageOf } from '../graph/index.js';

export const analyticsResolvers: Resolvers = {
  Query: {
    chainGaps: async (_p, { chain, place }, ctx) => {
      const ids = new IdFilters();
      const params = {
        chain: ids.add('chain', chain, 'Chain'),
        places: [ids.add('place', place, 'Place') ?? PROVINCE_ID],
      };
      const [row] = await ids.verified(ctx, await ctx.cachedRead<ChainGapsRow>(CHAIN_GAPS, params));
      if (!row) throw badInput('chain: the chain has no links to report on.', { argument: 'chain' });
      return toChainGaps(row);
    },
    recommendTargets: async (_p, { place, chain, first }, ctx) => {
      const limit = boundedInt('first', first, 10, 1, 100);
      const ids = new IdFilters();
      const params = { place: ids.add('place', place, 'Place'), chain: ids.add('chain', chain, 'Chain') };
      return recommend(await ids.verified(ctx, await ctx.cachedRead<FillerRow>(GAP_FILLERS, params)), limit);
    },
    criticalLinks: async (_p, { place, sector, first }, ctx) => {
      const limit = boundedInt('first', first, 20, 1, 100);
      const ids = new IdFilters();
      const params = {
        place: ids.add('place', place, 'Place') ?? PROVINCE_ID,
        sector: ids.add('sector', sector, 'Sector'),
      };
      return rankCritical(await ids.verified(ctx, await ctx.cachedRead<CriticalRow>(CRITICAL_LINKS, params)), limit);
    },
    compareChain: async (_p, { chain, places }, ctx) => {
      if (places.length < 2 || places.length > 10)
        throw badInput('places: give 2 to 10 places to compare.', { argument: 'places' });
      await Promise.all([
        existingId(ctx, 'chain', chain, 'Chain'),
        ...places.map((p, i) => existingId(ctx, `places[${i}]`, p, 'Place')),
      ]);
      return compare(await ctx.cachedRead<ChainGapsRow>(CHAIN_GAPS, { chain, places }));
    },
    chainCoverage: async (_p, { chain, parent, levels }, ctx) => {
      idKind('chain', chain, 'Chain');
      const parentId = parent == null ? PROVINCE_ID : (idKind('parent', parent, 'Place'), parent);
      const children = await ctx.db.read<{ id: string }>(CHILD_PLACES, {
        parent: parentId,
        levels: levels?.length ? levels : null,
      });
      const rows = children.length
        ? await ctx.cachedRead<ChainGapsRow>(CHAIN_GAPS, { chain, places: children.map((c) => c.id) })
        : [];
      if (!rows.length)
        await Promise.all([existingId(ctx, 'chain', chain, 'Chain'), existingId(ctx, 'parent', parentId, 'Place')]);
      return rows.length ? compare(rows).places : [];
    },
    whatIf: async (_p, { enterprise, place }, ctx) => {
      const [e, p] = await Promise.all([
        existingId(ctx, 'enterprise', enterprise, 'Enterprise'),
        existingId(ctx, 'place', place, 'Place'),
      ]);
      const rows = await ctx.cachedRead<WhatIfRow>(WHAT_IF, { enterprise, place });
      return whatIf(rows, e as EnterpriseModel, p as PlaceModel);
    },
    clusterProgress: async (_p, { sector }, ctx) => {
      const ids = new IdFilters();
      const params = { sector: ids.add('sector', sector, 'Sector') };
      return ids.verified(
        ctx,
        await ctx.cachedRead<{ tier: string; tierYi: number; clusters: ClusterModel[]; targets: TargetModel[] }>(
          CLUSTER_PROGRESS,
          params,
        ),
      );
    },
    planConsistency: async (_p, _a, ctx) =>
      checkPlan(await ctx.cachedRead<FigureRow>(PLAN_FIGURES, { province: PROVINCE_ID })),
  },
  Recommendation: { reasons: (r, { language }) => inLanguage(r.reasons, language) },
  LinkCriticality: { reasons: (r, { language }) => inLanguage(r.reasons, language) },
  ConsistencyFinding: {
    check: (f, { language }) => inLanguage(f.check, language),
    explanation: (f, { language }) => inLanguage(f.explanation, language),
  },
  LinkGap: {
    // The query already holds every local enterprise of the link: a page costs no round trip.
    localEnterprisesPage: (gap, { first, after }) => pageOf(gap.localEnterprises, pageArgs(first, after, 0)),
  },
};
