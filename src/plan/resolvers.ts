import type { Resolvers } from '../generated/graphql.generated.js';
import type { PlanModel, SectionModel } from '../model.js';
import { PLAN, PLAN_SECTIONS } from './queries.js';
import { related, sourcesOf } from '../graph/index.js';

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
