import type { EnterpriseKind, Resolvers } from '../generated/graphql.generated.js';
import type {
  ChainLinkModel,
  ClusterModel,
  EnterpriseModel,
  PlaceModel,
  ProjectModel,
  SectorModel,
  StanceModel,
} from '../model.js';
import {
  ALL_COMPANIES_PAGE,
  ENTERPRISE_CARRIERS,
  ENTERPRISE_LINKS,
  ENTERPRISE_PLACES,
  ENTERPRISE_PROJECTS,
  ENTERPRISE_STANCES,
  ENTERPRISES_PAGE,
  STANCE_ENTERPRISE,
  STANCE_LINK,
  STANCE_SECTOR,
} from './queries.js';
import { IdFilters, connection, needs, pageArgs, related, relatedOne, sourcesOf } from '../graph/index.js';

export const enterpriseResolvers: Resolvers = {
  Query: {
    enterprises: async (_p, { where, first, after }, ctx) => {
      const page = pageArgs(first, after);
      const ids = new IdFilters();
      const filters = {
        nameContains: where?.nameContains || null,
        inHenan: where?.inHenan ?? null,
        role: where?.role ?? null,
        place: ids.add('where.place', where?.place, 'Place'),
        sector: ids.add('where.sector', where?.sector, 'Sector'),
        chain: ids.add('where.chain', where?.chain, 'Chain'),
        link: ids.add('where.link', where?.link, 'ChainLink'),
      };
      // Companies unless the filter asks for institutions.
      const kinds: EnterpriseKind[] = where?.kinds?.length ? where.kinds : ['COMPANY'];
      const unfiltered =
        Object.values(filters).every((v) => v === null) && kinds.length === 1 && kinds[0] === 'COMPANY';
      const [row] = await ctx.db.read<{ total: number; items: EnterpriseModel[] }>(
        unfiltered ? ALL_COMPANIES_PAGE : ENTERPRISES_PAGE,
        { ...page, ...filters, kinds },
      );
      return connection(await ids.verified(ctx, row?.items ?? []), row?.total ?? 0, page);
    },
  },
  Enterprise: {
    // Stored only on institutions: a company, seeded or imported, has no organisationKind.
    kind: needs(['organisationKind'], (e: EnterpriseModel) => (e.organisationKind ?? 'COMPANY') as EnterpriseKind),
    // Aliases from the seed, then those imported files added (kept across reseeds).
    aliases: needs(['aliases', 'importedAliases'], (e: EnterpriseModel) => [
      ...new Set([...(e.aliases ?? []), ...(e.importedAliases ?? [])]),
    ]),
    places: related<PlaceModel>(ENTERPRISE_PLACES),
    operatesIn: related<ChainLinkModel>(ENTERPRISE_LINKS),
    stances: related<StanceModel>(ENTERPRISE_STANCES),
    projects: related<ProjectModel>(ENTERPRISE_PROJECTS),
    carriers: related<ClusterModel>(ENTERPRISE_CARRIERS),
    sources: sourcesOf,
  },
  Stance: {
    enterprise: relatedOne<EnterpriseModel>(STANCE_ENTERPRISE),
    link: relatedOne<ChainLinkModel>(STANCE_LINK),
    sector: relatedOne<SectorModel>(STANCE_SECTOR),
    sources: sourcesOf,
  },
};
