import type { Resolvers } from '../generated/graphql.generated.js';
import type { ChainLinkModel, ClusterModel, EnterpriseModel, PlaceModel, ProjectModel, SectorModel } from '../model.js';
import {
  PROJECT_CLUSTER,
  PROJECT_ENTERPRISE,
  PROJECT_LINK,
  PROJECT_PLACE,
  PROJECT_SECTOR,
  PROJECTS_PAGE,
} from './queries.js';
import { IdFilters, connection, pageArgs, relatedOne, sourcesOf } from '../graph/index.js';

export const projectResolvers: Resolvers = {
  Query: {
    projects: async (_p, { where, first, after }, ctx) => {
      const page = pageArgs(first, after);
      const ids = new IdFilters();
      const [row] = await ctx.db.read<{ total: number; items: ProjectModel[] }>(PROJECTS_PAGE, {
        ...page,
        nameContains: where?.nameContains || null,
        sector: ids.add('where.sector', where?.sector, 'Sector'),
        place: ids.add('where.place', where?.place, 'Place'),
        enterprise: ids.add('where.enterprise', where?.enterprise, 'Enterprise'),
        hasEnterprise: where?.hasEnterprise ?? null,
      });
      return connection(await ids.verified(ctx, row?.items ?? []), row?.total ?? 0, page);
    },
  },
  Project: {
    enterprise: relatedOne<EnterpriseModel>(PROJECT_ENTERPRISE),
    place: relatedOne<PlaceModel>(PROJECT_PLACE),
    sector: relatedOne<SectorModel>(PROJECT_SECTOR),
    link: relatedOne<ChainLinkModel>(PROJECT_LINK),
    cluster: relatedOne<ClusterModel>(PROJECT_CLUSTER),
    sources: sourcesOf,
  },
};
