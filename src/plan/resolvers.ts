import type { Resolvers } from '../generated/graphql.generated.js';
import { related } from '../graph/related.js';
import { sourcesOf } from '../graph/sources.js';
import type { PlanModel, SectionModel } from '../model.js';
import { PLAN, PLAN_SECTIONS } from './queries.js';

export const planResolvers: Resolvers = {
  Query: {
    plan: async (_p, _a, { db }) => {
      const [row] = await db.read<{ plan: PlanModel }>(PLAN);
      if (!row) throw new Error('no plan is loaded');
      return row.plan;
    },
  },
  Plan: { sections: related<SectionModel>(PLAN_SECTIONS), sources: sourcesOf },
  Section: { sources: sourcesOf },
};
